// The event detail panel: every field of one stored event, with links to its article and story.

import { getJSON } from "./api.js";
import { $, el, fields, fill, hashLink } from "./dom.js";
import { countText, quadName, utf16Offsets, yesNo } from "./format.js";
import { update } from "./state.js";

function actorItem(actor, id) {
  if (!actor) return el("li", { text: id });
  const facts = [actor.kind, actor.country, actor.sector, actor.role].filter(Boolean).join(" · ");
  return el("li", {}, el("strong", { text: actor.name }), facts ? el("span", { class: "muted", text: ` ${facts}` }) : null);
}

function actorList(ids, actors) {
  if (!ids?.length) return null;
  return el("ul", { class: "plain" }, ids.map((id) => actorItem(actors?.[id], id)));
}

/** The sentence with the trigger marked, cut by the trigger's offsets into the article text. */
function sentenceWithTrigger(event) {
  const { sentence, trigger } = event;
  if (!sentence?.text) return null;
  // Offsets count code points (the sentence's own start too); slice at UTF-16 offsets.
  const at = utf16Offsets(sentence.text);
  const a = (trigger?.start ?? NaN) - sentence.start;
  const b = (trigger?.end ?? NaN) - sentence.start;
  if (!(a >= 0 && b <= at.length - 1 && a < b)) return el("q", { text: sentence.text.trim() });
  return el(
    "q",
    { class: "sentence" },
    sentence.text.slice(0, at[a]),
    el("mark", { class: "hl-trigger", text: sentence.text.slice(at[a], at[b]) }),
    sentence.text.slice(at[b]).trimEnd(),
  );
}

function placeText(place, inferred) {
  if (!place) return null;
  const facts = [place.country, place.admin1, place.precision, place.feature_code].filter(Boolean);
  const coords = place.lat != null ? `${place.lat.toFixed(4)}, ${place.lon.toFixed(4)}` : "no coordinates";
  return el(
    "span",
    {},
    el("strong", { text: place.name }),
    ` (${[...facts, coords].join(" · ")})`,
    place.geonameid ? ` · GeoNames ${place.geonameid}` : "",
    inferred ? el("span", { class: "badge", text: "inferred: the article's main place" }) : null,
  );
}

function dateInfo(date) {
  if (!date) return null;
  const said = date.text ? `from “${date.text}” (chars ${date.start}–${date.end})` : "publication date used";
  return `${date.value} · ${date.precision} · ${said}`;
}

function casualties(c) {
  const rows = ["killed", "injured", "arrested"].filter((k) => c?.[k]).map((k) => el("li", {}, el("strong", { text: `${k}: ` }), countText(c[k])));
  return rows.length ? el("ul", { class: "plain" }, rows) : null;
}

function flags(aux) {
  return el(
    "span",
    { class: "flags" },
    Object.entries(aux ?? {}).map(([name, on]) => el("span", { class: on ? "flag on" : "flag", title: `${name}: ${yesNo(on)}`, text: name })),
  );
}

function confidence(value) {
  const bar = el("span", { class: "meter" }, el("span", {}));
  bar.firstChild.style.width = `${Math.round(value * 100)}%`;
  return el("span", {}, bar, ` ${value.toFixed(2)}`);
}

export function renderEvent(event) {
  const span = (s) => (s ? `“${s.text}” (chars ${s.start}–${s.end})` : null);
  return [
    fields([
      ["Type", el("span", {}, el("strong", { text: event.type }), event.mode ? ` · mode ${event.mode}` : "")],
      ["Quad class", el("span", {}, el("span", { class: `swatch q${event.quad}` }), `${event.quad} · ${quadName(event.quad)}`)],
      ["Context", event.context?.length ? event.context.join(", ") : null],
      ["CAMEO", event.cameo],
      ["ACLED", event.acled ? `${event.acled.event_type} › ${event.acled.sub_event_type}` : null],
      ["Trigger", span(event.trigger)],
      ["Sentence", sentenceWithTrigger(event)],
      ["Source", actorList(event.source, event.actors)],
      ["Target", actorList(event.target, event.actors)],
      ["Place", placeText(event.place_detail, event.place_inferred)],
      ["Date", dateInfo(event.date)],
      ["Casualties", casualties(event.casualties)],
      ["Modality", flags(event.aux)],
      ["Confidence", confidence(event.confidence)],
      ["Article", hashLink(event.article_id, ["article", event.article_id], `select=event:${encodeURIComponent(event.id)}`)],
      ["Story", event.story_id ? hashLink(event.story_id, ["story", event.story_id]) : null],
      ["Key", el("code", { text: event.key })],
    ]),
    el("details", { class: "raw" }, el("summary", { text: "All fields as JSON" }), el("pre", { text: JSON.stringify(event, null, 2) })),
  ];
}

export function createDetail() {
  const panel = $("#detail");
  $("#detail-close").addEventListener("click", () => update({ event: null }));

  async function show(key) {
    if (!key) {
      panel.hidden = true;
      return;
    }
    panel.hidden = false;
    const event = await getJSON(`/api/events/${encodeURIComponent(key)}`);
    $("#detail-title").textContent = `${event.type} · ${event.date?.value ?? "undated"}`;
    fill($("#detail-body"), renderEvent(event));
  }

  return { show };
}
