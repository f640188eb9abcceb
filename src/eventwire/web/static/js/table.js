// The event table: one page of /api/events (offset/limit), sortable by date.

import { getJSON } from "./api.js";
import { $, el, fill } from "./dom.js";
import { actorNames, dateText, quadName } from "./format.js";
import { update } from "./state.js";

export const PAGE_SIZE = 25;

export function createTable() {
  const body = $("#events-table tbody");
  let current = { offset: 0, next: null, sort: "date", rows: 0 };

  $("#sort-date").addEventListener("click", () => {
    update({ sort: current.sort === "date" ? "-date" : null, offset: null });
  });
  $("#page-prev").addEventListener("click", () => {
    update({ offset: Math.max(0, current.offset - PAGE_SIZE) || null });
  });
  $("#page-next").addEventListener("click", () => {
    if (current.next !== null) update({ offset: current.next });
  });

  function row(event) {
    const names = (ids) => actorNames(ids, event.actors).join(", ");
    const place = event.place_detail?.name ?? "";
    const tr = el(
      "tr",
      { dataset: { key: event.key }, tabindex: 0, onclick: () => update({ event: event.key }) },
      el("td", { class: "nowrap", text: dateText(event.date) }),
      el("td", { class: "nowrap" }, el("span", { class: `swatch q${event.quad}`, title: quadName(event.quad) }), event.type),
      el("td", { text: names(event.source) }),
      el("td", { text: names(event.target) }),
      event.place_inferred && place
        ? el("td", { class: "inferred", title: "inferred: no place named for this event, the article's main place", text: place })
        : el("td", { text: place }),
      el("td", { class: "num", text: event.confidence.toFixed(2) }),
    );
    tr.addEventListener("keydown", (e) => {
      if (e.key === "Enter") update({ event: event.key });
    });
    return tr;
  }

  async function load(filters, sort, offset) {
    const page = await getJSON("/api/events", { ...filters, sort, offset, limit: PAGE_SIZE });
    current = { offset, next: page.next_offset, sort, rows: page.items.length };
    fill(body, page.items.length ? page.items.map(row) : el("tr", {}, el("td", { colspan: 6, class: "empty", text: "No events match these filters." })));
    $("#sort-date").dataset.sort = sort;
    $("#sort-date").textContent = sort === "-date" ? "Date ▼" : "Date ▲";
    $("#page-prev").disabled = offset === 0;
    $("#page-next").disabled = page.next_offset === null;
    $("#page-info").textContent = page.items.length ? `${offset + 1}–${offset + page.items.length}` : "0";
  }

  function select(key) {
    for (const tr of body.querySelectorAll("tr.selected")) tr.classList.remove("selected");
    if (!key) return;
    const tr = [...body.querySelectorAll("tr")].find((r) => r.dataset.key === key);
    if (tr) tr.classList.add("selected");
  }

  return { load, select };
}
