// The app's state lives in the URL hash: `#/<view>/<id>?<filters and selection>`.
// Changing state = changing the hash, so Back/Forward and shared links just work.

export const FILTER_KEYS = ["type", "since", "until", "country", "actor", "q"];

/** A path part, percent-decoded; a malformed escape (a stray "%") leaves it as typed. */
function decodePart(part) {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** The current route: {name, id, params}. */
export function currentRoute() {
  const raw = window.location.hash.replace(/^#/, "") || "/";
  const cut = raw.indexOf("?");
  const path = cut < 0 ? raw : raw.slice(0, cut);
  const params = new URLSearchParams(cut < 0 ? "" : raw.slice(cut + 1));
  const parts = path.split("/").filter(Boolean).map(decodePart);
  const [head = "", ...rest] = parts;
  const id = rest.length ? rest.join("/") : null;
  const names = { "": "events", stories: "stories", story: "story", article: "article", network: "network" };
  // Own keys only: a hand-typed "#/constructor" must not resolve an Object.prototype member.
  return { name: Object.hasOwn(names, head) ? names[head] : "events", id, path: path || "/", params };
}

/** The API filters in `params` (only the ones set). */
export function filtersOf(params) {
  const filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  return filters;
}

function navigate(path, params) {
  const query = params.toString();
  window.location.hash = `#${path}${query ? `?${query}` : ""}`;
}

/** Set (or, with null/""), remove query values of the current route. */
export function update(changes) {
  const { path, params } = currentRoute();
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === "") params.delete(key);
    else params.set(key, value);
  }
  navigate(path, params);
}

/** Go to the view `path` keeping the filters of the current route. */
export function goKeepingFilters(path, extra = {}) {
  const params = new URLSearchParams(filtersOf(currentRoute().params));
  for (const [key, value] of Object.entries(extra)) if (value) params.set(key, value);
  navigate(path, params);
}

/** Stable text of an object, to tell whether what a view shows must be fetched again. */
export const keyOf = (value) => JSON.stringify(value, Object.keys(value).sort());
