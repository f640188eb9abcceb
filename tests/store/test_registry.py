"""The corpus-wide actor registry: matching rules (pure) and behaviour on every backend."""

from __future__ import annotations

import pytest

from eventwire.errors import StoreError
from eventwire.records import Actor, Article, ArticleResult, Event, Span
from eventwire.store import EventFilter, Store, ingest
from eventwire.store.registry import RegistryEntry, choose, enrich, learn, new_entry


def _actor(name: str, kind: str = "person", country: str | None = None, **kw: str) -> Actor:
    return Actor(
        id=kw.pop("id", "a1"),
        name=name,
        kind=kind,  # type: ignore[arg-type]
        country=country,
        mentions=[Span(name, 0, len(name))],
        **kw,  # type: ignore[arg-type]
    )


def _entry(name: str, kind: str = "person", country: str | None = None) -> RegistryEntry:
    return new_entry(_actor(name, kind, country), "art-0")


@pytest.mark.parametrize(
    ("actor", "entries", "expected"),
    [
        (_actor("Salih"), [_entry("Barham Salih", country="IRQ")], "Barham Salih"),
        (_actor("Salih", country="IRQ"), [_entry("Barham Salih", country="IRQ")], "Barham Salih"),
        # a conflicting country is another person
        (_actor("Salih", country="TUR"), [_entry("Barham Salih", country="IRQ")], None),
        # two people share the surname: no evidence which one
        (_actor("Lopez"), [_entry("Maria Lopez"), _entry("Carlos Lopez")], None),
        (_actor("barham salih"), [_entry("Barham Salih", country="IRQ")], "Barham Salih"),
        # collectives need the same country: Iraqi police are not Kenyan police
        (_actor("police", "group", "KEN"), [_entry("police", "group", "IRQ")], None),
        (_actor("police", "group", "IRQ"), [_entry("police", "group", "IRQ")], "police"),
        # an organisation is not a person of the same name
        (_actor("Salih", "organization"), [_entry("Barham Salih", country="IRQ")], None),
    ],
    ids=repr,
)
def test_registry_choose(actor: Actor, entries: list[RegistryEntry], expected: str | None) -> None:
    found = choose(actor, entries)
    assert (found.name if found else None) == expected


def test_registry_enrich_and_learn_with_provenance() -> None:
    entry = _entry("Barham Salih", country="IRQ")
    later = _actor("Salih", id="a3", role="President", sector="GOV")
    enrich(later, entry)
    assert (later.name, later.country, later.role) == ("Barham Salih", "IRQ", "President")
    learn(entry, later, "art-9")
    assert entry.role == "President"
    assert entry.provenance["role"] == {
        "value": "President",
        "article_id": "art-9",
        "actor_id": "a3",
        "text": "Salih",
    }
    assert entry.provenance["country"]["article_id"] == "art-0"


def test_registry_learns_the_fuller_name() -> None:
    entry = _entry("Salih")
    learn(entry, _actor("Barham Salih", country="IRQ"), "art-2")
    assert (entry.name, entry.aliases, entry.country) == ("Barham Salih", ["Salih"], "IRQ")


def _article(article_id: str, text: str, actors: list[Actor], targets: list[str]) -> ArticleResult:
    event = Event(
        id="e1",
        type="ACCUSE",
        trigger=Span(text.split()[1], 0, 1),
        sentence=Span(text, 0, len(text)),
        source=[actors[0].id],
        target=targets,
    )
    return ArticleResult(
        article=Article(id=article_id, text=text, source=None, published=None),
        actors=actors,
        events=[event],
    )


def _first(store: Store) -> ArticleResult:
    salih = _actor("Barham Salih", country="IRQ", role="President", sector="GOV")
    return _article("art-1", "Barham Salih condemned it.", [salih], [])


def _second() -> ArticleResult:
    actors = [_actor("Salih", kind="unknown"), _actor("police", "group", "IRQ", id="a2")]
    return _article("art-2", "Salih blamed the police.", actors, ["a2"])


def test_registry_later_article_learns_from_earlier(store: Store) -> None:
    ingest(store, _first(store))
    second = _second()
    assert ingest(store, second) == "inserted"
    got = store.get("art-2")
    assert got is not None
    salih = got.actors[0]
    assert (salih.name, salih.kind, salih.country, salih.sector) == (
        "Barham Salih",
        "person",
        "IRQ",
        "GOV",
    )
    assert ingest(store, _second()) == "unchanged"  # the fingerprint is of what was extracted
    (entry,) = store.registry("salih")
    assert entry.aliases == ["Salih"] and entry.provenance["role"]["article_id"] == "art-1"


def test_registry_rename_reaches_stored_events(store: Store) -> None:
    ingest(store, _first(store))
    ingest(store, _second())
    assert store.rename_actor("barham salih", "Barham Ahmed Salih") == 2
    rows = store.events(EventFilter(actor="Ahmed"))
    assert sorted(r.article_id for r in rows) == ["art-1", "art-2"]
    later = _article("art-3", "Salih spoke.", [_actor("Salih", id="a1")], [])
    ingest(store, later)
    assert later.actors[0].name == "Barham Ahmed Salih"


