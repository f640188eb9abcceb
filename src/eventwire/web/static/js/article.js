// The article view (#/article/ID): the text with actors, places, times, event triggers and
// quotes highlighted, each kind its colour, beside the rows coded from them. Clicking a row
// marks its spans and scrolls to the first; clicking a span selects its row.
//
// Spans are character offsets into article.text (end exclusive), counted in Unicode code
// points as Python does, so they are mapped to UTF-16 offsets first. The text is cut at every
// span boundary and each piece is added as a text node inside its own <span>: no HTML is
// ever parsed, so markup in an article shows as the characters it is.

import { getJSON } from "./api.js";
import { $, el, externalLink, fill, hashLink } from "./dom.js";
import { countText, dateText, quadName, truncate, utf16Offsets } from "./format.js";

const KINDS = [
  ["trigger", "Event triggers"],
  ["actor", "Actors"],
  ["place", "Places"],
  ["demonym", "Demonyms"],
  ["time", "Times"],
  ["quote", "Quotes"],
];
// The innermost, most specific span wins a click.
const PRIORITY = { trigger: 0, actor: 1, place: 2, demonym: 3, time: 4, quote: 5, sentence: 9 };

/** Every span of the article, each tied to the row it was coded into. */
function collectSpans(data) {
  const spans = [];
  const add = (kind, span, row) => {
    if (span && Number.isInteger(span.start) && Number.isInteger(span.end)) spans.push({ kind, start: span.start, end: span.end, row });
  };
  for (const a of data.actors ?? []) for (const m of a.mentions ?? []) add("actor", m, `actor:${a.id}`);
  for (const p of data.places ?? []) {
    for (const m of p.mentions ?? []) add("place", m, `place:${p.id}`);
    for (const m of p.demonym_mentions ?? []) add("demonym", m, `place:${p.id}`);
  }
  (data.times ?? []).forEach((t, i) => add("time", t, `time:${i}`));
  for (const e of data.events ?? []) {
    add("trigger", e.trigger, `event:${e.id}`);
    add("sentence", e.sentence, `event:${e.id}`);
  }
  for (const q of data.quotes ?? []) {
    add("quote", q.content, `quote:${q.id}`);
    add("quote", q.cue, `quote:${q.id}`);
  }
  return spans;
}

