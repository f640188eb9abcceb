"""``eventwire eval``: score an extraction against gold data in documented formats.

One task per gold format (see ``/eval/<set>/SCHEMA.md`` in the shared data)::

    plover      plover_gsr/dev.jsonl               PLOVER type, actor countries, sectors
    cameo       petrarch_validation.jsonl          CAMEO root codes (subset filter)
    acled       ACLED-style notes (our fixtures)   ACLED event and sub-event type
    geo         geovirus.jsonl, trnews.jsonl       toponym recall, acc@161 km, km error
    dates       meantime_docs.jsonl                TIMEX3 values per type, event dates
    casualties  gvdb/dev.jsonl                     anyone killed/injured, counts, city
    stories     ecbplus_docs.jsonl                 article clustering, pairwise and B³ F1
    quotes      quotes.jsonl (our fixtures)        quotes found, speakers, channels, speaking-for
    case2021    case2021_task2/dev.jsonl           ACLED sub-event type of CASE 2021 snippets
    police      indiapoliceevents/dev.jsonl        police arrest/kill/force per article, sentence
    attributions polnear/polnear.jsonl             direct and indirect attributions, source, cue

Every task takes ``part``: ``tune`` and ``check`` are the two halves of a dev set, split by a
fixed hash of each item's id (:mod:`eventwire.eval.parts`); learn from one, report the other.

The extraction is injected (``Extract``: articles in, results out in order), so the scorers can
be tested with hand-built results and run on any pipeline::

    report = evaluate("plover", path, lambda arts: process(nlp, arts), limit=60)
    print(report.metrics["top1_accuracy"])
"""

from eventwire.eval.base import Task
from eventwire.eval.gold import Extract
from eventwire.eval.metrics import bcubed_scores, haversine_km, pairwise_scores
from eventwire.eval.report import EvalReport
from eventwire.eval.runner import TASKS, detect_task, evaluate, get_task

__all__ = [
    "TASKS",
    "EvalReport",
    "Extract",
    "Task",
    "bcubed_scores",
    "detect_task",
    "evaluate",
    "get_task",
    "haversine_km",
    "pairwise_scores",
]
