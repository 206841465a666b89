"""What another body said or replied, asked where the papers only write to it, meet it or await its answer.

"What did the harbour trust say about the weight limit" meets "(c) that officers meet the Harbour Trust to discuss the
effect on harbour traffic"; "what did the county council say about the 20mph on Tanner's Row" meets "RESOLVED to write
to the County Council supporting a 20mph limit"; "did the commissioner respond to the panel's recommendations" meets
"That the Commissioner be asked to respond by 31 July 2023". The body is there, but only as the one written to, met
or asked: a reply that had not come when the minutes were written. A body's word is printed with it as the one who
speaks ("the County Council had replied that ...", "a letter from the Trust objecting ...", "the Commissioner's
response was noted", "the Trust had not responded"), read in the whole of each cited item, not only its quotes.
Nothing here names a body: the words are council usage (minutebook.vocabulary).
"""

from __future__ import annotations

import re

from index.bodies import GENERIC_BODY_WORDS
from minutebook.vocabulary import ADDRESSED_AFTER, ADDRESSED_BEFORE, REPLY_AWAITED, SPOKE_AFTER, SPOKE_BEFORE
from service.answer_types import ANSWERING_ROUTES, item_texts
from service.papers import Asked, Papers
from service.schemas import Answer

# a body's word asked for: "what did the county council say about", "what did the trust think of", "did the
# commissioner respond to", "has the highways authority replied", "what was the trust's response" (not "has the
# plan come back to the panel": a report coming back, not a reply)
WORD_ASKED = re.compile(
    r"\bwhat\s+(?:did|does|has|have|had)\s+(?P<a>(?:[\w'’&-]+\s+){1,6}?)(?:say|said|reply|replied|respond|responded|"
    r"think|make\s+of|come\s+back\s+with|tell|told|write|wrote|feel|comment|answer)\b"
    r"|\b(?:did|does|has|have|had)\s+(?P<b>(?:[\w'’&-]+\s+){1,6}?)(?:ever\s+|yet\s+|actually\s+)?(?:respond(?:ed)?|"
    r"repl(?:y|ied)|answer(?:ed)?|write\s+back|written\s+back|get\s+back|got\s+back)\b"
    r"|\bwhat\s+(?:was|is|were)\s+(?P<c>(?:[\w'’&-]+\s+){0,5}?[\w&-]+)['’]s?\s+(?:response|reply|answer|view|"
    r"position|comments?)\b"
    # "how did cabinet respond to the panel's recommendations", "how has the county reacted": its word, in its manner
    r"|\bhow\s+(?:did|does|has|have|had)\s+(?P<d>(?:[\w'’&-]+\s+){1,6}?)(?:respond(?:ed)?|react(?:ed)?|"
    r"repl(?:y|ied)|answer(?:ed)?)\b", re.I)
# a reply asked of one party to another: "did thornhallow dc ever get back to the town council about ...", "has the
# county replied to us" (not a report coming back to a meeting: "has the plan come back to the panel"; nor a reply to
# a paper, which its own body may make: "has the council responded to the consultation")
REPLIED_TO = re.compile(
    r"\b(?:did|does|has|have|had)\s+(?P<who>(?:[\w'’&-]+\s+){1,6}?)(?:ever\s+|yet\s+|actually\s+|now\s+|finally\s+)?"
    r"(?:(?:get|got|gotten|write|written|wrote)\s+back|respond(?:ed)?|repl(?:y|ied)|answer(?:ed)?)\s+to\s+"
    r"(?:us|me|him|her|them|(?:cllr|councillor|mr|mrs|ms|dr)\.?\s+[\w'’-]+|the\s+(?:[\w'’&-]+\s+){0,3}?(?:council|"
    r"committee|board|panel|authority|forum|clerk|chair(?:man|woman)?|convener|members?|residents?))\b", re.I)


def replier_named(question: str) -> str | None:
    """The words naming the party a reply is asked of, where the question asks whether it replied to another ("did
    thornhallow dc ever get back to the town council": "thornhallow dc"): the one spoken of, whose reply the other's
    papers record, not the meeting asked; None where the question asks no such reply."""
    m = REPLIED_TO.search(question)
    return m.group("who").strip() if m else None


# words before a body's name that are not of it: "the", "they", a person's title asked of instead
LEADING = re.compile(r"^(?:the|a|an|our|their|its)\s+", re.I)
PEOPLE = re.compile(r"^(?:they|he|she|it|we|you|i|cllrs?|councillors?|mr|mrs|ms|miss|dr|members?|residents?|chair|"
                    r"chairman|chairwoman|clerk|mayor|leader|officers?|people|anyone|everyone|someone)\b", re.I)
