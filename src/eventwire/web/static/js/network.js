// The actor network (#/network): who acted on whom under the current filters, from
// /api/network (its `limit`: the heaviest links). d3-force lays it out; node area = events, edge width = events, colour =
// country. Click an actor to list its edges; drag to move, scroll to zoom.

import { ApiError, getJSON } from "./api.js";
import { $, el, fill, hideTooltip, showTooltip } from "./dom.js";
import { fmtInt } from "./format.js";
import { goKeepingFilters, filtersOf, keyOf } from "./state.js";

let shownKey = null;
let wired = false;

function typesText(types) {
  return Object.entries(types ?? {})
    .sort((a, b) => b[1] - a[1])
    .map(([type, n]) => `${type} ${n}`)
    .join(", ");
}

function sidePanel(node, edges, byId) {
  $("#network-side-title").textContent = node.name;
  const out = edges.filter((e) => e.source.id === node.id);
  const inc = edges.filter((e) => e.target.id === node.id);
  const list = (items, other) =>
    items.length
      ? el("ul", { class: "plain edge-list" }, items.sort((a, b) => b.events - a.events).map((e) => el("li", {}, el("strong", { text: byId.get(other(e).id)?.name ?? "?" }), el("span", { class: "muted", text: ` · ${e.events} event(s): ${typesText(e.types)}` }))))
      : el("p", { class: "muted", text: "none" });
  fill(
    $("#network-side-body"),
    el("p", {}, `${node.country ?? "no country"} · ${fmtInt(node.events)} event(s)`),
    el("h4", { text: "Acted on" }),
    list(out, (e) => e.target),
    el("h4", { text: "Acted on by" }),
    list(inc, (e) => e.source),
    el("p", {}, el("button", { type: "button", class: "primary", onclick: () => goKeepingFilters("/", { actor: node.name }), text: "Show this actor's events" })),
  );
}

