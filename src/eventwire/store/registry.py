"""The corpus-wide actor registry: what earlier articles taught us about an actor.

Each article's actors are resolved against the registry when they are ingested. A match lends
the article what the registry knows ("Salih" alone, later → Barham Salih, IRQ, GOV, President),
and the article teaches the registry what it did not know yet, with provenance: for each
attribute, the article, the actor and the words it was first learned from.

Matching is deliberately cautious (a wrong merge is worse than a missed one):

* the same name (or a name the registry has seen for the entry) with a compatible kind and
  country: equal, or unknown on one side; collectives ("police", "protesters") need the same
  country, since Iraqi and Kenyan police are different actors;
* a person named by one word ("Salih") matches the one registered person whose last name it
  is and whose country does not conflict; with two such people ("Maria Lopez", "Carlos Lopez")
  nothing is matched.

Backends store entries and their lookup keys; this module holds the rules they share.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Protocol

from eventwire.errors import StoreError
from eventwire.records import JSON, Actor

LEARNED = ("country", "sector", "role")


@dataclass(slots=True)
class RegistryEntry:
    """One actor as known across the corpus.

    Attributes:
        id: backend id; ``None`` until first saved.
        name: canonical name (the fullest form seen, or what a user renamed it to).
        aliases: every other name it was seen or merged under.
        provenance: for ``name``, ``country``, ``sector``, ``role``: where the value was learned,
            ``{"value", "article_id", "actor_id", "text"}`` (``"article_id": null`` when set by
            a user with ``actors rename|merge``).
    """

    id: int | None
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    provenance: dict[str, JSON] = field(default_factory=dict)

    def to_dict(self) -> JSON:
        """The entry as JSON (``eventwire actors show``)."""
        return asdict(self)

    def index_keys(self) -> list[str]:
        """Lookup keys: every name, and the last name of a person with a full name."""
        names = [self.name, *self.aliases]
        keys = [name_key(n) for n in names]
        if self.kind == "person":
            keys += [surname_key(n) for n in names if len(n.split()) > 1]
        return list(dict.fromkeys(keys))


class RegistryBackend(Protocol):
    """What a store provides for :func:`link_actors` (inside its write transaction)."""

    def candidates(self, keys: list[str]) -> list[RegistryEntry]:
        """Entries having any of ``keys``."""
        ...

    def save(self, entry: RegistryEntry) -> None:
        """Insert (``id`` is None; sets it) or update an entry and its keys."""
        ...


def fold(name: str) -> str:
    return " ".join(name.casefold().removeprefix("the ").split())


def name_key(name: str) -> str:
    return "n:" + fold(name)


def surname_key(name: str) -> str:
    return "s:" + fold(name).split()[-1]


def lookup_keys(actor: Actor) -> list[str]:
    """Keys under which ``actor`` might already be registered."""
    keys = [name_key(actor.name)]
    if actor.kind in ("person", "unknown") and len(actor.name.split()) == 1:
        keys.append(surname_key(actor.name))
    return keys


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _is_collective(actor: Actor) -> bool:
    # "police", "the government": common nouns name a different actor in every country.
    return actor.kind == "group" or (actor.kind != "person" and actor.name[:1].islower())


def choose(actor: Actor, candidates: list[RegistryEntry]) -> RegistryEntry | None:
    """The registry entry ``actor`` is, or ``None`` when no single entry fits."""
    wanted = fold(actor.name)
    same_name = [
        e
        for e in candidates
        if is_called(e, actor.name)
        and (e.kind == actor.kind or "unknown" in (e.kind, actor.kind))
        and (
            e.country == actor.country
            if _is_collective(actor)
            else _compatible(e.country, actor.country)
        )
    ]
    if same_name:
        exact = [e for e in same_name if e.country == actor.country]
        return (exact or same_name)[0]
    if actor.kind not in ("person", "unknown") or len(actor.name.split()) != 1:
        return None
    by_surname = [
        e
        for e in candidates
        if e.kind == "person"
        and len(e.name.split()) > 1
        and fold(e.name).split()[-1] == wanted
        and _compatible(e.country, actor.country)
    ]
    return by_surname[0] if len(by_surname) == 1 else None


def enrich(actor: Actor, entry: RegistryEntry) -> None:
    """Lend ``actor`` the registry's canonical name and the attributes it lacks, in place."""
    actor.name = entry.name
    if actor.kind == "unknown":
        actor.kind = entry.kind  # type: ignore[assignment]
    for attr in LEARNED:
        if getattr(actor, attr) is None and getattr(entry, attr) is not None:
            setattr(actor, attr, getattr(entry, attr))


