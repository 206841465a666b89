"""Which of an item's decisions answers, where one minute takes several matters in turn, each with its own decision.

Parish and community councils minute their planning business as one item listing the applications one after
another, each with the council's view ("38/0214 – Tyddyn Gwyn – Erection of an agricultural building. The Council
resolved to support the application." / "38/0229 – Land adjacent to Maes yr Ysgol – Outline application for 12
dwellings. The Council resolved to object ..."); correspondence and grant items are minuted the same way. A question
about one of the matters ("llanhywel view on the 12 houses by maes yr ysgol?") is answered by that matter's decision,
not by every decision of the item. The matter of a decision is the text from the decision before it up to its end;
where one matter holds the question and the others (next to) none of it, that matter's decisions are kept; a question
on two of them ("the October minutes and the action log", an item approving one and noting the other) gets both.
A resolution in parts ("RESOLVED that (1) ... (2) ...") is one decision and is kept whole.
"""

from __future__ import annotations

from minutebook.model import MinuteItem, Resolution
from service.papers import Asked, Papers

MATTERS_LEAST = 2  # an item deciding fewer matters than this has one decision to give
OTHERS_MOST = 0.1  # the most of the question another matter may hold for one matter to be the one asked about
LEAD = 0.25  # and how much more of it the matter asked about holds than any other


def matters(item: MinuteItem) -> list[tuple[str, Resolution]] | None:
    """Each of the item's resolutions with the text of its matter (from the end of the resolution before it to its
    own end), where the item decides several matters, each an unnumbered decision printed in the item's text."""
    if len(item.resolutions) < MATTERS_LEAST or any(r.number for r in item.resolutions):
        return None
    text = " ".join(item.text.split())
    out: list[tuple[str, Resolution]] = []
    at = 0
    for r in item.resolutions:
        flat = " ".join(r.text.split())
        end = text.find(flat, at) if flat else -1
        if end < 0:
            return None  # a decision not printed in the item's text in order: no matters to tell apart
        out.append((text[at:end + len(flat)], r))
        at = end + len(flat)
    # (what follows the last decision, its vote: "Proposed by Cllr Davies, seconded by Cllr Lloyd; 5 in favour")
    out[-1] = (out[-1][0] + text[at:], out[-1][1])
    return out


def matter_asked(papers: Papers, asked: Asked, item: MinuteItem) -> list[tuple[str, Resolution]] | None:
    """The matter (its text and decision) the question is about, where the item decides several matters and one
    holds the question, the others (next to) none of it; ``None`` where the item's decisions are one answer."""
    split = matters(item)
    if split is None or asked.plan.minutes_of or asked.plan.minutes_months:
        # ("the October 2024 minutes and the action log": minutes named by their date are a matter asked about,
        # which the question's terms do not carry)
        return None
    covers = [papers.cover(asked, text) for text, _ in split]
    best = max(covers)
    if best <= OTHERS_MOST or sorted(covers)[-2] > OTHERS_MOST or sorted(covers)[-2] + LEAD > best:
        return None  # (a question on two of them: "the October minutes and the action log")
    return [m for m, c in zip(split, covers, strict=True) if c == best]


def decisions_asked(papers: Papers, asked: Asked, item: MinuteItem) -> list[Resolution]:
    """The item's resolutions that answer: those of the matter the question is about (:func:`matter_asked`), else
    all of them."""
    asked_of = matter_asked(papers, asked, item)
    return list(item.resolutions) if asked_of is None else [r for _, r in asked_of]


def of_matter(asked_of: list[tuple[str, Resolution]] | None, sentence: str) -> bool:
    """Is ``sentence`` of the item's text printed in the matter asked about, ``asked_of`` (:func:`matter_asked`; any
    sentence, where it is None)? A vote recorded on another application is not the one asked about's."""
    flat = " ".join(sentence.split())
    return asked_of is None or any(flat in text for text, _ in asked_of)
