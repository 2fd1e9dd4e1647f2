// Home: world map coloured by the number of relations each country takes part in, for one year (or
// all years) and one relation type (or all); the year slider and the type picker redraw it in place.
import { interpolateYlGnBu, max, range, scaleLinear, scaleSequentialSqrt, select } from "d3";
import { fetchJSON, formatNumber, pageData } from "./_common.js";
import { byIsoNumeric, drawWorldMap } from "./_worldmap.js";

// A colour ramp with value ticks; x is linear in the number of relations.
function gradientLegend(container, colour, top) {
  select(container).select(".legend.gradient").remove();
  const width = 260;
  const steps = 48;
  const x = scaleLinear().domain([0, top]).range([10, width + 10]);
  const legend = select(container).append("div").attr("class", "legend gradient");
  legend.append("span").text("Relations per country");
  const svg = legend.append("svg").attr("width", width + 24).attr("height", 28);
  svg.selectAll("rect").data(range(steps)).join("rect")
    .attr("x", (i) => x((top * i) / steps)).attr("y", 0)
    .attr("width", width / steps + 0.5).attr("height", 10)
    .attr("fill", (i) => colour((top * (i + 0.5)) / steps));
  svg.selectAll("text").data(x.ticks(Math.min(5, top)).filter(Number.isInteger)).join("text")
    .attr("x", (t) => x(t)).attr("y", 24).attr("text-anchor", "middle").attr("font-size", 10)
    .attr("fill", "currentColor").text((t) => formatNumber(t));
}

function states(data) {
  return (data.actors || []).filter((a) => a.iso_numeric !== null && a.iso_numeric !== undefined);
}

// Colour the map's countries from `data` (an /api/overview answer).
function paint(container, paths, data) {
  const shown = states(data);
  const byNumeric = byIsoNumeric(shown);
  const top = max(shown, (a) => a.relations) || 1;
  const colour = scaleSequentialSqrt(interpolateYlGnBu).domain([0, top]);
  paths.each((d) => { d.record = d.id === undefined ? undefined : byNumeric.get(Number(d.id)); })
    .classed("has-data", (d) => Boolean(d.record))
    .attr("data-iso3", (d) => (d.record ? d.record.id : null))
    .attr("data-relations", (d) => (d.record ? d.record.relations : null))
    .style("fill", (d) => (d.record ? colour(d.record.relations) : null));
  paths.select("title").text((d) => (d.record ? `${d.record.name}: ${formatNumber(d.record.relations)} relations`
    : d.properties.name));
  gradientLegend(container, colour, top);
  container.dataset.countries = String(byNumeric.size);
}

// The type picker's options: every type with its number of relations in the chosen year.
function fillTypes(select, data) {
  const chosen = data.filters.predicate || "";
  select.replaceChildren();
  const any = document.createElement("option");
  any.value = "";
  any.textContent = `any type (${formatNumber(data.filters.total)})`;
  select.append(any);
  for (const p of data.by_predicate) {
    const option = document.createElement("option");
    option.value = p.name;
    option.textContent = `${p.label} (${formatNumber(p.relations)})`;
    select.append(option);
  }
  select.value = chosen;
}

async function main() {
  const data = pageData();
  const container = document.getElementById("world-map");
  if (!container) return;
  const { paths } = await drawWorldMap(container, new Map(), (p) => p);
  paths.on("click", (event, d) => {
    if (d.record) window.location.assign(`/actor/${encodeURIComponent(d.record.id)}`);
  });
  paint(container, paths, data);
  const form = document.getElementById("map-controls");
  if (!form) return;
  const year = form.elements.year;
  const allYears = form.elements.all_years;
  const types = form.elements.predicate;
  const shown = document.getElementById("year-shown");
  fillTypes(types, data);
  async function update() {
    const params = new URLSearchParams();
    if (!allYears.checked) params.set("year", year.value);
    if (types.value) params.set("predicate", types.value);
    shown.textContent = allYears.checked ? "all years" : year.value;
    container.setAttribute("aria-busy", "true");
    try {
      const fresh = await fetchJSON(`/api/overview?${params}`);
      paint(container, paths, fresh);
      fillTypes(types, fresh);
      history.replaceState(null, "", params.toString() ? `/?${params}` : "/");
    } finally {
      container.removeAttribute("aria-busy");
    }
  }
  year.addEventListener("input", () => {
    allYears.checked = false;
    shown.textContent = year.value;
  });
  for (const control of [year, allYears, types]) {
    control.addEventListener("change", () => update().catch((e) => console.error(e)));
  }
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    update().catch((e) => console.error(e));
  });
}

main().catch((e) => console.error(e));
