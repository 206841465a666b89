"""Figures and times asked in everyday words (class 31b): refused, or the wrong item cited.

- a figure asked of a council named in full ("the band d precept for pennick vale town council next yr"): its
  meetings' passages are ranked by what is asked, the council's name saying only where; searched with the name, every
  passage printing it (the header, the date of the next meeting, correspondence) outranked the one item on the subject
  (service.place_search);
- a count of things received asked with "did we get" ("how many responses did we get to the pspo consultation"): a
  figure the minutes report, not whether something asked for has come (a follow-up), which was refused for want of
  a figure in the action it found (minutebook.vocabulary.COUNT_RECEIVED);
- what a body said, asked by its initials ("what did the opcc say their reserves were"): the minutes have its officer
  say it ("the Chief Finance Officer confirmed ..."), whom the attendance record names as the body's ("Chief Finance
  Officer of the OPCC"); another member's words are not the body's (service.spoke_for);
- whether a member stayed to the end ("did cllr okafor stay to the end of the waste jc?"): the other side of leaving
  early, answered by the record's "left the meeting at 4.10 pm" line, and for a member who did not leave, their own
  line, never another's departure; "jc" after what it is for is a joint committee (minutebook.vocabulary.LEFT_EARLY,
  SHORTHAND);
- whether the exempt minutes of a date were confirmed: not the open minutes' item of the same date; the public are
  told what the open papers print (the agenda's listing, and that the item was taken in private), never the exempt
  minute (service.private_minutes).

Papers in tests/fixtures/figures-and-times-31b/ (a town council as text extracted from PDF, a parish council as
markdown, a district council's committee as HTML, a police and crime panel as markdown, a joint committee as text,
a fire authority's committee as a ModernGov page's text), written for these tests, ingested with the real model.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from index.embedder import Embedder
from index.intents import Intent, cue_intents
from service.core import Minutebook
from tests.conftest import answered, build_store, papers_fixture

pytestmark = pytest.mark.real_model

PAPERS = Path(__file__).parent / "fixtures" / "figures-and-times-31b"


papers = papers_fixture(PAPERS)


@pytest.fixture(scope="module")
def entitled(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    """The fire authority's paper served to an audience entitled to exempt business (a private deployment)."""
    from entry.compose import open_minutebook
    from minutebook.settings import Settings

    folder = tmp_path_factory.mktemp("entitled-papers")
    for p in PAPERS.glob("coldmoor-*"):
        (folder / p.name).write_text(p.read_text(encoding="utf-8"))
    store = build_store(tmp_path_factory.mktemp("entitled-store"), [folder], embedder)
    with open_minutebook(Settings(store=store, include_exempt=True), embedder) as opened:
        yield opened


def test_a_figure_asked_of_a_council_named_in_full(papers: Minutebook) -> None:
    answered(papers, "whats the band d precept for pennick vale town council next yr?", ["142.16"])
    answered(papers, "band d precept at pennick vale town council for 2036/37?", ["142.16"])
    answered(papers, "pennick vale town council's band d figure for next year?", ["142.16"])
    answered(papers, "what will the band d charge be for wrenford parish council next year", ["59.44"])
    answered(papers, "wrenford parish council - band d precept for 2036/37?", ["59.44"])
    # a matter the council's papers do not hold is still refused
    assert not papers.ask("what did pennick vale town council decide about the cemetery extension").found


def test_a_count_of_things_received_asked_with_did_we_get(papers: Minutebook) -> None:
    answered(papers, "how many responses did we get to the alcohol pspo consultation (carrowmore)", ["846"])
    answered(papers, "carrowmore public spaces protection order consultation - how many replies did they receive?",
             ["846"])
    answered(papers, "how many representations did the council get on the allotment rules at carrowmore", ["212"])
    # whether a thing asked for came in is still a follow-up; a count of what came in is not
    assert Intent.FOLLOWUP in cue_intents("did we get the consultation report yet")
    assert Intent.FOLLOWUP in cue_intents("have members had the breakdown of the responses")
    assert Intent.FOLLOWUP not in cue_intents("how many responses did we get to the consultation")
    assert Intent.FOLLOWUP not in cue_intents("how many objections have they had on the wind farm")


