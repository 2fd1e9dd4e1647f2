// Polarity: one index over the years as a line chart.
import { axisBottom, axisLeft, extent, format, line, scaleLinear, select } from "d3";
import { pageData, tooltip } from "./_common.js";

const data = pageData();
const rounded = (v) => new Intl.NumberFormat(undefined, { maximumFractionDigits: data.digits,
  minimumFractionDigits: data.digits }).format(v);
const container = document.getElementById("polarity-chart");
const rows = (data.rows || []).filter((r) => typeof r.value === "number");
if (container && rows.length) {
  const width = 960;
  const height = 360;
  const m = { top: 16, right: 20, bottom: 30, left: 56 };
  const x = scaleLinear().domain(extent(rows, (r) => r.year)).range([m.left, width - m.right]);
  const [lo, hi] = extent(rows, (r) => r.value);
  const y = scaleLinear().domain([Math.min(0, lo), hi]).nice().range([height - m.bottom, m.top]);
  const svg = select(container).append("svg").attr("viewBox", `0 0 ${width} ${height}`);
  svg.append("g").attr("class", "axis").attr("transform", `translate(0,${height - m.bottom})`)
    .call(axisBottom(x).ticks(10).tickFormat(format("d")));
  svg.append("g").attr("class", "axis").attr("transform", `translate(${m.left},0)`).call(axisLeft(y).ticks(6));
  svg.append("text").attr("x", m.left).attr("y", m.top - 4).attr("font-size", 12).attr("fill", "currentColor")
    .text(data.name);
  svg.append("path").datum(rows).attr("class", "line").attr("d", line().x((r) => x(r.year)).y((r) => y(r.value)));
  const tip = tooltip(container);
  svg.append("g").selectAll("circle").data(rows).join("circle").attr("class", "point")
    .attr("cx", (r) => x(r.year)).attr("cy", (r) => y(r.value)).attr("r", rows.length > 80 ? 1.5 : 3)
    .on("mousemove", (event, r) => tip.show(event, [`${r.year}: ${rounded(r.value)}`]))
    .on("mouseleave", () => tip.hide());
} else if (container) {
  select(container).append("p").attr("class", "empty").text("No values to chart: load the datasets this index needs.");
}