# (a few words between: "had not yet replied", "the Trust's formal response"; the body's other words before it: "from
# the Kirkmuir Harbour Trust", none of them a word that turns to another party: "by the Clerk to the County Council")
_SPOKE_AFTER = re.compile(rf"^(?:['’]s)?\s*(?:(?!be\b|to\b)[\w'’-]+\s+){{0,3}}?(?:{SPOKE_AFTER.form})\b", re.I)
OTHER_WORD = r"(?:(?!(?:to|with|from|by|and|or)\b)[\w'’&-]+\s+)"
_SPOKE_BEFORE = re.compile(rf"\b(?:{SPOKE_BEFORE.form})\s+{OTHER_WORD}{{0,4}}$", re.I)
_ADDRESSED_BEFORE = re.compile(rf"\b(?:{ADDRESSED_BEFORE.form})\s+{OTHER_WORD}{{0,4}}$", re.I)
_ADDRESSED_AFTER = re.compile(rf"^\s*(?:{ADDRESSED_AFTER.form})\b", re.I)
_AWAITED = re.compile(rf"\b(?:{REPLY_AWAITED.form})\b", re.I)
# where what is said of a body's letter ends: a blank line, or a few lines on (an action log's entry: the letter, its
# owner, then "The letter was sent on 13th February 2019. No reply has been received.")
ENTRY_END = re.compile(r"\n\s*\n")
ENTRY = 300  # characters
WINDOW = 60  # characters either side of a mention read for how the body stands in the sentence


def reply_unmet(papers: Papers, asked: Asked, answer: Answer, route: str) -> str | None:
    """A body's word asked for, and the cited items name that body only as the one written to, met or asked: no
    sentence of them gives its word."""
    if route not in ANSWERING_ROUTES or not answer.citations:
        return None
    named = body_named(asked.question)
    if named is None:
        return None
    if len(named) > 1 and named[0] in asked.plan.scope_words and named[0] not in GENERIC_BODY_WORDS:
        named = named[1:]  # "quillbrook cabinet": the council's name says whose cabinet, the papers say "Cabinet"
    if any(all(w in cite.committee.lower() for w in named) for cite in answer.citations):
        return None  # the body whose minutes they are ("what did the scrutiny panel say"): its word is its minutes'
    mention = re.compile(r"\b" + r"\s+".join(re.escape(w) for w in named) + r"s?\b", re.I)
    head = " ".join(named)
    addressed = False
    for text in read_on(papers, asked, answer):
        for found in mention.finditer(text):
            before, after = text[max(0, found.start() - WINDOW):found.start()], text[found.end():][:WINDOW]
            if _AWAITED.search(ENTRY_END.split(text[found.end():found.end() + ENTRY], 1)[0]):
                if whether_asked(asked.question):
                    return None  # "Letter to Highways England on A390 verges: a reply was still awaited": its reply
                    # said not to have come answers whether it came ("did they ever reply"), not what it said
                addressed = True
                continue
            if _ADDRESSED_AFTER.match(after):
                addressed = True  # "that the Commissioner be asked to respond"
            elif spoke(before, after):
                return None
            elif _ADDRESSED_BEFORE.search(before):
                addressed = True
    if not addressed:
        return None
    return f"The papers do not record what the {head.title()} said: they name it only as written to, met or asked."


def read_on(papers: Papers, asked: Asked, answer: Answer) -> list[str]:
    """The quotes and whole text of each cited item, and of each item the search found from a later meeting than the
    first cited (a later paper's matters arising or action log: "Letter to Minister of State re Housing Adaptation
    Grants ... No reply has been received"), where the body's word, or word that it has not come, is printed."""
    texts = [t for cite in answer.citations for t in [cite.quote or "", *item_texts(papers, asked, cite)]]
    first = min(c.meeting_date for c in answer.citations)
    seen = {(c.meeting_date, c.item_title) for c in answer.citations}
    for hit in asked.hits:
        cite = hit.node.citation
        if cite.meeting_date > first and (cite.meeting_date, cite.item_title) not in seen:
            seen.add((cite.meeting_date, cite.item_title))
            texts += item_texts(papers, asked, cite)
    return texts


def whether_asked(question: str) -> bool:
    """Does the question ask whether the body's word came ("did highways england ever reply"), not what it said?"""
    found = WORD_ASKED.search(question)
    return found is not None and found.group("b") is not None


def body_named(question: str) -> list[str] | None:
    """The word the papers name the body by, whose word the question asks for: its last ("the kirkmuir harbour trust":
    "trust"; "the westermoor commissioner": "commissioner"), with the one before where the last names any council or
    committee ("the county council": "county council", not the council whose minutes they are); None where it asks
    no body's word, or a person's ("what did Cllr Rowe say", "what did they say")."""
    found = WORD_ASKED.search(question)
    if found is None:
        return None
    body = LEADING.sub("", next(g for g in found.groups() if g is not None).strip())
    if not body or PEOPLE.match(body):
        return None
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w&-]*", body)]
    if not words or len(words[-1]) <= 2:
        return None
    if words[-1] in GENERIC_BODY_WORDS:
        return words[-2:] if len(words) > 1 and words[-2] not in ("the", "a", "an", "our", "their", "its") else None
    return words[-1:]


def spoke(before: str, after: str) -> bool:
    """Does the body named between ``before`` and ``after`` speak there: a verb of its word just after ("had replied
    that", "had not yet responded", "'s response"), or the word said to be from it ("a letter from")?"""
    return bool(_SPOKE_AFTER.match(after) or _SPOKE_BEFORE.search(before))
