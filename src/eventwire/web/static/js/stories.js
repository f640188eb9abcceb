// The story list (#/stories) and one story (#/story/ID): its articles, its fused events and
// where the reports disagree (casualty figures per report, places and dates with the articles
// that gave them).

import { getJSON } from "./api.js";
import { $, el, fields, fill, hashLink } from "./dom.js";
import { countText, fmtInt, quadName, range, truncate } from "./format.js";
import { update } from "./state.js";

const PAGE = 25;
let listState = { offset: 0, next: null };
let listWired = false;

export async function renderStories(route) {
  if (!listWired) {
    $("#stories-prev").addEventListener("click", () => update({ offset: Math.max(0, listState.offset - PAGE) || null }));
    $("#stories-next").addEventListener("click", () => listState.next !== null && update({ offset: listState.next }));
    listWired = true;
  }
  const offset = Number.parseInt(route.params.get("offset") ?? "0", 10) || 0;
  const page = await getJSON("/api/stories", { offset, limit: PAGE });
  listState = { offset, next: page.next_offset };
  const rows = page.items.map((story) =>
    el(
      "tr",
      { dataset: { story: story.story_id } },
      el("td", { class: "nowrap", text: story.first_date ?? "—" }),
      el("td", {}, hashLink(story.title || story.story_id, ["story", story.story_id])),
      el("td", { text: story.place ?? "" }),
      el("td", { text: story.country ?? "" }),
      el("td", { class: "num", text: fmtInt(story.num_articles) }),
      el("td", { class: "num", text: fmtInt(story.num_sources) }),
      el("td", { class: "num", text: fmtInt(story.fused_events?.length) }),
    ),
  );
  fill($("#stories-table tbody"), rows.length ? rows : el("tr", {}, el("td", { colspan: 7, class: "empty", text: "No stories yet." })));
  $("#stories-prev").disabled = offset === 0;
  $("#stories-next").disabled = page.next_offset === null;
  $("#stories-info").textContent = rows.length ? `${offset + 1}–${offset + rows.length}` : "0";
}

function sourceOf(articleId, info) {
  const a = info.get(articleId);
  return a ? a.source || a.id : articleId;
}

function articleRefs(ids, info) {
  return el("span", { class: "refs" }, (ids ?? []).map((id) => hashLink(sourceOf(id, info), ["article", id], "", { class: "ref", title: id })));
}

/** One list of what the reports said: a value per line with the articles that gave it. */
function reported(title, items, info) {
  const distinct = new Set(items.map((i) => i.label)).size;
  return el(
    "div",
    { class: "reported" },
    el("h4", {}, title, distinct > 1 ? el("span", { class: "badge warn", text: `${distinct} versions` }) : null),
    items.length
      ? el("ul", { class: "plain" }, items.map((i) => el("li", {}, el("span", { class: "value", text: i.label }), " ", articleRefs(i.articles, info))))
      : el("p", { class: "muted", text: "none given" }),
  );
}

function casualtyItems(casualties) {
  const items = [];
  for (const kind of ["killed", "injured", "arrested"]) {
    const fused = casualties?.[kind];
    if (!fused) continue;
    for (const report of fused.reports ?? []) {
      items.push({ label: `${kind} ${countText(report.value)}`, articles: [report.article_id], event: report.event_id });
    }
  }
  return items;
}

function fusedCard(fe, info) {
  const names = (actors) => (actors ?? []).map((a) => a.name + (a.country ? ` (${a.country})` : "")).join(", ") || "—";
  const killed = fe.casualties?.killed ? ` · killed ${range(fe.casualties.killed)}` : "";
  const places = (fe.places ?? []).map((p) => ({ label: `${p.name}${p.country ? `, ${p.country}` : ""} · ${p.precision}`, articles: p.articles }));
  const dates = (fe.dates ?? []).map((d) => ({ label: `${d.value} (${d.precision})`, articles: d.articles }));
  return el(
    "article",
    { class: "fused-card", dataset: { fused: fe.id } },
    el(
      "header",
      {},
      el("span", { class: `swatch q${fe.quad}`, title: quadName(fe.quad) }),
      el("strong", { text: fe.type }),
      fe.mode ? el("span", { class: "muted", text: ` · ${fe.mode}` }) : null,
      el("span", { class: "muted", text: ` · ${quadName(fe.quad)}${killed}` }),
      el("span", { class: "right muted", text: `${fe.num_articles} article(s), ${fe.num_sources} source(s) · conf. ${fe.confidence.toFixed(2)}` }),
    ),
    el("p", { class: "actors-line" }, el("span", { text: names(fe.source) }), el("span", { class: "arrow", text: " → " }), el("span", { text: names(fe.target) })),
    el(
      "div",
      { class: "reported-grid" },
      reported("Dates reported", dates, info),
      reported("Places reported", places, info),
      reported("Casualty figures per report", casualtyItems(fe.casualties), info),
    ),
    el(
      "p",
      { class: "members" },
      "Reports: ",
      (fe.members ?? []).map((m) => hashLink(`${sourceOf(m.article_id, info)} ${m.event_id}`, ["article", m.article_id], `select=event:${encodeURIComponent(m.event_id)}`, { class: "ref" })),
    ),
  );
}

export async function renderStory(route) {
  const view = $("#view-story");
  const story = await getJSON(`/api/stories/${encodeURIComponent(route.id)}`);
  const info = new Map((story.article_info ?? []).map((a) => [a.id, a]));
  const articles = el(
    "table",
    { class: "grid" },
    el("thead", {}, el("tr", {}, ["Published", "Source", "Title", "Article id"].map((h) => el("th", { text: h })))),
    el(
      "tbody",
      {},
      (story.article_info ?? []).map((a) =>
        el("tr", {}, el("td", { class: "nowrap", text: a.published ?? "—" }), el("td", { text: a.source ?? "—" }), el("td", {}, hashLink(a.title || truncate(a.id, 40), ["article", a.id])), el("td", {}, el("code", { text: a.id }))),
      ),
    ),
  );
  const fused = [...(story.fused ?? [])].sort((a, b) => b.quad - a.quad || b.num_articles - a.num_articles || b.confidence - a.confidence);
  fill(
    view,
    el(
      "section",
      { class: "panel story-head" },
      el("header", { class: "panel-head" }, el("h2", {}, hashLink("Stories", ["stories"]), " › ", el("span", { text: truncate(story.title || story.story_id, 140) }))),
      fields(
        [
          ["Dates", `${story.first_date ?? "?"} – ${story.last_date ?? "?"}`],
          ["Place", [story.place, story.country_name ?? story.country].filter(Boolean).join(", ") || null],
          ["Articles", `${story.num_articles} from ${story.num_sources} source(s)`],
          ["Events", `${story.events?.length ?? 0} reported, fused into ${fused.length}`],
          ["Story id", el("code", { text: story.story_id })],
        ],
        "fields fields-wide",
      ),
    ),
    el("section", { class: "panel" }, el("header", { class: "panel-head" }, el("h2", { text: "Articles" })), el("div", { class: "table-wrap" }, articles)),
    el(
      "section",
      { class: "panel" },
      el("header", { class: "panel-head" }, el("h2", { text: "Fused events" }), el("span", { class: "panel-note", text: "one per happening; what each report said, and where they disagree" })),
      el("div", { class: "fused-list" }, fused.map((fe) => fusedCard(fe, info))),
    ),
  );
}
