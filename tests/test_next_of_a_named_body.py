"""The next meeting asked for by the body's own name after "next" ("next brackley vale town council - when and
where?", "the next wexcombe planning cttee", "next ILSC date pls", "next hwb - date and place?"): the name may be
places, the committee's words or its initials, with or without a body noun. It asks when and where the body meets
next, not where its last meeting was held. Not "what's next for the council" or "the next council tax rise". The
committees and papers are written for the test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from index.query import Intent, understand
from index.spelling import Speller

COMMITTEES = ["Brackley Vale Town Council", "Planning Committee", "Improving Lives Select Commission",
              "Health and Wellbeing Board"]
PAPERS = [
    "Brackley Vale Town Council met at the Wexcombe Hall. The ILSC and the HWB reported to the Planning Committee.",
    "Wexcombe residents asked about the council tax rise and the budget. The ILSC chair spoke. The HWB noted it.",
    *COMMITTEES,
]
LATEST = dt.date(2024, 3, 12)


@pytest.fixture(scope="module")
def speller() -> Speller:
    return Speller.of_texts(PAPERS)


def _top(intents: dict[Intent, float]) -> Intent | None:
    return max(intents, key=lambda i: intents[i]) if intents else None


@pytest.mark.parametrize("question", [
    "next brackley vale town council - when and where?",
    "the next wexcombe planning cttee, date and venue",
    "next ILSC date pls",
    "next hwb - date and place?",
])
def test_next_and_a_body_s_name_asks_for_its_next_meeting(question: str, speller: Speller) -> None:
    plan = understand(question, COMMITTEES, LATEST, speller)
    assert _top(plan.intents) == Intent.NEXT_MEETING, plan.intents


@pytest.mark.parametrize("question", [
    "what's next for the brackley vale town council budget",
    "when will the next council tax rise be announced",
])
def test_next_of_something_else_is_not_a_next_meeting(question: str, speller: Speller) -> None:
    plan = understand(question, COMMITTEES, LATEST, speller)
    assert plan.confidence(Intent.NEXT_MEETING) < 0.5, plan.intents

