"""A question set typed again as people type in chat, to measure how answers hold up on the same questions asked
with a slip of the keys, in shorthand, without capitals and punctuation, or between a greeting and thanks
(``minutebook eval --retyped``).

Each way keeps what a question asks, so its expected citations and facts stand: a typed slip changes one word of six
letters or more by a letter (doubled, dropped or swapped with the next), as fast typing does; shorthand writes the
words members abbreviate in chat ("cttee", "mtg", "cllr", "&", "mins"); bare is lower case without punctuation;
chatty opens the message with a greeting and closes it with thanks ("hi, ... thx", "morning all, ... cheers"). A
question the way leaves unchanged is left out of that copy. Slips are drawn from a fixed seed: the copies are the same
each run, so two runs of the answerer can be compared question by question.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path

# words written short in chat and in councils' own notes ("cttee" and "mtg" in agendas' running heads, "cllr" as
# minutes print it, "&" for "and" in committee names such as "Policy & Resources")
SHORTHAND = ((r"\bcommittee\b", "cttee"), (r"\bmeeting\b", "mtg"), (r"\bcouncillors?\b", "cllr"), (r"\band\b", "&"),
             (r"\bgovernment\b", "govt"), (r"\binformation\b", "info"), (r"\bapplications?\b", "app"),
             (r"\bminutes\b", "mins"), (r"\bbetween\b", "btwn"))
# how chat messages open and close around a question (Slack and email usage)
GREETINGS = ("hi, ", "hi quick one - ", "hey there ", "morning all, ", "hello - ", "sorry to bother you but ")
THANKS = (" thx", " thanks!", " cheers", " pls", " ta", " many thanks")
SLIP_MIN = 6  # the shortest word given a slip: a slip in a shorter word often makes another word
SEED = 7


def _slip(question: str, rng: random.Random) -> str:
    found = list(re.finditer(rf"[a-z]{{{SLIP_MIN},}}", question))
    if not found:
        return question
    m = rng.choice(found)
    word, i = m.group(0), rng.randrange(1, len(m.group(0)) - 2)
    way = rng.choice(("doubled", "dropped", "swapped"))
    slipped = {"doubled": word[:i] + word[i] + word[i:], "dropped": word[:i] + word[i + 1:],
               "swapped": word[:i] + word[i + 1] + word[i] + word[i + 2:]}[way]
    return question[:m.start()] + slipped + question[m.end():]


def _shorthand(question: str) -> str:
    for pattern, short in SHORTHAND:
        question = re.sub(pattern, short, question, flags=re.I)
    return question


def _bare(question: str) -> str:
    return re.sub(r"[?!.,;:]+", "", question.lower()).strip()


def _chatty(question: str, rng: random.Random) -> str:
    return rng.choice(GREETINGS) + question + rng.choice(THANKS)


WAYS: dict[str, Callable[[str, random.Random], str]] = {
    "slips": _slip,
    "shorthand": lambda q, _: _shorthand(q),
    "bare": lambda q, _: _bare(q),
    "chatty": _chatty,
}


def retyped(questions: Path, way: str, folder: Path) -> Path:
    """A copy of the question set ``questions`` typed ``way`` (one of :data:`WAYS`), written to ``folder``: each
    question the way changes, its id marked with the way ("chat-001~slips"), all else as it was."""
    if way not in WAYS:
        raise ValueError(f"no way of retyping called {way!r}: one of {', '.join(WAYS)}")
    rng = random.Random(SEED)
    out = folder / f"{questions.stem}~{way}.jsonl"
    lines = []
    for line in questions.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        typed = WAYS[way](record["question"], rng)
        if typed != record["question"]:
            lines.append(json.dumps({**record, "id": f"{record['id']}~{way}", "question": typed}, ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return out
