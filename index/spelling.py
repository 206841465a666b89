"""Spelling as the papers spell it: a question's misspelt words put right against the store's own words.

People type "fostring recrutment", "persistant absense" and "apolgies"; BM25 and the support test need the
papers' words. A word of the question that no paper uses, and is not a common word of questions, is replaced
by the most frequent word of the papers within a small edit distance (one edit for short words, two for
long ones; a swap of two letters is one edit). Words the papers use are never changed, nor are numbers.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Callable, Iterable

import Stemmer  # PyStemmer, as bm25s and the support test stem
from rapidfuzz import process
from rapidfuzz.distance import OSA

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*[A-Za-z]|[A-Za-z]")
_POSSESSIVE = re.compile(r"['’]s$")
MIN_LENGTH = 5  # shorter words are too often right and unknown ("kam", "haf", "came", "info")
PROPER = 0.9  # a word the papers capitalise this often, mid-sentence, is a name (a place, a person)
# Contractions typed without the apostrophe, and question words a paper may never print.
_QUESTION_WORDS = {
    "couldnt": "couldn't", "didnt": "didn't", "hadnt": "hadn't", "hasnt": "hasn't", "havent": "haven't",
    "isnt": "isn't", "wasnt": "wasn't", "werent": "weren't", "dont": "don't", "doesnt": "doesn't",
    "wont": "won't", "cant": "can't", "shouldnt": "shouldn't", "whats": "what's", "whos": "who's",
    "hows": "how's", "wheres": "where's", "whens": "when's", "wat": "what", "wot": "what",
}
# Words of any question, which a store's papers may happen never to print: never "corrected" to a paper's word
# ("where" is not a misspelt "were" because one parish's minutes never say "where"; "spring" is no "strings": the
# seasons name a time as the months do).
_FUNCTION_TEXT = (
    """about above after again against along among around because before being below beside between beyond
    doing during either every further having often other others rather really since still their theirs there
    these those though through under until where wherever whether which while whose would could should might
    shall whats where's there's anyone anything anybody someone something everyone everything nothing
    happen happened happening going think tell please thanks maybe quite
    spring summer autumn winter"""
)
_FUNCTION_WORDS = frozenset(_FUNCTION_TEXT.split())


def edits_allowed(word: str) -> int:
    """How many edits a slip of ``word`` may hold: one for a short word, two for a long one."""
    return 1 if len(word) <= 8 else 2


class Speller:
    """Corrects words against the vocabulary of the papers (word as written -> count).

    A word whose stem the papers use is left alone: stemmed matching finds it ("persistant" and "persistent"
    are both "persist"). Otherwise the closest word or stem of the papers is taken, the most frequent first.
    """

    def __init__(self, words: Iterable[str], also: Iterable[str] = (), names: Iterable[str] = ()) -> None:
        """``words``: the papers' words as printed; ``also``: words known as well (the lexicon's, questions'), which
        say nothing of how the papers capitalise a word; ``names``: words printed as names where ``words`` do not
        print them (a council's name in the meetings' headers alone), each a name where ``words`` never print it."""
        written: Counter[str] = Counter(words)
        printed: Counter[str] = Counter()
        capital: Counter[str] = Counter()
        upper: Counter[str] = Counter()
        for w, n in written.items():
            low = w.lower()
            printed[low] += n
            if w[0].isupper() and not w.isupper():
                capital[low] += n
            elif len(w) > 1 and w.isupper():
                upper[low] += n
        for w in dict.fromkeys(n.lower() for n in names):
            if w not in printed:
                printed[w] = capital[w] = 1
        counts = printed.copy()
        counts.update(w.lower() for w in also)
        self.counts = counts
        self.stemmer = Stemmer.Stemmer("english")
        words_list = list(counts)
        stems = self.stemmer.stemWords(words_list)
        self._stems: dict[str, str] = {}  # stem -> its most frequent word
        for w, st in zip(words_list, stems, strict=True):
            if st not in self._stems or counts[w] > counts[self._stems[st]]:
                self._stems[st] = w
        self._choices = sorted({w for w in counts if len(w) >= MIN_LENGTH - 1} | set(self._stems))
        self.proper = {w for w, n in capital.items() if n >= PROPER * printed[w]}
        self.acronyms = {w for w, n in upper.items() if n >= PROPER * printed[w]}

    @classmethod
    def of_texts(cls, texts: Iterable[str], also: Iterable[str] = (), names: Iterable[str] = ()) -> Speller:
        """The speller of the papers' ``texts``, knowing the words of the texts ``also`` as well, and ``names`` as
        names where the texts do not print them."""
        return cls((_POSSESSIVE.sub("", w) for t in texts for w in _WORD.findall(t)),
                   (w for t in also for w in _WORD.findall(t)), names)

    def known(self, word: str) -> bool:
        low = word.lower()
        return low in self.counts or self.stemmer.stemWord(low) in self._stems

    def is_name(self, word: str) -> bool:
        """Do the papers write ``word`` as a name (capitalised nearly always)?"""
        return word.lower() in self.proper

    def is_acronym(self, word: str) -> bool:
        """Do the papers print ``word`` in capitals nearly always ("CCG", "NHS", "HMICFRS")?"""
        return word.lower() in self.acronyms

    def correct_word(self, word: str) -> str:
        """The papers' spelling of ``word`` (itself when known, too short, or nothing is close)."""
        low = word.lower().replace("’", "'")
        if low in _QUESTION_WORDS:
            return _QUESTION_WORDS[low]
        if low in _FUNCTION_WORDS:
            return word
        if len(low) < MIN_LENGTH or not low.isalpha() or not self._choices:
            return word
        if self.known(low):  # found by its stem; a letter typed twice or swapped is still put right for readers of
            # the words as such ("the meetting after": the meeting after), to the printed word of the same stem
            return word if low in self.counts else self._same_stem(word, low)
        limit = edits_allowed(low)
        found = process.extract(low, self._choices, scorer=OSA.distance, score_cutoff=limit, limit=8)
        if not found:
            # "grnats": a plural whose slip is one edit from the word's printed singular ("grant")
            if low.endswith("s") and len(low) > MIN_LENGTH and not low.endswith("ss"):
                single = self.correct_word(low[:-1])
                # (one slip, the first letter kept: "argents" is no plural slip of "urgent", nor "complaints" of
                # "compliance")
                if single.lower() != low[:-1] and single[:1].lower() == low[:1] \
                        and OSA.distance(low[:-1], single.lower()) == 1:
                    return single + "s"
            return word
        # of the words as near, one of the very letters typed (two of them swapped: "turend" is "turned", not
        # "trend"), then one the typed word sounds like ("presept": precept, not present), then the commonest
        sound, letters = _sound(low), sorted(low)
        best = str(min(found, key=lambda f: (f[1], sorted(str(f[0])) != letters, _sound(str(f[0])) != sound,
                                             -self.counts[self._stems.get(f[0], f[0])]))[0])
        return best if best in self.counts else self._stems[best]

    def _same_stem(self, word: str, low: str) -> str:
        stem = self.stemmer.stemWord(low)
        found = process.extract(low, self._choices, scorer=OSA.distance, score_cutoff=1, limit=8)
        same = [str(f[0]) for f in found if f[0] in self.counts and self.stemmer.stemWord(str(f[0])) == stem
                and _slip(low, str(f[0]))]
        return max(same, key=lambda w: self.counts[w]) if same else word

    def correct(self, text: str) -> str:
        """``text`` with each unknown word replaced by the papers' spelling of it."""
        return _WORD.sub(lambda m: self.correct_word(m.group(0)), text)

    def corrections(self, text: str) -> dict[str, str]:
        """Each word of ``text`` the papers would spell otherwise (lower case), with their spelling. A
        correction is a guess ("marsh" may be a place, not "march"): readers keep the word as typed too."""
        out = {}
        for m in _WORD.finditer(text):
            word = _POSSESSIVE.sub("", m.group(0))
            fixed = self.correct_word(word)
            if fixed.lower() != word.lower():
                out[word.lower()] = fixed
        return out


