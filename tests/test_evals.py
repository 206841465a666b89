"""The evaluation harness: scoring units, the report, a regression gate on the dev set, a bench smoke run."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from evals.baselines import Retrieved
from evals.harness import HEADLINE, metrics, score_question, stand_in_answer
from evals.questions import ExpectedCitation, Question, citation_matches
from evals.report import markdown
from index.embedder import Embedder

CORPUS = Path("/work/shared/corpus/rotherham-ilsc")
DEV = Path("/work/shared/evals/dev.jsonl")
BASELINE = Path(__file__).resolve().parents[1] / "evals" / "baseline.json"
TOLERANCE = 0.03


class _Sources:
    def check(self, citation: dict[str, Any]) -> tuple[bool, bool]:
        return True, "verbatim" in str(citation.get("quote"))


def _hit(date: str, minute: str, title: str, body: str = "verbatim text", dense: float | None = 0.6) -> Retrieved:
    return Retrieved(date, minute, title, "", "doc.md", body, "n1", dense)


def test_stand_in_refuses_below_threshold() -> None:
    assert stand_in_answer([_hit("2020-07-28", "83", "X", dense=0.2)])["found"] is False
    ans = stand_in_answer([_hit("2020-07-28", "83", "X", body="the National House Project")])
    assert ans["found"] is True and ans["citations"][0]["minute"] == "83"


def test_score_question_rank_citations_and_facts() -> None:
    q = Question("q1", "?", "resolved", [ExpectedCitation("2020-07-28", "83", "Sufficiency")], ["House Project"])
    hits = [_hit("2020-07-28", "82", "Other"), _hit("2020-07-28", "83", "Sufficiency", body="verbatim House Project")]
    r = score_question(q, hits, stand_in_answer(hits), 0.1, "stand-in", _Sources())  # type: ignore[arg-type]
    assert r.rank == 2 and r.citation_hit and r.citation_precision == 0.5 and r.fact_recall == 1.0
    assert r.verbatim == 1.0 and not r.refused
    m = metrics([r])
    assert m["hit@1"] == 0.0 and m["hit@5"] == 1.0 and m["mrr"] == 0.5 and m["refusal"] is None


def test_a_minute_number_matches_with_or_without_the_word_minute() -> None:
    expected = ExpectedCitation("2031-02-10", "Minute 309", "Bandstand repairs")
    assert citation_matches("2031-02-10", "309", "Something else", expected)  # one number, headed "Minute 309."
    assert citation_matches("2031-02-10", "Min. 309", "", expected)
    assert not citation_matches("2031-02-10", "310", "Bandstand repairs", expected)
    assert not citation_matches("2031-02-10", "M309", "Bandstand repairs", expected)


@pytest.mark.parametrize(("got", "ok"), [("overdue", True), ("outstanding", True), ("completed", False), (None, False)])
def test_overdue_is_outstanding_past_its_due_date(got: str | None, ok: bool) -> None:
    # an answer that does not say where the follow-up stands (no status) does not get it right
    q = Question("q4", "?", "followup", [ExpectedCitation("2020-07-28", "83", "X")], status="outstanding")
    hits = [_hit("2020-07-28", "83", "X")]
    answer = {"found": True, "answer": "x", "status": got, "citations": [{"meeting_date": "2020-07-28", "minute": "83",
                                                                        "item_title": "X", "quote": "verbatim"}]}
    r = score_question(q, hits, answer, 0.1, "answerer", _Sources())  # type: ignore[arg-type]
    assert r.status_ok is ok


def test_a_refused_follow_up_has_no_status_to_score() -> None:
    q = Question("q5", "?", "followup", [ExpectedCitation("2020-07-28", "83", "X")], status="outstanding")
    r = score_question(q, [], {"found": False, "citations": []}, 0.1, "answerer", _Sources())  # type: ignore[arg-type]
    assert r.refused and r.status_ok is None


def test_unanswerable_scores_refusal_only() -> None:
    q = Question("q2", "?", "unanswerable")
    r = score_question(q, [], stand_in_answer([]), 0.1, "stand-in", _Sources())  # type: ignore[arg-type]
    assert r.refused and r.rank is None
    assert metrics([r])["refusal"] == 1.0 and metrics([r])["hit@5"] is None


def test_report_lists_misses() -> None:
    q = Question("q3", "Who?", "fact", [ExpectedCitation("2020-07-28", "84", "Youth")])
    r = score_question(q, [_hit("2019-01-01", "1", "Else")], {"found": False}, 0.1, "x", _Sources())  # type: ignore[arg-type]
    from dataclasses import asdict

    result = {
        "questions_file": "q",
        "store": "s",
        "store_stats": {},
        "systems": [
            {
                "system": "bm25",
                "answer_mode": "extractive stand-in",
                "overall": metrics([r]),
                "by_kind": {"fact": metrics([r])},
                "questions": [asdict(r)],
            }
        ],
    }
    text = markdown(result, "plot.png")
    assert "q3" in text and "2019-01-01" in text and "extractive stand-in" in text


@pytest.mark.slow
def test_dev_set_does_not_regress(ilsc_store: Path, embedder: Embedder) -> None:
    """The dev set on the store ``minutebook ingest`` builds from the shared papers, with the real model."""
    from entry.compose import open_minutebook
    from evals.harness import headline, run_eval
    from minutebook.settings import Settings

    if not DEV.exists():
        pytest.skip("the dev questions are absent")
    with open_minutebook(Settings(store=ilsc_store), embedder) as mb:
        result = run_eval(mb, DEV, include=["minutebook"])
    now = headline(result)
    base = json.loads(BASELINE.read_text())["systems"]["minutebook"]
    drops = {
        k: (base[k], now[k])
        for k in HEADLINE
        if base[k] is not None and (now[k] is None or now[k] < base[k] - TOLERANCE)
    }
    assert not drops, f"headline metrics dropped more than {TOLERANCE} (baseline, now): {drops}"


@pytest.mark.slow
def test_bench_smoke(tmp_path: Path, embedder: Embedder) -> None:
    """Every stage of ``minutebook bench`` on one paper and a hundred synthetic nodes (the figures
    themselves come from a full run on the corpus: evals/bench-results.md)."""
    import sys
    from collections.abc import Iterator
    from contextlib import contextmanager

    from entry.compose import build_app, open_index, open_minutebook
    from evals.bench import BenchParts, rows, run_bench
    from index.store import MinutebookIndex
    from minutebook.settings import Settings

    files = sorted(CORPUS.glob("ilsc-minutes-*.md")) if CORPUS.is_dir() else []
    if not files or not DEV.exists():
        pytest.skip("the shared corpus or dev questions are absent")

    @contextmanager
    def writable(settings: Settings, model: Embedder) -> Iterator[MinutebookIndex]:
        with open_index(settings, writer=True, embedder=model) as index:
            yield index

    # the session's model stands in for torch too: the stages are tested here, not the encoders' figures
    parts = BenchParts(embedder=lambda: embedder, torch_embedder=lambda: embedder, open_index=writable,
                       open_minutebook=open_minutebook, build_app=build_app, cli=[sys.executable, "-m", "entry.cli"])
    questions = tmp_path / "questions.jsonl"  # record questions: the bench's stages, not the answerer, are tested
    asked = ("Who chaired the meeting on 18 September 2018?", "Who sent apologies to the 18 September 2018 meeting?",
             "Who was in attendance on 18 September 2018?")
    attendance = {"meeting_date": "2018-09-18", "minute": None, "item_title": "Attendance and apologies"}
    questions.write_text("".join(json.dumps({"id": f"smoke-{n}", "question": q, "kind": "attendance",
                                             "expected": {"citations": [attendance], "facts": []}}) + "\n"
                                 for n, q in enumerate(asked)))
    result = run_bench(Settings(store=tmp_path / "bench"), files[:1], questions, 100, parts, rounds=1)
    assert json.loads(json.dumps(result)) == result  # what --json prints
    ingest = result["ingest"]
    assert ingest["nodes"] > 0 and ingest["encoder_ratio_to_torch"] > 0 and ingest["text_vectors_kept"] > 0
    corpus, synthetic = result["search_corpus"], result["search_synthetic"]
    assert corpus["questions"] == 3 and corpus["ratio_p50"] > 0 and corpus["ask_ratio_p95"] > 0
    assert corpus["ask_cpu"]["p50_ms"] > 0 and corpus["ask_cpu_ratio_p50"] > 0  # what a question costs, load aside
    assert set(corpus["searches"]) == {"plain", "committee", "date"}
    assert synthetic["nodes"] == 100 + ingest["nodes"] and synthetic["exempt_nodes"] > 0
    for size in ("corpus", "synthetic"):
        served = result["serve"][size]
        assert served["healthy_s"] > 0 and served["found"] and served["rss_mb"] > 0
        assert result["cli_ask"][size]["found"]
    table = {measure: goal for measure, _, goal in rows(result)}  # what the command prints without --json
    assert table["serve (corpus): healthy after start"] == "<= 3 s"
    assert any(m.startswith("search committee @") for m in table) and "page serve times" in table
    assert any(m.startswith("ask processor time @") for m in table)
    assert result["pages"]["pages"]["a meeting"]["p95_ms"] > 0 and result["pages"]["max_p95_ms"] > 0


def _row(qid: str, answerable: bool, coverage: float, unprinted: bool = False, held: bool = False) -> dict[str, Any]:
    """A question with one hit: right when that hit passes (answerable) or fails (unanswerable)."""
    return {"id": qid, "answerable": answerable, "held_out": held,
            "measures": [[coverage, 0.0, unprinted]], "right": {"1": answerable, "0": not answerable}}


def test_calibration_fits_both_lines_and_scores_the_held_out_questions() -> None:
    from evals.calibrate import search

    rows = [
        _row("a1", True, 0.9), _row("a2", True, 1.0), _row("u1", False, 0.6), _row("u2", False, 0.7),
        # a hit lacking an unprinted word: the answerable one clears 1.2, the unanswerable ones do not
        _row("a3", True, 1.25, unprinted=True), _row("u3", False, 1.05, unprinted=True),
        _row("u4", False, 0.95, unprinted=True),
        _row("h1", True, 0.95, held=True), _row("h2", False, 0.5, held=True), _row("h3", False, 0.65, held=True),
    ]
    fitted = search(rows)["fitted"]
    assert 0.7 < fitted["cut"] <= 0.9 and 1.05 < fitted["unprinted_cut"] <= 1.25
    assert fitted["fit"]["balanced_accuracy"] == 1.0
    assert fitted["held_out"]["answerable_right"] == "1/1" and fitted["held_out"]["unanswerable_refused"] == "2/2"
    # among equally good lines, the one in use is kept
    kept = search(rows, current=(fitted["slope"], 0.76, 1.2))
    assert (kept["fitted"]["cut"], kept["current"]["cut"]) == (0.76, 0.76)


def _two_items(qid: str, answerable: bool, best: float, other: float, held: bool = False) -> dict[str, Any]:
    """A question whose search found two items, both under the line: right when the first passes alone (answerable)
    or neither does (unanswerable)."""
    return {"id": qid, "set": "s.jsonl", "answerable": answerable, "held_out": held,
            "measures": [[best, 0.0, False], [other, 0.0, False]], "items": [0, 1], "meetings": [0, 0],
            "right": {"00": not answerable, "10": answerable, "01": False, "11": False}}


def test_calibration_fits_an_item_standing_out_under_the_line() -> None:
    from evals.calibrate import NO_STANDOUT, decided, search

    rows = [
        # long questions whose one item on the subject outscores the rest of the meeting by far
        _two_items("a1", True, 0.66, 0.10), _two_items("a2", True, 0.70, 0.20), _two_items("a3", True, 0.62, 0.15),
        # near misses: the best item higher, but only a little above another; or far above the rest, but low
        _two_items("u1", False, 0.72, 0.68), _two_items("u2", False, 0.45, 0.05), _two_items("u3", False, 0.70, 0.66),
        _two_items("h1", True, 0.68, 0.12, held=True), _two_items("h2", False, 0.71, 0.69, held=True),
    ]
    assert decided(rows, (0.4, 0.76, 0.81), NO_STANDOUT) == (0, 4, 4, 4)  # the line alone answers none of them
    fitted = search(rows, current=(0.4, 0.76, 0.81))["fitted"]
    assert 0.45 < fitted["standout_floor"] <= 0.62 and 0.04 < fitted["standout_margin"] <= 0.42
    assert fitted["fit"]["balanced_accuracy"] == 1.0
    assert fitted["held_out"]["answerable_right"] == "1/1" and fitted["held_out"]["unanswerable_refused"] == "1/1"
