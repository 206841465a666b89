"""Scoring a question set against every system on one store (``minutebook eval``).

For each system and question the harness records the ranked retrieval (top 10),
an answer, and timings, then computes, per question kind and overall:

- retrieval: hit@1/5/10 and MRR of the first result matching any expected citation
  (unanswerable questions excluded);
- answers: citation hit (first five citations), citation precision, fact recall,
  refusal accuracy on unanswerable questions, follow-up status accuracy (over the
  follow-ups answered: one answered without a status is wrong; n/a when none is);
- faithfulness without an LLM: share of citations that resolve to a real node, and of
  quotes found verbatim (whitespace-collapsed) in a body of the cited item;
- latency p50/p95 per question.

Answers for minutebook come from the opened minute book's ``ask`` (given by the
composition root, as every other surface gets it). For the baselines an
*extractive stand-in* is scored: the
top-5 results' bodies as the answer, their citations with the first 300 characters
of each body as quote, and ``found`` = best cosine similarity >= 0.35 (BM25 has no
similarity, so it is "found" whenever it returns anything).
"""

from __future__ import annotations

import re
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from evals.baselines import Retrieved, System, systems
from evals.questions import ExpectedCitation, Question, citation_matches, fact_found, load_questions
from index.store import MinutebookIndex
from minutebook.model import ActionStatus
from service.core import Minutebook

FOUND_THRESHOLD = 0.35
STAND_IN = "extractive stand-in"
HEADLINE = ("hit@5", "mrr", "citation_hit", "fact_recall", "refusal")


@dataclass
class QuestionResult:
    """What one system did with one question."""

    id: str
    kind: str
    question: str
    rank: int | None  # 1-based rank of the first matching result, None if none in the top 10
    returned: list[dict[str, str]]  # top-3 citations, for the miss list
    citation_hit: bool | None
    citation_precision: float | None
    fact_recall: float | None
    refused: bool
    status_ok: bool | None
    resolved: float | None  # share of citations resolving to a real node
    verbatim: float | None  # share of quotes found verbatim in the cited item
    latency_s: float
    answer_mode: str
    facts_missed: list[str] = field(default_factory=list)


def _matches(meeting_date: str, minute: str | None, title: str, expected: list[ExpectedCitation]) -> bool:
    return any(citation_matches(meeting_date, minute or None, title, e) for e in expected)


def stand_in_answer(hits: list[Retrieved]) -> dict[str, Any]:
    """The extractive stand-in answer from the top-5 results."""
    top = hits[:5]
    sims = [h.dense for h in top if h.dense is not None]
    found = bool(top) and (max(sims) >= FOUND_THRESHOLD if sims else True)
    if not found:
        return {"answer": "", "found": False, "citations": []}
    cites = [
        {
            "meeting_date": h.meeting_date,
            "minute": h.minute or None,
            "resolution": h.resolution or None,
            "item_title": h.item_title,
            "quote": h.body[:300],
            "document": h.document,
        }
        for h in top
        if h.meeting_date
    ]
    return {"answer": "\n\n".join(h.body for h in top), "found": True, "citations": cites}


def _as_dict(answer: Any) -> dict[str, Any]:
    if hasattr(answer, "model_dump"):
        return dict(answer.model_dump(mode="json"))
    return dict(answer)


_SPACE = re.compile(r"\s+")


