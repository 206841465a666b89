"""A service's start-up reads the latest meetings' items as the answerer will, so its first questions wait for none
of it; what it reads changes no answer."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from entry.compose import open_minutebook
from index.embedder import Embedder
from minutebook.model import Audience
from minutebook.settings import Settings

DEV = Path(__file__).resolve().parents[2] / "shared" / "evals" / "dev.jsonl"


def _questions(n: int) -> list[str]:
    return [json.loads(line)["question"] for line in DEV.read_text().splitlines() if line.strip()][:n]


def test_warm_start_reads_the_latest_items_first(ilsc_store: Path, embedder: Embedder) -> None:
    with open_minutebook(Settings(store=ilsc_store), embedder) as mb:
        registry = mb.index.registry
        everything = registry.newest_items(registry.count())
        assert len(everything) == len(set(everything)) > 10
        latest = registry.latest()
        first = mb.index.item_nodes(registry.newest_items(1)[0], Audience.public())
        assert first and first[0].meeting_date == latest
        # a budget of nodes, not of items: a few nodes' worth is a few items, the newest meeting's
        few = registry.newest_items(20)
        assert 1 <= len(few) < len(everything)
        assert {mb.index.item_nodes(k, Audience.public())[0].meeting_date for k in few if
                mb.index.item_nodes(k, Audience.public())} == {latest}
        assert mb.answerer.warm(mb.audience) == len(everything)  # a small store is read whole


def test_a_warm_start_gives_the_same_answers(ilsc_store: Path, embedder: Embedder) -> None:
    questions = _questions(12)
    with open_minutebook(Settings(store=ilsc_store), embedder) as cold:
        before = [cold.ask(q) for q in questions]
    with open_minutebook(Settings(store=ilsc_store), embedder, warm=True) as warm:
        after = [warm.ask(q) for q in questions]
    assert [a.model_dump() for a in after] == [b.model_dump() for b in before]
    assert sum(a.found for a in after) >= 8


def test_newest_items_are_of_the_latest_meetings(ilsc_store: Path, embedder: Embedder) -> None:
    with open_minutebook(Settings(store=ilsc_store), embedder) as mb:
        dates: list[dt.date] = []
        for key in mb.index.registry.newest_items(mb.index.registry.count()):
            nodes = mb.index.item_nodes(key, Audience(entitled=True))
            if nodes and nodes[0].meeting_date is not None:
                dates.append(nodes[0].meeting_date)
        assert dates == sorted(dates, reverse=True)
