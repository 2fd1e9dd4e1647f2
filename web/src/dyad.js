// Dyad: a timeline with one mark per relation, lanes by relation type, contested marks ringed.
import { axisBottom, axisLeft, extent, isoParse, line, max, scaleBand, scaleLinear, scaleTime, select, timeMonth,
  timeYear } from "d3";
import { colourBadges, label, pageData, predicateColours, sourceLabel, tooltip } from "./_common.js";

function timeline(data, colour) {
  const container = document.getElementById("timeline");
  if (!container) return;
  const events = data.events.filter((e) => e.effective).map((e) => ({ ...e, when: isoParse(e.effective) }));
  if (!events.length) {
    select(container).append("p").attr("class", "empty").text("No dated relation to place on a timeline.");
    return;
  }
  const lanes = data.predicates.map((p) => p.name).filter((p) => events.some((e) => e.predicate === p));
  const margin = { top: 10, right: 20, bottom: 28, left: 140 };
  const width = 960;
  const height = margin.top + margin.bottom + lanes.length * 34;
  let [lo, hi] = extent(events, (e) => e.when);
  lo = timeYear.offset(timeYear.floor(lo), -1);
  hi = timeYear.offset(timeYear.ceil(hi), 1);
  const x = scaleTime().domain([lo, hi]).range([margin.left, width - margin.right]);
  const y = scaleBand().domain(lanes).range([margin.top, height - margin.bottom]).padding(0.3);
  const svg = select(container).append("svg").attr("viewBox", `0 0 ${width} ${height}`);
  svg.append("g").attr("class", "axis").attr("transform", `translate(0,${height - margin.bottom})`)
    .call(axisBottom(x).ticks(8));
  svg.append("g").selectAll("text").data(lanes).join("text")
    .attr("x", margin.left - 8).attr("y", (p) => y(p) + y.bandwidth() / 2).attr("dy", "0.35em")
    .attr("text-anchor", "end").attr("font-size", 12).attr("fill", "currentColor").text(label);
  svg.append("g").selectAll("line").data(lanes).join("line")
    .attr("x1", margin.left).attr("x2", width - margin.right)
    .attr("y1", (p) => y(p) + y.bandwidth() / 2).attr("y2", (p) => y(p) + y.bandwidth() / 2)
    .attr("stroke", "#e4e7eb");
  const tip = tooltip(container);
  svg.append("g").selectAll("circle").data(events).join("circle")
    .attr("class", (e) => (e.contradiction ? "event contested" : "event"))
    .attr("cx", (e) => x(e.when)).attr("cy", (e) => y(e.predicate) + y.bandwidth() / 2)
    .attr("r", 7).attr("fill", (e) => colour(e.predicate)).attr("fill-opacity", 0.85)
    .attr("stroke", (e) => (e.contradiction ? "#b44d12" : "#fff")).attr("stroke-width", (e) => (e.contradiction ? 3 : 1.5))
    .style("cursor", "pointer")
    .on("mousemove", (event, e) => {
      const quote = (e.evidence.find((v) => v.quote) || {}).quote;
      tip.show(event, [`${e.date || e.effective}: ${e.subject} ${label(e.predicate)} ${e.object || ""}`,
        e.status ? `status: ${e.status}` : "", quote ? `“${quote.slice(0, 90)}${quote.length > 90 ? "…" : ""}”` : "",
        `source: ${sourceLabel(e)}`].filter(Boolean));
    })
    .on("mouseleave", () => tip.hide())
    .on("click", (event, e) => {
      const row = document.getElementById(`e-${e.id}`);
      if (row) row.scrollIntoView({ behavior: "smooth", block: "center" });
    });
}

// The cooperation–conflict line: per month, the summed Goldstein intensity of the events between the
// two (both directions, text and GDELT); a point lists the month's relations below the chart.
function coopConflict(data) {
  const container = document.getElementById("coopconflict");
  if (!container) return;
  const byMonth = new Map();
  for (const r of data.series || []) {
    const m = byMonth.get(r.period) || { period: r.period, net: 0, events: 0 };
    m.net += r.intensity_sum || 0;
    m.events += r.events;
    byMonth.set(r.period, m);
  }
  const points = [...byMonth.values()].map((m) => ({ ...m, when: isoParse(`${m.period}-01`) }))
    .sort((p, q) => p.when - q.when);
  if (!points.length) {
    select(container).append("p").attr("class", "empty").text("No dated event between them.");
    return;
  }
  const margin = { top: 12, right: 20, bottom: 28, left: 50 };
  const width = 960;
  const height = 240;
  let [lo, hi] = extent(points, (p) => p.when);
  lo = timeMonth.offset(lo, -1);
  hi = timeMonth.offset(hi, 1);
  const top = max(points, (p) => Math.abs(p.net)) || 1;
  const x = scaleTime().domain([lo, hi]).range([margin.left, width - margin.right]);
  const y = scaleLinear().domain([-top, top]).nice().range([height - margin.bottom, margin.top]);
  const svg = select(container).append("svg").attr("viewBox", `0 0 ${width} ${height}`);
  svg.append("g").attr("class", "axis").attr("transform", `translate(0,${height - margin.bottom})`)
    .call(axisBottom(x).ticks(8));
  svg.append("g").attr("class", "axis").attr("transform", `translate(${margin.left},0)`).call(axisLeft(y).ticks(5));
  svg.append("line").attr("x1", margin.left).attr("x2", width - margin.right).attr("y1", y(0)).attr("y2", y(0))
    .attr("stroke", "#9aa5b1").attr("stroke-dasharray", "4 3");
  svg.append("path").datum(points).attr("fill", "none").attr("stroke", "#3b6ea8").attr("stroke-width", 2)
    .attr("d", line().x((p) => x(p.when)).y((p) => y(p.net)));
  const list = document.getElementById("period-events");
  const tip = tooltip(container);
  svg.append("g").selectAll("circle").data(points).join("circle")
    .attr("class", "point").attr("cx", (p) => x(p.when)).attr("cy", (p) => y(p.net)).attr("r", 5)
    .attr("fill", (p) => (p.net >= 0 ? "#2f8f5b" : "#b44d12")).style("cursor", "pointer")
    .on("mousemove", (event, p) => tip.show(event, [`${p.period}: net ${p.net.toFixed(1)}`, `${p.events} events`]))
    .on("mouseleave", () => tip.hide())
    .on("click", (event, p) => showPeriod(list, data, p.period));
}

function showPeriod(list, data, period) {
  if (!list) return;
  const rows = data.events.filter((e) => (e.effective || "").startsWith(period) && !e.negated);
  select(list).selectAll("*").remove();
  select(list).append("h3").text(`${period}: ${rows.length} relations`);
  select(list).append("ul").selectAll("li").data(rows).join("li")
    .text((e) => `${e.date || e.effective} ${e.subject} ${label(e.predicate)} ${e.object || ""} (${sourceLabel(e)})`)
    .style("cursor", "pointer")
    .on("click", (event, e) => {
      const row = document.getElementById(`e-${e.id}`);
      if (row) row.scrollIntoView({ behavior: "smooth", block: "center" });
    });
}

const data = pageData();
const colour = predicateColours();
colourBadges(colour);
timeline(data, colour);
coopConflict(data);
