// Actor dossier: partners on the world map and in a network, for one relation type at a time (or all),
// the legend counting partners per type; a year slider moves the date the dossier holds at.
import cytoscape from "cytoscape";
import { interpolateYlGnBu, max, scaleSequentialSqrt, select } from "d3";
import { colourBadges, formatNumber, label, pageData, predicateColours } from "./_common.js";
import { byIsoNumeric, drawWorldMap } from "./_worldmap.js";

const TOP_PARTNERS = 15;
const NEUTRAL = "#8d99a6";

// Partners having relation type `type` ("" for any), most relations first.
function partnersOf(data, type) {
  return data.map.filter((p) => p.id !== data.actor.id && (!type || p.predicates.includes(type)));
}

// The legend: one button per relation type present, with how many partners have it; one is chosen.
function typeLegend(container, data, colour, onPick) {
  const counts = new Map();
  for (const p of data.map) for (const t of p.predicates) counts.set(t, (counts.get(t) || 0) + 1);
  const items = data.predicates.filter((p) => counts.has(p.name))
    .map((p) => ({ key: p.name, label: p.label, count: counts.get(p.name) }));
  const legend = select(container).append("div").attr("class", "legend types").attr("aria-label", "Relation types");
  const all = legend.append("button").attr("type", "button").attr("data-key", "")
    .text(`all types (${formatNumber(partnersOf(data, "").length)} partners)`);
  const buttons = legend.selectAll("button.type").data(items).join("button").attr("class", "type")
    .attr("type", "button").attr("data-key", (d) => d.key);
  buttons.append("span").attr("class", "swatch").style("background", (d) => colour(d.key));
  buttons.append("span").text((d) => `${d.label} (${formatNumber(d.count)})`);
  function pick(key) {
    legend.selectAll("button").attr("aria-pressed", function () { return String(this.dataset.key === key); });
    onPick(key);
  }
  all.on("click", () => pick(""));
  buttons.on("click", (event, d) => pick(d.key));
  return pick;
}

async function partnerMap(data, colour) {
  const container = document.getElementById("partner-map");
  if (!container) return null;
  const self = data.actor;
  const { paths } = await drawWorldMap(container, byIsoNumeric(data.map), (p) => p);
  if (self.iso_numeric != null) {
    paths.filter((d) => Number(d.id) === Number(self.iso_numeric)).classed("self", true).attr("data-iso3", self.id);
  }
  const partners = paths.filter((d) => d.record && d.record.id !== self.id)
    .classed("partner", true)
    .attr("data-iso3", (d) => d.record.id)
    .attr("data-predicates", (d) => d.record.predicates.join(" "))
    .on("click", (event, d) => {
      window.location.assign(`/dyad/${encodeURIComponent(self.id)}/${encodeURIComponent(d.record.id)}`);
    });
  const top = max(partnersOf(data, ""), (p) => p.relations) || 1;
  const ramp = scaleSequentialSqrt(interpolateYlGnBu).domain([0, top]);
  if (partners.empty()) select(container).append("p").attr("class", "empty").text("No partner with a country shape.");
  // "" colours every partner by its number of relations; a type colours the partners having it.
  return (type) => {
    partners.classed("dimmed", (d) => Boolean(type) && !d.record.predicates.includes(type))
      .attr("data-shown", (d) => String(!type || d.record.predicates.includes(type)))
      .style("fill", (d) => {
        if (!type) return ramp(d.record.relations);
        return d.record.predicates.includes(type) ? colour(type) : null;
      })
      .select("title")
      .text((d) => `${d.record.name}: ${formatNumber(d.record.relations)} relations (${d.record.predicates.map(label).join(", ")})`);
  };
}

