"""Two meetings asked about as people type them, with the body's words between the months or the count and
"meetings": "between the jan and march housing & environment meetings", "over the last two town council meetings".
The question asks across meetings (each meeting's line, with what it decided), and a count before a body's noun is
no word of its name. Read from a town council's and a district committee's two meetings written for the test
(``fixtures/meetings-asked-loosely``).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.bodies import bodies_named
from index.embedder import Embedder
from index.intents import Intent, cue_intents
from service.core import Minutebook
from service.evidence import has_quantity, quantities
from tests.conftest import REPO, papers_minutebook

PAPERS = sorted((REPO / "tests" / "fixtures" / "meetings-asked-loosely").iterdir())


@pytest.mark.parametrize("question", [
    "how has the depot cost changed between the jan and march housing & environment meetings",
    "what did we hear on the depot between the january and the march planning sub-committee meetings",
    "what happened with the cemetery wall over the last two town council meetings",
    "the allotments - anything over the past three parish council mtgs?",
    # from a decision to what came of it, in everyday words
    "the new bench - from the decision to buy it to getting it installed, what happened",
    "the defib: from the order to delivery?",
    "from agreeing it to having it fitted, how long did the bus shelter take",
])
def test_two_meetings_named_with_the_bodys_words_ask_across_meetings(question: str) -> None:
    assert cue_intents(question).get(Intent.TIMELINE, 0.0) >= 0.85


@pytest.mark.parametrize("question", [
    "what's the depot cost at the last housing committee",  # one meeting: no span
    "what did the council decide between the two quotations",  # a choice, not meetings
    "what was the decision to buy the van",  # one decision
    "how far is it from the hall to the church",
])
def test_one_meeting_or_no_meetings_is_not_asked_across(question: str) -> None:
    assert cue_intents(question).get(Intent.TIMELINE, 0.0) < 0.85


def test_a_count_before_a_bodys_noun_is_no_word_of_its_name() -> None:
    committees = ["Full Council", "Planning Committee"]
    named, _ = bodies_named("what happened with the wall over the last two town council meetings", committees)
    assert [b.text for b in named] == ["town council"]
    named, _ = bodies_named("the last three planning committee meetings", committees)
    assert [b.text for b in named] == ["planning committee"]


def test_the_word_joining_two_bodies_is_no_word_of_the_second_ones_name() -> None:
    committees = ["Cabinet", "Health and Wellbeing Board"]
    named, _ = bodies_named("what came up at ollerby tc (mar 26) and wyndhurst cabinet (jan 26)?", committees)
    assert [b.text for b in named] == ["wyndhurst cabinet"]
    named, _ = bodies_named("what did the health and wellbeing board say", committees)
    assert [b.text for b in named] == ["health and wellbeing board"]


@pytest.fixture(scope="module")
def opened(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {p.name: p.read_text(encoding="utf-8") for p in PAPERS}) as mb:
        yield mb


@pytest.mark.real_model
def test_over_the_last_two_meetings_gives_each_meetings_line(opened: Minutebook) -> None:
    answer = opened.ask("what happened with the ollerby cemetery wall over the last two town council meetings")
    assert answer.found, answer.answer
    assert {(str(c.meeting_date), c.minute) for c in answer.citations} >= {("2026-02-09", "26/015"),
                                                                           ("2026-03-09", "26/026")}
    assert "postponed to the March meeting" in answer.answer  # what the first meeting decided
    assert "£7,880 be accepted" in answer.answer  # and the second


@pytest.mark.real_model
def test_how_a_cost_changed_between_two_named_meetings_gives_each_figure(opened: Minutebook) -> None:
    answer = opened.ask("how has the wyndhurst depot relocation cost changed between the jan and march housing & "
                        "environment meetings")
    assert answer.found, answer.answer
    assert {(str(c.meeting_date), c.minute) for c in answer.citations} >= {("2026-01-20", "HEC/26/04"),
                                                                           ("2026-03-17", "HEC/26/12")}
    assert "£2.35 million" in answer.answer and "£2.61 million" in answer.answer, answer.answer


@pytest.mark.parametrize(("line", "figures"), [
    ("- 1.1 At its meeting on 10 July 2025 (Minute No. 12), the Panel asked for a progress report.", []),
    ("3.2 The Panel asked for the figures by ward.", []),
    ("- 2.1 28 new apprentices started, compared with 21 in 2024/25.", ["28", "21"]),
    ("4.5% of pupils were persistently absent.", ["4.5%"]),
    ("1.1 million visits were recorded.", ["1.1 million"]),
])
def test_a_reports_paragraph_number_is_no_figure_it_gives(line: str, figures: list[str]) -> None:
    assert [line[a:b].strip() for a, b in quantities(line)] == figures
    assert has_quantity(line) is bool(figures)


@pytest.mark.real_model
def test_compared_with_last_year_gives_each_meetings_figures(opened: Minutebook) -> None:
    answer = opened.ask("how's apprentice recruitment going at caldbeck compared with last year - starts and total "
                        "in post?")
    assert answer.found, answer.answer
    assert {str(c.meeting_date) for c in answer.citations} >= {"2025-07-10", "2026-03-05"}
    assert "28 new apprentices" in answer.answer and "53 apprentices in post" in answer.answer, answer.answer


@pytest.mark.real_model
@pytest.mark.parametrize(("question", "cited"), [
    ("what happened to the cemetery wall at ollerby town council (mar 26) and the waste depot at wyndhurst's housing "
     "& environment committee (jan 26)?", {("2026-03-09", "26/026"), ("2026-01-20", "HEC/26/04")}),
    ("what did ollerby tc decide on allotment rents in feb 26 and wyndhurst on christmas bins in march 26?",
     {("2026-02-09", "26/016"), ("2026-03-17", "HEC/26/13")}),
])
def test_one_thing_asked_of_one_council_and_another_of_another(opened: Minutebook, question: str,
                                                                cited: set[tuple[str, str]]) -> None:
    """Each council is asked what the question's part naming it asks, not the other part's subject too."""
    answer = opened.ask(question)
    assert answer.found, answer.answer
    assert {(str(c.meeting_date), c.minute) for c in answer.citations} >= cited


@pytest.mark.real_model
def test_each_councils_thing_asked_of_the_other_is_refused(opened: Minutebook) -> None:
    """The subjects swapped: neither council's papers hold the thing its part asks of it."""
    answer = opened.ask("what did ollerby tc decide on the waste depot in feb 26 and wyndhurst on allotment rents in "
                        "march 26?")
    assert not answer.found, answer.answer


@pytest.mark.real_model
def test_from_a_decision_to_what_came_of_it_gives_each_meetings_line(opened: Minutebook) -> None:
    answer = opened.ask("ollerby cemetery wall - from the decision to get more quotes to accepting one, what happened")
    assert answer.found, answer.answer
    assert {(str(c.meeting_date), c.minute) for c in answer.citations} >= {("2026-02-09", "26/015"),
                                                                           ("2026-03-09", "26/026")}
    assert answer.answer.index("9 March 2026") < answer.answer.index("9 February 2026")  # newest first