def _squash(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


class Sources:
    """Node bodies by citation, for checking that citations resolve and quotes are verbatim."""

    def __init__(self, index: MinutebookIndex) -> None:
        self.by_item: dict[tuple[str, str, str], list[str]] = {}
        for node in index.nodes():
            c = node.citation
            key = (c.meeting_date.isoformat(), c.minute or "", c.item_title)
            self.by_item.setdefault(key, []).append(_squash(node.body))

    def check(self, citation: dict[str, Any]) -> tuple[bool, bool]:
        key = (str(citation.get("meeting_date")), str(citation.get("minute") or ""), str(citation.get("item_title")))
        bodies = self.by_item.get(key)
        if bodies is None:
            return False, False
        quote = _squash(str(citation.get("quote") or ""))
        return True, bool(quote) and any(quote in b for b in bodies)


def score_question(
    q: Question, hits: list[Retrieved], answer: dict[str, Any], latency: float, mode: str, sources: Sources
) -> QuestionResult:
    rank = None
    if q.answerable:
        rank = next(
            (i for i, h in enumerate(hits, 1) if _matches(h.meeting_date, h.minute, h.item_title, q.citations)), None
        )
    cites: list[dict[str, Any]] = list(answer.get("citations") or [])
    refused = not answer.get("found", bool(cites)) or not cites
    hit = precision = recall = None
    missed: list[str] = []
    if q.answerable:
        good = [_matches(str(c.get("meeting_date")), c.get("minute"), str(c.get("item_title", "")), q.citations)
                for c in cites[:5]]
        hit = any(good)
        precision = sum(good) / len(good) if good else 0.0
        text = "" if refused else str(answer.get("answer") or "")
        missed = [f for f in q.facts if not fact_found(f, text)]
        recall = 1 - len(missed) / len(q.facts) if q.facts else None
    status_ok = None
    if q.status is not None and not refused:  # an answer that does not say where the follow-up stands is wrong
        got = str(answer.get("status"))
        # the sets' statuses are completed / outstanding / scheduled: overdue is outstanding past its due date
        status_ok = (ActionStatus.OUTSTANDING.value if got == ActionStatus.OVERDUE.value else got) == q.status
    checks = [sources.check(c) for c in cites]
    return QuestionResult(
        id=q.id,
        kind=q.kind,
        question=q.question,
        rank=rank,
        returned=[{"meeting_date": h.meeting_date, "minute": h.minute, "item_title": h.item_title,
                   "document": h.document} for h in hits[:3]],
        citation_hit=hit,
        citation_precision=precision,
        fact_recall=recall,
        refused=refused,
        status_ok=status_ok,
        resolved=sum(r for r, _ in checks) / len(checks) if checks else None,
        verbatim=sum(v for _, v in checks) / len(checks) if checks else None,
        latency_s=latency,
        answer_mode=mode,
        facts_missed=missed,
    )


def _mean(values: list[float | None]) -> float | None:
    vals = [v for v in values if v is not None]
    return round(sum(vals) / len(vals), 4) if vals else None


def _pct(values: list[float], p: float) -> float | None:
    if not values:
        return None
    if len(values) == 1:
        return values[0]
    return round(statistics.quantiles(values, n=100, method="inclusive")[int(p) - 1], 4)


def metrics(results: list[QuestionResult]) -> dict[str, float | int | None]:
    """Aggregate figures over a group of question results."""
    ans = [r for r in results if r.kind != "unanswerable"]
    una = [r for r in results if r.kind == "unanswerable"]
    lat = [r.latency_s for r in results]
    return {
        "questions": len(results),
        "hit@1": _mean([float(r.rank is not None and r.rank <= 1) for r in ans]),
        "hit@5": _mean([float(r.rank is not None and r.rank <= 5) for r in ans]),
        "hit@10": _mean([float(r.rank is not None and r.rank <= 10) for r in ans]),
        "mrr": _mean([1 / r.rank if r.rank else 0.0 for r in ans]),
        "citation_hit": _mean([float(r.citation_hit) if r.citation_hit is not None else None for r in ans]),
        "citation_precision": _mean([r.citation_precision for r in ans]),
        "fact_recall": _mean([r.fact_recall for r in ans]),
        "refusal": _mean([float(r.refused) for r in una]),
        "status_accuracy": _mean([float(r.status_ok) if r.status_ok is not None else None for r in results]),
        "citations_resolve": _mean([r.resolved for r in results]),
        "quotes_verbatim": _mean([r.verbatim for r in results]),
        "latency_p50_s": _pct(lat, 50),
        "latency_p95_s": _pct(lat, 95),
    }


def run_system(
    name: str,
    system: System,
    questions: list[Question],
    sources: Sources,
    answer: Callable[[str], Any] | None = None,
) -> dict[str, Any]:
    """Score one system over the questions: overall and per-kind figures, and per-question rows."""
    rows: list[QuestionResult] = []
    system(questions[0].question) if questions else None  # warm-up: model and index caches
    for q in questions:
        t0 = time.perf_counter()
        hits = system(q.question)
        if answer is not None:
            ans, mode = _as_dict(answer(q.question)), "answerer"
        else:
            ans, mode = stand_in_answer(hits), STAND_IN
        latency = time.perf_counter() - t0
        rows.append(score_question(q, hits, ans, latency, mode, sources))
    kinds = sorted({r.kind for r in rows})
    return {
        "system": name,
        "answer_mode": rows[0].answer_mode if rows else STAND_IN,
        "overall": metrics(rows),
        "by_kind": {k: metrics([r for r in rows if r.kind == k]) for k in kinds},
        "questions": [asdict(r) for r in rows],
    }


def run_eval(minutebook: Minutebook, questions_path: Path, include: list[str] | None = None) -> dict[str, Any]:
    """Every system over one question set on one opened store; the figures as one JSON-ready dict."""
    questions = load_questions(questions_path)
    index = minutebook.index
    sources = Sources(index)
    built = systems(index, minutebook.audience, include)
    out = [
        run_system(name, system, questions, sources, minutebook.ask if name == "minutebook" else None)
        for name, system in built.items()
    ]
    return {"questions_file": str(questions_path), "store": str(minutebook.settings.store),
            "store_stats": index.stats(), "systems": out}


def headline(result: dict[str, Any], system: str = "minutebook") -> dict[str, float | None]:
    """The headline metrics of one system, as committed in ``evals/baseline.json``."""
    sys_ = next(s for s in result["systems"] if s["system"] == system)
    return {k: sys_["overall"][k] for k in HEADLINE}
