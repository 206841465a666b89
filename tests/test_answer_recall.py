"""Answers that quote the sentence that holds the fact: a figure for the part of a question that asks for one (its
later part answered by another sentence), a question put at the meeting with its reply, and the papers' word for what
a question says in everyday words ("kicked out of school" for exclusions, "answered the survey" for responses, "move
around" for an item brought forward), a place for "where", a timeline that keeps the
progress report a committee asked for, and a work programme's rows for a month no meeting of is in the papers.

The papers are a fictional borough council's, written for the test, ingested with the real model into a real store
and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from minutebook.lexicon import GROUPS
from service.core import Minutebook
from service.facts import figure_terms
from tests.conftest import papers_minutebook

MARCH_2022 = """HALDEN BOROUGH COUNCIL
Minutes of the meeting of the Children's Scrutiny Panel held on Tuesday 8 March 2022 at 5.30 pm in the Civic Hall

Present: Councillor R. Okafor (in the Chair); Councillors Begum, Lund and Tait.

1. APOLOGIES FOR ABSENCE
Apologies for absence were received from Councillor Nash.

1A. MINUTES OF THE PREVIOUS MEETING
The minutes of the previous meeting, held on 8 February 2022, were approved with amendments to the following:
- Paragraph 3 - Change of the name Ann Lowe to Anne Lowes.
- Paragraph 9 - to include reference to the skate park petition of 212 signatures.
- Paragraph 12 - to record that the Chair left the room for the item on the boathouse lease.

2. FAMILY SUPPORT SERVICE - RECOVERY UPDATE
The Head of Family Support presented the recovery update, which reported:
- On 4 January we started a pilot meaning that more of our family support workers could spend some time in the \
office at Calder House. We sought feedback via a survey from our staff to inform next steps.
- The survey for the staff involved in the pilot closed on 14 February. A total of 85 responses were received from \
family support workers, with 60% of respondents usually based at Calder House.
- When asked about the style of working they would prefer in future, staff said:
 - 71% of respondents would prefer a mixture of office based and home working
 - 18% of respondents would prefer full time home working
RESOLVED: That the report be noted.

3. INCLUSION AND SCHOOL EXCLUSIONS
The Head of Inclusion reported that permanent exclusions of pupils from secondary schools had fallen from 31 to 19 \
over the year, following the opening of two inclusion hubs.
RESOLVED: That the Panel notes the fall in permanent exclusions.

4. YOUTH JUSTICE SERVICE - PROGRESS REPORT
The Chair asked what the impact had been of the hours of the dedicated police officer working with the youth \
justice service being cut by six hours a week. The Service Manager advised that the cut had had little effect as \
referrals were now screened by the whole team. Members welcomed the new screening arrangements.
RESOLVED: That the progress report be noted.

5. QUESTIONS RECEIVED FROM MEMBERS OF THE PUBLIC
No questions were received from members of the public.

6. WORK PROGRAMME
RESOLVED: (1) That the work programme be agreed.
(2) That the item on Youth Centre Opening Hours be brought forward to the June meeting.

7. SEND SERVICE - EDUCATION, HEALTH AND CARE PLANS
The report set out that:
- 45% of new plans in 2021 had been issued within the statutory twenty weeks, compared with 58% in 2020
- requests for an assessment had risen by 12% over the year
RESOLVED: That the annual update be noted.
"""


JULY_2022 = """HALDEN BOROUGH COUNCIL
Minutes of the meeting of the Children's Scrutiny Panel held on Tuesday 12 July 2022 at 5.30 pm in the Civic Hall

Present: Councillor R. Okafor (in the Chair); Councillors Begum, Lund, Nash and Tait.

1. SHORT BREAKS FOR DISABLED CHILDREN
The report highlighted that:
- The number of disabled children using short breaks had changed: 212 on 31 March 2022, against 190 a year earlier
RESOLVED: That a progress report on short breaks be submitted to the January 2023 meeting.

2. SUPPORTED INTERNSHIPS - UPDATE
The Head of SEND reported on the supported internship scheme for young people with SEND. The first supported \
internship scheme would start in September 2022 with twelve places. Young people and parents had helped plan the \
scheme through a co-production group. The internship scheme was based in the Calder Valley area. Employers had \
offered placements in retail and catering.
RESOLVED: That the update be noted.

3. LIBRARY OPENING HOURS
The number of children visiting the central library after school had risen since the new opening hours began.
RESOLVED: That the report be noted.

4. WORK PROGRAMME
The Panel noted its work programme for 2022/23.
Meeting Date\tAgenda Item\tPurpose
Tuesday 4 October\tFostering recruitment campaign - launch report\tTo receive the launch report

