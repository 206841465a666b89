"""Who was there, in which role, who said what and who declared, asked as people ask it (class 24c of round 24):

- "anyone missing?" as a clause of its own; a member who left "partway", minuted in an item, not under the record;
- "the X member wasn't there, who came instead": the deputy the minute of apologies says attended in her place;
- "any stand-ins": the substitutes, not the Standards Committee its first syllable names; the "metro mayor's
  meeting": the combined authority its mayor chairs;
- members marked "(V/C)" (by video conference) in a roll printed without commas: those marked, not the roll;
- "who did the interpreting": the record's "Mr X, Translator", name and role;
- "chair and apols": the chair's line and the apologies, not the chair alone;
- "what firm were they with": the speaker's firm, printed after the name, not the word "firm";
- a member's fairness on an application she is tied to, asked in everyday words: her declaration;
- a place printed with a letter doubled or not in one minute ("Penygarreg", "Penygareg"): both sentences;
- "the revamped room": a renovation, as the clerk reports it.

The papers are written for the test (tests/fixtures/who-was-there-24c), ingested with the real model into a real
store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.intents import Intent, cue_intents
from service.core import Minutebook
from tests.conftest import answered, papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "who-was-there-24c"


asked = papers_fixture(PAPERS)


@pytest.mark.real_model
@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("kelmarsh vale ca jan 2028 — anyone missing?", ["K Marsh"], []),
    ("cwm teifion march meeting - did any councillor go partway through", ["Powell", "8.10 pm"], []),
    ("ashdown and rye icb board in march - the primary care partner member was away, who came instead",
     ["Tomasz Wren"], []),
    ("metro mayor's meeting on 21/1/28 - any stand-ins, and for whom", ["S Hollins", "K Marsh", "V Nolan"], []),
    ("glenmorven council feb 2028: which councillors took part remotely (v/c)",
     ["D Fraser", "G Urquhart", "K MacRae"], ["A Bain"]),
    ("cwm teifion cc 14/3/28 - who did the welsh interpreting", ["Mr Dafydd Rowlands, Translator"], []),
    ("cwm teifion cc in march 28 - chair and apols?", ["Rhodri Pugh", "Ieuan Harries"], []),
    ("cwm teifion applications in march: who spoke up for application 1 and what firm were they with",
     ["Sian Probert", "Harlech Hughes"], []),
    ("lloyd and the penygarreg land application - did she get involved with the trust, will she judge it impartially",
     ["took no part", "open mind"], []),
    ("which sports captains from penygarreg were congratulated at cwm teifion", ["Elin Vaughan", "Nia Rhys"], []),
    ("cwm teifion march 2028 - what did the clerk say about the revamped committee room", ["renovation"], []),
])
def test_answered(asked: Minutebook, question: str, said: list[str], unsaid: list[str]) -> None:
    answered(asked, question, said, unsaid)


@pytest.mark.parametrize(("question", "intent"), [
    ("the board in june - anybody absent?", Intent.ATTENDANCE),
    ("did anyone leave halfway through the panel", Intent.ATTENDANCE),
    ("the treasurer couldn't come, who went in her place", Intent.ATTENDANCE),
    ("who provided the translation at the community council", Intent.ATTENDANCE),
    ("will cllr hughes decide it fairly given her seat on the trust", Intent.DECLARATION),
])
def test_asked_as_people_ask(question: str, intent: Intent) -> None:
    assert intent in cue_intents(question)


@pytest.mark.parametrize("question", [
    "who provided the funding for the hall",  # a funder, not a role at the meeting
    "is anything missing from the asset register",  # a thing, not a member
    "why did the parish rep leave the board partway",  # the reason: a declaration
])
def test_not_asked_as_attendance(question: str) -> None:
    assert Intent.ATTENDANCE not in cue_intents(question)
