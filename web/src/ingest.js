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

// An input of an edited row, named after the relation field it edits.
function field(name, value, type = "text") {
  const input = document.createElement("input");
  input.type = type;
  input.name = name;
  input.className = `edit-${name}`;
  if (type === "checkbox") input.checked = Boolean(value);
  else input.value = value ?? "";
  return input;
}

function predicateSelect(value) {
  const select = document.createElement("select");
  select.name = "predicate";
  select.className = "edit-predicate";
  for (const p of pageData().predicates) {
    const option = document.createElement("option");
    option.value = p.name;
    option.textContent = p.label;
    select.append(option);
  }
  select.value = value;
  return select;
}

// The row's editor: subject, relation, status, object, date and negation, prefilled with the proposal.
function editor(r) {
  const box = document.createElement("div");
  box.className = "editor";
  box.hidden = true;
  const label = (text, input) => {
    const l = document.createElement("label");
    l.append(document.createTextNode(text), input);
    return l;
  };
  box.append(label("Subject", field("subject", r.subject)), label("Relation", predicateSelect(r.predicate)),
    label("Status", field("status", r.attrs && r.attrs.status)), label("Object", field("object", r.object)),
    label("Date", field("date", r.date)), label("Negated", field("negated", r.negated, "checkbox")));
  return box;
}

// One review item per row not simply kept: {index, action, expect, …edits}.
function reviewItems() {
  const items = [];
  for (const row of document.querySelectorAll("#preview-relations tbody tr")) {
    const action = row.querySelector("select.decision").value;
    if (action === "accept") continue;
    const item = { index: Number(row.dataset.index), action, expect: row.dataset.key };
    if (action === "edit") {
      for (const name of ["subject", "predicate", "status", "object", "date"]) {
        item[name] = row.querySelector(`.edit-${name}`).value;
      }
      item.negated = row.querySelector(".edit-negated").checked;
    }
    items.push(item);
  }
  return items;
}

function decisionSelect(row, box) {
  const select = document.createElement("select");
  select.className = "decision";
  select.setAttribute("aria-label", "Decision");
  for (const [value, text] of [["accept", "accept"], ["reject", "reject"], ["edit", "edit…"]]) {
    const option = document.createElement("option");
    option.value = value;
    option.textContent = text;
    select.append(option);
  }
  select.addEventListener("change", () => {
    row.dataset.decision = select.value;
    box.hidden = select.value !== "edit";
  });
  return select;
}

function renderRelations(relations, colour) {
  const body = document.querySelector("#preview-relations tbody");
  body.replaceChildren();
  for (const r of relations) {
    const row = document.createElement("tr");
    row.dataset.index = String(r.index);
    row.dataset.key = r.key;
    row.dataset.decision = "accept";
    const box = editor(r);
    cell(row, "").append(decisionSelect(row, box));
    cell(row, r.subject);
    const pred = cell(row, "");
    const badge = document.createElement("span");
    badge.className = "pred";
    badge.dataset.predicate = r.predicate;
    badge.textContent = label(r.predicate) + (r.negated ? " (negated)" : "");
    pred.append(badge, box);
    cell(row, r.object);
    cell(row, r.date);
    const flagged = cell(row, "");
    flagged.className = "flags";
    for (const f of r.flags || []) {
      const tag = document.createElement("span");
      tag.className = `tag warn flag-${f.flag}`;
      tag.textContent = f.flag;
      tag.title = f.why;
      flagged.append(tag, document.createTextNode(" "));
    }
    if ((r.flags || []).length) row.classList.add("flagged");
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
    const flagged = result.relations.filter((r) => (r.flags || []).length).length;
    setStatus(result.stored ? `${result.count} relations found; this text is already stored.`
      : `${result.count} relations found${flagged ? `, ${flagged} flagged for a look` : ""}. Accept, reject or edit each, then save.`);
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
        date: previewed.date, doc: previewed.doc, review: reviewItems(),
        analyst: document.getElementById("ingest-analyst").value.trim() || null }) });
    const s = result.summary;
    statusLine.replaceChildren();
    statusLine.classList.remove("error");
    statusLine.append(document.createTextNode(s.stored ? `Saved ${s.relations} relations, as reviewed. `
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
