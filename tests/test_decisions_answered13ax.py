"""Decisions refused or answered thinly by round 14's held-out sets, answered by class:

- "which firm got the X job and for how much": the words that frame a winner question ("firm", "got", "job") say what
  the answer must record (an award), not what it is about; minutes name the firm and the work, seldom "firm" or "job";
- "were the minutes approved as written": minutes approved "with amendments" or "as a correct record" answer it;
  "what was wrong with the minutes": the amendments, where the minute gives them before "With these corrections the
  minutes were agreed" (a resolution naming what it acts on by the sentences before it);
- an application numbered as a sub-item of a marked heading ("<h3>4.1 TB/25/0214/FUL - Former Dairy Depot ... -
  Demolition ... and erection of 28 dwellings</h3>"): the reference in capitals is not a title run into text, so the
  application is an item of its own, with its decision and its sums;
- "what did they ask cabinet to do": a committee's recommendations to another body, every one of them;
- "the agenda said the deputy would second it, who actually seconded it?": the minutes' record of who did, not the
  agenda's "will second", and the asker's premise says where, not who.

Papers in tests/fixtures/decisions13ax/, written for these tests, ingested with the real model into one store.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.pipeline import parse_file
from service.core import Minutebook
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "decisions13ax"


papers = papers_fixture(PAPERS)


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("question", [
    "brackenmoor pc - which firm got the cemetery fence job and for how much",
    "which company won the contract for the cemetery boundary fence at brackenmoor?",
    "what contractor got the car park resurfacing work at brackenmoor village hall",
])
def test_a_winner_asked_in_everyday_words(papers: Minutebook, question: str) -> None:
    answer = papers.ask(question)
    assert answer.found
    said = flat(answer.answer)
    assert ("Hedgeline Fencing Ltd of £4,280" in said) or ("Dalesway Surfacing Ltd in the sum of £11,640" in said)


def test_a_job_nobody_was_given_is_still_refused(papers: Minutebook) -> None:
    answer = papers.ask("which firm got the job repainting the brackenmoor bus shelter")
    assert not answer.found
    # a funder's offer accepted and an award still to come are no award: whom the job went to is not recorded
    answer = papers.ask("which builder got the churchyard wall repair job at brackenmoor")
    assert not answer.found
    answer = papers.ask("what contractor won the brackenmoor churchyard wall contract")
    assert not answer.found


def test_minutes_approved_as_written_or_not(papers: Minutebook) -> None:
    answer = papers.ask("brackenmoor parish council 9 june 2025 - did the 12 may minutes go through as written?")
    assert answer.found and "With these amendments the minutes were agreed" in flat(answer.answer)
    answer = papers.ask("were brackenmoor's june minutes passed as they stood at the july 2025 meeting?")
    assert answer.found and "approved as a correct record" in flat(answer.answer)


def test_what_was_wrong_with_the_minutes_is_the_amendments(papers: Minutebook) -> None:
    answer = papers.ask("brackenmoor june 2025 - what was wrong with the may minutes before they were agreed?")
    assert answer.found
    said = flat(answer.answer)
    assert "sited by the pond, not by the bus shelter" in said
    assert "omitted Cllr Haigh" in said


def test_applications_under_a_marked_heading_are_items(papers: Minutebook) -> None:
    answer = papers.ask("what did tarnfield development control decide on the 28 homes at the old dairy depot?")
    assert answer.found
    said = flat(answer.answer)
    assert "GRANTED" in said and "£64,500" in said
    assert answer.citations[0].minute == "4.1"
    answer = papers.ask("tarnfield - what happened to the 60 homes off marsh lane in pellby?")
    assert answer.found and "REFUSED" in flat(answer.answer)
    assert all(c.minute == "4.2" for c in answer.citations)


def test_a_marked_heading_that_runs_into_text_is_still_split() -> None:
    # the rule reads a run-in title's rest as more of the title only where it reads as one: a site and a proposal
    doc = parse_file(PAPERS / "tarnfield-borough-council-development-control-committee-2025-07-02.html")
    titles = {i.number: i.title for i in doc.meetings[0].items}
    assert titles["4.1"].startswith("TB/25/0214/FUL - Former Dairy Depot, Wenlow Road, Ashcombe - Demolition")
    assert titles["4.3"] == "TB/25/0322/HOU - 9 Coppice Close, Ashcombe - Two storey side extension"
    assert titles["3"] == "Minutes"


def test_what_a_committee_asked_another_body_to_do(papers: Minutebook) -> None:
    answer = papers.ask("tarnfield communities scrutiny - what did they ask cabinet to do about the grants money")
    assert answer.found
    said = flat(answer.answer)
    assert "£30,000 of the unallocated community grants budget" in said
    assert "community grants adviser be funded for twelve months" in said


def test_who_actually_did_it_after_what_the_agenda_planned(papers: Minutebook) -> None:
    answer = papers.ask("holmsby town council march 2025 - the agenda had the deputy town mayor seconding the "
                        "exclusion, who actually seconded it?")
    assert answer.found
    assert "Councillor Ravenscroft seconded" in flat(answer.answer)
    assert "will second" not in answer.answer
