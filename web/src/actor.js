// Actor dossier: partners on the world map coloured by relation type, and the network of relations.
import cytoscape from "cytoscape";
import { select } from "d3";
import { categoryLegend, colourBadges, label, pageData, predicateColours } from "./_common.js";
import { byIsoNumeric, drawWorldMap } from "./_worldmap.js";

async function partnerMap(data, colour) {
  const container = document.getElementById("partner-map");
  if (!container) return;
  const self = data.actor;
  const partners = byIsoNumeric(data.map);
  const { paths } = await drawWorldMap(container, partners, (p) => {
    p.filter((d) => d.record && d.record.id !== self.id)
      .classed("partner", true)
      .attr("data-iso3", (d) => d.record.id)
      .attr("data-predicate", (d) => d.record.predicate)
      .attr("data-predicates", (d) => d.record.predicates.join(" "))
      .style("fill", (d) => colour(d.record.predicate))
      .on("click", (event, d) => {
        window.location.assign(`/dyad/${encodeURIComponent(self.id)}/${encodeURIComponent(d.record.id)}`);
      })
      .select("title")
      .text((d) => `${d.record.name}: ${d.record.predicates.map(label).join(", ")}`);
  });
  if (self.iso_numeric != null) {
    paths.filter((d) => Number(d.id) === Number(self.iso_numeric)).classed("self", true).attr("data-iso3", self.id);
  }
  const present = [...new Set(data.map.filter((p) => p.iso_numeric != null).map((p) => p.predicate))];
  const items = data.predicates.filter((p) => present.includes(p.name)).map((p) => ({ key: p.name, label: p.label }));
  if (items.length) {
    categoryLegend(container, items, colour, (active) => {
      paths.filter(".partner").style("fill", (d) => (active.has(d.record.predicate) ? colour(d.record.predicate) : null))
        .classed("dimmed", (d) => !active.has(d.record.predicate));
    });
  } else {
    select(container).append("p").attr("class", "empty").text("No partner with a country shape.");
  }
}

function network(data, colour) {
  const container = document.getElementById("network");
  if (!container) return;
  const self = data.actor;
  const elements = [{ data: { id: self.id, label: self.id, name: self.name, self: 1 } }];
  for (const p of data.map) {
    if (p.id === self.id) continue;
    elements.push({ data: { id: p.id, label: p.id, name: p.name, self: 0 } });
    for (const predicate of p.predicates) {
      elements.push({ data: { id: `${p.id}|${predicate}`, source: self.id, target: p.id, predicate,
        colour: colour(predicate) } });
    }
  }
  // Cytoscape injects an inline <style> unless an element with this id exists (CSP forbids inline
  // styles); style.css carries its one rule instead.
  document.querySelector('link[rel="stylesheet"]').id = "__________cytoscape_stylesheet";
  const cy = cytoscape({
    container,
    elements,
    maxZoom: 1.6,
    style: [
      { selector: "node", style: { label: "data(label)", "font-size": 10, "background-color": "#9aa5b1",
        color: "#1f2933", "text-valign": "bottom", "text-margin-y": 3, width: 14, height: 14 } },
      { selector: "node[self = 1]", style: { "background-color": "#14213d", width: 26, height: 26,
        "font-weight": "bold", "font-size": 12 } },
      { selector: "edge", style: { "line-color": "data(colour)", width: 2, "curve-style": "bezier",
        opacity: 0.85 } },
    ],
    layout: { name: "concentric", concentric: (n) => (n.data("self") ? 2 : 1), levelWidth: () => 1,
      minNodeSpacing: 18, padding: 16, animate: false },
  });
  cy.on("tap", "node", (event) => {
    const id = event.target.id();
    if (id !== self.id) window.location.assign(`/actor/${encodeURIComponent(id)}`);
  });
  container.dataset.nodes = String(cy.nodes().length);
  container.dataset.edges = String(cy.edges().length);
}

async function main() {
  const data = pageData();
  const colour = predicateColours(data.predicates);
  colourBadges(colour);
  network(data, colour);
  await partnerMap(data, colour);
}

main().catch((e) => console.error(e));