Tuesday 8 November\t\t
\tYouth centre opening hours - consultation results\tTo consider the results
\tCare leavers' local offer - refresh\tTo consider the refreshed offer
Tuesday 10 January\tSchool transport - annual report\tTo receive the annual report
"""

JANUARY_2023 = """HALDEN BOROUGH COUNCIL
Agenda of the meeting of the Children's Scrutiny Panel to be held on Tuesday 17 January 2023 at 5.30 pm

1. SHORT BREAKS FOR DISABLED CHILDREN - PROGRESS REPORT
The progress report set out that:
- 236 disabled children were receiving short breaks on 31 December 2022.
- A new overnight unit will open in the spring.
"""


@pytest.fixture(scope="module")
def borough(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "halden-csp-minutes-2022-03-08.txt": MARCH_2022,
            "halden-csp-minutes-2022-07-12.txt": JULY_2022,
            "halden-csp-agenda-2023-01-17.txt": JANUARY_2023,
    }) as opened:
        yield opened


def test_each_part_of_a_two_part_figure_question_gets_its_own_figure(borough: Minutebook) -> None:
    answer = borough.ask("How many family support workers answered the survey about the office pilot, and how many "
                         "want a mix of home and office?")
    assert answer.found
    assert "A total of 85 responses were received" in answer.answer  # the first part's figure
    assert "71% of respondents would prefer a mixture" in answer.answer  # the second part's, another sentence


def test_a_question_put_at_the_meeting_is_quoted_with_its_reply(borough: Minutebook) -> None:
    answer = borough.ask("By how much were the youth justice police officer's hours cut, and did it matter?")
    assert answer.found
    assert "being cut by six hours a week" in answer.answer  # the question, which holds the asker's words
    assert "the cut had had little effect" in answer.answer  # and the reply, which holds the answer


def test_a_timeline_keeps_the_progress_report_the_committee_asked_for(borough: Minutebook) -> None:
    # the later report says less of the question in its own words ("receiving short breaks"), but its title is the
    # subject's again: it belongs in the timeline, and its figure is the answer's latest
    answer = borough.ask("How has the number of disabled children using short breaks changed since March 2022?")
    assert answer.found
    assert "236 disabled children were receiving short breaks" in answer.answer
    assert "212 on 31 March 2022" in answer.answer


def test_where_is_answered_by_the_sentence_that_gives_a_place(borough: Minutebook) -> None:
    answer = borough.ask("Where is the first supported internship scheme for young people with SEND?")
    assert answer.found
    assert "The internship scheme was based in the Calder Valley area." in answer.answer


def test_a_programme_says_what_was_planned_for_a_month_no_meeting_of_is_in_the_papers(borough: Minutebook) -> None:
    answer = borough.ask("What was on the work programme for November 2022?")
    assert answer.found
    assert "Youth centre opening hours - consultation results" in answer.answer  # the rows under "Tuesday 8 November"
    assert "Care leavers' local offer - refresh" in answer.answer
    assert "School transport" not in answer.answer  # January's, the next date's rows


def test_a_later_part_about_public_questions_finds_the_minute_that_records_none(borough: Minutebook) -> None:
    answer = borough.ask("Who chaired the March 2022 panel meeting, and were there any public questions?")
    assert answer.found
    assert "No questions were received from members of the public." in answer.answer


def test_a_list_of_amendments_is_quoted_whole(borough: Minutebook) -> None:
    answer = borough.ask("What changes did the panel make to the February 2022 minutes?")
    assert answer.found
    for entry in ("Change of the name Ann Lowe", "skate park petition of 212", "Chair left the room"):
        assert entry in answer.answer


def test_the_figure_is_held_to_the_part_that_asks_for_it() -> None:
    terms = ["famili", "worker", "answer", "survey", "pilot", "mix", "home"]
    asked = "how many family workers answered the survey about the pilot, and how many want a mix of home and office?"
    assert figure_terms(asked, terms) == ["famili", "worker", "answer", "survey", "pilot"]
    # "children and young people" is one thing, not two questions
    assert figure_terms("how many children and young people were home educated?", ["children", "young", "home"]) == [
        "children", "young", "home"]


def test_everyday_words_find_the_papers_words(borough: Minutebook) -> None:
    excluded = borough.ask("What were we told about pupils getting kicked out of school?")
    assert excluded.found and "permanent exclusions of pupils from secondary schools had fallen from 31 to 19" in (
        excluded.answer)
    timely = borough.ask("What share of new EHC plans went out within the legal time limit in 2021?")
    assert timely.found and "45% of new plans in 2021 had been issued within the statutory twenty weeks" in (
        timely.answer)
    moved = borough.ask("Did the panel move anything around on its work programme?")
    assert moved.found and "Youth Centre Opening Hours be brought forward" in moved.answer


def test_every_lexicon_group_says_where_it_comes_from() -> None:
    for group in GROUPS:
        assert group.source.strip() and all(f == f.lower() for f in group.forms), group.forms
