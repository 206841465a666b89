"""Calibrating the support test on question sets (``minutebook calibrate QUESTIONS=STORE ...``).

The support test (:meth:`service.papers.Papers.supports`) passes a hit's item when ``coverage + slope *
similarity >= cut``, or ``>= unprinted_cut`` where the item lacks a word of the question that no paper prints:
coverage is the share of the question's term weight the item holds (in the question's words or another wording),
similarity the cosine of the question to the hit's passage.

The fit is end to end: for each question the answerer reads it once, measures every hit of its search, and for
each line of a grid works out which hits pass; each distinct set of passing hits is answered once (the answer
depends on the line only through it), and once more with the best scoring item let through as well, and scored: an
answerable question is right when it is answered citing an expected item, an unanswerable one when it is refused.
These rows are written once and fitted again from the file (``minutebook calibrate --from``). The line chosen decides
most questions right, balanced between the two kinds (the unprinted cut no lower than the cut: an unprinted word is
often the thing asked); among equals it keeps the slope and cut in use where they are among them, and otherwise sits
in the middle of the widest run of equal cuts. Then the floor and margin on which an item under the line passes
where it stands out of the hits (:meth:`service.papers.Papers.stands_out`), where a pair does better than the line
alone. Every ``every``-th question of each set, or whole sets, can be held out of the fit and scored after it. The
constants in ``service.papers`` come from this run (the sets and figures are in the README).
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

from evals.questions import citation_matches, load_questions
from index.query import SearchFilters
from minutebook.model import Audience
from service.core import Minutebook

SLOPES = [n / 10 for n in range(0, 21, 2)]
CUTS = [round(0.5 + n / 50, 2) for n in range(0, 46)]
LIFTS = [n / 20 for n in range(0, 7)]  # unprinted cut - cut
Line = tuple[float, float, float]
NO_STANDOUT: tuple[float, float] = (float("inf"), float("inf"))  # no item passes under the line on its margin
BEST = (0.0, 0.0)  # the best scoring item passes, whatever its margin
Standout = tuple[float, float]  # an item under the line passing on its margin: (floor, margin)
FLOORS = [round(0.4 + n / 50, 2) for n in range(0, 21)]
MARGINS = [round(n / 50, 2) for n in range(0, 21)]


def grid() -> list[Line]:
    return [(s, c, round(c + d, 2)) for s, c, d in itertools.product(SLOPES, CUTS, LIFTS)]


def _passing(measures: list[tuple[float, float, bool] | None], line: Line) -> str:
    slope, cut, unprinted_cut = line
    return "".join("1" if m is not None and m[0] + slope * m[1] >= (unprinted_cut if m[2] else cut) else "0"
                   for m in measures)


def features(mb: Minutebook, questions: Path, held: set[str]) -> list[dict[str, Any]]:
    """Each question of the set over ``mb``'s papers (opened by the composition root: ``minutebook calibrate``):
    its hits' measures (and each hit's item and meeting, numbered within the question), whether the question names
    its meeting, and whether it is decided right under each set of passing hits the grid's lines make, with and
    without the best hit's item (by the line's slope) let through as well, so that a rule passing it on its margin
    can be fitted from the rows alone; questions in ``held`` are marked held out."""
    rows: list[dict[str, Any]] = []
    answerer = mb.answerer
    papers = answerer.papers  # type: ignore[attr-defined]
    lines = grid()
    for q in load_questions(questions):
        asked = answerer.ask(q.question, SearchFilters(audience=Audience.public()))  # type: ignore[attr-defined]
        measures: list[tuple[float, float, bool] | None] = []
        for h in asked.hits:
            m = papers.support_measures(asked, h)
            measures.append(None if m is None else (round(m.coverage, 4), round(m.similarity, 4), m.unprinted))
        items = _numbered([h.node.item_key for h in asked.hits])
        meetings = _numbered([h.node.meeting_key for h in asked.hits])
        right: dict[str, bool] = {}
        before, standing = papers.line, papers.standout
        try:
            for line in lines:
                plain = _passing(measures, line)
                for key, standout in ((plain, NO_STANDOUT), (_with_best(plain, measures, items, line[0]), BEST)):
                    if key in right:
                        continue
                    papers.line, papers.standout = line, standout
                    answer = answerer.answer_asked(asked)  # type: ignore[attr-defined]
                    if q.answerable:
                        right[key] = answer.found and any(
                            citation_matches(c.meeting_date.isoformat(), c.minute, c.item_title, e)
                            for c in answer.citations for e in q.citations)
                    else:
                        right[key] = not answer.found
        finally:
            papers.line, papers.standout = before, standing
        rows.append({"id": q.id, "set": questions.name, "answerable": q.answerable, "held_out": q.id in held,
                     "measures": measures, "items": items, "meetings": meetings,
                     "names_meeting": asked.plan.names_meeting, "right": right})
    return rows


def _numbered(keys: list[str]) -> list[int]:
    """Each key's number in order of first appearance: the hits' items (or meetings), compared without the keys."""
    seen: dict[str, int] = {}
    return [seen.setdefault(k, len(seen)) for k in keys]


def best_item(measures: list[tuple[float, float, bool] | None], items: list[int], slope: float) -> int | None:
    """The item of the hit scoring highest (coverage + slope * similarity), None where no hit is measured."""
    scored = [(m[0] + slope * m[1], items[n]) for n, m in enumerate(measures) if m is not None]
    return max(scored)[1] if scored else None


def _with_best(key: str, measures: list[tuple[float, float, bool] | None], items: list[int], slope: float) -> str:
    best = best_item(measures, items, slope)
    return "".join("1" if c == "1" or (items[n] == best and measures[n] is not None) else "0"
                   for n, c in enumerate(key))


def held_out(questions: Path, every: int) -> set[str]:
    """Every ``every``-th question of a set (none for 0): kept out of the fit, to check it on."""
    return {q.id for n, q in enumerate(load_questions(questions), 1) if every and n % every == 0}


def stands_out(row: dict[str, Any], slope: float, standout: Standout) -> bool:
    """Does the row's best scoring item stand out under ``standout`` (floor, margin), as
    :meth:`service.papers.Papers.stands_out` weighs it: at least the floor, and above every other item by the
    margin?"""
    floor, margin = standout
    if floor == float("inf") or "items" not in row:
        return False
    scores: dict[int, float] = {}
    for n, m in enumerate(row["measures"]):
        if m is not None:
            item = row["items"][n]
            scores[item] = max(scores.get(item, 0.0), m[0] + slope * m[1])
    best = best_item(row["measures"], row["items"], slope)
    if best is None:
        return False
    top = scores[best]
    others = max((v for k, v in scores.items() if k != best), default=0.0)
    return top >= floor and top > others and top - others >= margin


def _key(row: dict[str, Any], line: Line, standout: Standout) -> str:
    plain = _passing(row["measures"], line)
    if not stands_out(row, line[0], standout):
        return plain
    key = _with_best(plain, row["measures"], row["items"], line[0])
    return key if key in row["right"] else plain


def decided(rows: list[dict[str, Any]], line: Line, standout: Standout = NO_STANDOUT) -> tuple[int, int, int, int]:
    """(answerable right, answerable, unanswerable right, unanswerable) under ``line`` (and an item passing under it
    on its margin, ``standout``); a question the line does not decide (right, or wrong, whatever passes) counts
    alike under every line."""
    ok_a = n_a = ok_u = n_u = 0
    for r in rows:
        ok = r["right"][_key(r, line, standout)]
        if r["answerable"]:
            n_a += 1
            ok_a += ok
        else:
            n_u += 1
            ok_u += ok
    return ok_a, n_a, ok_u, n_u


def _balanced(counts: tuple[int, int, int, int]) -> float:
    ok_a, n_a, ok_u, n_u = counts
    return (ok_a / max(n_a, 1) + ok_u / max(n_u, 1)) / 2


def search(rows: list[dict[str, Any]], current: Line | None = None,
           standout: Standout = NO_STANDOUT) -> dict[str, Any]:
    """The line that decides the training rows best, then the floor and margin on which an item under it passes
    (none where no pair does better), and their figures (and ``current``'s) on the training and held-out rows."""
    train = [r for r in rows if not r["held_out"]]
    test = [r for r in rows if r["held_out"]]
    scored = {line: _balanced(decided(train, line)) for line in grid()}
    top = max(scored.values())
    best = [line for line, s in scored.items() if s >= top - 1e-9]
    # among equals, the line in use where it is one of them (no change without evidence), else the middle
    kept = [line for line in best if current is not None and line[:2] == current[:2]]
    chosen = _middle(kept or best)
    # then an item passing under the line on its margin, on the line fitted or the one in use: the pair (and line)
    # deciding the training rows best, where it does better than the line alone; the widest margin among equals
    bar, chosen_standout = top, NO_STANDOUT
    for line in dict.fromkeys([chosen] + ([current] if current is not None else [])):
        for pair in standouts():
            got = _balanced(decided(train, line, pair))
            if got > bar + 1e-9 or (got >= bar - 1e-9 and chosen_standout != NO_STANDOUT and line == chosen
                                    and pair[1] > chosen_standout[1]):
                bar, chosen, chosen_standout = got, line, pair

    def figures(line: Line, pair: Standout) -> dict[str, Any]:
        out: dict[str, Any] = {"slope": line[0], "cut": line[1], "unprinted_cut": line[2],
                               "standout_floor": pair[0], "standout_margin": pair[1]}
        for name, part in (("fit", train), ("held_out", test)):
            ok_a, n_a, ok_u, n_u = counts = decided(part, line, pair)
            out[name] = {"answerable_right": f"{ok_a}/{n_a}", "unanswerable_refused": f"{ok_u}/{n_u}",
                         "balanced_accuracy": round(_balanced(counts), 4)}
        return out

    result = {"fitted": figures(chosen, chosen_standout), "lines_as_good": len(best)}
    if current is not None:
        result["current"] = figures(current, standout)
    return result


def standouts() -> list[Standout]:
    """The floors and margins tried for an item passing under the line on its margin."""
    return [(f, m) for f, m in itertools.product(FLOORS, MARGINS)]


def _middle(best: list[Line]) -> Line:
    """Among the best lines, the middle of the widest run of consecutive cuts (at one slope and lift): the line
    sits between the questions rather than on one."""
    step = CUTS[1] - CUTS[0]
    runs: list[tuple[int, Line]] = []
    by: dict[tuple[float, float], list[float]] = {}
    for slope, cut, unprinted_cut in best:
        by.setdefault((slope, round(unprinted_cut - cut, 2)), []).append(cut)
    for (slope, lift), cuts in by.items():
        cuts.sort()
        start = 0
        for n in range(1, len(cuts) + 1):
            if n == len(cuts) or cuts[n] - cuts[n - 1] > step + 1e-9:
                run = cuts[start:n]
                mid = run[len(run) // 2]
                runs.append((len(run), (slope, mid, round(mid + lift, 2))))
                start = n
    return max(runs, key=lambda r: (r[0], -r[1][0]))[1]
