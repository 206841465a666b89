"""Calibrating the support test on question sets (``minutebook calibrate QUESTIONS=STORE ...``).

For each question the answerer reads (:meth:`service.answer.ExtractiveAnswerer.ask`), the best items of its
search are scored by the two measures the support test combines: the share of the question's term weight the
item holds (in the question's words or another wording of them) and the cosine similarity of the question to
the item's best passage. An item is a *positive* where it is an expected citation of an answerable question, a
*negative* where it is among the best items of a question the papers cannot answer. The grid search finds the
line ``coverage + slope * similarity >= cut`` that decides most questions right: an answerable question's
expected item passes, an unanswerable question's best items all fail. The constants in ``service.papers`` come
from this run (the question sets and their figures are in the README).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from evals.questions import citation_matches, load_questions
from index.query import SearchFilters
from minutebook.model import Audience
from service.core import Minutebook

TOP = 3


def features(mb: Minutebook, questions: Path, skip: set[str]) -> list[dict[str, Any]]:
    """The support test's two measures for the best items of every question not in ``skip``, over ``mb``'s
    papers (opened by the composition root: ``minutebook calibrate``)."""
    rows: list[dict[str, Any]] = []
    answerer = mb.answerer
    papers = answerer.papers  # type: ignore[attr-defined]
    for q in load_questions(questions):
        if q.id in skip:
            continue
        asked = answerer.ask(q.question, SearchFilters(audience=Audience.public()))  # type: ignore[attr-defined]
        items = []
        for h in asked.hits[:TOP]:
            c = h.node.citation
            good = q.answerable and any(citation_matches(c.meeting_date.isoformat(), c.minute, c.item_title, e)
                                        for e in q.citations)
            cov, sim = papers.support_features(asked, h)
            items.append({"coverage": round(cov, 4), "similarity": round(sim, 4), "expected": good})
        rows.append({"id": q.id, "answerable": q.answerable, "items": items})
    return rows


def held_out(questions: Path, every: int) -> set[str]:
    """Every ``every``-th question of a set (none for 0): kept out of the fit, to check it on."""
    return {q.id for n, q in enumerate(load_questions(questions), 1) if every and n % every == 0}


def decided(rows: list[dict[str, Any]], slope: float, cut: float) -> tuple[int, int, int, int]:
    """(answerable right, answerable, unanswerable right, unanswerable) under the line."""
    ok_a = n_a = ok_u = n_u = 0
    for r in rows:
        passes = [i["coverage"] + slope * i["similarity"] >= cut for i in r["items"]]
        if r["answerable"]:
            if not any(i["expected"] for i in r["items"]):
                continue  # retrieval missed it: no support test can help
            n_a += 1
            ok_a += any(p and i["expected"] for p, i in zip(passes, r["items"], strict=True))
        else:
            n_u += 1
            ok_u += not any(passes)
    return ok_a, n_a, ok_u, n_u


def search(rows: list[dict[str, Any]]) -> dict[str, float | str]:
    best: tuple[float, float, float] = (-1.0, 0.0, 0.0)
    for slope10 in range(0, 31):
        slope = slope10 / 10
        for cut100 in range(30, 161):
            cut = cut100 / 100
            ok_a, n_a, ok_u, n_u = decided(rows, slope, cut)
            score = (ok_a / max(n_a, 1) + ok_u / max(n_u, 1)) / 2  # balanced: both errors count alike
            if score > best[0] + 1e-9:
                best = (score, slope, cut)
    ok_a, n_a, ok_u, n_u = decided(rows, best[1], best[2])
    return {"balanced_accuracy": round(best[0], 4), "slope": best[1], "cut": best[2],
            "answerable_passed": f"{ok_a}/{n_a}", "unanswerable_refused": f"{ok_u}/{n_u}"}