def test_what_a_body_said_through_its_officers(papers: Minutebook) -> None:
    answered(papers, "what did the opcc say their reserves were when the eastvale panel looked at the precept",
             ["14.3 million"])
    answered(papers, "eastvale precept - what did the opcc say the reserves stood at?", ["14.3 million"])
    answered(papers, "what did the opcc report as the level of reserves at the eastvale police and crime panel",
             ["14.3 million"])
    # a member's words are not the body's
    assert not papers.ask("what did the opcc say about the estates strategy running late at eastvale").found


def test_whether_a_member_stayed_to_the_end(papers: Minutebook) -> None:
    answered(papers, "did cllr okafor stay to the end of the waste jc?", ["4.10 pm"])
    answered(papers, "was councillor okafor there until the end of the brackwater joint waste committee", ["4.10 pm"])
    answered(papers, "did okafor stay for the whole of the brackwater and lynn joint waste committee meeting?",
             ["4.10 pm"])
    # one who did not leave: their own line, not another member's going
    answered(papers, "did cllr pryce stay to the end of the waste jc?", ["Pryce"], ["4.10", "left the meeting"])
    # leaving early, asked as before, still answered
    answered(papers, "did anyone leave the brackwater joint waste committee early?", ["4.10 pm"])


def test_exempt_minutes_are_not_the_open_minutes(papers: Minutebook) -> None:
    for question in ("were the exempt minutes from 6 february confirmed at the coldmoor fire resources cttee?",
                     "coldmoor resources committee - exempt minutes of 6 feb 2036 signed off?",
                     "did the coldmoor fire resources committee approve the confidential minutes from 6 february"):
        answer = papers.ask(question)
        # never the open minutes' item, nor the exempt minute itself, to the public
        assert "confirmed the minutes of the meeting" not in answer.answer, (question, answer.answer)
        assert "confirmed the exempt minutes" not in answer.answer, (question, answer.answer)
        if answer.found:
            assert "taken in private" in answer.answer, (question, answer.answer)
    # the open minutes, asked, are answered from their item
    answered(papers, "were the minutes from 6 february confirmed at the coldmoor fire resources cttee?",
             ["confirmed the minutes"])


def test_exempt_minutes_to_an_entitled_audience(entitled: Minutebook) -> None:
    answered(entitled, "were the exempt minutes from 6 february confirmed at the coldmoor fire resources cttee?",
             ["confirmed the exempt minutes"], ["confirmed the minutes of the meeting"])
    answered(entitled, "were the minutes from 6 february confirmed at the coldmoor fire resources cttee?",
             ["confirmed the minutes of the meeting"])


def test_a_council_named_in_full_says_only_where() -> None:
    from service.place_search import unplaced

    assert unplaced("whats the band d precept for harbourne town council next yr?",
                    {"harbourne", "ferrers"}) == "whats the band d precept for next yr?"
    assert unplaced("what did kenmoor borough council decide on parking", {"kenmoor"}) == "what did decide on parking"
    # nothing else asked, or no word naming it: searched as asked
    assert unplaced("harbourne ferrers town council", {"harbourne", "ferrers"}) is None
    assert unplaced("the band d precept next year", {"harbourne"}) is None


def test_open_and_exempt_minutes_asked_together(papers: Minutebook) -> None:
    answered(papers, "coldmoor fire resources cttee 17/4/36: what happened to the 6/2 public + confidential minutes, "
             "both signed?", ["confirmed the minutes of the meeting", "taken in private"],
             ["confirmed the exempt minutes"])


def test_which_quote_was_taken(papers: Minutebook) -> None:
    # a council named in full ranks its item on the matter first; which quote was taken must then be recorded
    answered(papers, "which quote did pennick vale town council go with for the skate park lighting",
             ["Lanner Electrical"])
    answered(papers, "whose quote did pennick vale accept for the skate park lights", ["Lanner Electrical"])
    assert not papers.ask("which quote did wrenford parish council go with for the playing field drainage").found
    assert not papers.ask("what contractor did wrenford pick for the playing field drainage works").found