/** The text as pieces cut at every span boundary; returns the node and span-element maps. */
function highlightedText(text, spans) {
  // Span offsets count code points; cut the text at their UTF-16 offsets.
  const at = utf16Offsets(text);
  const length = at.length - 1;
  const valid = spans.filter((s) => s.start >= 0 && s.end <= length && s.start < s.end).map((s) => ({ ...s, start: at[s.start], end: at[s.end] }));
  const cuts = [...new Set([0, text.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const container = el("div", { class: "article-text" });
  const coveringOf = new Map(); // element -> spans over it, most specific first
  const elementsOf = new Map(); // row key -> [{element, kind}]
  for (let i = 0; i + 1 < cuts.length; i += 1) {
    const [a, b] = [cuts[i], cuts[i + 1]];
    const piece = text.slice(a, b);
    const covering = valid
      .filter((s) => s.start <= a && s.end >= b)
      .sort((x, y) => PRIORITY[x.kind] - PRIORITY[y.kind] || x.end - x.start - (y.end - y.start));
    if (!covering.length) {
      container.append(document.createTextNode(piece));
      continue;
    }
    const kinds = [...new Set(covering.map((s) => s.kind))];
    const visible = kinds.filter((k) => k !== "sentence");
    const node = el("span", { class: ["seg", ...kinds.map((k) => `hl-${k}`), visible.length ? "hl" : ""].join(" ").trim(), text: piece });
    coveringOf.set(node, covering);
    for (const s of covering) {
      if (!elementsOf.has(s.row)) elementsOf.set(s.row, []);
      elementsOf.get(s.row).push({ element: node, kind: s.kind });
    }
    container.append(node);
  }
  return { container, coveringOf, elementsOf };
}

function rowItem(key, kindClass, main, ...details) {
  return el("li", { class: `code-row ${kindClass}`, dataset: { row: key }, tabindex: 0 }, el("div", { class: "row-main" }, main), details.length ? el("div", { class: "row-detail" }, details) : null);
}

function rowSections(data) {
  const actors = new Map((data.actors ?? []).map((a) => [a.id, a]));
  const places = new Map((data.places ?? []).map((p) => [p.id, p]));
  const names = (ids) => (ids ?? []).map((id) => actors.get(id)?.name ?? id).join(", ") || "—";
  const events = (data.events ?? []).map((e) =>
    rowItem(
      `event:${e.id}`,
      "row-event",
      [el("span", { class: `swatch q${e.quad}`, title: quadName(e.quad) }), el("strong", { text: e.type }), el("span", { class: "muted", text: ` “${e.trigger?.text ?? ""}” · ${e.id}` })],
      el("span", { text: `${names(e.source)} → ${names(e.target)}` }),
      el("span", { class: "muted", text: ` · ${dateText(e.date)} · ${places.get(e.place)?.name ?? "no place"}${e.place_inferred ? " (inferred)" : ""}` }),
      e.casualties?.killed ? el("span", { class: "muted", text: ` · killed ${countText(e.casualties.killed)}` }) : null,
    ),
  );
  const actorRows = (data.actors ?? []).map((a) =>
    rowItem(`actor:${a.id}`, "row-actor", [el("strong", { text: a.name }), el("span", { class: "muted", text: ` · ${a.id}` })], [a.kind, a.country, a.sector, a.role].filter(Boolean).join(" · "), el("span", { class: "muted", text: ` · ${a.mentions?.length ?? 0} mention(s)` })),
  );
  const placeRows = (data.places ?? []).map((p) =>
    rowItem(
      `place:${p.id}`,
      "row-place",
      [el("strong", { text: p.name }), el("span", { class: "muted", text: ` · ${p.id}` })],
      [p.country, p.admin1, p.precision].filter(Boolean).join(" · "),
      el("span", { class: "muted", text: p.lat != null ? ` · ${p.lat.toFixed(3)}, ${p.lon.toFixed(3)}` : " · no coordinates" }),
      el("span", { class: "muted", text: ` · ${p.mentions?.length ?? 0} mention(s), ${p.demonym_mentions?.length ?? 0} demonym(s)` }),
    ),
  );
  const timeRows = (data.times ?? []).map((t, i) => rowItem(`time:${i}`, "row-time", el("strong", { text: t.text }), `${t.type}${t.value ? ` → ${t.value}` : ""}`));
  const quoteRows = (data.quotes ?? []).map((q) =>
    rowItem(
      `quote:${q.id}`,
      "row-quote",
      [el("strong", { text: actors.get(q.speaker)?.name ?? "unknown speaker" }), el("span", { class: "muted", text: ` · ${q.direct ? "direct" : "indirect"}${q.channel ? ` · ${q.channel}` : ""}${q.speaking_for ? ` · for ${actors.get(q.speaking_for)?.name ?? q.speaking_for}` : ""}` })],
      el("q", { text: truncate(q.content?.text ?? "", 180) }),
    ),
  );
  const section = (title, rows) => el("section", { class: "code-section" }, el("h3", {}, title, el("span", { class: "count", text: String(rows.length) })), rows.length ? el("ul", { class: "code-rows" }, rows) : el("p", { class: "muted", text: "none" }));
  return [section("Events", events), section("Actors", actorRows), section("Places", placeRows), section("Times", timeRows), section("Quotes", quoteRows)];
}

function legend(textBox) {
  return el(
    "div",
    { class: "hl-legend" },
    KINDS.map(([kind, label]) => {
      const box = el("input", { type: "checkbox", checked: true, "aria-label": `show ${label}` });
      box.addEventListener("change", () => textBox.classList.toggle(`hide-${kind}`, !box.checked));
      return el("label", { class: `chip chip-${kind}` }, box, el("span", { class: `hl-sample hl-${kind}`, text: label }));
    }),
  );
}

export async function renderArticle(route) {
  const view = $("#view-article");
  const data = await getJSON(`/api/articles/${encodeURIComponent(route.id)}`);
  const article = data.article;
  const text = article.text ?? "";
  const { container, coveringOf, elementsOf } = highlightedText(text, collectSpans(data));
  const rows = el("div", { class: "code-rows-box" }, rowSections(data));
  let selected = null;

  function select(key, { scrollText = false, scrollRow = false } = {}) {
    for (const node of view.querySelectorAll(".selected, .in-sentence")) node.classList.remove("selected", "in-sentence");
    selected = key;
    if (!key) return;
    const row = rows.querySelector(`[data-row="${CSS.escape(key)}"]`);
    row?.classList.add("selected");
    const marks = elementsOf.get(key) ?? [];
    for (const { element, kind } of marks) element.classList.add(kind === "sentence" ? "in-sentence" : "selected");
    const first = marks.find((m) => m.kind !== "sentence")?.element;
    if (scrollText && first) first.scrollIntoView({ block: "center", behavior: "auto" });
    if (scrollRow && row) row.scrollIntoView({ block: "center", behavior: "auto" });
    const url = new URL(window.location.href);
    url.hash = `#/article/${encodeURIComponent(route.id)}?select=${encodeURIComponent(key)}`;
    window.history.replaceState(null, "", url);
  }

  container.addEventListener("click", (event) => {
    const node = event.target.closest(".seg.hl");
    const span = node && coveringOf.get(node)?.find((s) => s.kind !== "sentence");
    if (span) select(span.row === selected ? null : span.row, { scrollRow: true });
  });
  rows.addEventListener("click", (event) => {
    const row = event.target.closest("[data-row]");
    if (row) select(row.dataset.row, { scrollText: true });
  });
  rows.addEventListener("keydown", (event) => {
    const row = event.target.closest("[data-row]");
    if (row && event.key === "Enter") select(row.dataset.row, { scrollText: true });
  });

  const meta = [article.source, article.published, article.language].filter(Boolean).join(" · ");
  fill(
    view,
    el(
      "section",
      { class: "panel article-panel" },
      el(
        "header",
        { class: "panel-head article-head" },
        el("h2", { class: "article-title", text: article.title || `Untitled article from ${article.source ?? "an unknown source"}` }),
        el("span", { class: "panel-note", text: meta }),
        data.story_id ? hashLink("its story", ["story", data.story_id], "", { class: "link-button" }) : null,
      ),
      el("div", { class: "article-meta" }, el("code", { text: article.id }), article.url ? [" · ", externalLink(article.url)] : null),
      legend(container),
      el("div", { class: "article-scroll" }, container),
    ),
    el("aside", { class: "panel rows-panel" }, el("header", { class: "panel-head" }, el("h2", { text: "Coded from this text" }), el("span", { class: "panel-note", text: "click a row or a highlight" })), rows),
  );
  const wanted = route.params.get("select");
  if (wanted) select(wanted, { scrollText: true, scrollRow: true });
}
