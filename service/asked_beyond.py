"""What a question sets aside as known, and asks beyond ("besides the parish council thing, what else did Cllr
Helme say about her links to chapel lane", "apart from shrewsbury to aberystwyth, which other stretch of line",
"was anyone else nominated for chair").

The sentence restating what the asker already knows shares the most words with the question, and would answer it
first. A sentence naming what is set aside (minutebook.vocabulary.SET_ASIDE) answers only where it goes on from it
to another thing of its kind ("... from Shrewsbury to Aberystwyth and also from
Machynlleth to Pwllheli"); a question asking beyond it (BEYOND_ASKED, or anything set aside) asks for several
sentences, the rest of what the item says on the subject.
"""

from __future__ import annotations

import re

from minutebook.vocabulary import BEYOND_ASKED, SET_ASIDE
from service.evidence import stems

SET_ASIDE_SAID = re.compile(SET_ASIDE.form, re.I)
_BEYOND = re.compile(BEYOND_ASKED.form, re.I)
# the words of a clause setting something aside that name nothing of it: "the parish council thing", "that bit"
_VAGUE = {"thing", "things", "stuff", "bit", "bits", "one", "ones", "business", "issue", "point", "part", "matter"}
_LEADS = re.compile(r"^\W*(?:apart|aside)\s+from|^\W*other\s+than|^\W*except(?:\s+for)?|^\W*besides|^\W*excluding|"
                    r"^\W*not\s+counting", re.I)


def set_aside(question: str) -> set[str]:
    """The stems of what the question sets aside as known (empty where it sets nothing aside)."""
    out: set[str] = set()
    for m in SET_ASIDE_SAID.finditer(question):
        clause = _LEADS.sub(" ", m.group(0))
        out.update(s for w in re.findall(r"[\w'’-]+", clause) if w.lower() not in _VAGUE for s in stems(w))
    return out


def asks_beyond(question: str) -> bool:
    """Does the question ask for more than what it names, or than a first answer gives ("what else", "anyone else",
    "which other", "besides X")?"""
    return bool(_BEYOND.search(question)) or bool(set_aside(question))


# a sentence going on from one thing to another of its kind: "... from Shrewsbury to Aberystwyth and also from
# Machynlleth to Pwllheli", "... the Kelbrook to Marrowby line, and would also ask the councils on the Tidewater
# branch" (a few words of the thing's own after its name)
_GOES_ON = re.compile(r"^(?:\s+[\w'’-]+){0,3}?[\s,]*(?:and|as\s+well\s+as|also|plus|together\s+with|along\s+with)\b",
                      re.I)
_WORD = re.compile(r"[\w'’-]+")


def _names_known(sentence: str, known: set[str]) -> int | None:
    """Where ``sentence`` stops naming what is set aside (``known``, stems: at least half of them); None where it
    does not name it."""
    if not known:
        return None
    at = [m for m in _WORD.finditer(sentence) if set(stems(m.group(0))) & known]
    if len({s for m in at for s in stems(m.group(0))} & known) * 2 < len(known):
        return None
    return at[-1].end()


def says_only_known(sentence: str, known: set[str]) -> bool:
    """Does ``sentence`` name what is set aside without going on from it to another thing? Such a sentence restates
    what the asker knows."""
    end = _names_known(sentence, known)
    return end is not None and not _GOES_ON.match(sentence[end:])


def goes_on_from_known(sentence: str, known: set[str]) -> bool:
    """Does ``sentence`` name what is set aside and go on from it to another thing of its kind ("... the route from
    Shrewsbury to Aberystwyth and also from Machynlleth to Pwllheli")? That other thing is what is asked."""
    end = _names_known(sentence, known)
    return end is not None and bool(_GOES_ON.match(sentence[end:]))
