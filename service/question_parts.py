"""A question in parts, and an answer made of its parts' answers.

"Who chaired the meeting, and who sent apologies?" asks two questions; "who's chair and vice at Welton" asks of two
offices, each minuted as an election of its own. The answerer (service.answer) answers the whole question, then
each part its answer does not already speak to, and adds each part's answer to the first, cited on.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from minutebook.dates import find_dates
from minutebook.model import Citation
from minutebook.vocabulary import JOTTED_PART
from service.evidence import stems
from service.schemas import Answer

SPOKEN_TO = 0.6  # share of a part's content words an answer's quotes and titles must hold to speak to it


def speaks_to(part: str, answer: Answer, where: Collection[str] = ()) -> bool:
    """Do the answer's quotes, read with their items' titles and committees, hold most of the content words of
    ``part``? A part of no content words ("When and where ...": "When") asks nothing of its own. ``where``: the
    question's words naming the body or place asked of ("marlow vale"), which say where, not what: a committee
    printed without its council's name ("Finance Committee") is spoken of all the same."""
    asked = set(stems(part))
    said = set(stems(" ".join([*(f"{c.committee} {c.item_title} {c.quote}" for c in answer.citations), *where])))
    return len(asked & said) >= SPOKEN_TO * len(asked)


# where a question's second question starts: ", and did anyone ...", "; who ...", "? And what ...", and as chat joins
# them: "next planning date + is there a site visit first", "... & who seconded"
PART = re.compile(r",?\s+(?:and|&|\+|plus)\s+"
                  r"(?=(?:did|was|were|is|are|has|have|had|how|what|who|which|when|where|why|whether)\b)"
                  r"|[?;]\s+(?:and\s+)?(?=\w)", re.I)
# a later part that asks only whether the first part's subject has been seen to ("; has it been repaired yet?",
# "? is it open yet", "and was that done?")
STATUS_OF_IT = re.compile(r"^\W*(?:and\s+)?(?:has|have|is|are|was|were|did|does|do|had)\s+(?:it|that|this|they|those|"
                          r"these)\b", re.I)
# a later part whose subject is the first part's, by a pronoun: "and when does it start?", "how much will they cost?"
# (not "when did the meeting start": a subject of its own)
# ("and who do they go to?" asks for someone new, whom the first part's words do not name: a part of its own)
REFERS_BACK = re.compile(r"^\W*(?:and\s+)?(?:when|where|how\s+(?:much|many|long))\s+"
                         r"(?:(?:does|do|did|will|would|is|are|was|were|has|have|can|could|should)\s+)?"
                         r"(?:it|they|that|this|those|these)\b", re.I)
PART_WORDS = 3  # a part shorter than this ("and why?") is read with the whole question, not alone
JOTTED = re.compile(JOTTED_PART.form, re.I)  # unless it is a noun phrase asked alone ("translator's name?")


def question_parts(question: str) -> list[str]:
    """The questions a question asks, in order ("who sent apologies, and did anyone turn up late?")."""
    parts = [p.strip(" ,;") for p in PART.split(question)]
    parts = [p for p in parts if p]
    return parts if len(parts) > 1 and all(len(p.split()) >= PART_WORDS or JOTTED.match(p) for p in parts[1:]) \
        else [question]


# an office and its deputy asked together: "who's chair and vice", "chairman and vice-chairman", "the chair & deputy"
OFFICE_AND_DEPUTY = re.compile(r"\b(chair(?:man|woman|person)?)\s+(?:and|&)\s+(?:the\s+)?(?:(?:his|her|their)\s+)?"
                               r"((?:vice|deputy)(?:[\s-]+chair(?:man|woman|person)?)?)(?![\w-])", re.I)


def office_parts(question: str) -> list[str]:
    """The question asked of each office, where it asks of an office and its deputy together ("who's chair and vice
    at Welton": "who's chair at Welton", "who's vice chair at Welton"); each is minuted as an election of its own, and
    the deputy's minute names both offices ("Vice Chairman"). Empty where it asks no such pair."""
    m = OFFICE_AND_DEPUTY.search(question)
    if m is None:
        return []
    deputy = m.group(2) if re.search(r"chair", m.group(2), re.I) else f"{m.group(2)} {m.group(1)}"
    return [question[:m.start()] + text + question[m.end():] for text in (m.group(1), deputy)]


