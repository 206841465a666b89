"""Minute forms and askings (class 30c): items the minutes head or record in ways minutebook read wrongly, and
questions whose answer left out the part that answers them.

- a heading whose minute number closes it in brackets ("FORMER DAIRY, MILL ROAD, STAVELEY (DC/41/05)"), among items
  numbered at the start of the line: its own item, not the text of the one before (a bare "(2)" closing a line is
  no minute number);
- a marked heading whose title runs on after a colon ("<h3>Urgent business: Riverside footbridge closure</h3>",
  "Called-in decision: ..."), on a page with an annex headed a level above the items after them: its own item, not
  a label and its value;
- a declaration made part-way through an item, said after the verb ("Councillor X declared at this point that she
  is a trustee of ..."): a declaration on that item, by that member;
- a called-in decision taken up again, asked where the body "landed" on it: the resolution confirming or changing it;
- "the first full council after the mayor making": the first date on the annual meeting's schedule of meetings,
  where no item names the next meeting;
- who seconded a motion, on a page printing the agenda's "The Mayor will move, and the Deputy Mayor will second"
  over the minute's "The Mayor moved and Councillor X seconded": the minute's record;
- an interest asked without the word "declare" ("did any councillor own land there"), answered from a declarations
  table whose member stands in a cell of its own: the member named;
- a figure asked, whose next sentence says what it pays for ("She said that this would pay for ..."), and a figure
  asked "and why", whose reason stands a sentence or two after it ("it reflected eleven plots left vacant"): both
  given.

Papers in tests/fixtures/minute-forms-30c/ (a district planning committee as text extracted from PDF, a county
cabinet as an HTML page, a town council's annual meeting as markdown, a borough council's ModernGov page as text),
written for these tests, ingested with the real model into one store; in its parse-only/ folder, a parish council's
markdown minutes and a town council's planning minutes as text, read for their items alone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.readers import read_source
from ingest.structure import parse_text
from service.core import Minutebook
from tests.conftest import answered, papers_fixture

pytestmark = pytest.mark.real_model

PAPERS = Path(__file__).parent / "fixtures" / "minute-forms-30c"


papers = papers_fixture(PAPERS)


def _items(name: str) -> list[tuple[str | None, str]]:
    path = PAPERS / name if (PAPERS / name).exists() else PAPERS / "parse-only" / name
    parsed = parse_text(read_source(path), name, "0")
    return [(i.number, i.title) for m in parsed.meetings for i in m.items]


def test_a_heading_closed_by_its_number_in_brackets_is_its_own_item() -> None:
    items = _items("oakridge-district-council-planning-committee-2035-11-06.txt")
    assert ("DC/41/05", "FORMER DAIRY, MILL ROAD, STAVELEY") in items
    assert ("DC/41/04", "SITE INSPECTION - FORMER DAIRY, MILL ROAD") in items
    assert not any(title.startswith("Appeals dismissed") for _, title in items)  # "(2)" is a count


def test_headings_closed_by_their_number_in_other_layouts() -> None:
    # every heading so numbered, marked in markdown, the number after "Minute"; "Quotes received (3)" is a count
    assert _items("little-haddow-parish-council-2035-06-03.md") == [
        ("31", "Apologies for absence"), ("32", "Declarations of interest"), ("33", "Village green fencing"),
        ("34", "Footpath 7 diversion"), ("35", "Date of next meeting")]
    # among items numbered at the start of the line, a site whose title opens with its house number: the minute's
    # number in brackets, not the house's, heads it
    assert _items("coldbrook-town-council-planning-2035-09-09.txt") == [
        ("PL.101", "APOLOGIES"), ("PL.102", "MINUTES"), ("PL.103", "15 HIGH STREET, COLDBROOK - CHANGE OF USE TO CAFE"),
        ("PL.104", "LAND REAR OF ST MARY'S CLOSE - 12 DWELLINGS"), ("PL.105", "DATE OF NEXT MEETING")]


def test_a_marked_heading_with_a_colon_is_its_own_item() -> None:
    items = [title for _, title in _items("brackenmoor-county-council-cabinet-2035-10-14.html")]
    assert "Urgent business: Riverside footbridge closure" in items
    assert "Called-in decision: closure of Elmstead swimming pool" in items
    assert "Waste strategy 2036-2041" in items
    assert not any(t.startswith(("Decision:", "Annex")) for t in items)


def test_the_item_a_bracketed_number_heads_is_cited(papers: Minutebook) -> None:
    for question in ("former dairy at staveley, 38 homes - did oakridge planning approve it?",
                     "was the mill road dairy scheme in staveley refused",
                     "what did oakridge planning committee decide on 35/0877/OUT"):
        answer = answered(papers, question, ["REFUSED"])
        assert answer.citations[0].minute == "DC/41/05", (question, answer.answer)
    answer = answered(papers, "angling club spoke on the staveley dairy - how many members would lose parking",
                      ["26"])
    assert answer.citations[0].minute == "DC/41/05"
    answer = answered(papers, "who used a casting vote on the former dairy at staveley", ["casting vote"])
    assert answer.citations[0].minute == "DC/41/05"


def test_a_declaration_made_part_way_through_an_urgent_item(papers: Minutebook) -> None:
    for question in ("riverside footbridge at brackenmoor cabinet - did any cabinet member declare",
                     "did anyone declare an interest on the footbridge closure at brackenmoor",
                     "brackenmoor cabinet october 2035: any interests declared on the urgent footbridge item?"):
        answer = answered(papers, question, ["Marchant", "Riverside Rowing Trust"])
        assert any(c.item_title == "Urgent business: Riverside footbridge closure" for c in answer.citations)
    # the declaration is on the item it was made in, by the member who made it
    meeting = next(m for m in parse_text(read_source(PAPERS / "brackenmoor-county-council-cabinet-2035-10-14.html"),
                                         "b", "0").meetings)
    assert [(d.member, d.item) for d in meeting.declarations] == [
        ("Marchant", "Urgent business: Riverside footbridge closure")]


def test_where_a_body_landed_on_a_called_in_decision(papers: Minutebook) -> None:
    for question in ("elmstead pool closure was called in - where did brackenmoor cabinet land on it",
                     "brackenmoor cabinet on the called-in elmstead pool closure - where did they end up?",
                     "where did brackenmoor cabinet come down on the called-in pool closure"):
        answer = answered(papers, question, ["teaching pool remain open"])
        assert answer.citations[0].item_title == "Called-in decision: closure of Elmstead swimming pool"


def test_the_first_meeting_after_the_annual_meeting_from_its_schedule(papers: Minutebook) -> None:
    for question in ("polwenna first full council after the mayor making?",
                     "when is the first meeting of polwenna town council after the annual meeting",
                     "polwenna - date of the first council meeting following the AGM"):
        answer = answered(papers, question, ["21 July 2035"], ["22 September 2035"])
        assert answer.citations[0].item_title == "Schedule of meetings 2035/36"
    # a meeting with its own next-meeting item is answered from it
    answered(papers, "when is oakridge planning committee's next meeting", ["4 December 2035"])
    # the budget meeting is the schedule's row that names it
    answered(papers, "when's polwenna's budget and precept meeting", ["19 January 2036"])


def test_who_seconded_is_the_minutes_record_not_the_agendas_plan(papers: Minutebook) -> None:
    for question in ("tarnside council 12 march - the mayor moved to exclude the press and public, who seconded?",
                     "who seconded the exclusion of the press and public at tarnside council in march 2035",
                     "tarnside full council: going into private, who actually seconded it"):
        answer = answered(papers, question, ["Ormerod"])
        assert "will second" not in answer.answer
    # going by the agenda, who is to second: the agenda's plan is what is asked
    answer = papers.ask("going by the tarnside agenda, who seconds the motion to exclude the public")
    assert "Ormerod" not in answer.answer or "Deputy Mayor" in answer.answer


def test_an_interest_asked_without_the_word_declare(papers: Minutebook) -> None:
    for question in ("tarnside relief road motion at the town hall march 2035 - did any councillor own land there?",
                     "does any tarnside councillor own a farm on the relief road line",
                     "tarnside relief road motion: did a councillor own a farm on the line of the road?",
                     "relief road motion at tarnside - does any member have a farm on the route?"):
        answered(papers, question, ["Hebblethwaite"])
    # a quote of no declaration gets no declarer
    answer = answered(papers, "tarnside council tax 2035/36 - what was the band d figure", ["£1,904.11"])
    assert "Hebblethwaite" not in answer.answer


def test_a_figure_with_what_it_pays_for_and_the_reason_asked(papers: Minutebook) -> None:
    for question in ("polwenna precept proposal, band d amount?",
                     "what band d charge did polwenna town council propose for 2036/37",
                     "polwenna draft budget - how much was the precept"):
        answered(papers, question, ["seasonal ranger"])
    for question in ("polwenna allotments - how far short was income and why",
                     "polwenna allotment income - how far below budget, and why?",
                     "polwenna allotment income shortfall: how big and what was the reason",
                     "why was polwenna allotment income below budget, and by how much"):
        answered(papers, question, ["eleven plots"])
    # the figure alone, not asked why: no reason added
    answered(papers, "what was polwenna's allotment income", ["£2,180"], ["eleven plots"])
