"""Facts and figures asked as people type them: a clipped word for the paper's ("temp accommodation" for temporary
accommodation), and a two-part question whose second part asks of the first part's subject ("how much is the grant,
and when does it open?": when the thing opens, not when the meeting began). Papers in tests/fixtures/figures-as-asked/,
written for these tests, ingested with the real model and asked through the same ``Minutebook`` the service uses."""

from __future__ import annotations

from pathlib import Path

from index.intents import Intent, cue_intents
from minutebook.vocabulary import written_out
from service.core import Minutebook
from service.evidence import asks_money
from service.question_parts import REFERS_BACK
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "figures-as-asked"


papers = papers_fixture(PAPERS)


def test_a_clipped_word_is_read_as_the_word_printed(papers: Minutebook) -> None:
    answer = papers.ask("brackenmoor housing panel - how many households were in temp accommodation?")
    assert answer.found and "43 households" in answer.answer, answer.answer


def test_temp_is_temporary_only_before_the_noun_it_qualifies() -> None:
    assert written_out("how many in temp accommodation") == "how many in temporary accommodation"
    assert written_out("temp staff costs") == "temporary staff costs"
    assert written_out("what was the temp in the pool") == "what was the temp in the pool"


def test_a_later_part_asks_of_the_first_parts_subject(papers: Minutebook) -> None:
    answer = papers.ask("how big was the grant for the riverside larder, and when does it open?")
    assert answer.found, answer.answer
    assert "£4,500" in answer.answer and "6 October 2025" in answer.answer, answer.answer
    assert "6.30" not in answer.answer, answer.answer  # not the meeting's start


def test_a_meeting_asked_when_it_starts_is_still_the_meeting(papers: Minutebook) -> None:
    answer = papers.ask("brackenmoor housing panel july 2025 - what time did they start?")
    assert answer.found and "6.30" in answer.answer, answer.answer


def test_the_pronoun_is_the_meeting_only_where_nothing_was_asked_before() -> None:
    assert Intent.START in cue_intents("the housing panel - when did it start")
    assert Intent.START in cue_intents("what time do they start")
    assert Intent.START not in cue_intents("what's the new bus costing and when does it start")
    assert REFERS_BACK.search("when does it open")
    assert not REFERS_BACK.search("when did the meeting start")


def test_a_thing_asked_by_its_everyday_name(papers: Minutebook) -> None:
    # "speed sign" for the speed indicator device the parish resolved to buy, not the deposit paid to a sign firm
    answer = papers.ask("how much was the speed sign fernhollow agreed to buy")
    assert answer.found and "£3,180" in answer.answer, answer.answer


def test_a_sum_asked_by_its_noun(papers: Minutebook) -> None:
    answer = papers.ask("What precept is Fernhollow Parish Council looking at for 2026/27?")
    assert answer.found and "£41,250" in answer.answer, answer.answer


def test_what_precept_asks_for_a_sum_but_a_talk_about_it_does_not() -> None:
    assert asks_money("what precept is the parish looking at")
    assert asks_money("what fee will they charge for the hall")
    assert not asks_money("what did they say about the precept")


def test_what_members_wanted_to_know_is_what_they_asked(papers: Minutebook) -> None:
    # "wanted to know" is the asking, as "Information was sought on ..." minutes it; "setup" is the thing itself
    answer = papers.ask("carnwell pcp sept 25 - what did members want to know about the speed camera van setup?")
    assert answer.found, answer.answer
    assert "Community Speed Watch" in answer.answer, answer.answer


def test_whether_a_post_holder_made_it_is_the_attendance_record(papers: Minutebook) -> None:
    # "did X make it": whether they came; the record lists them under apologies, and the minute of apologies minutes
    # them "as above"
    answer = papers.ask("westbridge icb board dec 25 - did the head of corporate affairs make it?")
    assert answer.found and "Gina Holt" in answer.answer, answer.answer
    assert "ICB/25/101" in {c.minute for c in answer.citations}, answer.citations


def test_make_it_asks_whether_someone_came_only_as_the_question_ends() -> None:
    assert Intent.ATTENDANCE in cue_intents("the icb board in december - did the finance director make it?")
    assert Intent.ATTENDANCE not in cue_intents("did they make it a priority in the plan")


def test_a_later_part_of_a_meeting_asked_of_is_the_meetings(papers: Minutebook) -> None:
    # "where was it", after asking when the meeting began: the meeting's place, not a thing's
    answer = papers.ask("what time did the brackenmoor housing panel start in july 2025 and where was it held?")
    assert answer.found and "6.30" in answer.answer and "Committee Room 2" in answer.answer, answer.answer


def test_wanting_to_know_is_asking_but_knowing_someone_is_not() -> None:
    assert written_out("what did members want to know about the vans") == "what did members ask about the vans"
    assert written_out("did cllr lusk know any of the speakers") == "did cllr lusk know any of the speakers"
