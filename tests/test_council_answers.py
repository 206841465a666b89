"""Every other council's minutes, ingested together, answer a question about one of their decisions.

For each paper in the shared corpus's ``other-councils`` (real minutes of 28 councils), a question is asked the
way a member would ask it of a decision the truth file records there: the committee as the truth names it, the
item's title as the topic, and the meeting's date. The answer must cite that meeting, at that minute where the
truth numbers it. Procedural items (apologies, minutes, chair elections) are asked about only where a paper has
nothing else, as a member asks about business.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Any

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import CORPUS, build_store

OTHER = CORPUS / "other-councils"
FLOOR = 0.85
_PROCEDURAL = re.compile(
    r"(?i)apolog|minutes|\bchair|declar|present|election|appointment|welcome|exclusion|exempt|records|adjourn"
)


def _question(paper: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    """The question for one paper, and the item it is about (None when the truth records no decision)."""
    decided = [i for i in paper["items"] if i["resolutions"] and i["title"]]
    item = next((i for i in decided if not _PROCEDURAL.search(i["title"])), decided[0] if decided else None)
    if item is None:
        return None
    day = dt.date.fromisoformat(paper["date"])
    topic = re.sub(r"\s+", " ", item["title"]).strip(" .;:").lower()
    return f"What did the {paper['committee']} decide on {topic} on {day.day} {day:%B %Y}?", item


def _cites(answer: Any, paper: dict[str, Any], item: dict[str, Any]) -> bool:
    def minute(x: str | None) -> str:
        return re.sub(r"(?i)^(?:minute|item)\s*(?:no\.?)?\s*", "", (x or "")).rstrip(".").strip().lower()

    numbers = [i["number"] for i in paper["items"]]
    distinct = item["number"] and numbers.count(item["number"]) == 1  # a number the truth repeats names no minute
    return any(
        c.meeting_date.isoformat() == paper["date"] and (not distinct or minute(c.minute) == minute(item["number"]))
        for c in answer.citations[:5]
    )


@pytest.fixture(scope="module")
def council_book(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    if not (OTHER / "truth.json").exists():
        pytest.skip("the shared corpus's other councils are not present")
    from entry import compose

    store = build_store(tmp_path_factory.mktemp("councils"), sorted(OTHER.glob("*.txt")), embedder)
    with compose.open_minutebook(compose.build_settings(store), embedder) as mb:
        yield mb


def test_each_councils_decision_is_answered_from_its_own_minutes(council_book: Minutebook) -> None:
    truth = json.loads((OTHER / "truth.json").read_text())
    asked = [(paper, q) for paper in truth if (q := _question(paper))]
    missed = []
    for paper, (question, item) in asked:
        answer = council_book.ask(question)
        if not _cites(answer, paper, item):
            cited = [(c.meeting_date.isoformat(), c.minute) for c in answer.citations[:3]]
            missed.append(f"{paper['file']}: {question} -> {cited}")
    assert len(asked) >= 25
    assert 1 - len(missed) / len(asked) >= FLOOR, "\n".join(missed)
