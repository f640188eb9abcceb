// The timeline: events per day stacked by quad class (d3), with a brush that sets the
// since/until filters of everything else. Events dated only to a month or year, and undated
// ones, are counted in the note, not drawn.

import { getJSON } from "./api.js";
import { QUADS, fmtInt } from "./format.js";

const DAY = 86400000;
const MARGIN = { top: 8, right: 14, bottom: 22, left: 34 };
const iso = (date) => date.toISOString().slice(0, 10);
const parse = (text) => new Date(`${text}T00:00:00Z`);

/** Widen a partial date ("2021", "2021-11") to its first or last day. */
function dayOf(value, end) {
  if (!value) return null;
  if (/^\d{4}$/.test(value)) return parse(end ? `${value}-12-31` : `${value}-01-01`);
  if (/^\d{4}-\d{2}$/.test(value)) {
    const first = parse(`${value}-01`);
    return end ? new Date(d3.utcMonth.offset(first, 1) - DAY) : first;
  }
  return parse(value);
}

export function createTimeline(container, { onRange, note }) {
  let stats = null;
  let range = { since: null, until: null };
  let x = null;
  let brush = null;
  let gBrush = null;

  // As many ticks as fit, but never finer than a day: counts are per day.
  function tickCount(width) {
    const [start, end] = x.domain();
    return Math.max(1, Math.min(Math.floor(width / 90), Math.floor((end - start) / DAY)));
  }

  function draw() {
    d3.select(container).selectAll("*").remove();
    const days = stats?.per_day ?? [];
    if (!days.length) {
      d3.select(container).append("p").attr("class", "empty").text("No events dated to a day match these filters.");
      return;
    }
    const width = Math.max(200, container.clientWidth);
    const height = Math.max(90, container.clientHeight);
    const svg = d3.select(container).append("svg").attr("width", width).attr("height", height);
    const first = parse(days[0].date);
    const last = parse(days[days.length - 1].date);
    const pad = Math.max(DAY, (last - first) * 0.02);
    x = d3.scaleUtc().domain([new Date(+first - pad), new Date(+last + DAY + pad)]).range([MARGIN.left, width - MARGIN.right]);
    const y = d3.scaleLinear().domain([0, d3.max(days, (d) => d.total)]).nice().range([height - MARGIN.bottom, MARGIN.top]);
    const keys = ["1", "2", "3", "4"];
    const series = d3.stack().keys(keys).value((d, key) => d.quad[key] ?? 0)(days);
    const barWidth = (d) => Math.max(3, x(+parse(d.data.date) + DAY) - x(parse(d.data.date)) - 1);

    svg.append("g").attr("class", "grid-lines").attr("transform", `translate(${MARGIN.left},0)`)
      .call(d3.axisLeft(y).ticks(3).tickSize(-(width - MARGIN.left - MARGIN.right)).tickFormat(""));
    svg.append("g").selectAll("g").data(series).join("g")
      .attr("fill", (s) => QUADS[s.key].color)
      .selectAll("rect").data((s) => s).join("rect")
      .attr("x", (d) => x(parse(d.data.date)))
      .attr("y", (d) => y(d[1]))
      .attr("height", (d) => Math.max(0, y(d[0]) - y(d[1])))
      .attr("width", barWidth)
      .append("title").text((d) => `${d.data.date}: ${d.data.total} event(s)`);
    svg.append("g").attr("class", "axis").attr("transform", `translate(0,${height - MARGIN.bottom})`)
      .call(d3.axisBottom(x).ticks(tickCount(width)).tickSizeOuter(0));
    svg.append("g").attr("class", "axis").attr("transform", `translate(${MARGIN.left},0)`)
      .call(d3.axisLeft(y).ticks(3).tickFormat(d3.format("d")));

    brush = d3.brushX().extent([[MARGIN.left, MARGIN.top], [width - MARGIN.right, height - MARGIN.bottom]])
      .on("end", brushed);
    gBrush = svg.append("g").attr("class", "brush").call(brush);
    showRange();
  }

  function brushed(event) {
    if (!event.sourceEvent) return; // moved by showRange, not by the user
    if (!event.selection) {
      onRange(null, null);
      return;
    }
    const [x0, x1] = event.selection.map((px) => x.invert(px));
    const since = d3.utcDay.round(x0);
    let until = d3.utcDay.offset(d3.utcDay.round(x1), -1);
    if (until < since) until = since;
    onRange(iso(since), iso(until));
  }

  function showRange() {
    if (!gBrush) return;
    const since = dayOf(range.since, false);
    const until = dayOf(range.until, true);
    if (!since && !until) {
      gBrush.call(brush.move, null);
      return;
    }
    const [lo, hi] = x.range();
    const left = since ? Math.max(lo, x(since)) : lo;
    const right = until ? Math.min(hi, x(+until + DAY)) : hi;
    gBrush.call(brush.move, right > left ? [left, right] : null);
  }

  /** Fetch the counts for `filters` (without since/until: the brush shows those). */
  async function load(filters) {
    stats = await getJSON("/api/stats", filters);
    const skipped = [];
    if (stats.not_daily) skipped.push(`${fmtInt(stats.not_daily)} dated to a month or year`);
    if (stats.undated) skipped.push(`${fmtInt(stats.undated)} undated`);
    note(`${fmtInt(stats.total)} events${skipped.length ? ` (${skipped.join(", ")}: not drawn)` : ""}; drag to pick dates`);
    draw();
    return stats;
  }

  function setRange(since, until) {
    range = { since, until };
    showRange();
  }

  let timer = null;
  window.addEventListener("resize", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      if (stats && container.offsetParent !== null) draw();
    }, 150);
  });

  return { load, setRange, redraw: draw };
}
