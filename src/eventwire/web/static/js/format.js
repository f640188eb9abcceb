// Names, colours and formats shared by the views.

export const QUADS = {
  1: { name: "Verbal cooperation", color: "#74add1" },
  2: { name: "Material cooperation", color: "#2c6fb0" },
  3: { name: "Verbal conflict", color: "#f4a24a" },
  4: { name: "Material conflict", color: "#d7191c" },
};

export const quadName = (q) => QUADS[q]?.name ?? `quad ${q}`;

/** "5", "2–4", "≥1", "≤600" for a count {min, max}; "3–≥30" for a fused count whose
 * reports say three and at least thirty. */
export function range(count) {
  if (!count) return "";
  const { min, max } = count;
  if (min !== null && min !== undefined && min === max) return String(min);
  if (min != null && max != null) return `${min}–${max}`;
  // the highest "at least" any report gives; an exact figure is no lower bound
  const open = (count.reports ?? []).filter((r) => r.value?.max == null);
  const highest = Math.max(min ?? 0, ...open.map((r) => r.value?.min ?? 0));
  if (min != null && highest > min) return `${min}–≥${highest}`;
  if (min != null) return `≥${min}`;
  if (max != null) return `≤${max}`;
  return "?";
}

/** A count with its words: `≤600 (“nearly 600”)`. */
export function countText(count) {
  if (!count) return null;
  return count.text ? `${range(count)} (“${count.text}”)` : range(count);
}

export const yesNo = (value) => (value ? "yes" : "no");

export function dateText(date) {
  if (!date) return "undated";
  return date.value ?? "undated";
}

/** Names of actor ids given the event's resolved `actors` map. */
export function actorNames(ids, actors) {
  return (ids ?? []).map((id) => actors?.[id]?.name ?? id);
}

/**
 * UTF-16 offsets of a text's code points. Span offsets from the API are Python string indices
 * (Unicode code points) but JavaScript strings are indexed in UTF-16 code units, which differ
 * after any astral character (emoji, math letters, ...). `at[i]` is where code point `i`
 * starts in `text`; `at[at.length - 1]` is `text.length`, so `at.length - 1` is the length in
 * code points. Build it once per text.
 */
export function utf16Offsets(text) {
  let u = 0;
  const at = [];
  for (const ch of text) {
    at.push(u);
    u += ch.length;
  }
  at.push(u);
  return at;
}

export function truncate(text, n) {
  if (!text) return "";
  return text.length > n ? `${text.slice(0, n - 1)}…` : text;
}

export const fmtInt = (n) => (n ?? 0).toLocaleString("en-US");
