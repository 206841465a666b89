"""A figure asked of a thing by a word that tells it from its kin, and quotes that give a kin's figure instead.

"Hackney carriage vehicle licence fee for 38/39?" against "The hackney carriage driver licence (three years) would
rise from £268 to £281, the private hire vehicle licence from £214 to £225": every word of the question is there,
but the figures are the driver's licence and another trade's vehicle licence. Where the question asks a figure of a
thing named by a run of words standing together ("hackney carriage vehicle licence"), a sentence giving a figure
names it by the same run with one word inside it (not its first, not its head) another ("driver"), the word asked
is printed before the same word of a kin ("the private hire vehicle licence": the papers tell the things apart), and
no sentence giving a figure prints the run as asked, the figure is another thing's.
"""

from __future__ import annotations

import re

from service.evidence import has_money, has_quantity, stems
from service.figures_asked import RECORD_ROUTES, asks_figure, quoted_pieces
from service.papers import Asked
from service.schemas import Answer

RUN = (3, 4)  # the lengths of run read: a word either side of the one that tells the thing apart at least
# words standing together: no punctuation, number or stopword between them
_TOKEN = re.compile(r"[A-Za-z][\w'’-]*|[^\sA-Za-z]+")


def _phrases(text: str) -> list[tuple[str, ...]]:
    """The runs of content words standing together in ``text``, as stems."""
    out: list[tuple[str, ...]] = []
    run: list[str] = []
    for token in _TOKEN.findall(text):
        stem = stems(token) if token[0].isalpha() else []
        if len(stem) == 1:
            run.append(stem[0])
            continue
        if run:
            out.append(tuple(run))
        run = []
    if run:
        out.append(tuple(run))
    return out


def _runs(phrases: list[tuple[str, ...]], n: int) -> set[tuple[str, ...]]:
    return {p[i:i + n] for p in phrases for i in range(len(p) - n + 1)}


def modifier_unmet(asked: Asked, answer: Answer, route: str) -> str | None:
    """Why the quoted figures are of a kin of the thing asked (its run of words with another word inside); None where
    one prints the run asked, or none prints a kin's, or no figure is asked."""
    question = asked.plan.corrected
    if route in RECORD_ROUTES or not answer.citations or not asks_figure(question):
        return None
    asked_phrases = _phrases(question)
    typed = {t for p in asked_phrases for t in p}
    figures = [_phrases(s) for _, _, s in quoted_pieces(answer) if has_money(s) or has_quantity(s)]
    pairs = _runs([p for f in figures for p in f], 2)
    for n in RUN:
        printed = [_runs(f, n) for f in figures]
        for run in _runs(asked_phrases, n):
            if any(run in p for p in printed):
                continue
            for other in (o for p in printed for o in p):
                differ = [i for i in range(n) if other[i] != run[i]]
                if len(differ) != 1 or not 0 < differ[0] < n - 1:
                    continue
                at = differ[0]
                # the word that tells the thing apart is one the figures print before the same word, of a kin of
                # the thing ("the private hire vehicle licence"): the papers tell the two apart, and give the other
                # (not another wording of the same word: "house fires", "dwelling fires"; "market sq", "Market Square")
                if other[at] not in typed and (run[at], run[at + 1]) in pairs \
                        and not asked.has(run[at], {other[at]}):
                    return "The papers give that figure for another kind of the thing, not the one asked."
    return None