def learn(entry: RegistryEntry, actor: Actor, article_id: str) -> None:
    """Teach ``entry`` what ``actor`` shows and it did not know, with provenance, in place."""
    if fold(actor.name) != fold(entry.name) and actor.name not in entry.aliases:
        fuller = actor.kind == "person" and len(actor.name.split()) > len(entry.name.split())
        if fuller and entry.provenance.get("name", {}).get("article_id", "") is not None:
            entry.aliases.append(entry.name)
            entry.name = actor.name
            entry.provenance["name"] = _source(actor, article_id, actor.name)
        else:
            entry.aliases.append(actor.name)
    if entry.kind == "unknown" and actor.kind != "unknown":
        entry.kind = actor.kind
    for attr in LEARNED:
        value = getattr(actor, attr)
        if getattr(entry, attr) is None and value is not None:
            setattr(entry, attr, value)
            entry.provenance[attr] = _source(actor, article_id, value)


def _source(actor: Actor, article_id: str, value: str) -> JSON:
    text = actor.mentions[0].text if actor.mentions else actor.name
    return {"value": value, "article_id": article_id, "actor_id": actor.id, "text": text}


def new_entry(actor: Actor, article_id: str) -> RegistryEntry:
    """A registry entry for an actor seen for the first time."""
    entry = RegistryEntry(id=None, name=actor.name, kind=actor.kind)
    entry.provenance["name"] = _source(actor, article_id, actor.name)
    learn(entry, actor, article_id)
    return entry


def link_actors(actors: list[Actor], article_id: str, backend: RegistryBackend) -> None:
    """Resolve an article's actors against the registry: enrich them and teach the registry.

    Persons are linked first and longest names first, so "Barham Salih" is registered before a
    bare "Salih" of the same article looks for him.
    """
    order = sorted(actors, key=lambda a: (a.kind != "person", -len(a.name.split())))
    for actor in order:
        entry = choose(actor, backend.candidates(lookup_keys(actor)))
        if entry is None:
            backend.save(new_entry(actor, article_id))
            continue
        learn(entry, actor, article_id)
        enrich(actor, entry)
        backend.save(entry)


def user_fix(entry: RegistryEntry, name: str) -> None:
    """Record that a user set the entry's name (``actors rename|merge``)."""
    if fold(name) != fold(entry.name) and entry.name not in entry.aliases:
        entry.aliases.append(entry.name)
    entry.name = name
    entry.aliases = [a for a in entry.aliases if fold(a) != fold(name)]
    entry.provenance["name"] = {"value": name, "article_id": None, "actor_id": None, "text": None}


def absorb(keep: RegistryEntry, drop: RegistryEntry) -> None:
    """Merge ``drop`` into ``keep``: its names become aliases, its attributes fill the gaps."""
    for n in [drop.name, *drop.aliases]:
        if fold(n) != fold(keep.name) and n not in keep.aliases:
            keep.aliases.append(n)
    for attr in LEARNED:
        if getattr(keep, attr) is None and getattr(drop, attr) is not None:
            setattr(keep, attr, getattr(drop, attr))
            if attr in drop.provenance:
                keep.provenance[attr] = drop.provenance[attr]


class FixBackend(RegistryBackend, Protocol):
    """What a store provides for :func:`rename_actor` and :func:`merge_actors`."""

    def delete(self, entry: RegistryEntry) -> None: ...

    def stored(self, name: str, country: str | None) -> list[tuple[object, Actor]]:
        """(handle, actor) of every stored per-article actor named ``name``."""
        ...

    def update(self, handle: object, actor: Actor) -> None:
        """Write back a per-article actor got from :meth:`stored`."""
        ...