# spellings of one sound, as a word is misspelt by ear ("presept", "recomend", "fone", "sistem")
_SOUNDS = ((re.compile(r"c(?=[eiy])"), "s"), (re.compile(r"ph"), "f"), (re.compile(r"ck|q"), "k"),
           (re.compile(r"z"), "s"), (re.compile(r"y"), "i"), (re.compile(r"(.)\1"), r"\1"))


def _sound(word: str) -> str:
    """``word`` as it sounds, roughly: soft c as s, ph as f, ck as k, z as s, y as i, doubled letters single."""
    for pattern, sound in _SOUNDS:
        word = pattern.sub(sound, word)
    return word


def is_slip(typed: str, printed: str) -> bool:
    """Is ``typed`` a slip of the keys for the word ``printed``, as the answer's checks may read in its place ("beore",
    "helath", "Chaimran")? Not a word of its own the papers never print: a slip keeps the first letter ("gwent" is no
    slip for "went", nor "reinvestment" for "investment") and is no other form of the word."""
    typed, printed = typed.lower(), printed.lower()
    return typed[:1] == printed[:1] and printed.isalpha() and _slip(typed, printed)


CALENDAR_WORDS = frozenset(w.lower() for w in [*calendar.month_name[1:], *calendar.day_name])


def slip_put_right(typed: str, fixed: str, named: Callable[[str, str], bool]) -> bool:
    """Is the papers' ``fixed`` for the question's ``typed`` a slip put right ("dirrector", "coommittee"), not a guess
    that changes what is asked: a month or a day ("marsh" is no slip for March; dates are read as typed, with their own
    slips), or a name (``named(typed, fixed)``, lower case: "Tullyvaane", a place no paper prints)?"""
    return is_slip(typed, fixed) and fixed.lower() not in CALENDAR_WORDS and not named(typed.lower(), fixed.lower())


def _slip(typed: str, printed: str) -> bool:
    """Is ``typed`` a slip of the keys for ``printed`` (a letter doubled, dropped or swapped: "meetting"), not another
    form of the word ("meetings", "decides" for "decided"), which the papers' stems find as it is?"""
    if typed.startswith(printed) or printed.startswith(typed):
        return False
    return len(typed) != len(printed) or sorted(typed) == sorted(printed)
