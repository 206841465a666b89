"""Figures and named things asked in other words than the minutes print them: the seats "nobody contested" (elected
unopposed), the police "guests" and their "ranks" (in attendance, Inspector, Sergeant), the "ref" of the "TPO
paperwork" (Protected Tree Application No), a "villager" who raised a "takeaway ignoring" a condition (a resident, a
chip shop breaching it), the businesses "signed up" to a scheme ("in the scheme", not the scheme's new signs), what it
costs to "fix" a bridge "properly" (strengthening it), "what share" (per cent), "how many of its kind exist across" a
county, how many "communities" a scheme reaches (towns), and the "last day for a call-in" (a publication note's
deadline). The question's words are no words the papers print, so they had counted against the item that answers
(minutebook.lexicon, the framing words of service.evidence, MEETING_PARTICULARS). And the near misses beside them,
refused: a figure or a reference the papers do not give.

The papers are written for the test (tests/fixtures/other-words-22b: a fictional parish council's annual meeting and a
district council's environment committee), ingested with the real model into a real store and asked through the same
``Minutebook`` the service uses.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from service.core import Minutebook
from tests.conftest import answered, papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "other-words-22b"


asked = papers_fixture(PAPERS, "*.txt")


@pytest.mark.parametrize(("question", "said"), [
    ("hollowmere pc, may 2026 - the uncontested seats: how many were there", ["6 councillors"]),
    ("hollowmere annual meeting: a couple of guests came from the police - names and ranks?", ["Inspector K Varley",
                                                                                             "Sergeant T Howarth"]),
    ("what's the ref on hollowmere's TPO paperwork for the oak", ["55821"]),
    ("which takeaway did a villager say was ignoring its planning condition at hollowmere", ["Mario"]),
    ("hollowmere toilet scheme - how many businesses are signed up", ["12 businesses"]),
    ("caswell - how much to fix the kingsford footbridge properly", ["£340,000"]),
    ("caswell recycling survey: what share of households used the food caddy weekly", ["27 per cent"]),
    ("how many reuse shops like caswell's exist across the county", ["three"]),
    ("caswell environment committee march 2026 - last day for a call-in?", ["11 MARCH 2026"]),
    ("caswell's mobile reuse van - how many communities will it get to", ["11 towns"]),
])
def test_answered(asked: Minutebook, question: str, said: list[str]) -> None:
    answered(asked, question, said)


@pytest.mark.parametrize("question", [
    "what's the ref on hollowmere's planning paperwork for the new bus shelter",
    "caswell environment - how many electric sweepers are they buying",
    "hollowmere - which pub did a villager say was ignoring its licence",
    "caswell - how many community groups run the reuse shop",
])
def test_refused(asked: Minutebook, question: str) -> None:
    assert not asked.ask(question).found, question
