"""Questions typed with a slip of the keys, answered as the same question typed right, over fictional papers written
for this test (tests/fixtures/slips-asked):

- a slip in a word that frames a body's name: its noun ("planning coommittee"), its kind of meeting ("annuual
  meeting") or an office of it ("serve as Chaimran of Dunmere Parish Council"): the body is still the one named, not
  a body called "Chaimran of Dunmere Parish Council" that the papers do not hold;
- a slip in a word the answer's checks read ("where did they meet the time beore"): read as the word meant, not
  where the slip is a word of its own ("gwent" is no slip for "went");
- a slip in a common word ("serivces"): the word weighs as the word meant, not as the rarest word of the papers,
  so it does not decide alone which passage or follow-up is asked about (a store of a few papers weighs every word
  alike, so this is shown on the weights themselves).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.bodies import slips_put_right
from index.spelling import Speller, is_slip
from service.core import Minutebook
from service.evidence import TermWeights
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "slips-asked"


asked = papers_fixture(PAPERS)


SPELLER = Speller.of_texts([
    "The Planning Committee met. The committee resolved. The Chairman of the Council signed. The Annual Meeting of "
    "the Council was held. Dunmere Parish Council met at the Village Hall. The meeting closed. The health and housing "
    "panel met."
])


@pytest.mark.parametrize(("typed", "meant"), [
    ("any declarations at the harrowfell planning coommittee?",
     "any declarations at the harrowfell planning committee?"),
    ("until when is hartley Chaimran of Dunmere Parish Council",
     "until when is hartley Chairman of Dunmere Parish Council"),
    ("dunmere annuual meeting - what did they resolve", "dunmere annual meeting - what did they resolve"),
    # a place the papers do not print is no slip for one they do, nor is a word of the question
    ("what did stenbury council decide", "what did stenbury council decide"),
    ("what's the plan for the culvert", "what's the plan for the culvert"),
    ("who chairs the helath and housing panel", "who chairs the health and housing panel"),
])
def test_slips_in_the_words_framing_a_body_are_put_right(typed: str, meant: str) -> None:
    assert slips_put_right(typed, SPELLER) == meant


@pytest.mark.parametrize(("typed", "printed", "slip"), [
    ("beore", "before", True), ("helath", "health", True), ("Chaimran", "chairman", True),
    ("gwent", "went", False),  # a word of its own (a place), not a slip: the first letter is kept by slips
    ("reinvestment", "investment", False), ("meetings", "meeting", False), ("whats", "what's", False),
])
def test_a_slip_of_the_keys_keeps_its_first_letter_and_is_no_other_form(typed: str, printed: str,
                                                                       slip: bool) -> None:
    assert is_slip(typed, printed) is slip


def test_a_misspelt_term_weighs_as_the_word_meant() -> None:
    weights = TermWeights(["support services for carers", "mental health service", "services", "young carers"])
    asked = ["young", "carer", "support", "serivc"]
    held = {"young", "carer", "support"}  # the text holding all but the slip, not the word it stands for
    assert weights.coverage(asked, held, {"serivc": [{"servic"}]}) > weights.coverage(asked, held)
    # a term the papers print as typed keeps its own weight
    assert weights.coverage(["servic", "carer"], {"carer"}, {"servic": [{"carer"}]}) == weights.coverage(
        ["servic", "carer"], {"carer"})


@pytest.mark.parametrize(("typed", "right", "said"), [
    ("until when does cllr hartley serve as Chaimran of Dunmere Parish Council?",
     "until when does cllr hartley serve as Chairman of Dunmere Parish Council?", "May 2026"),
    ("did anyone declare at the harrowfell national park authority planning coommittee in march?",
     "did anyone declare at the harrowfell national park authority planning committee in march?", "Firth"),
    ("dunmere annuual meeting - what changed in the april minutes",
     "dunmere annual meeting - what changed in the april minutes", "Holly Lane"),
    # the answer's checks read the word meant: "the time beore" asks of the meeting before, as "the time before"
    ("dunmere pc annual meeting - where did they meet the time beore?",
     "dunmere pc annual meeting - where did they meet the time before?", "Reading Room"),
])
def test_a_question_with_a_slip_is_answered_as_typed_right(asked: Minutebook, typed: str, right: str,
                                                           said: str) -> None:
    good, slipped = asked.ask(right), asked.ask(typed)
    assert good.found and said in good.answer, good.answer
    assert slipped.found and said in slipped.answer, slipped.answer
    assert [(c.meeting_date, c.minute) for c in slipped.citations][:1] == \
        [(c.meeting_date, c.minute) for c in good.citations][:1]
