"""Councils and committees named as people type them: initials no paper prints and everyday shorthand.

Fictional papers written for these tests: a health and wellbeing board and a national park authority's planning
committee whose minutes never print their initials, and a council's policy and resources committee. "the hwb",
"the dnpa planning cttee" and "p&r" say which body, not what was discussed: the answer is found, from that body's
meetings, where a word no paper prints would otherwise have made the support test ask for more.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from ingest.catalogue import MeetingSummary
from minutebook.vocabulary import written_out
from service.core import Minutebook
from service.places import initialisms
from tests.conftest import papers_minutebook

KELMARSH = """Kelmarsh Health and Wellbeing Board

Minutes of the meeting held on 14 March 2023

1. Apologies
Apologies were received from Cllr Rose Dale.

2. Pharmaceutical Needs Assessment
The Board received the draft pharmaceutical needs assessment. RESOLVED that the assessment be published for \
consultation for sixty days.
"""

DUNMOOR = """Dunmoor National Park Authority Planning Committee

Minutes of the meeting held on 20 April 2023

12/23 Applications for Planning Permission
Application NP/23/0042 for a replacement agricultural barn at Hollin Farm was approved subject to conditions \
on external materials.
"""

ORLEY = """Orley Borough Council Policy and Resources Committee

Minutes of the meeting held on 6 June 2023

5. Car Parking Charges
The Committee considered the review of car parking charges. RESOLVED that evening charges be withdrawn in \
the town centre car parks from 1 September 2023.
"""

ASHCOMBE = """Ashcombe Town Council Finance Committee

Minutes of the meeting held on 11 July 2023

6. Revenue Outturn 2022/23
The Committee noted a final underspend of £61,000 on the revenue budget. RESOLVED that £45,000 of the \
underspend be transferred to the Climate Reserve and the balance to general balances.
"""


@pytest.fixture(scope="module")
def bodies(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "kelmarsh-health-and-wellbeing-board-2023-03-14.txt": KELMARSH,
            "dunmoor-npa-planning-committee-2023-04-20.txt": DUNMOOR,
            "orley-borough-council-policy-and-resources-committee-2023-06-06.txt": ORLEY,
            "ashcombe-town-council-finance-committee-2023-07-11.txt": ASHCOMBE}) as opened:
        yield opened


def _summary(committee: str, council: str | None, documents: list[str]) -> MeetingSummary:
    return MeetingSummary(key=committee.lower(), committee=committee, date=dt.date(2023, 4, 20), time=None,
                          venue=None, chair=None, council=council, n_items=1, n_agenda=0, has_minutes=True,
                          documents=documents, minutes_document=None, agenda_document=None)


def test_initials_of_what_names_a_meeting() -> None:
    found = initialisms([_summary("National Park Authority Planning Committee", "North Fell National Park Authority",
                                  ["north-fell-npa-planning-committee-2023-04-20.txt"])])
    for typed in ("nf", "nfnpa", "npapc", "nfn"):
        assert (typed in found) == (len(typed) >= 3), typed
    assert "hwb" in initialisms([_summary("Kelmarsh Health and Wellbeing Board", None, [])])


def test_shorthand_is_written_out() -> None:
    assert written_out("what did P&R cttee decide?") == "what did policy and resources committee decide?"
    assert written_out("next mtg of the o&s?") == "next meeting of the overview and scrutiny?"
    assert written_out("the committee's P&O ferries") == "the committee's P&O ferries"  # not shorthand
    assert written_out("underspend from last yr") == "underspend from last year"
    assert written_out("the revamp w/ a shop, approx 2 wks ago") == "the revamp with a shop, approximately 2 week ago"
    assert written_out("signs on glen rd") == "signs on glen road"
    assert written_out("rd 2 of the rda") == "rd 2 of the rda"  # a suffix only after a name
    # an ampersand between words is "and" ("could she speak & vote" is read as the cue "speak and vote")
    assert written_out("at Argyll & Bute, could she speak & vote?") == "at Argyll and Bute, could she speak and vote?"
    assert written_out("the H&F licence, p & r") == "the H&F licence, policy and resources"  # initials kept
    # (but "B&B" is bed and breakfast, as councils' housing reports print it)
    assert written_out("the B&B licence, p & r") == "the bed and breakfast licence, policy and resources"
    # texting's forms of council words, and its lone lower-case letters (never capitals: initials and names)
    assert written_out("full cncl, nxt mtg date pls") == "full council, next meeting date please"
    assert written_out("r all the councils done? can u check") == "are all the councils done? can you check"
    assert written_out("start time n venue") == "start time and venue"
    assert written_out("Mr R Tennant and item U") == "Mr R Tennant and item U"
    assert written_out("hillingdon cab 17/3/11") == "hillingdon cabinet 17/3/11"
    assert written_out("a cab fare") == "a cab fare"
    # minutes called the record of a meeting; not a record of anything else
    assert written_out("who signed january's record") == "who signed january's minutes"
    assert written_out("the 9 aug record") == "the 9 aug minutes"
    assert written_out("a record number of visitors") == "a record number of visitors"
    assert written_out("the march mins") == "the march minutes"
    assert written_out("10 mins late") == "10 mins late"
    assert written_out("who put their name to it") == "who signed it"


def test_texting_shorthand_is_not_a_subject_word(bodies: Minutebook) -> None:
    answer = bodies.ask("ashcombe finance - where did the underspend from last yr go")
    assert answer.found and "Climate Reserve" in answer.answer


def test_a_board_named_by_initials_no_paper_prints(bodies: Minutebook) -> None:
    answer = bodies.ask("what did the hwb agree?")
    assert answer.found and "sixty days" in answer.answer


def test_an_authority_named_by_initials_says_where(bodies: Minutebook) -> None:
    for question in ("hollin farm barn - dnpa cttee?", "did dnpa approve the barn?"):
        answer = bodies.ask(question)
        assert answer.found and "NP/23/0042" in answer.answer, question


def test_a_committee_in_shorthand(bodies: Minutebook) -> None:
    answer = bodies.ask("what did p&r cttee decide?")
    assert answer.found and "evening charges be withdrawn" in answer.answer
