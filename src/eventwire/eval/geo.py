"""``geo``: toponym resolution on GeoVirus or TR-News (``geovirus.jsonl``, ``trnews.jsonl``).

A gold toponym is *matched* by the predicted place whose mention overlaps its span the most
(places with coordinates first). Reported:

- **acc@161**: over gold toponyms with lat/lon, the share whose matched place lies within 161 km
  (100 miles, the usual geoparsing threshold); unmatched or ungeocoded counts as a miss;
- **mean / median km error** over gold toponyms matched by a place with coordinates (haversine);
- **recall**: share of all gold toponyms overlapped by any predicted place mention;
- **mention precision**: share of predicted place mentions overlapping some gold toponym (a
  lower bound: the corpora annotate only literal toponyms, no demonyms or metonymy).
- **demonym_share**, **demonym_acc_at_161km** and **acc_at_161km_without_demonyms**: some
  corpora (TR-News) annotate nationality words ("Turkish") as toponyms of their country.
  eventwire links them to their country as ``demonym_mentions`` (context, never an event's
  location), and a gold demonym is matched through them; these figures show the share of
  geocoded gold toponyms that are demonyms, acc@161 over those, and acc@161 over the rest.

Which gold spans are toponyms: GeoWebNews annotates more than toponyms, and says which by each
span's ``type`` (see ``geowebnews/SCHEMA.md``). Its common-noun expressions ("the city", "police":
``Literal_Expression``, ``Non_Lit_Expression``), names that are no place ("United Nations":
``Non_Toponym``), place names used for something else ("Montana" the person: ``Homonym``) and
languages (``Language``) are skipped: they are neither toponyms to find nor right answers for a
predicted mention. Spans whose offsets do not match the text (``offset_status: "unaligned"``)
are skipped too. Sets without ``type`` annotate toponyms only, so every span counts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.eval.base import Task
from eventwire.eval.gold import JSON, overlaps, parse_date
from eventwire.eval.metrics import haversine_km, mean, median, ratio
from eventwire.eval.report import ErrorSample, Scores
from eventwire.nlp.places import fold, load_demonyms
from eventwire.records import Article, ArticleResult, Place

ACC_KM = 161.0
#: GeoWebNews span types that are not toponyms (see the module docstring).
NOT_TOPONYMS = frozenset(
    {"Literal_Expression", "Non_Lit_Expression", "Non_Toponym", "Homonym", "Language"}
)
EXPECTED = (
    "expected geoparsing JSON lines with id, text, toponyms [{text, start, end, lat, lon}] "
    "(see eval/geovirus/SCHEMA.md)"
)


def to_article(gold: JSON) -> Article:
    """One news text; TR-News items are dated by their ``download_time``."""
    return Article(
        id=str(gold["id"]),
        text=gold["text"],
        source=gold.get("domain") or "geo",
        url=gold.get("url"),
        title=gold.get("title"),
        published=parse_date(gold.get("download_time")),
    )


def match_place(places: list[Place], start: int, end: int) -> Place | None:
    """The place with the largest mention overlap with ``[start, end)``, geocoded ones first;
    a demonym linked to its country counts as a mention of the country."""
    best: tuple[bool, int] = (False, 0)
    found: Place | None = None
    for place in places:
        for mention in [*place.mentions, *place.demonym_mentions]:
            score = (
                place.lat is not None and place.lon is not None,
                overlaps(start, end, mention.start, mention.end),
            )
            if score[1] > 0 and score > best:
                best, found = score, place
    return found


def is_toponym(span: JSON) -> bool:
    """Whether a gold span is a toponym to score: aligned, and not of a non-toponym type."""
    return (
        isinstance(span, dict)
        and "start" in span
        and span.get("offset_status") != "unaligned"
        and span.get("type") not in NOT_TOPONYMS
    )


def _has_coords(toponym: JSON) -> bool:
    return all(isinstance(toponym.get(k), (int, float)) for k in ("lat", "lon"))


@dataclass
class GeoScorer:
    """Tallies toponym recall and distance error."""

    n: int = 0
    n_toponyms: int = 0
    n_geocoded: int = 0
    matched: int = 0
    within: int = 0
    demonyms: int = 0
    demonyms_within: int = 0
    km: list[float] = field(default_factory=list)
    n_mentions: int = 0
    mentions_on_gold: int = 0
    errors: ErrorSample = field(default_factory=ErrorSample)

    def add(self, gold: JSON, result: ArticleResult) -> None:
        self.n += 1
        toponyms = [t for t in gold.get("toponyms") or [] if is_toponym(t)]
        for toponym in toponyms:
            self._toponym(str(gold["id"]), toponym, result.places)
        spans = [(int(t["start"]), int(t["end"])) for t in toponyms]
        for place in result.places:
            for m in place.mentions:
                self.n_mentions += 1
                self.mentions_on_gold += any(overlaps(m.start, m.end, s, e) for s, e in spans)

    def _toponym(self, item_id: str, toponym: JSON, places: list[Place]) -> None:
        self.n_toponyms += 1
        place = match_place(places, int(toponym["start"]), int(toponym["end"]))
        self.matched += place is not None
        if not _has_coords(toponym):
            return
        self.n_geocoded += 1
        demonym = fold(str(toponym["text"])) in load_demonyms()
        self.demonyms += demonym
        if place is None or place.lat is None or place.lon is None:
            self.errors.add(item_id, toponym["text"], [toponym["lat"], toponym["lon"]], None)
            return
        km = haversine_km(toponym["lat"], toponym["lon"], place.lat, place.lon)
        self.km.append(km)
        self.within += km <= ACC_KM
        self.demonyms_within += demonym and km <= ACC_KM
        if km > ACC_KM:
            self.errors.add(
                item_id,
                toponym["text"],
                [toponym["lat"], toponym["lon"]],
                {"name": place.name, "lat": place.lat, "lon": place.lon, "km": round(km, 1)},
            )

    def finish(self) -> Scores:
        recall = ratio(self.matched, self.n_toponyms)
        precision = ratio(self.mentions_on_gold, self.n_mentions)
        metrics: dict[str, float] = {
            "acc_at_161km": ratio(self.within, self.n_geocoded),
            "acc_at_161km_without_demonyms": ratio(
                self.within - self.demonyms_within, self.n_geocoded - self.demonyms
            ),
            "demonym_share": ratio(self.demonyms, self.n_geocoded),
            "demonym_acc_at_161km": ratio(self.demonyms_within, self.demonyms),
            "mean_km": mean(self.km),
            "median_km": median(self.km),
            "recall": recall,
            "mention_precision": precision,
            "n_toponyms": self.n_toponyms,
            "n_geocoded": self.n_geocoded,
            "n_km": len(self.km),
        }
        return Scores(self.n, metrics, {}, self.errors.items)


TASK = Task(
    name="geo",
    summary="toponym recall and geocoding (acc@161 km, mean/median km error)",
    expected=EXPECTED,
    required=("id", "text", "toponyms"),
    to_article=to_article,
    scorer=GeoScorer,
    file_hints=("geovirus", "trnews", "lgl", "geo"),
)