// The network: the actor, its TOP_PARTNERS partners with the most relations (of the chosen type), and
// one node standing for all the others; edge width grows with the number of relations.
function network(data, colour) {
  const container = document.getElementById("network");
  if (!container) return null;
  // Cytoscape injects an inline <style> unless an element with this id exists (CSP forbids inline
  // styles); style.css carries its one rule instead.
  document.querySelector('link[rel="stylesheet"]').id = "__________cytoscape_stylesheet";
  const cy = cytoscape({
    container,
    maxZoom: 1.6,
    style: [
      { selector: "node", style: { label: "data(label)", "font-size": 10, "background-color": "#9aa5b1",
        color: "#1f2933", "text-valign": "bottom", "text-margin-y": 3, width: 14, height: 14 } },
      { selector: "node[self = 1]", style: { "background-color": "#14213d", width: 26, height: 26,
        "font-weight": "bold", "font-size": 12 } },
      { selector: "node[rest = 1]", style: { shape: "round-rectangle", "background-color": "#d9dee4", width: 22,
        height: 14 } },
      { selector: "edge", style: { "line-color": "data(colour)", width: "data(width)", "curve-style": "straight",
        opacity: 0.85 } },
    ],
  });
  cy.on("tap", "node", (event) => {
    const id = event.target.id();
    if (id !== data.actor.id && !event.target.data("rest")) window.location.assign(`/actor/${encodeURIComponent(id)}`);
  });
  return (type) => {
    const all = partnersOf(data, type);
    const top = all.slice(0, TOP_PARTNERS);
    const rest = all.slice(TOP_PARTNERS);
    const width = (n) => 1 + Math.min(5, Math.log2(1 + n));
    const elements = [{ data: { id: data.actor.id, label: data.actor.id, self: 1, rest: 0 } }];
    for (const p of top) {
      elements.push({ data: { id: p.id, label: p.id, self: 0, rest: 0 } });
      elements.push({ data: { id: `${p.id}|edge`, source: data.actor.id, target: p.id, width: width(p.relations),
        colour: type ? colour(type) : NEUTRAL } });
    }
    if (rest.length) {
      const n = rest.reduce((sum, p) => sum + p.relations, 0);
      elements.push({ data: { id: "rest|others", label: `${formatNumber(rest.length)} others`, self: 0, rest: 1 } });
      elements.push({ data: { id: "rest|edge", source: data.actor.id, target: "rest|others", width: width(n),
        colour: "#d9dee4" } });
    }
    cy.elements().remove();
    cy.add(elements);
    cy.layout({ name: "concentric", concentric: (node) => (node.data("self") ? 2 : 1), levelWidth: () => 1,
      minNodeSpacing: 22, padding: 16, animate: false }).run();
    container.dataset.nodes = String(cy.nodes().length);
    container.dataset.partners = String(top.length);
    container.dataset.others = String(rest.length);
  };
}

// The year slider: moving it shows the dossier as of the end of that year.
function yearControl() {
  const form = document.getElementById("as-of-form");
  if (!form) return;
  const year = form.elements.year;
  const shown = document.getElementById("year-shown");
  year.addEventListener("input", () => { shown.textContent = year.value; });
  year.addEventListener("change", () => {
    form.elements.as_of.value = `${year.value}-12-31`;
    form.submit();
  });
}

// Sort a relation type's tables in place by a column (partner, date, status or source), as the /relations
// table sorts: a click sorts ascending, a second click on the same column descending; the header says
// which (aria-sort, ▲ or ▼). Every region's table of the type follows the same order; empty values last.
function sortGroup(body, key) {
  const desc = body.dataset.sort === key && body.dataset.desc !== "true";
  body.dataset.sort = key;
  body.dataset.desc = String(desc);
  const compare = new Intl.Collator(undefined, { numeric: true, sensitivity: "base" }).compare;
  for (const table of body.querySelectorAll("table.sortable")) {
    const tbody = table.tBodies[0];
    const rows = Array.from(tbody.rows);
    rows.sort((a, b) => {
      const x = a.dataset[key] || "";
      const y = b.dataset[key] || "";
      if (!x || !y) return (x ? 0 : 1) - (y ? 0 : 1);
      return desc ? compare(y, x) : compare(x, y);
    });
    tbody.append(...rows);
    for (const link of table.querySelectorAll("thead a.sort")) {
      const th = link.closest("th");
      const current = link.dataset.sort === key;
      link.textContent = link.textContent.replace(/ [▲▼]$/, "") + (current ? (desc ? " ▼" : " ▲") : "");
      if (current) th.setAttribute("aria-sort", desc ? "descending" : "ascending");
      else th.removeAttribute("aria-sort");
    }
  }
}

function sortable(body) {
  body.addEventListener("click", (event) => {
    const link = event.target.closest("thead a.sort");
    if (!link || !body.contains(link)) return;
    event.preventDefault();
    sortGroup(body, link.dataset.sort);
  });
}

// A relation type's partners and quotes, fetched from the server (escaped HTML) when first opened.
function lazyGroups(colour) {
  for (const details of document.querySelectorAll("details.group")) {
    const body = details.querySelector(".group-body[data-src]");
    if (!body) continue;
    sortable(body);
    details.addEventListener("toggle", async () => {
      if (!details.open || body.dataset.loaded) return;
      body.dataset.loaded = "loading";
      try {
        const response = await fetch(body.dataset.src, { credentials: "same-origin" });
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        body.innerHTML = await response.text();
        body.dataset.loaded = "yes";
        colourBadges(colour);
      } catch (e) {
        body.dataset.loaded = "";
        body.textContent = `Could not load these relations (${e.message}); the table link above has them.`;
      }
    });
  }
}

async function main() {
  const data = pageData();
  const colour = predicateColours();
  colourBadges(colour);
  lazyGroups(colour);
  yearControl();
  const drawNetwork = network(data, colour);
  const paintMap = await partnerMap(data, colour);
  const legendBox = document.getElementById("type-legend");
  const show = (type) => {
    if (paintMap) paintMap(type);
    if (drawNetwork) drawNetwork(type);
    if (legendBox) legendBox.dataset.type = type;
  };
  if (legendBox) typeLegend(legendBox, data, colour, show)("");
  else show("");
}

main().catch((e) => console.error(e));