function draw(container, graph) {
  const width = container.clientWidth;
  const height = container.clientHeight;
  const nodes = graph.nodes.map((n) => ({ ...n }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  // A self-loop (an actor acting on itself) has no direction to draw; its events count in the node.
  const edges = graph.edges.filter((e) => e.source !== e.target && byId.has(e.source) && byId.has(e.target)).map((e) => ({ ...e }));
  const radius = d3.scaleSqrt().domain([1, d3.max(nodes, (n) => n.events) || 1]).range([5, 26]);
  const stroke = d3.scaleSqrt().domain([1, d3.max(edges, (e) => e.events) || 1]).range([1.2, 7]);
  const colour = d3.scaleOrdinal(d3.schemeTableau10);

  const simulation = d3.forceSimulation(nodes)
    .force("link", d3.forceLink(edges).id((n) => n.id).distance(90).strength(0.4))
    .force("charge", d3.forceManyBody().strength(-260))
    .force("collide", d3.forceCollide((n) => radius(n.events) + 6))
    .force("x", d3.forceX(width / 2).strength(0.06))
    .force("y", d3.forceY(height / 2).strength(0.09))
    .stop();
  // Lay out before drawing: the first picture is already settled (and the same each time).
  for (let i = 0; i < 300; i += 1) simulation.tick();

  d3.select(container).selectAll("*").remove();
  const svg = d3.select(container).append("svg").attr("width", width).attr("height", height).attr("viewBox", [0, 0, width, height]);
  svg.append("defs").append("marker").attr("id", "arrow").attr("viewBox", "0 -5 10 10").attr("refX", 10).attr("markerUnits", "userSpaceOnUse").attr("markerWidth", 9).attr("markerHeight", 9).attr("orient", "auto")
    .append("path").attr("d", "M0,-5L10,0L0,5").attr("fill", "#7b8794");
  const world = svg.append("g");
  svg.call(d3.zoom().scaleExtent([0.3, 5]).on("zoom", (event) => world.attr("transform", event.transform)));

  const link = world.append("g").attr("class", "links").selectAll("line").data(edges).join("line")
    .attr("stroke-width", (e) => stroke(e.events)).attr("marker-end", "url(#arrow)")
    .on("mousemove", (event, e) => showTooltip(event, el("strong", { text: `${e.source.name} → ${e.target.name}` }), el("br"), `${e.events} event(s): ${typesText(e.types)}`))
    .on("mouseleave", hideTooltip);
  const node = world.append("g").attr("class", "nodes").selectAll("g").data(nodes).join("g").attr("class", "node");
  node.append("circle").attr("r", (n) => radius(n.events)).attr("fill", (n) => colour(n.country ?? "—"));
  const labelled = new Set([...nodes].sort((a, b) => b.events - a.events).slice(0, 80).map((n) => n.id));
  node.filter((n) => labelled.has(n.id)).append("text").attr("x", (n) => radius(n.events) + 3).attr("y", 4).text((n) => n.name);
  node.on("mousemove", (event, n) => showTooltip(event, el("strong", { text: n.name }), el("br"), `${n.country ?? "no country"} · ${n.events} event(s)`))
    .on("mouseleave", hideTooltip)
    .on("click", (event, n) => {
      node.classed("selected", (m) => m.id === n.id);
      link.classed("selected", (e) => e.source.id === n.id || e.target.id === n.id);
      sidePanel(n, edges, byId);
    });

  function place() {
    link.each(function position(e) {
      // End the line at the target's rim so the arrow head shows.
      const dx = e.target.x - e.source.x;
      const dy = e.target.y - e.source.y;
      const length = Math.hypot(dx, dy) || 1;
      const r = radius(e.target.events) + 3;
      d3.select(this).attr("x1", e.source.x).attr("y1", e.source.y).attr("x2", e.target.x - (dx / length) * r).attr("y2", e.target.y - (dy / length) * r);
    });
    node.attr("transform", (n) => `translate(${n.x},${n.y})`);
  }
  node.call(
    d3.drag()
      .on("start", (event, n) => {
        if (!event.active) simulation.alphaTarget(0.2).restart();
        n.fx = n.x;
        n.fy = n.y;
      })
      .on("drag", (event, n) => {
        n.fx = event.x;
        n.fy = event.y;
      })
      .on("end", (event, n) => {
        if (!event.active) simulation.alphaTarget(0);
        n.fx = null;
        n.fy = null;
      }),
  );
  simulation.on("tick", place);
  place();

  const countries = [...new Set(nodes.map((n) => n.country ?? "—"))].sort();
  const legend = d3.select(container).append("ul").attr("class", "network-legend");
  const item = legend.selectAll("li").data(countries).join("li");
  item.append("span").attr("class", "swatch").each(function paint(c) {
    this.style.background = colour(c);
  });
  item.append("span").text((c) => c);
}

export async function renderNetwork(route) {
  const container = $("#network");
  if (!wired) {
    $("#network-limit").addEventListener("change", () => {
      shownKey = null;
      renderNetwork(route).catch(() => {});
    });
    wired = true;
  }
  const filters = filtersOf(route.params);
  const limit = $("#network-limit").value;
  const key = keyOf({ ...filters, limit });
  if (key === shownKey) return;
  let graph;
  try {
    graph = await getJSON("/api/network", { ...filters, limit });
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      fill(container, el("p", { class: "empty", text: "This server has no /api/network endpoint." }));
      return;
    }
    throw error;
  }
  shownKey = key;
  const edgesEvents = d3.sum(graph.edges, (e) => e.events);
  $("#network-note").textContent = `${fmtInt(graph.nodes.length)} actors, ${fmtInt(graph.edges.length)} links, ${fmtInt(edgesEvents)} events${graph.truncated ? " (the heaviest links only)" : ""}; edge width = events`;
  if (!graph.nodes.length) {
    fill(container, el("p", { class: "empty", text: "No actor acted on another under these filters." }));
    return;
  }
  draw(container, graph);
}