def test_registry_merge_takes_the_keepers_attributes(store: Store) -> None:
    ingest(store, _first(store))
    other = _article("art-5", "B. Salih protested.", [_actor("B. Salih", country="TUR")], [])
    ingest(store, other)
    assert store.merge_actors("Barham Salih", "B. Salih") == 1
    got = store.get("art-5")
    assert got is not None
    assert (got.actors[0].name, got.actors[0].country) == ("Barham Salih", "IRQ")
    (entry,) = store.registry("Barham")
    assert "B. Salih" in entry.aliases
    later = _article("art-6", "B. Salih left.", [_actor("B. Salih", id="a1")], [])
    ingest(store, later)
    assert later.actors[0].name == "Barham Salih"


def test_registry_fixes_of_unknown_actors_raise(store: Store) -> None:
    ingest(store, _first(store))
    with pytest.raises(StoreError, match="no actor named 'Nobody'"):
        store.rename_actor("Nobody", "Somebody")
    with pytest.raises(StoreError, match="Nobody"):
        store.merge_actors("Nobody", "Barham Salih")


def test_store_quote_rows_carry_the_organisation_spoken_for(store: Store) -> None:
    from eventwire.records import Quote
    from eventwire.store import QuoteFilter

    text = 'Spokesman Ned Price said: "We condemn it."'
    result = ArticleResult(
        article=Article(id="art-q", text=text, source=None, published=None),
        actors=[_actor("Ned Price"), _actor("State Department", "organization", "USA", id="a2")],
        quotes=[
            Quote(id="q1", content=Span("We condemn it.", 27, 41), speaker="a1", speaking_for="a2")
        ],
    )
    store.put(result)
    (row,) = store.quotes(QuoteFilter())
    assert row.speaker is not None and row.speaker.name == "Ned Price"
    assert row.speaking_for is not None and row.speaking_for.name == "State Department"


def test_registry_fixes_refuse_nonsense(store: Store) -> None:
    ingest(store, _first(store))
    with pytest.raises(StoreError, match="same actor"):
        store.merge_actors("Barham Salih", "barham salih")
    with pytest.raises(StoreError, match="must not be empty"):
        store.rename_actor("Barham Salih", "  ")
    assert store.get("art-1") is not None and store.get("art-1").actors[0].name == "Barham Salih"


def _police(article_id: str, country: str, name: str = "police") -> ArticleResult:
    return _article(article_id, f"The {name} acted.", [_actor(name, "group", country)], [])


def test_registry_merge_joins_the_keeper_of_the_dropped_actors_country(store: Store) -> None:
    ingest(store, _police("art-iq", "IRQ"))
    ingest(store, _police("art-ke", "KEN"))
    ingest(store, _police("art-ke2", "KEN", "security forces"))
    assert store.merge_actors("police", "security forces", "ken") == 1
    got = store.get("art-ke2")
    assert got is not None
    assert (got.actors[0].name, got.actors[0].country) == ("police", "KEN")


def test_registry_merge_refuses_an_ambiguous_keeper(store: Store) -> None:
    ingest(store, _police("art-iq", "IRQ"))
    ingest(store, _police("art-ke", "KEN"))
    ingest(store, _article("art-x", "Guards acted.", [_actor("guards", "group")], []))
    with pytest.raises(StoreError, match="several actors are called 'police'"):
        store.merge_actors("police", "guards")


@pytest.mark.parametrize(("old", "new"), [("Barham Salih", "Somebody Else")])
def test_registry_rename_onto_another_actor_is_refused(store: Store, old: str, new: str) -> None:
    ingest(store, _first(store))
    ingest(store, _article("art-7", "Somebody Else spoke.", [_actor("Somebody Else")], []))
    with pytest.raises(
        StoreError, match="already names another actor; use `eventwire actors merge"
    ):
        store.rename_actor(old, new)
    assert store.registry("Barham")[0].name == "Barham Salih"


def test_registry_country_must_be_a_code(store: Store) -> None:
    ingest(store, _first(store))
    with pytest.raises(StoreError, match="not a three-letter country code"):
        store.rename_actor("Barham Salih", "B. Salih", "Iraq")


def test_registry_an_unchanged_article_teaches_nothing_again(store: Store) -> None:
    ingest(store, _first(store))
    office = _article(
        "art-8", "The presidency spoke.", [_actor("presidency", "organization", "IRQ")], []
    )
    ingest(store, office)
    store.merge_actors("Barham Salih", "presidency")  # a person and an office: the user knows
    again = _article(
        "art-8", "The presidency spoke.", [_actor("presidency", "organization", "IRQ")], []
    )
    assert ingest(store, again) == "unchanged"
    assert [e.name for e in store.registry("presidency")] == ["Barham Salih"]
