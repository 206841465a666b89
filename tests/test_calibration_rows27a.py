"""Calibrating the support test from rows written once (class 27a): each question over the real ingest and answerer,
its hits' measures, items and meetings kept, and whether it is decided right under each set of passing hits the
grid's lines make, with and without the best scoring item let through; then fitted again from the rows alone, whole
sets held out.

Papers in tests/fixtures/standing-out-27a/ (a parish council's March and April 2034 meetings), written for these
tests, ingested with the real model into one store; the questions are written here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from evals.calibrate import NO_STANDOUT, _passing, decided, features, search
from service.core import Minutebook
from tests.conftest import papers_fixture

pytestmark = pytest.mark.real_model

PAPERS = Path(__file__).parent / "fixtures" / "standing-out-27a"


papers = papers_fixture(PAPERS)

CURRENT = (0.4, 0.76, 0.81)


def _question(qid: str, question: str, date: str | None = None, minute: str | None = None) -> dict[str, Any]:
    cited = [{"meeting_date": date, "minute": minute, "item_title": None, "resolution": None}] if date else []
    return {"id": qid, "question": question, "kind": "fact" if date else "unanswerable",
            "expected": {"citations": cited, "facts": [], "status": None}}


def _write(path: Path, questions: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(q) + "\n" for q in questions), encoding="utf-8")
    return path


def test_rows_are_written_once_and_fitted_again_from_them(papers: Minutebook, tmp_path: Path) -> None:
    one = _write(tmp_path / "grants.jsonl", [
        _question("g1", "ottersley parish, march 2034: which groups got community grants and for what", "2034-03-14",
                  "34/26"),
        _question("g2", "ottersley - how much was the land drain for the rec ground", "2034-03-14", "34/25"),
        _question("g3", "did ottersley parish council agree to buy a defibrillator for the village hall"),
    ])
    two = _write(tmp_path / "shelter.jsonl", [
        _question("s1", "ottersley april 2034: who is paying for the new bus shelter by the post office", "2034-04-11",
                  "34/34"),
        _question("s2", "what did ottersley decide about christmas lights on the high street"),
    ])
    rows = features(papers, one, set()) + features(papers, two, {"s2"})
    assert [r["id"] for r in rows] == ["g1", "g2", "g3", "s1", "s2"]
    assert [r["held_out"] for r in rows] == [False, False, False, False, True]
    for r in rows:
        assert len(r["items"]) == len(r["meetings"]) == len(r["measures"])
        assert _passing(r["measures"], CURRENT) in r["right"]  # the line in use is among those answered
    # the answerer as it is decides these right: the three answered citing their minute, the two refused
    assert decided(rows, CURRENT, NO_STANDOUT) == (3, 3, 2, 2)
    # written out and read back, the rows fit as they did, a whole set held out by name
    again = json.loads(json.dumps(rows))
    for r in again:
        r["held_out"] = r["set"] == "shelter.jsonl"
    fitted = search(again, current=CURRENT)
    assert fitted["current"]["held_out"]["answerable_right"] == "1/1"
    assert fitted["current"]["held_out"]["unanswerable_refused"] == "1/1"
    assert fitted["fitted"]["fit"]["balanced_accuracy"] == 1.0
