"""Asked as people ask (class 30b): questions the papers answer, refused for how the minutes are written or how the
question is put, each with twins the papers do not answer.

- the names on a motion asked without "who" ("names on the motion (mover / seconder) approving the extraordinary
  mtg record", "proposer and seconder for ..."): the "Proposed by ... Seconded by ..." line before the decision;
- who spoke and "which firm" asked last ("who spoke for item 2 and which firm", "from what company?"): the speaker's
  line names the firm after the person ("Ms X of Castlegate Planning Associates"), never the word "firm";
- a statute's year read as a meeting's ("which bit of the LGA 1972", "the 1972 Act"): the Act's name, not a time (a
  year that is a time is still one: no meeting of 1972 is held);
- an item heading only its numbered sub-items ("3. Matters arising from the minutes" over "3.1 Minute 87 - ...",
  "3.2 Minute 91 - ..."): the sub-items say what arose;
- the Band D figure asked by what it is ("band d charge per household", "bill per home", "cost per property"): the
  Band D council tax printed; a council printing only its precept's total does not answer it;
- an application heard again, headed by its site with its minute reference after it in brackets ("THE GRANARY, MILL
  LANE, ELLERBY VALE (PC/34/24)"): an item of its own, cited by that reference, whose decision says how it ended
  (and "ellerby vale", a site's name the papers print, is not the fire authority of Lindale Vale);
- why something was not done, answered by the reply to a member's "asked why" ("Councillor Y said the salt dome had
  flooded"): the reply gives the reason in whatever words; a question asking why with no reply still is no reason;
- an officer's initials for several posts ("cfo"): in a fire authority's papers the Chief Fire Officer, in a
  council's the Chief Finance Officer;
- a figure quoted at one meeting and put right in the next meeting's minutes ("what was quoted in jan and what did
  they fix it to"): the figure as quoted, and the correction.

Papers in tests/fixtures/asked-as-people-ask-30b/ (a town council and a planning committee's two meetings as text
extracted from PDF, a parish council and a police and crime panel's two meetings as markdown, a fire authority and a
borough cabinet as web pages), written for these tests, ingested with the real model into one store.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from service.core import Minutebook
from tests.conftest import answered, papers_fixture

pytestmark = pytest.mark.real_model

PAPERS = Path(__file__).parent / "fixtures" / "asked-as-people-ask-30b"


papers = papers_fixture(PAPERS)


def test_names_on_a_motion_asked_without_who(papers: Minutebook) -> None:
    answered(papers, "corrow bay - names on the motion (mover / seconder) approving the extraordinary mtg record",
             ["Quenby", "Voss", "Extraordinary Meeting"])
    answered(papers, "corrow bay - names on the motion approving the march mtg record", ["Halloran", "Yarrow"])
    answered(papers, "corrow bay april 2034: proposer and seconder for the minutes of the extraordinary meeting?",
             ["Quenby", "Voss"])
    answered(papers, "harwick magna - names on the motion approving the december minutes", ["Dunstan", "Pennock"])


def test_the_firm_asked_after_who_spoke(papers: Minutebook) -> None:
    answer = answered(papers, "stourleigh planning cttee: who spoke for item 2 and which firm",
                      ["Rhona Kettering", "Castlegate Planning Associates"])
    assert answer.citations[-1].minute == "PC/34/20"
    answered(papers, "stourleigh planning feb 2034 - who addressed the committee on item 2, from what company?",
             ["Castlegate Planning Associates"])
    answered(papers, "who spoke in favour on item 2 at stourleigh planning and for which organisation",
             ["Castlegate Planning Associates"])


def test_a_statutes_year_is_no_meeting_date(papers: Minutebook) -> None:
    answered(papers, "lindale vale fire full authority - which part of the LGA 1972 did they use to exclude the press",
             ["Section 100A(4)", "Paragraph 3"])
    answered(papers, "corrow bay town council meeting - what bit of the 1972 act did they use to shut the public out",
             ["Section 100A(4)", "Paragraph 1"])
    answered(papers, "corrow bay: which bit of the LGA 1972 did they rely on to shut the public out",
             ["Section 100A(4)"])
    # a year that is a time is still one: no meeting of 1972 is in the papers
    answer = papers.ask("what did corrow bay town council decide in 1972")
    assert not answer.found and "that date" in answer.answer


def test_an_item_heading_only_its_sub_items(papers: Minutebook) -> None:
    answer = answered(papers, "harwick magna jan 2034: matters arising from december's minutes - which minute, what "
                      "was asked", ["Minute 87", "culvert"])
    assert {c.minute for c in answer.citations} >= {"3.1"}
    answered(papers, "what came up under matters arising at harwick magna in january", ["culvert", "glass panels"])
    answered(papers, "matters arising at the harwick magna january meeting?", ["Minute 87"])


def test_the_band_d_figure_asked_by_what_it_is(papers: Minutebook) -> None:
    answered(papers, "corrow bay precept set in april - band d charge per household?", ["£97.62"])
    answered(papers, "what's the band d bill per home for corrow bay town council", ["£97.62"])
    answered(papers, "band d cost per property at corrow bay for 2034/35", ["£97.62"])
    # a council printing only its precept's total gives no Band D figure
    assert not papers.ask("harwick magna precept 2034/35 - band d charge per household?").found
    assert not papers.ask("what's the band d bill per home at harwick magna").found


def test_an_application_headed_by_its_site_with_its_reference_after(papers: Minutebook) -> None:
    # ("ellerby vale": the site's name, not Lindale Vale's fire authority, whose name ends in the same word)
    for question in ("granary conversion at ellerby vale, outcome once it came back?",
                     "what happened to the granary at mill lane ellerby vale when it came back to committee",
                     "the ellerby vale granary listed building application - final decision after it was deferred?"):
        answer = answered(papers, question, ["GRANTED"])
        assert any(c.minute == "PC/34/24" and c.item_title == "THE GRANARY, MILL LANE, ELLERBY VALE"
                   for c in answer.citations), (question, answer.citations)
        assert not any(c.minute == "PC/34/23" for c in answer.citations), question


def test_a_reply_to_asked_why_gives_the_reason(papers: Minutebook) -> None:
    answered(papers, "why was the a6024 at ridley top not gritted, brackenmoor", ["salt dome", "11.15 am"])
    answered(papers, "why were the promenade steps at corrow bay not salted in february", ["spreader had seized"])
    answered(papers, "why was the lindale station open day cancelled", ["flooding incidents"])
    # asked why, and no reply recorded: no reason
    answer = papers.ask("why was the harbour car park barrier left open over easter at corrow bay")
    assert not answer.found


def test_an_officers_initials_read_as_the_post_the_body_prints(papers: Minutebook) -> None:
    answered(papers, "the emergency pump hire lindale vale cfo did under urgency - cost?", ["£14,750"])
    answered(papers, "what did the cfo at lindale vale fire spend under urgency powers on the pump", ["£14,750"])
    answered(papers, "lindale vale: how long was the pump hired for by the cfo under urgency", ["eight weeks"])
    # a council's papers print the Chief Finance Officer: the cfo is theirs
    answered(papers, "who's the cfo at brackenmoor", ["Aled Price"])
    answered(papers, "what did the brackenmoor cfo report on the revenue budget", ["£212,000"])


def test_a_figure_quoted_and_put_right_at_the_next_meeting(papers: Minutebook) -> None:
    for question in ("wyrefell force reserves - what was quoted in jan and what did they fix it to",
                     "wyrefell force reserves: what was quoted in january and what did they fix it to?",
                     "wyrefell force reserves - what was quoted in jan and what was it put right to"):
        answer = answered(papers, question, ["£9.6 million", "£8.9 million"])
        assert {c.meeting_date.isoformat() for c in answer.citations} >= {"2034-01-20", "2034-04-21"}, question
