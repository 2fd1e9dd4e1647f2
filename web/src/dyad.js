// Dyad: a timeline with one mark per relation, lanes by relation type, contested marks ringed.
import { axisBottom, extent, isoParse, scaleBand, scaleTime, select, timeYear } from "d3";
import { colourBadges, label, pageData, predicateColours, tooltip } from "./_common.js";

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
        `source: ${e.source}`].filter(Boolean));
    })
    .on("mouseleave", () => tip.hide())
    .on("click", (event, e) => {
      const row = document.getElementById(`e-${e.id}`);
      if (row) row.scrollIntoView({ behavior: "smooth", block: "center" });
    });
}

const data = pageData();
const colour = predicateColours(data.predicates);
colourBadges(colour);
timeline(data, colour);
