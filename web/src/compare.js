// Comparison: for each relation type, one bar per compared actor (partners of that type), side by side.
import { axisBottom, axisLeft, max, scaleBand, scaleLinear, select } from "d3";
import { colourBadges, formatNumber, label, pageData, predicateColours, tooltip } from "./_common.js";

const SHADES = ["#0072B2", "#E69F00", "#009E73"]; // Okabe & Ito: one per compared actor

function chart(data) {
  const container = document.getElementById("compare-chart");
  if (!container || !data.types.length) return;
  const width = 960;
  const height = 60 + data.types.length * 34;
  const m = { top: 10, right: 20, bottom: 30, left: 170 };
  const ids = data.actors.map((a) => a.id);
  const y = scaleBand().domain(data.types.map((t) => t.name)).range([m.top, height - m.bottom]).padding(0.2);
  const inner = scaleBand().domain(ids).range([0, y.bandwidth()]).padding(0.05);
  const x = scaleLinear().domain([0, max(data.types, (t) => max(ids, (id) => t.partners[id] || 0)) || 1]).nice()
    .range([m.left, width - m.right]);
  const svg = select(container).append("svg").attr("viewBox", `0 0 ${width} ${height}`).attr("role", "img");
  svg.append("g").attr("class", "axis").attr("transform", `translate(0,${height - m.bottom})`)
    .call(axisBottom(x).ticks(6).tickFormat(formatNumber));
  svg.append("g").attr("class", "axis").attr("transform", `translate(${m.left},0)`)
    .call(axisLeft(y).tickFormat(label));
  const tip = tooltip(container);
  const rows = data.types.flatMap((t) => ids.map((id, i) => ({ type: t.name, id, i, n: t.partners[id] || 0 })));
  svg.append("g").selectAll("rect").data(rows).join("rect").attr("class", "bar")
    .attr("data-type", (r) => r.type).attr("data-actor", (r) => r.id).attr("data-value", (r) => r.n)
    .attr("x", m.left).attr("y", (r) => y(r.type) + inner(r.id)).attr("height", inner.bandwidth())
    .attr("width", (r) => x(r.n) - m.left).attr("fill", (r) => SHADES[r.i % SHADES.length])
    .on("mousemove", (event, r) => tip.show(event, [`${r.id}: ${formatNumber(r.n)} ${label(r.type)} partners`]))
    .on("mouseleave", () => tip.hide());
  const legend = select(container).append("div").attr("class", "legend");
  data.actors.forEach((a, i) => {
    const item = legend.append("span");
    item.append("span").attr("class", "swatch").style("background", SHADES[i % SHADES.length]);
    item.append("span").text(a.name);
  });
}

const data = pageData();
colourBadges(predicateColours());
chart(data);
