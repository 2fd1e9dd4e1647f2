// Home: world map coloured by the number of relations each country takes part in.
import { interpolateYlGnBu, max, range, scaleLinear, scaleSequentialSqrt, select } from "d3";
import { pageData } from "./_common.js";
import { byIsoNumeric, drawWorldMap } from "./_worldmap.js";

// A colour ramp with value ticks; x is linear in the number of relations.
function gradientLegend(container, colour, top) {
  const width = 260;
  const steps = 48;
  const x = scaleLinear().domain([0, top]).range([10, width + 10]);
  const legend = select(container).append("div").attr("class", "legend");
  legend.append("span").text("Relations per country");
  const svg = legend.append("svg").attr("width", width + 24).attr("height", 28);
  svg.selectAll("rect").data(range(steps)).join("rect")
    .attr("x", (i) => x((top * i) / steps)).attr("y", 0)
    .attr("width", width / steps + 0.5).attr("height", 10)
    .attr("fill", (i) => colour((top * (i + 0.5)) / steps));
  svg.selectAll("text").data(x.ticks(Math.min(5, top)).filter(Number.isInteger)).join("text")
    .attr("x", (t) => x(t)).attr("y", 24).attr("text-anchor", "middle").attr("font-size", 10)
    .attr("fill", "currentColor").text((t) => t);
}

async function main() {
  const data = pageData();
  const container = document.getElementById("world-map");
  if (!container) return;
  const states = (data.actors || []).filter((a) => a.iso_numeric !== null && a.iso_numeric !== undefined);
  const top = max(states, (a) => a.relations) || 1;
  const colour = scaleSequentialSqrt(interpolateYlGnBu).domain([0, top]);
  await drawWorldMap(container, byIsoNumeric(states), (paths) => {
    paths.filter((d) => d.record)
      .classed("has-data", true)
      .attr("data-iso3", (d) => d.record.id)
      .attr("data-relations", (d) => d.record.relations)
      .style("fill", (d) => colour(d.record.relations))
      .on("click", (event, d) => { window.location.assign(`/actor/${encodeURIComponent(d.record.id)}`); })
      .select("title").text((d) => `${d.record.name}: ${d.record.relations} relations`);
  });
  gradientLegend(container, colour, top);
}

main().catch((e) => console.error(e));
