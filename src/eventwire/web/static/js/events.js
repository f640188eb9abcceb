// The main view: map, timeline, table and event detail over the filters in the hash. Each
// part is fetched again only when what it shows changed.

import { $ } from "./dom.js";
import { fmtInt } from "./format.js";
import { createDetail } from "./detail.js";
import { createMap } from "./map.js";
import { filtersOf, keyOf, update } from "./state.js";
import { createTable } from "./table.js";
import { createTimeline } from "./timeline.js";

let parts = null;
let shown = {};

function setup() {
  const map = createMap($("#map"), { onSelect: (key) => update({ event: key }) });
  const timeline = createTimeline($("#timeline"), {
    onRange: (since, until) => update({ since, until, offset: null }),
    note: (text) => {
      $("#timeline-note").textContent = text;
    },
  });
  $("#timeline-clear").addEventListener("click", () => update({ since: null, until: null, offset: null }));
  return { map, timeline, table: createTable(), detail: createDetail() };
}

export async function renderEvents(route) {
  if (!parts) parts = setup();
  parts.map.resize();
  const filters = filtersOf(route.params);
  const { since, until, ...undated } = filters;
  const sort = route.params.get("sort") ?? "date";
  const offset = Number.parseInt(route.params.get("offset") ?? "0", 10) || 0;
  const selected = route.params.get("event");
  const want = {
    map: keyOf(filters),
    timeline: keyOf(undated),
    table: keyOf({ ...filters, sort, offset }),
    detail: selected ?? "",
  };
  const tasks = [];
  if (want.map !== shown.map) {
    tasks.push(parts.map.load(filters).then((n) => {
      $("#map-note").textContent = `${fmtInt(n)} located`;
    }));
  }
  if (want.timeline !== shown.timeline) tasks.push(parts.timeline.load(undated));
  if (want.table !== shown.table) tasks.push(parts.table.load(filters, sort, offset));
  if (want.detail !== shown.detail) tasks.push(parts.detail.show(selected));
  shown = want;
  $("#timeline-clear").hidden = !(since || until);
  try {
    await Promise.all(tasks);
  } catch (error) {
    shown = {}; // fetch everything again next time
    throw error;
  }
  parts.timeline.setRange(since ?? null, until ?? null);
  parts.table.select(selected);
  parts.map.select(selected);
}

export function redrawEvents() {
  if (!parts) return;
  parts.map.resize();
  parts.timeline.redraw();
}
