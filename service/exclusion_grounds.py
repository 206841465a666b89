"""The grounds the press and public were excluded on, or a report kept private, where the question asks them ("on
what grounds were the press excluded", "under what law did they keep the report private", "why was it taken in
private"): the lines of the exclusion's item that name the statute, the paragraph of Schedule 12A, the public
interest test, or set out the paragraph's words (minutebook.vocabulary.EXCLUSION_GROUNDS). Clerks print them in the
motion as the agenda gives it ("The Mayor will move ... exempt information as defined in paragraph 3 of Part 1 of
Schedule 12A"; "Paragraph 3 – Information relating to the financial or business affairs ...") while the minute below
records only that the motion was carried; or in the item's own resolution ("RESOLVED pursuant to the Local Government
Act 1972 ... that the following items were not for publication"). Only the public item is read: never the private
business itself."""

from __future__ import annotations

import re

from index.query import in_periods, says
from minutebook.lexicon import EXCLUSION_SAID
from minutebook.model import Meeting, MinuteItem
from minutebook.vocabulary import EXCLUSION, EXCLUSION_GROUNDS, compiled
from service.drafting import label
from service.evidence import sentences
from service.papers import Asked, Papers
from service.question_parts import with_part
from service.schemas import Answer

GROUNDS = re.compile(EXCLUSION_GROUNDS.form, re.I | re.M)
_EXCLUDING = compiled(EXCLUSION)
# the grounds or the law asked for: "on what grounds", "on what basis", "the legal basis", "under what law", "which
# paragraph", "what exemption", "why"
GROUNDS_ASKED = re.compile(
    r"\bgrounds?\b|\b(?:what|which)\s+basis\b|\blegal\s+basis\b|\bjustif\w+|\bwhy\b|"
    r"\b(?:under|by)\s+(?:what|which)\s+(?:law|act|powers?|legislation|provisions?|paragraph|section|statute|rules?)\b|"
    r"\b(?:what|which)\s+(?:law|legislation|paragraph|section|statute|exemption)\b|"
    # "what reason was minuted", "the reasons given" (the grounds, in everyday words)
    r"\breasons?\b", re.I)
# asked of business taken in private: "excluded", "in private", "kept confidential", "exempt", "not published",
# "in camera", "behind closed doors", "part 2", "chucked the press out", "the public kept out"
PRIVACY_ASKED = re.compile(
    r"\b(?:privat\w*|confidential\w*|exempt\w*|exclu\w*|in\s+camera|closed\s+(?:session|doors)|part\s+(?:2|ii|two)|"
    r"publi(?:sh\w*|cation)|secret\w*|restricted)\b|\b(?:press|public)\b[^?]{0,25}?\bout\b|"
    r"\bout\s+the\s+(?:press|public)\b", re.I)
GROUND_LINES = 3  # the lines quoted at most: the motion's statute, the paragraph's words, the public interest test
HITS_READ = 5  # the best hits whose meetings are read for the exclusion, where no route answered


def asks_grounds(question: str) -> bool:
    """Whether ``question`` asks what business was taken in private on (see the module's doc)."""
    return bool(GROUNDS_ASKED.search(question) and (PRIVACY_ASKED.search(question) or any(
        says(f, question) for f in EXCLUSION_SAID.forms)))  # "press n public booted", "residents & reporters asked to
    # leave": the lexicon's everyday forms


def with_exclusion_grounds(papers: Papers, asked: Asked, answer: Answer) -> Answer:
    """``answer`` with the grounds of the exclusion it quotes, where the question asks them and no quote gives them;
    where no route answered, the grounds printed with the exclusion of the best hits' meeting (see the module's
    doc)."""
    if not asks_grounds(asked.question) or any(GROUNDS.search(c.quote) for c in answer.citations):
        return answer
    found = _grounds(papers, asked, answer)
    if found is None:
        return answer
    meeting, item, lines = found
    draft = papers.draft()
    for line in lines:
        draft.say(f"{label(item.cited, None, item.title, meeting.date)} ({item.title}): {line}",
                  papers.item_citation(meeting, item, line))
    done = draft.done()
    return with_part(answer, done) if answer.found else done


def _grounds(papers: Papers, asked: Asked, answer: Answer) -> tuple[Meeting, MinuteItem, list[str]] | None:
    """The meeting, exclusion item and its lines of grounds: of the exclusion the answer quotes, else (the answer
    refused) of the first of the best hits' meetings to print one."""
    quoted = {(c.meeting_date, c.item_title) for c in answer.citations if _EXCLUDING.search(c.quote)}
    if answer.found:
        hits = [h for h in asked.hits if (h.node.citation.meeting_date, h.node.citation.item_title) in quoted]
    else:  # the best hit's meeting alone, of the dates asked: another meeting's grounds are not this one's
        hits = [h for h in asked.hits[:HITS_READ]
                if not asked.periods or in_periods(h.node.meeting_date.isoformat(), asked.periods)][:1]
    seen: set[str] = set()
    for hit in hits:
        if hit.node.meeting_key in seen:
            continue
        seen.add(hit.node.meeting_key)
        meeting = papers.meeting_of(hit, asked.filters.audience)
        if meeting is None:
            continue
        for item in meeting.items:
            if answer.found and (meeting.date, item.title) not in quoted:
                continue
            if not (_EXCLUDING.search(item.title) or _EXCLUDING.search(item.text)):
                continue
            lines = ground_lines(meeting, item)
            if lines:
                return meeting, item, lines
    return None


def ground_lines(meeting: Meeting, item: MinuteItem) -> list[str]:
    """The lines of an exclusion's item, its minute or its agenda entry, that give its grounds, in the paper's
    order, each once."""
    agenda = [a.text for a in meeting.agenda if a.title == item.title or (
        item.number is not None and a.number == item.number)]
    lines = [s.strip() for text in (item.text, *agenda) for s in sentences(text) if GROUNDS.search(s)]
    return list(dict.fromkeys(lines))[:GROUND_LINES]
