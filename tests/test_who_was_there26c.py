"""Who was there, who came late or instead, who declared, asked as people ask it (class 26c of round 26):

- those away asked by the adjective ("members missing?"), coming in late asked by a clock time or "partway" ("who
  wandered in after 7pm", "did anybody come in partway") or without a verb ("anybody late to ...");
- who came instead of a member away, asked with the absence ("X couldn't attend - who came instead"): the apologies
  and the record's line of the substitute;
- an interest asked in everyday words ("did any councillor know ...", "which cllr owns land next to ..."): the
  declarations;
- a minute asked by its number without the council year it ends in ("tc/115" for "TC/115/30-31");
- a meeting asked by the day of its later sitting ("when they came back on 23 sept"): that sitting's record.

The papers are written for the test (tests/fixtures/who-was-there-26c), ingested with the real model into a real store
and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from index.intents import Intent, cue_intents
from service.case_references import canonical, same_minute
from service.core import Minutebook
from tests.conftest import answered, papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "who-was-there-26c"


asked = papers_fixture(PAPERS)


@pytest.mark.real_model
@pytest.mark.parametrize(("question", "said", "unsaid"), [
    ("kestrelmoor safety panel in may - members missing? did anybody come in partway",
     ["Hamish Doyle", "Marcus Heywood"], []),
    ("thornbury ash 9 march 2031: which councillors wandered in after 7pm?", ["Fairweather", "Stroud"],
     ["Tipping"]),
    ("anybody late to thornbury ash town council in march?", ["Fairweather", "Stroud"], ["Lakhani"]),
    ("thornbury ash council march 31 - marlowe couldn't attend, who came instead", ["Gwen Ashdown"], []),
    ("did any councillor at thornbury ash own land next to the orchard lane site?", ["Harriet Voss", "paddock"], []),
    ("tc/115 at thornbury ash - what was penrose's interest, what role did he have", ["governor"], []),
    ("pennick vale standards panel - when they came back on 23 sept, who was missing?", ["Quereshi"], ["Trask"]),
])
def test_answered(asked: Minutebook, question: str, said: list[str], unsaid: list[str]) -> None:
    answered(asked, question, said, unsaid)


@pytest.mark.parametrize("question", [
    "the panel in may - missing members?",
    "any cllrs missing at the april meeting",
    "which members strolled in after 7.30pm",
    "did anyone join partway through",
    "anyone late to the parish council in june?",
    "who was sub on the licensing committee in june",
])
def test_asked_as_attendance(question: str) -> None:
    assert Intent.ATTENDANCE in cue_intents(question)


@pytest.mark.parametrize("question", [
    "which items came after 7?",
    "were any payments missing from the accounts",
    "anyone late with their council tax payments?",
])
def test_not_attendance(question: str) -> None:
    assert Intent.ATTENDANCE not in cue_intents(question)


@pytest.mark.parametrize(("question", "declared"), [
    ("did anyone on the planning cttee know the applicant", True),
    ("which member owns land near the bypass route", True),
    ("did cllr hale have links to the youth club", True),
    ("does the council have links with its twin town", False),
    ("who owns the land at the old depot", False),
])
def test_interest_in_everyday_words(question: str, declared: bool) -> None:
    assert (Intent.DECLARATION in cue_intents(question)) is declared


@pytest.mark.parametrize(("asked_for", "printed", "same"), [
    ("cou/287", "Cou/287/07-08", True),
    ("c032", "C032/19", True),
    ("tc/115", "TC/115/2030-31", True),
    ("18/335", "18/00335/FUL", False),  # a case's type is no year
    ("tc/115", "TC/116/30-31", False),
])
def test_minute_without_its_year(asked_for: str, printed: str, same: bool) -> None:
    assert same_minute(canonical(asked_for), canonical(printed)) is same
