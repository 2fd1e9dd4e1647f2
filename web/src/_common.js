// Helpers shared by the pages: page data, JSON requests, predicate colours, tooltips, legends.
import { select } from "d3";
import palette from "./palette.json";

// The JSON block a page carries (never executed: type="application/json").
export function pageData() {
  const node = document.getElementById("page-data");
  return node ? JSON.parse(node.textContent) : {};
}

// fetch JSON; an error envelope {ok: false, error, status} becomes a thrown Error with its message.
export async function fetchJSON(url, options = {}) {
  const response = await fetch(url, { credentials: "same-origin", ...options });
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) {
    const message = body && body.error ? body.error : `${response.status} ${response.statusText}`;
    throw new Error(message);
  }
  return body;
}

// One colour per relation type, the same on every page: the colour-blind safe palette of palette.json.
export function predicateColours() {
  return (name) => palette.colours[name] || palette.unknown;
}

// A number written for the reader's locale (the browser's language).
export function formatNumber(n) {
  return new Intl.NumberFormat().format(n);
}

// Colour the predicate badges the server rendered (<span class="pred" data-predicate=…>).
export function colourBadges(colour) {
  for (const el of document.querySelectorAll(".pred[data-predicate]")) {
    el.style.setProperty("--pred-colour", colour(el.dataset.predicate));
  }
}

// A relation's source as a reader knows it: the title (else the name) of its first evidence's source,
// with outlet and date, as the pages' source_name macro shows it.
export function sourceLabel(relation) {
  const ev = (relation.evidence || [])[0] || {};
  return [ev.title || ev.source || relation.source, ev.outlet, ev.source_date].filter(Boolean).join(" · ");
}

export function label(name) {
  return String(name).replaceAll("_", " ");
}

// A tooltip inside `container` (position: relative); show(event, lines) / hide().
export function tooltip(container) {
  const tip = select(container).append("div").attr("class", "tooltip").style("display", "none");
  return {
    show(event, lines) {
      const box = container.getBoundingClientRect();
      tip.style("display", null)
        .style("left", `${event.clientX - box.left + 12}px`)
        .style("top", `${event.clientY - box.top + 12}px`);
      tip.selectAll("div").data(lines).join("div").text((d) => d);
    },
    hide() {
      tip.style("display", "none");
    },
  };
}

// A legend of categories: swatch + label (+ count when given); clicking toggles a category
// (onToggle(activeSet)).
export function categoryLegend(container, items, colour, onToggle) {
  const active = new Set(items.map((d) => d.key));
  const legend = select(container).append("div").attr("class", "legend").attr("aria-label", "Legend");
  const buttons = legend.selectAll("button").data(items).join("button")
    .attr("type", "button").attr("aria-pressed", "true").attr("data-key", (d) => d.key);
  buttons.append("span").attr("class", "swatch").style("background", (d) => colour(d.key));
  buttons.append("span").text((d) => (d.count === undefined ? d.label : `${d.label} (${formatNumber(d.count)})`));
  buttons.on("click", function (event, d) {
    if (active.has(d.key)) active.delete(d.key);
    else active.add(d.key);
    select(this).attr("aria-pressed", String(active.has(d.key)));
    if (onToggle) onToggle(active);
  });
  return legend;
}
