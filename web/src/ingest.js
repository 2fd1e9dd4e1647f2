// Ingest: paste text or a URL, preview relations with their quotes marked, then save to the store.
import { colourBadges, fetchJSON, label, pageData, predicateColours } from "./_common.js";

const form = document.getElementById("ingest-form");
const saveButton = document.getElementById("save-button");
const statusLine = document.getElementById("ingest-status");
let previewed = null;

function setStatus(text, isError = false) {
  statusLine.textContent = text;
  statusLine.classList.toggle("error", isError);
}

function headers() {
  const out = { "Content-Type": "application/json" };
  const token = document.getElementById("ingest-token");
  if (token && token.value) out.Authorization = `Bearer ${token.value}`;
  return out;
}

function formBody() {
  const value = (id) => document.getElementById(id).value.trim() || null;
  return { text: document.getElementById("ingest-text").value || null, url: value("ingest-url"),
    title: value("ingest-title"), date: value("ingest-date") };
}

// The document text rebuilt from the server's segments: text nodes, quotes in <mark> elements.
function renderText(segments) {
  const box = document.getElementById("preview-text");
  box.replaceChildren();
  for (const seg of segments) {
    if (seg.spans.length) {
      const mark = document.createElement("mark");
      mark.className = "quote";
      mark.dataset.spans = seg.spans.join(" ");
      mark.textContent = seg.text;
      box.append(mark);
    } else {
      box.append(document.createTextNode(seg.text));
    }
  }
}

function cell(row, text) {
  const td = document.createElement("td");
  td.textContent = text ?? "";
  row.append(td);
  return td;
}

function highlight(key, on) {
  for (const m of document.querySelectorAll("#preview-text mark.quote")) {
    if (m.dataset.spans.split(" ").includes(key)) {
      m.classList.toggle("hover", on);
      if (on) m.scrollIntoView({ block: "nearest" });
    }
  }
}

function renderRelations(relations, colour) {
  const body = document.querySelector("#preview-relations tbody");
  body.replaceChildren();
  for (const r of relations) {
    const row = document.createElement("tr");
    cell(row, r.subject);
    const pred = cell(row, "");
    const badge = document.createElement("span");
    badge.className = "pred";
    badge.dataset.predicate = r.predicate;
    badge.textContent = label(r.predicate) + (r.negated ? " (negated)" : "");
    pred.append(badge);
    cell(row, r.object);
    cell(row, r.date);
    cell(row, r.quote).className = "evidence";
    if (r.char_start !== null && r.char_start !== undefined) {
      const key = `char-${r.char_start}-${r.char_end}`;
      row.dataset.span = key;
      row.addEventListener("mouseenter", () => highlight(key, true));
      row.addEventListener("mouseleave", () => highlight(key, false));
    }
    body.append(row);
  }
  colourBadges(colour);
}

async function preview(event) {
  event.preventDefault();
  saveButton.disabled = true;
  previewed = null;
  setStatus("Extracting…");
  try {
    const result = await fetchJSON("/api/extract", { method: "POST", headers: headers(),
      body: JSON.stringify(formBody()) });
    previewed = result.document;
    renderText(result.segments);
    renderRelations(result.relations, predicateColours());
    document.getElementById("preview-count").textContent = String(result.count);
    document.getElementById("preview").hidden = false;
    saveButton.disabled = false;
    setStatus(result.stored ? `${result.count} relations found; this text is already stored.`
      : `${result.count} relations found. Check them, then save.`);
  } catch (e) {
    setStatus(e.message, true);
  }
}

async function save() {
  if (!previewed) return;
  saveButton.disabled = true;
  setStatus("Saving…");
  try {
    const result = await fetchJSON("/api/ingest", { method: "POST", headers: headers(),
      body: JSON.stringify({ text: previewed.text, url: previewed.url, title: previewed.title,
        date: previewed.date, doc: previewed.doc }) });
    const s = result.summary;
    statusLine.replaceChildren();
    statusLine.classList.remove("error");
    statusLine.append(document.createTextNode(s.stored ? `Saved ${s.relations} relations. `
      : "Already stored. "));
    const link = document.createElement("a");
    link.id = "saved-source";
    link.href = `/source/${encodeURIComponent(result.source_id)}`;
    link.textContent = "Open the source";
    statusLine.append(link);
  } catch (e) {
    setStatus(e.message, true);
    saveButton.disabled = false;
  }
}

if (form) {
  form.addEventListener("submit", preview);
  saveButton.addEventListener("click", save);
}
