"""``case2021``: CASE 2021 shared task 2 snippets, labelled with ACLED sub-event types.

Format: JSON lines with ``id``, ``text`` and ``label``, a CASE name for one of the 25 ACLED
sub-event types (``PEACE_PROTEST``, ``ARMED_CLASH``, ...) or for one of 5 types outside ACLED
(``DIPLO``, ``ATTRIB``, ``ORG_CRIME``, ``NATURAL_DISASTER``, ``MAN_MADE_DISASTER``); see the set's
``SCHEMA.md``. The snippets carry no date. The predicted code is that of the most confident event
with an ACLED code (as in the ``acled`` task). Scored:

- **sub-event type accuracy** and **event type accuracy** over the ACLED-typed snippets;
- **outside-ACLED abstention**: share of the 5 outside types given no ACLED code at all;
- **accuracy over all labels**, where "no ACLED code" is the right answer for the outside types;
- per-sub-event-type precision/recall/F1.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.eval.acled import predicted_acled
from eventwire.eval.base import Task
from eventwire.eval.gold import JSON
from eventwire.eval.metrics import ClassTally, ratio
from eventwire.eval.report import ErrorSample, Scores
from eventwire.records import Article, ArticleResult

EXPECTED = "expected JSON lines with id, text and label (see case2021_task2/SCHEMA.md)"

#: CASE 2021 task 2 label → (ACLED event type, sub-event type), as in the ACLED codebook.
ACLED_OF_LABEL: dict[str, tuple[str, str]] = {
    "ARMED_CLASH": ("Battles", "Armed clash"),
    "GOV_REGAINS_TERIT": ("Battles", "Government regains territory"),
    "NON_STATE_ACTOR_OVERTAKES_TER": ("Battles", "Non-state actor overtakes territory"),
    "CHEM_WEAP": ("Explosions/Remote violence", "Chemical weapon"),
    "AIR_STRIKE": ("Explosions/Remote violence", "Air/drone strike"),
    "SUIC_BOMB": ("Explosions/Remote violence", "Suicide bomb"),
    "ART_MISS_ATTACK": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "REM_EXPLOS": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "GRENADE": ("Explosions/Remote violence", "Grenade"),
    "SEX_VIOL": ("Violence against civilians", "Sexual violence"),
    "ATTACK": ("Violence against civilians", "Attack"),
    "ABDUCT_DISSAP": ("Violence against civilians", "Abduction/forced disappearance"),
    "PEACE_PROTEST": ("Protests", "Peaceful protest"),
    "PROTEST_WITH_INTER": ("Protests", "Protest with intervention"),
    "FORCE_AGAINST_PROTEST": ("Protests", "Excessive force against protesters"),
    "VIOL_DEMONSTR": ("Riots", "Violent demonstration"),
    "MOB_VIOL": ("Riots", "Mob violence"),
    "AGREEMENT": ("Strategic developments", "Agreement"),
    "ARREST": ("Strategic developments", "Arrests"),
    "CHANGE_TO_GROUP_ACT": ("Strategic developments", "Change to group/activity"),
    "DISR_WEAP": ("Strategic developments", "Disrupted weapons use"),
    "HQ_ESTABLISHED": ("Strategic developments", "Headquarters or base established"),
    "PROPERTY_DISTRUCT": ("Strategic developments", "Looting/property destruction"),
    "NON_VIOL_TERRIT_TRANSFER": ("Strategic developments", "Non-violent transfer of territory"),
    "OTHER": ("Strategic developments", "Other"),
}
#: The labels outside ACLED: no ACLED code is the right answer.
OUTSIDE_ACLED = frozenset({"DIPLO", "ATTRIB", "ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER"})
NO_CODE = "(no ACLED code)"


def to_article(gold: JSON) -> Article:
    """One undated snippet."""
    return Article(id=str(gold["id"]), text=gold["text"])


def gold_sub_type(label: str) -> str:
    """The ACLED sub-event type a CASE label stands for; :data:`NO_CODE` outside ACLED.

    Raises:
        ValueError: a label that is neither (the eval reports the item and the format).
    """
    if label in ACLED_OF_LABEL:
        return ACLED_OF_LABEL[label][1]
    if label in OUTSIDE_ACLED:
        return NO_CODE
    raise ValueError(f"unknown CASE 2021 label {label!r}")


@dataclass
class Case2021Scorer:
    """Tallies sub-event and event type agreement, and abstention outside ACLED."""

    subs: ClassTally = field(default_factory=ClassTally)
    n: int = 0
    n_acled: int = 0
    sub_hits: int = 0
    event_type_hits: int = 0
    n_outside: int = 0
    abstained: int = 0
    errors: ErrorSample = field(default_factory=ErrorSample)

    def add(self, gold: JSON, result: ArticleResult) -> None:
        want = gold_sub_type(str(gold["label"]))
        acled = predicted_acled(result)
        got = acled.sub_event_type if acled else NO_CODE
        self.n += 1
        self.subs.add(want, got)
        if want == NO_CODE:
            self.n_outside += 1
            self.abstained += acled is None
        else:
            self.n_acled += 1
            self.sub_hits += got == want
            self.event_type_hits += bool(
                acled and acled.event_type == ACLED_OF_LABEL[gold["label"]][0]
            )
        if got != want:
            self.errors.add(str(gold["id"]), "sub_event_type", want, got)

    def finish(self) -> Scores:
        metrics: dict[str, float] = {
            "sub_event_type_accuracy": ratio(self.sub_hits, self.n_acled),
            "event_type_accuracy": ratio(self.event_type_hits, self.n_acled),
            "outside_acled_abstention": ratio(self.abstained, self.n_outside),
            "accuracy_all_labels": ratio(sum(self.subs.tp.values()), self.n),
            "sub_event_type_macro_f1": self.subs.macro_f1(),
            "n_acled": float(self.n_acled),
            "n_outside_acled": float(self.n_outside),
        }
        return Scores(self.n, metrics, self.subs.per_class(), self.errors.items)


TASK = Task(
    name="case2021",
    summary="ACLED sub-event type of CASE 2021 task 2 snippets (25 ACLED types + 5 outside)",
    expected=EXPECTED,
    required=("id", "text", "label"),
    to_article=to_article,
    scorer=Case2021Scorer,
    file_hints=("case2021", "case_2021"),
)
