"""Attendance asked in ways the records routes missed (class 30d), and a minute cited by the reference it prints:

- a meeting named by where it sat ("the auchterlie memorial institute meeting", "the meeting at auchterlie"), in
  words only its heading's venue prints: the meeting held there, not the latest; not by the manner it sat in
  ("remotely"), which is asked about;
- apologies minuted "from the above members": the record's line naming them;
- those away named by their role or by a word standing for those named before ("quennell's advisers (skills,
  transport etc) - which ones were away", "the mayor's advisers - which of them were absent"), on a day given without
  its year where meetings sat on it in two years: the year whose meeting prints what the question names (the latest
  where nothing tells them apart);
- members the minutes name by initials keyed at their head ("HT  Cllr Heledd Tudor"): the key's entry for each one
  an answer quotes ("apologies ... from Cllr HT"); minutes with no key are answered as before;
- who took part in an event reported apart from the meeting (a site visit): the item's sentence naming them, not the
  meeting's record, which still answers who was at the meeting;
- who left so the meeting lost its quorum: the minute noting who left, not a declaration (which still answers who
  declared an interest and left the room);
- an item printing its agenda number ("1.") and its minute's reference below ("01/34"): parsed with its number,
  cited as "Minute 01/34".

Papers in tests/fixtures/attendance-30d/ (two Scottish-style community council meetings and a fire authority as text
extracted from PDF, a city region authority's two meetings and a Welsh community council as markdown, a planning
committee as HTML, a ModernGov export as text), written for these tests, ingested with the real model into one store.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.pipeline import parse_file
from service.core import Minutebook
from tests.conftest import answered, papers_fixture

pytestmark = pytest.mark.real_model

PAPERS = Path(__file__).parent / "fixtures" / "attendance-30d"


papers = papers_fixture(PAPERS)


def cited(answer: object) -> set[tuple[str, str | None]]:
    return {(str(c.meeting_date), c.minute) for c in answer.citations}  # type: ignore[attr-defined]


def test_a_meeting_named_by_its_venue(papers: Minutebook) -> None:
    for q in ("auchterlie memorial institute meeting - absent members, names",
              "who sent apologies to the meeting at auchterlie",
              "apologies at the memorial institute meeting"):
        answer = answered(papers, q, ["Caskie", "Pettigrew"], ["Rennie"])
        assert {d for d, _ in cited(answer)} == {"2034-03-03"}, q
    # the other venue: the other meeting
    answered(papers, "who sent apologies to the meeting at the council offices", ["Rennie"], ["Caskie"])


def test_advisers_away_on_a_day_without_its_year(papers: Minutebook) -> None:
    for q in ("quennell's advisers (skills, transport etc) - which ones were away on 12/6?",
              "which of the mayoral advisers sent apologies to tarnside on 12 june",
              "the mayor's advisers - which of them were absent on 12/6"):
        answer = answered(papers, q, ["Tomasz Nowicki", "Grace Adeyemi"], ["Peter Voss"])
        assert {d for d, _ in cited(answer)} == {"2031-06-12"}, q
    # nothing in the question tells the years apart: the latest
    answer = answered(papers, "who sent apologies to tarnside on 12/6", ["Peter Voss"], ["Nowicki"])
    assert {d for d, _ in cited(answer)} == {"2033-06-12"}


def test_members_named_by_initials_keyed_at_the_head(papers: Minutebook) -> None:
    for q in ("apologies at hafodwen's march mtg", "who couldn't make the hafodwen meeting in march",
              "hafodwen community council 11 march 2035 - who sent apologies"):
        answered(papers, q, ["Heledd Tudor", "Osian Llewelyn"], ["Mared Rowlands"])
    answered(papers, "who declared an interest at hafodwen in march", ["Mared Rowlands"], ["Heledd Tudor"])
    # a meeting whose minutes print names, no key: as before, nothing added
    answer = answered(papers, "apologies at hafodwen in april", ["Nia Griffiths"])
    assert len(answer.citations) == 1


def test_who_took_part_in_a_site_visit(papers: Minutebook) -> None:
    for q in ("who went on the coldharbour lane site visit",
              "which councillors attended the site visit at the former dairy",
              "who was on the ketterby site visit in may"):
        answer = answered(papers, q, ["Abney, Brook and Carrow"], ["Dunmore"])
        assert cited(answer) == {("2032-05-14", "P/32/12")}, q
    # who was at the meeting: its record
    answered(papers, "who was at the ketterby planning committee in may", ["Dunmore", "Eames"])


def test_who_left_so_the_meeting_lost_its_quorum(papers: Minutebook) -> None:
    for q in ("orrin fire authority in june, who walked out so they lost quorum",
              "who left the orrin meeting and made it inquorate",
              "the fire authority went inquorate in june 2033 when who left"):
        answer = answered(papers, q, ["Councillor Pell and Councillor Ruane left the meeting"], ["Shah"])
        assert ("2033-06-20", "FA/33/23") in cited(answer), q
    # leaving the room for an interest: the declaration
    answered(papers, "who declared an interest at the orrin fire authority and left the room", ["Councillor Shah"],
             ["Pell"])


def test_a_minute_cited_by_the_reference_printed_under_its_agenda_number(papers: Minutebook) -> None:
    meeting = parse_file(PAPERS / "brackley-vale-council-2034-05-18.txt").meetings[0]
    assert [i.number for i in meeting.items] == ["1", "2"]  # the parse keeps the agenda's numbers
    assert [i.cited for i in meeting.items] == ["01/34", "02/34"]
    answer = answered(papers, "who was elected chairman of brackley vale in may 2034", ["Minute 01/34, 18 May 2034",
                                                                                         "Blyth"])
    assert cited(answer) == {("2034-05-18", "01/34")}
    answer = answered(papers, "who became leader of brackley vale council", ["Minute 02/34", "Ashe"])
    assert cited(answer) == {("2034-05-18", "02/34")}
    # a minute numbered once ("P/32/12") is cited by that number
    assert all(i.cited == i.number for i in parse_file(
        PAPERS / "ketterby-district-council-planning-committee-2032-05-14.html").meetings[0].items)
