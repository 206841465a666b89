"""Question sets in the evaluation format (see ../shared/evals/README.md), and how citations match."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from minutebook.errors import InvalidQueryError


@dataclass
class ExpectedCitation:
    meeting_date: str
    minute: str | None
    item_title: str
    resolution: str | None = None


@dataclass
class Question:
    id: str
    question: str
    kind: str
    citations: list[ExpectedCitation] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)
    status: str | None = None
    raw: dict[str, Any] = field(default_factory=dict)

    @property
    def answerable(self) -> bool:
        return self.kind != "unanswerable"


def load_questions(path: Path) -> list[Question]:
    """Read a JSONL question set; a malformed line is an error naming the line."""
    out: list[Question] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            exp = d.get("expected") or {}
            out.append(
                Question(
                    id=str(d["id"]),
                    question=str(d["question"]),
                    kind=str(d.get("kind", "fact")),
                    citations=[
                        ExpectedCitation(
                            str(c["meeting_date"]), c.get("minute"), str(c.get("item_title") or ""), c.get("resolution")
                        )
                        for c in exp.get("citations", [])
                    ],
                    facts=[str(f) for f in exp.get("facts", [])],
                    status=exp.get("status"),
                    raw=d,
                )
            )
        except (ValueError, KeyError, TypeError) as err:
            raise InvalidQueryError(f"{path}:{n}: not a question in the evaluation format ({err})") from err
    return out


_WORD = re.compile(r"[a-z0-9]+")


def title_words(title: str) -> set[str]:
    return set(_WORD.findall(title.lower()))


_MINUTE_WORD = re.compile(r"^(?:minute|min)\.?\s+", re.I)


def minute_number(minute: str) -> str:
    """A minute's number, without the word a heading prints before it: "Minute 309" and "309" are one number."""
    return _MINUTE_WORD.sub("", minute.strip())


def citation_matches(meeting_date: str, minute: str | None, item_title: str, expected: ExpectedCitation) -> bool:
    """The README's rule: same meeting date and minute; where either minute is null, half the title words."""
    if meeting_date != expected.meeting_date:
        return False
    if minute and expected.minute:
        return minute_number(str(minute)) == minute_number(str(expected.minute))
    want = title_words(expected.item_title)
    return bool(want) and len(want & title_words(item_title)) >= len(want) / 2


def normalise(text: str) -> str:
    """Fact comparison: ordinals dropped, thousands separators dropped, dashes/quotes unified, spaces collapsed."""
    t = unicodedata.normalize("NFKC", text).lower()
    t = re.sub(r"[‐-―−]", "-", t)
    t = re.sub(r"[‘’‛′`]", "'", t)
    t = re.sub(r"[“”„″]", '"', t)
    t = re.sub(r"\b(\d+)(?:st|nd|rd|th)\b", r"\1", t)
    t = re.sub(r"(?<=\d),(?=\d{3}\b)", "", t)
    return re.sub(r"\s+", " ", t).strip()


def fact_found(fact: str, answer: str) -> bool:
    return normalise(fact) in normalise(answer)
