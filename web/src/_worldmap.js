// World map of country shapes (world-atlas, ids = ISO 3166 numeric codes), drawn with d3-geo.
import { geoNaturalEarth1, geoPath, select } from "d3";
import { feature } from "topojson-client";

const SHAPES = "/static/dist/countries-110m.json";
const WIDTH = 960;
const HEIGHT = 500;

let shapes = null;

async function countries() {
  if (!shapes) {
    shapes = fetch(SHAPES).then((r) => {
      if (!r.ok) throw new Error(`country shapes: HTTP ${r.status}`);
      return r.json();
    }).then((topo) => feature(topo, topo.objects.countries).features);
  }
  return shapes;
}

// Draw the map in `container`; `byNumeric` maps an ISO numeric code (number) to a record.
// style(path selection) sets classes, attributes and fills from the record bound as d.record.
export async function drawWorldMap(container, byNumeric, style) {
  const features = await countries();
  for (const f of features) {
    f.record = f.id === undefined ? undefined : byNumeric.get(Number(f.id));
  }
  const projection = geoNaturalEarth1().fitExtent([[4, 4], [WIDTH - 4, HEIGHT - 4]], { type: "Sphere" });
  const path = geoPath(projection);
  const svg = select(container).append("svg")
    .attr("viewBox", `0 0 ${WIDTH} ${HEIGHT}`)
    .attr("role", "img");
  svg.append("path").attr("class", "sphere").attr("d", path({ type: "Sphere" }));
  const paths = svg.append("g").selectAll("path").data(features).join("path")
    .attr("class", "country")
    .attr("d", path)
    .attr("data-numeric", (d) => d.id ?? null);
  paths.append("title").text((d) => (d.record ? d.record.name : d.properties.name));
  style(paths);
  return { svg, paths };
}

// Map records with an ISO numeric code by that code.
export function byIsoNumeric(records) {
  const out = new Map();
  for (const r of records) {
    if (r.iso_numeric !== null && r.iso_numeric !== undefined) out.set(Number(r.iso_numeric), r);
  }
  return out;
}