def is_called(entry: RegistryEntry, name: str) -> bool:
    """Whether ``name`` is the entry's canonical name or one of its aliases (case-insensitive)."""
    return fold(name) in {fold(n) for n in [entry.name, *entry.aliases]}


def named(backend: RegistryBackend, name: str) -> list[RegistryEntry]:
    """Entries whose canonical name or an alias is ``name``."""
    return [e for e in backend.candidates([name_key(name)]) if is_called(e, name)]


def _named(backend: FixBackend, name: str, country: str | None) -> list[RegistryEntry]:
    return [e for e in named(backend, name) if country is None or e.country == country]


def rename_actor(backend: FixBackend, old: str, new: str, country: str | None = None) -> int:
    """Rename an actor everywhere: registry and stored articles (so their events). Returns how
    many per-article actors changed; raises StoreError when nothing is called ``old``."""
    if not new.strip():
        raise StoreError("the new name must not be empty")
    country = _country_code(country)
    stored = backend.stored(old, country)
    entries = _named(backend, old, country)
    if not stored and not entries:
        raise StoreError(f"no actor named {old!r}" + (f" in {country}" if country else ""))
    mine = {x.id for x in entries}
    taken = [e for e in named(backend, new) if e.id not in mine]
    if taken or (fold(new) != fold(old) and backend.stored(new, None)):
        # renaming onto another actor's name would join two actors without saying so
        raise StoreError(
            f"{new!r} already names another actor; use `eventwire actors merge {new!r} {old!r}`"
        )
    for entry in entries:
        user_fix(entry, new)
        backend.save(entry)
    for handle, actor in stored:
        actor.name = new
        backend.update(handle, actor)
    return len(stored)


def merge_actors(backend: FixBackend, keep: str, drop: str, country: str | None = None) -> int:
    """Make every actor called ``drop`` (optionally only of ``country``) the actor called
    ``keep``: its registry entry is absorbed and stored articles take ``keep``'s name, kind,
    country, sector and role. Returns how many per-article actors changed."""
    if fold(keep) == fold(drop):
        raise StoreError(f"{keep!r} and {drop!r} are the same actor; nothing to merge")
    country = _country_code(country)
    keepers = named(backend, keep)
    if not keepers and not backend.stored(keep, None):
        raise StoreError(f"no actor named {keep!r} to merge into")
    stored = backend.stored(drop, country)
    dropped = [e for e in _named(backend, drop, country) if e.id not in {k.id for k in keepers}]
    if not stored and not dropped:
        raise StoreError(f"no actor named {drop!r}" + (f" in {country}" if country else ""))
    countries: set[str | None] = {a.country for _, a in stored} | {e.country for e in dropped}
    target = _keeper(keepers, countries, keep) or _entry_like(backend.stored(keep, None)[0][1])
    for entry in dropped:
        absorb(target, entry)
        backend.delete(entry)
    user_fix(target, target.name)
    backend.save(target)
    for handle, actor in stored:
        enrich(actor, target)
        for attr in LEARNED:  # the user said these are one actor: the keeper's values win
            if getattr(target, attr) is not None:
                setattr(actor, attr, getattr(target, attr))
        backend.update(handle, actor)
    return len(stored)


def _keeper(
    keepers: list[RegistryEntry], countries: set[str | None], keep: str
) -> RegistryEntry | None:
    """The one entry called ``keep`` that the dropped actors can join: of their country when
    several are so called ("police" of Iraq and of Kenya); an error when that stays ambiguous."""
    if len(keepers) <= 1:
        return keepers[0] if keepers else None
    fitting = [k for k in keepers if k.country in countries]
    if len(fitting) != 1:
        found = ", ".join(sorted(str(k.country) for k in keepers))
        raise StoreError(f"several actors are called {keep!r} ({found}); pass --country")
    return fitting[0]


def _country_code(country: str | None) -> str | None:
    """``--country`` as stored: upper case, three letters."""
    if country is None:
        return None
    code = country.strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise StoreError(f"{country!r} is not a three-letter country code such as IRQ or IGO")
    return code


def _entry_like(actor: Actor) -> RegistryEntry:
    return RegistryEntry(
        id=None,
        name=actor.name,
        kind=actor.kind,
        country=actor.country,
        sector=actor.sector,
        role=actor.role,
    )
