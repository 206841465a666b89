"""Near misses of where, not what: a real topic asked of a meeting the papers do
not hold, a committee of a council that holds no meetings of it, a figure the minutes do not give.

- "harlow wick planning cttee june 2023 - ...": the parish's planning committee met in April and May; an item's "to
  report back in June" and the next meeting's date are not June's minutes;
- "harlow wick's finance committee": another council (Sandmere) has a finance committee, Harlow Wick has none;
- the same questions asked of a meeting and a committee the papers hold are answered.

The papers are written for the test, ingested with the real model into a real store.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

APRIL = """HARLOW WICK PARISH COUNCIL
Minutes of the Planning Committee held on Wednesday 12 April 2023 at 7pm in the Reading Room

Present: Cllr D Amesbury (Chair), Cllr F Lowe, Cllr T Quirke

P23/14 Apologies
Cllr N Bhatt sent apologies (work).

P23/15 Brook Lane footbridge
The Clerk said the footbridge over Harlow Brook had been closed since February after a handrail failed. The County \
Council had been asked for a repair date. RESOLVED that the Clerk chase the County Council and report back in June.

P23/16 Applications
23/0412/HH, 4 Mill Row - rear conservatory - no objection.
23/0440/FUL, Glebe Farm - two holiday lets - objection: narrow access onto Glebe Lane.

P23/17 Next meeting
Wednesday 10 May 2023.
"""

MAY = """HARLOW WICK PARISH COUNCIL
Minutes of the Planning Committee held on Wednesday 10 May 2023 at 7pm in the Reading Room

Present: Cllr D Amesbury (Chair), Cllr N Bhatt, Cllr F Lowe

P23/18 Brook Lane footbridge
The County Council had replied that the handrail would be replaced in the summer. Members were disappointed.

P23/19 Village gateway signs
RESOLVED to buy two oak gateway signs for the Harlow Road entrances.

P23/20 Next meeting
Wednesday 14 June 2023 at 7pm.

P23/21 Work programme
The June meeting will consider the lease of the village hall car park.
"""

SANDMERE = """SANDMERE TOWN COUNCIL
FINANCE COMMITTEE
Minutes of the meeting held on 6 March 2023

Present: Councillors R Okafor (Chair), J Pell, S Varley

F/23/09 Grants
The Committee considered three grant applications. RESOLVED to award £400 to Sandmere Youth Football Club for goal \
nets and £250 to the Sandmere Players for stage lighting.

F/23/10 Internal audit
The internal auditor's report raised no issues. RESOLVED that the report be accepted.
"""


@pytest.fixture(scope="module")
def parishes(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder,
                           {"harlow-wick-parish-council-planning-committee-2023-04-12.txt": APRIL,
                            "harlow-wick-parish-council-planning-committee-2023-05-10.txt": MAY,
                            "sandmere-town-council-finance-committee-2023-03-06.txt": SANDMERE}) as opened:
        yield opened


def test_a_meeting_named_by_its_body_and_date_that_the_papers_do_not_hold(parishes: Minutebook) -> None:
    for question in ("harlow wick planning cttee june 2023 - what happened with the brook lane footbridge",
                     "harlow wick planning committee in june 2023: any news on the footbridge?",
                     # no body's noun, only the business its committee is named for
                     "harlow wick planning june 2023 - footbridge handrail, fixed?"):
        answered = parishes.ask(question)
        assert not answered.found, question
        # the answer says which of its meetings the papers do hold
        assert "10 May 2023" in answered.answer and "12 April 2023" in answered.answer, question
    # a meeting the papers hold, named the same way, is answered
    answered = parishes.ask("harlow wick planning cttee may 2023 - what happened with the brook lane footbridge")
    assert answered.found and "summer" in answered.answer


def test_a_date_that_is_not_the_meeting_asked_about_is_still_read_as_words(parishes: Minutebook) -> None:
    # the minutes of an earlier meeting approved later, and a date in a later sentence, name no meeting asked about
    answered = parishes.ask("when is the footbridge handrail being replaced? the county wrote back by the may meeting")
    assert answered.found and "summer" in answered.answer


def test_a_committee_of_a_council_that_holds_no_meetings_of_it(parishes: Minutebook) -> None:
    # Sandmere's finance committee is in the papers; Harlow Wick's minutes hold only its planning committee
    for question in ("what did harlow wick's finance committee decide about grants",
                     "harlow wick parish council's finance committee - did they give out any grants?"):
        answered = parishes.ask(question)
        assert not answered.found, question
        assert "Planning Committee" in answered.answer, question  # which of its bodies the papers hold
    answered = parishes.ask("what did sandmere's finance committee decide about grants")
    assert answered.found and "£400" in answered.answer
    # the council's own committee, named by its business, is its own
    answered = parishes.ask("did harlow wick's planning committee object to the glebe farm holiday lets?")
    assert answered.found and "narrow access" in answered.answer


def test_a_meeting_still_to_come_is_what_a_paper_plans_for_it(parishes: Minutebook) -> None:
    """"What's lined up for the June meeting": not held yet, but the May work programme says what it will take."""
    answered = parishes.ask("what's lined up for harlow wick planning cttee's 14 june 2023 meeting on the work "
                            "programme?")
    assert answered.found and "car park" in answered.answer