# a meeting's particulars listed by their nouns, of two kinds of record: where it was held, and when it began ("start
# time and venue please", "time & place?"): each is asked of the meeting alone (not the next meeting's "date and venue",
# which its announcement gives together)
_WHEN = r"(?:(?:start(?:ing)?|kick[\s-]?off)\s+)?time"
_WHERE = r"venue|location|place|address"
PARTICULARS_LISTED = re.compile(rf"\b(?:(?P<when>{_WHEN})\s*(?:,|and|&|\+)\s*(?:the\s+)?(?P<where>{_WHERE})|"
                                rf"(?P<where2>{_WHERE})\s*(?:,|and|&|\+)\s*(?:the\s+)?(?P<when2>{_WHEN}))\b", re.I)
ANOTHER_MEETING = re.compile(r"\b(?:next|following|after|upcoming)\b", re.I)


def particular_parts(question: str) -> list[str]:
    """The question asked of each particular, where it lists a meeting's time and place by their nouns ("salford
    priors annual meeting 2019 - start time and venue please": "... - start time please", "... - venue please"); each
    is a record of its own (the meeting's opening, its venue). Empty where it lists none so."""
    m = PARTICULARS_LISTED.search(question)
    if m is None or ANOTHER_MEETING.search(question):
        return []
    named = [m.group("when") or m.group("where2"), m.group("where") or m.group("when2")]
    return [question[:m.start()] + text + question[m.end():] for text in named]


MARK = re.compile(r"\s*\[\d+\]")  # an answer line's citation marker


def with_part(answer: Answer, more: Answer) -> Answer:
    """``answer`` with what ``more`` (the answer to a later part of the question) adds: its lines whose citations
    are not already in ``answer``, cited on, numbered after ``answer``'s."""
    if not more.found:
        return answer
    citations = list(answer.citations)

    def key(c: Citation) -> tuple[object, ...]:
        return (c.meeting_date, c.minute, c.resolution, c.item_title, " ".join(c.quote.split()))

    known = {key(c): c.n for c in citations}
    # the same words of the same meeting from another place (its paper in the store twice); another meeting's same
    # words ("There were no declarations of personal interest.") are its own answer
    quoted = {(c.meeting_date, " ".join(c.quote.split())): c.n for c in citations if c.quote}
    renumber: dict[int, int] = {}
    fresh: set[int] = set()
    for c in more.citations:
        said = (c.meeting_date, " ".join(c.quote.split()))
        if key(c) in known or said in quoted:
            renumber[c.n] = known.get(key(c)) or quoted[said]
            continue
        n = len(citations) + 1
        citations.append(c.model_copy(update={"n": n}))
        known[key(c)] = renumber[c.n] = n
        fresh.add(n)
    lines: list[str] = []
    told = " ".join(answer.answer.split())
    block: list[str] = []  # a quote of several lines (a lead-in with its table or list) is marked on its last line
    for line in more.answer.splitlines():
        block.append(line)
        marks = [renumber.get(int(m), 0) for m in re.findall(r"\[(\d+)\]", line)]
        if not marks:
            continue
        # (not words the answer already gives: the part's answer quoting again a lead-in and its list)
        repeated = all(" ".join(MARK.sub("", b).split()) in told for b in block)
        if any(m in fresh for m in marks) and not repeated:
            lines += [re.sub(r"\[(\d+)\]", lambda m: f"[{renumber.get(int(m.group(1)), 0)}]", b) for b in block]
        block = []
    if not lines:
        return answer
    used = {int(m) for line in lines for m in re.findall(r"\[(\d+)\]", line)}
    citations = [c for c in citations if c.n <= len(answer.citations) or c.n in used]
    if [c.n for c in citations] != list(range(1, len(citations) + 1)):  # a fresh citation no line kept: renumber
        order = {c.n: i for i, c in enumerate(citations, 1)}
        lines = [re.sub(r"\[(\d+)\]", lambda m: f"[{order[int(m.group(1))]}]", line) for line in lines]
        citations = [c.model_copy(update={"n": order[c.n]}) for c in citations]
    return answer.model_copy(update={"answer": "\n".join([answer.answer, *lines]), "citations": citations})


def parts_linked(answers: list[Answer]) -> bool:
    """Do the answers to a question's parts speak of one matter: sharing a meeting, or a later part's answer quoting a
    later meeting's minute that names the day of a meeting an earlier part's answer cites ("The minutes of the meeting
    held on 29 January 2036 were agreed, subject to correcting the reserves figure in minute 4 from £18.2 million to
    £16.8 million": a figure quoted at one meeting and put right at the next, asked "what was quoted in jan and what
    did they fix it to")?"""
    cited = [{(c.document, c.meeting_date) for c in a.citations} for a in answers]
    if set.intersection(*cited):
        return True
    days = {c.meeting_date for c in answers[0].citations}
    return all(any(c.meeting_date > min(days) and any(f.date in days for f in find_dates(c.quote, c.meeting_date))
                   for c in a.citations) for a in answers[1:])
