"""Follow-ups and the same thing across meetings, as people ask and as minutes lay them out (round 29, class d):

- where a thing stands asked as a choice of states ("done or pending", "sorted or still outstanding", "complete or not
  yet"), the minute named by the earlier number a matters-arising line gives it ("Minute 88 – Bus shelter.");
- whether a promise will be kept, asked ahead ("will the questions record get annotated"), the slip and the note as
  the minutes put them ("should have said", "A note will be added");
- a matter put off, then "approved since?" / "signed off since then?": the later minute taking it up, done;
- a matters-arising table under an item numbered as its rows ("BT/36/40 Matters arising" over "Minute | Matter |
  Update"): each row kept whole with its update, the item after the table its own, and each row the later word on
  the minute it names, though one paper calls the body "Full Council" and the next "the Town Council";
- an update promising a month ("will be launched in June"): scheduled; one whose date slipped ("due in September, not
  March as planned"): still outstanding.

The papers are written for the test (tests/fixtures/followups-29d), ingested with the real model into a real store
and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from index.intents import Intent, cue_intents
from ingest.item_tables import split_item_tables
from ingest.minutes import parse_references
from minutebook.model import ActionStatus, standing_body
from service.core import Minutebook
from service.said_status import stated, status_asked
from tests.conftest import answered, papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "followups-29d"


asked = papers_fixture(PAPERS)


@pytest.mark.real_model
@pytest.mark.parametrize(("question", "said", "status"), [
    # a choice of states, the minute named by the number its matters-arising line gives it
    ("minute 88 heddleston: odell checking the shelter glass - sorted or still outstanding?", ["Cllr Odell"],
     ActionStatus.OUTSTANDING),
    ("heddleston bus shelter glass, odell looking at it - done/pending", ["cracked glass panel"],
     ActionStatus.OUTSTANDING),
    ("brindlecombe allotment track - penhale inspecting it, complete or not yet?", ["Cllr Penhale"],
     ActionStatus.OUTSTANDING),
    # whether a note promised will be added, the slip said in everyday words
    ("ravensby leader's slip-up on the depot lease: will the february questions record get annotated",
     ["A note will be added"], None),
    ("ravensby depot lease mistake - will the q&a record be annotated?", ["A note will be added"], None),
    # put off, then done since: the later minute taking it up
    ("ravensby tourism consultation reply got pushed back in feb - approved since?", ["30 April 2036"],
     ActionStatus.COMPLETED),
    ("ravensby coastal tourism response was deferred in february, signed off since then?", ["be approved"],
     ActionStatus.COMPLETED),
    # a matters-arising table's row, whole, as the later word: a month promised, a date slipped
    ("quarry hill zebra crossing - any progress since the petition?", ["2,140 vehicles"], ActionStatus.SCHEDULED),
    ("brindlecombe heritage trail leaflet - is it out yet", ["not March as planned"], ActionStatus.OUTSTANDING),
    ("lavender fields play fence, who got the job", ["Grover Fencing"], None),
])
def test_answered(asked: Minutebook, question: str, said: list[str], status: ActionStatus | None) -> None:
    answer = answered(asked, question, said)
    if status is not None:
        assert answer.status == status, (question, answer.status, answer.answer)


@pytest.mark.real_model
def test_a_row_is_cited_to_its_item(asked: Minutebook) -> None:
    answer = answered(asked, "quarry hill crossing petition - how many vehicles did the survey count", ["2,140"])
    assert answer.citations[0].item_title == "Matters arising", answer.citations


@pytest.mark.parametrize(("question", "followup"), [
    ("the path - done or pending", True),
    ("bus shelter glass: complete or still outstanding?", True),
    ("will the questions record get annotated", True),
    ("is the noticeboard getting repainted?", True),
    ("was the budget done or pending approval by full council in may", True),  # still a choice of states
    ("who moved the motion on the pending applications", False),
    ("what will the new bus shelter cost", False),
])
def test_status_asked_in_everyday_words(question: str, followup: bool) -> None:
    assert (cue_intents(question).get(Intent.FOLLOWUP, 0.0) >= 0.5) is followup, cue_intents(question)


@pytest.mark.parametrize(("question", "asked_after"), [
    ("deferred in march - signed off since?", True),
    ("the lease renewal, approved since then?", True),
    ("which plans were approved since the election", False),  # since when, not whether
])
def test_done_since_asked(question: str, asked_after: bool) -> None:
    assert status_asked(question) is asked_after


@pytest.mark.parametrize(("line", "status"), [
    ("A 20 mph order will be advertised in June.", ActionStatus.SCHEDULED),  # a month fixed for it
    ("The new bins will be installed during September.", ActionStatus.SCHEDULED),
    ("The report will be brought back.", ActionStatus.OUTSTANDING),  # no time fixed
    ("Group has met twice; trail leaflet due in September, not March as planned.", ActionStatus.OUTSTANDING),
    ("Survey results came in later than expected.", ActionStatus.OUTSTANDING),
])
def test_what_an_update_states(line: str, status: ActionStatus) -> None:
    assert stated(line, dt.date(2036, 5, 12), latest=dt.date(2036, 5, 12)) == status


def test_full_council_and_town_council_are_one_body() -> None:
    assert standing_body("Full Council") == standing_body("Annual Meeting of the Town Council") == standing_body(
        "Parish Council")
    assert standing_body("Planning Committee") != standing_body("Full Council")


def test_a_table_of_earlier_minutes_under_an_item_is_kept_whole() -> None:
    from ingest.cleaning import Row
    lines = ["BT/36/40 Matters arising", "Minute\tMatter\tUpdate", "BT/36/03\tZebra crossing\tSurvey done. More soon.",
             "BT/36/05\tHeritage trail\tDue in September.", "BT/36/41 Appointments"]
    rows = [Row(text, None, 3 if n in (0, 4) else 0, n) for n, text in enumerate(lines)]
    assert [r.text for r in split_item_tables(rows)] == lines
    # a table of items (no item heading of its numbering over it) is still split into its items
    items = [Row("Minute\tItem\tDecision", None, 0, 0),
             Row("P24/32\t12 Castle Street\tRESOLVED to support.", None, 0, 1)]
    assert [r.text for r in split_item_tables(items)] == ["Minute\tItem\tDecision", "P24/32\t12 Castle Street",
                                                         "RESOLVED to support."]


def test_rows_of_a_table_of_earlier_minutes_are_references() -> None:
    text = "Minute\tMatter\tUpdate\n2035/04\tCawthorne Road petition\tSurvey done.\nCAB 33\tDepot lease\tSigned."
    refs = parse_references(text, dt.date(2035, 5, 11))
    assert [(r.minute, r.text) for r in refs] == [("2035/04", "2035/04\tCawthorne Road petition\tSurvey done."),
                                                  ("CAB 33", "CAB 33\tDepot lease\tSigned.")]


@pytest.mark.parametrize("question", [
    "gloucs hwb membership update jan 20 - picks up from which earlier board meeting?",
    "the car park item - which previous committee meeting was it deferred from",
])
def test_a_meeting_placed_among_its_own_is_no_body(question: str) -> None:
    from index.bodies import bodies_named
    named = [b.text.lower() for b in bodies_named(question, ["Health and Wellbeing Board", "Planning Committee"])[0]]
    assert not any(w in n for n in named for w in ("earlier", "previous")), named


def test_minutes_asked_by_day_and_month_are_of_the_year_the_question_gives() -> None:
    from index.query import QueryPlan, _dates
    plan = QueryPlan(text="", periods=[])
    _dates(plan, "fire cttee 24/7/15: what happened to the 17/4 public + confidential minutes, both signed?",
           dt.date(2024, 11, 13))
    assert plan.minutes_of == [(dt.date(2015, 4, 17), dt.date(2015, 4, 17))], plan.minutes_of
    assert plan.periods == [(dt.date(2015, 7, 24), dt.date(2015, 7, 24))], plan.periods


@pytest.mark.parametrize(("question", "framing"), [
    ("argyll 21 jan 16 - list every earlier set of minutes they approved or noted, with dates", ["list every",
                                                                                                 "with dates"]),
    ("hwb membership update - picks up from which earlier meeting?", ["picks up from"]),
    ("the tree works - follows on from what", ["follows on from"]),
])
def test_framing_words(question: str, framing: list[str]) -> None:
    import re

    from minutebook.vocabulary import CHAT_FRAME
    found = " ".join(m.group(0) for m in re.finditer(CHAT_FRAME.form, question, re.I)).lower()
    assert all(f in found for f in framing), found
