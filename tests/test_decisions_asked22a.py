"""Decisions asked in everyday words, and who moved and seconded: "whose name is down as backing the motion" (the
seconder), "who was moving and who was backing" (proposed by, seconded by), what the clerk was asked to "dig out"
(find out), to whom a body "resolved to write" (a letter be sent), what goes "online" and on "the boards" (the website,
the noticeboards), the "new rule" (what is to happen in future), whether a group's "bid came good" where the meeting
itself approved the applications, whether a sand pit may "expand" (an "extension of" it). The question's words are
none the papers print, so they had counted against the minute that answers; the lexicon (minutebook.lexicon), the
chat framing and the bid-outcome check read them as the papers write them. And the near misses beside them, refused:
a lottery bid whose outcome the minutes do not have, costings the clerk was never asked for.

The papers are written for the test (tests/fixtures/decisions-asked-22a: a fictional town council's meeting, its
grants panel and planning committee, and a police and crime panel), ingested with the real model into a real store
and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from minutebook.vocabulary import written_out
from service.core import Minutebook
from service.council_bodies import COUNCIL_NAMED
from tests.conftest import answered, papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "decisions-asked-22a"


asked = papers_fixture(PAPERS)


@pytest.mark.parametrize(("question", "said"), [
    ("pellingford, march 2026: the mayor moved to shut the press out - whose name is down as backing the motion",
     ["Oakhurst"]),
    ("pellingford town council in march - whose names are on moving and backing the february minutes",
     ["Penhallow", "Marwood"]),
    ("what did pellingford want the clerk to dig out for the railway open day stall", ["marquee"]),
    ("to whom did pellingford council resolve to write regarding the unpaid allotment rents", ["tenant"]),
    ("pellingford's new rule on minutes - which go online and which on the boards", ["noticeboards", "website"]),
    ("did the marsh end youth theatre bid come good at the pellingford grants panel? how much", ["£850"]),
    ("harrowdale police panel: whose name is down as backing the motion to veto the precept", ["Ostrander"]),
    ("what did pellingford's planning committee resolve about letting copplestone hill pit expand", ["OBJECTS"]),
])
def test_answered(asked: Minutebook, question: str, said: list[str]) -> None:
    answered(asked, question, said)


@pytest.mark.parametrize("question", [
    "did the skate park lottery bid come good at the pellingford grants panel",
    "which costings was the pellingford clerk asked to dig out for the war memorial repairs",
])
def test_refused(asked: Minutebook, question: str) -> None:
    assert not asked.ask(question).found, question


def test_shorthand_and_bodies() -> None:
    # "env" before a body is the papers' "environment"; "its record" is the meeting's minutes
    assert written_out("the env committee in march") == "the environment committee in march"
    assert written_out("the special meeting - who moved its record") == "the special meeting - who moved its minutes"
    # a council named before "tax" is the tax, no council asked about
    assert COUNCIL_NAMED.search("did they back the pcc's council tax rise or veto it?") is None
    assert COUNCIL_NAMED.search("what did the pcc's council decide") is not None
