// The filter bar: type, since, until, country, actor, free text. Its values mirror the hash.

import { getJSON } from "./api.js";
import { $, el, fill } from "./dom.js";
import { fmtInt } from "./format.js";
import { FILTER_KEYS, update } from "./state.js";

const form = () => $("#filters");
const input = (key) => $(`#f-${key}`);

/** Fill the type and country choices (with counts) and the actor suggestions. */
export async function initFilters() {
  const [stats, actors] = await Promise.all([
    getJSON("/api/stats"),
    getJSON("/api/actors", { limit: 500 }).catch(() => ({ items: [] })),
  ]);
  const options = (counts, allLabel) => [
    el("option", { value: "", text: allLabel }),
    ...Object.keys(counts)
      .sort()
      .map((key) => el("option", { value: key, text: `${key} (${fmtInt(counts[key])})` })),
  ];
  fill(input("type"), options(stats.per_type ?? {}, "All types"));
  fill(input("country"), options(stats.per_country ?? {}, "All countries"));
  const names = [...new Set((actors.items ?? []).map((a) => a.name))].sort();
  fill($("#actor-names"), names.map((name) => el("option", { value: name })));

  form().addEventListener("submit", (event) => {
    event.preventDefault();
    if (!form().reportValidity()) return;
    apply();
  });
  for (const key of ["type", "country"]) input(key).addEventListener("change", apply);
  $("#f-reset").addEventListener("click", () => {
    const cleared = Object.fromEntries(FILTER_KEYS.map((key) => [key, null]));
    update({ ...cleared, offset: null, event: null });
  });
  return stats;
}

function apply() {
  const changes = { offset: null };
  for (const key of FILTER_KEYS) changes[key] = input(key).value.trim() || null;
  update(changes);
}

/** Show the hash's filters in the bar (after Back, a brush, a link). */
export function syncFilters(params) {
  for (const key of FILTER_KEYS) {
    const field = input(key);
    const value = params.get(key) ?? "";
    if (field.tagName === "SELECT" && value && !field.querySelector(`option[value="${CSS.escape(value)}"]`)) {
      field.append(el("option", { value, text: value }));
    }
    field.value = value;
  }
}

export function showFilters(visible) {
  form().hidden = !visible;
}
