"""An item's words as the support test reads them: its text, stems and vocabulary, its hyphenated words written as
one, the other wordings of a question's terms, and a lexicon form found with its words close together or a little
apart. Read once per item and remembered by :class:`service.papers.Papers`."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from index.nodes import IndexNode, NodeKind
from index.query import QueryPlan, says
from minutebook.lexicon import Synonyms
from minutebook.vocabulary import QUARTER_NAMES, QUARTER_PRINTED, QUARTER_TYPED
from service.evidence import content_words, stems, words

DEPUTY_OFFICE = re.compile(r"\b(?:vice|deputy)[\s-]+(?:chair\w*|leader|mayor|convenor|provost)\b", re.I)
SPREAD_FORM = 4  # a lexicon form of this many words or more is found with its words a little apart


@dataclass(frozen=True)
class Support:
    """The support test's measures of an item for a question (see :meth:`Papers.support_measures`)."""

    coverage: float
    similarity: float
    unprinted: bool  # the item lacks a word of the question that no paper prints

    def score(self, slope: float) -> float:
        """The line's measure of the item: its coverage, and its meaning weighed by ``slope``."""
        return self.coverage + slope * self.similarity

    def passes(self, slope: float, cut: float, unprinted_cut: float) -> bool:
        return self.score(slope) >= (unprinted_cut if self.unprinted else cut)


def said_words(text: str) -> set[str]:
    """The words ``text`` prints (lower case), a possessive's owner among them: a name the papers print only as an
    owner ("Uncle Kam’s fish & chip shop", "Colchester City Council’s EH department") is a word they print, as the
    question's "kam's" or "colchester's" is read as "kam" or "colchester"."""
    said = set(words(text))
    return said | {w.removesuffix("'s") for w in said if w.endswith("'s")}


def typed_forms(said: set[str]) -> set[str]:
    """The words ``said`` (:func:`said_words`), a possessive also as people type it without its apostrophe ("the
    commissioners precept" for the papers' "Commissioner's precept")."""
    return said | {f"{w.removesuffix(chr(39) + 's')}s" for w in said if w.endswith("'s")}


def close(words: list[str], seq: list[str]) -> bool:
    """Are ``words`` (stems) all in ``seq`` within a few words of each other, in any order?"""
    want, width = set(words), len(set(words)) + 3
    if not want <= set(seq):  # (most texts lack a word of it: not read window by window)
        return False
    return any(want <= set(seq[i:i + width]) for i, t in enumerate(seq) if t in want)


def near(form: list[str], seq: list[str]) -> bool:
    """Are a form's words, three or more (stemmed), together in ``seq`` in any order, with at most two words between
    ("in employment, education or training" for "in education, employment or training")? Two words must be said as
    the form says them: "children's social care" is not "children in care"."""
    if len(form) < 3:
        return False
    want, width = set(form), len(form) + 2
    if not want <= set(seq):  # (most texts lack a word of it: not read window by window)
        return False
    return any(want <= set(seq[i:i + width]) for i, t in enumerate(seq) if t in want)


def loosely(form: str, text: str) -> bool:
    """Is a form of four or more words printed with each of its words, in order, and at most two words inserted
    in all ("questions from members of the public" in "Questions received from members of the public")?"""
    words_ = form.split()
    if len(words_) < SPREAD_FORM:
        return False
    low = text.lower()
    return all(w.lower() in low for w in words_) and bool(_spread(form).search(text))  # words first: cheap


@lru_cache(maxsize=16_384)  # titles, lead-ins and sentences: the same ones are read for every question reaching them
def deputy_left_out(text: str) -> str:
    """``text`` without its deputies' offices ("Vice-Chairman"), whose words are not the office deputised for."""
    return DEPUTY_OFFICE.sub(" ", text)


@lru_cache(maxsize=512)  # the lexicon's forms
def _spread(form: str) -> re.Pattern[str]:
    gap = r"(?:\s+[\w'’-]+)?(?:\s+[\w'’-]+)?\s+"
    return re.compile(r"(?<![\w-])" + gap.join(re.escape(w) for w in form.split()) + r"(?![\w-])", re.I)


def item_text(nodes: list[IndexNode]) -> str:
    """An item's title and text, from its nodes."""
    return "\n".join([nodes[0].citation.item_title if nodes else "", *(n.body for n in nodes)])


def item_stems(nodes: list[IndexNode]) -> set[str]:
    text = item_text(nodes)  # the text :meth:`Papers.present` reads phrases in: its words are stemmed once
    # an agenda item's words are the agenda's ("going by the agenda, who seconds the motion"), which they do not say
    kind = set(stems("agenda")) if any(n.kind == NodeKind.AGENDA for n in nodes) else set()
    return set(stems(text)) | joined(text) | kind


_COMPOUND = re.compile(r"\b([A-Za-z]{2,})-([A-Za-z]{2,})\b")


def joined(text: str) -> set[str]:
    """The stems of ``text``'s hyphenated words written as one ("By-pass": bypass; "co-opted": coopted), as a question
    may type them."""
    if "-" not in text:
        return set()
    return {t for m in _COMPOUND.finditer(text) for t in stems(m.group(1) + m.group(2))}


def item_vocab(nodes: list[IndexNode]) -> list[str]:
    text = item_text(nodes)
    return sorted({w for w in words(text) if w.isalpha() and len(w) > 2} & content_words(text))


def misspelt(terms: dict[str, str], plan: QueryPlan) -> dict[str, list[set[str]]]:
    """The terms typed as the papers do not spell them, each with the stems of the papers' spellings ("serivces":
    services)."""
    out: dict[str, list[set[str]]] = {}
    for typed, fixed in plan.corrections.items():
        for t in stems(typed):
            if t in terms and stems(fixed):
                out.setdefault(t, []).append(set(stems(fixed)))
    return out


def alternatives(terms: dict[str, str], plan: QueryPlan) -> dict[str, list[set[str]]]:
    """Other wordings of each term: the papers' spelling of a misspelt word, and the lexicon's other forms of
    a thing the question names ("kids in care": looked after children, CLA, ...), each as a set of stems."""
    out = misspelt(terms, plan)
    # a misspelt term's lexicon wordings are its own ("was he oposed": read as "opposed", whose other wording is the
    # papers' "unopposed")
    typed_as = {f: t for typed, fixed in plan.corrections.items() for t in stems(typed) if t in terms
                for f in stems(fixed)}
    for group in plan.synonyms:
        forms = [set(stems(f)) for f in group.forms]
        asked_forms = [f for f, form in zip(forms, group.forms, strict=True) if f and form in plan.lexicon_text.lower()]
        for t in {typed_as.get(t, t) for f in asked_forms for t in f if typed_as.get(t, t) in terms}:
            # not a form that adds nothing to the words asked ("looked after children" is {children} once its
            # common words go: no other wording of "care"); the phrase is checked whole (:func:`phrased`)
            out.setdefault(t, []).extend(f for f in forms if f and t not in f and not f <= set(terms))
    return out


Phrases = tuple[tuple[Synonyms, list[str]], ...]
Pairs = tuple[tuple[frozenset[str], tuple[str, ...]], ...]


def thing_phrases(plan: QueryPlan) -> Phrases:
    """The lexicon's phrases for things the question uses ("children in care"), with the forms it uses them in."""
    phrases = [(g, [f for f in g.forms if " " in f and says(f, plan.lexicon_text)]) for g in plan.synonyms if g.thing]
    return tuple((g, fs) for g, fs in phrases if fs)


def phrased(phrases: Phrases, text: str, seq: list[str] | None = None) -> tuple[set[str], set[str]]:
    """The question's lexicon phrases (:func:`thing_phrases`) in ``text``: the words of those it uses as a thing (any
    form: "looked after children", "CLA", ...), and the words of those it has only apart, in other senses
    ("children with an education, health and care plan")."""
    if not phrases:
        return set(), set()
    seq = stems(text) if seq is None else seq  # ``text``'s stems, where the caller has them
    printed = [any(says(f, text) or near(stems(f), seq) or loosely(f, text) for f in g.forms) for g, _ in phrases]
    together = {t for (_, fs), p in zip(phrases, printed, strict=True) if p for f in fs for t in stems(f)}
    apart = {t for (_, fs), p in zip(phrases, printed, strict=True) if not p for f in fs for t in stems(f)}
    return together, apart - together


def typed_pairs(question: str) -> Pairs:
    """Each two words typed next to each other that make a word ("hand over"): the stems of the word they make, and
    their own stems."""
    typed = re.findall(r"[a-z]+", question.lower())
    return tuple((frozenset(both), (*stems(a), *stems(b))) for a, b in pairwise(typed) if (both := stems(a + b)))


def run_together(pairs: Pairs, terms: Mapping[str, str], held: set[str]) -> set[str]:
    """The question's terms held by an item as one word with the term next to them ("hand over": "handover",
    "car park": "carpark", "set up": "setup"), as :func:`joined` reads an item's "by-pass" for a question's "bypass".
    ``pairs``: the question's :func:`typed_pairs`."""
    out: set[str] = set()
    for both, apart in pairs:
        if both <= held:
            out |= {t for t in apart if t in terms}
    return out


def spelt_out(short: str, said: str) -> bool:
    """Does ``said`` spell out the initials ``short`` ("rfo": "Responsible Financial Officer")?"""
    if len(short) < 2 or not short.isalpha():
        return False
    return short in _capitals(said)


@lru_cache(maxsize=16_384)
def _capitals(said: str) -> str:
    """The first letters of ``said``'s capitalised words, in order, lower case: initials spelt out are a run of them.
    Remembered: the same sentences are read for every term and every question that reaches them."""
    return "".join(w[0] for w in re.findall(r"\b[A-Z][\w'’-]*", said) if w.lower() not in _LINKING).lower()


# the small words initials leave out, which a heading in capitals prints capitalised too ("POLICE AND CRIME
# COMMISSIONER": PCC)
_LINKING = frozenset({"and", "of", "the", "for", "on", "in"})


_VOWEL = re.compile(r"[aeiou]")
INITIALS = (2, 6)  # the fewest and most letters of initials typed for a title or body ("pcc", "gps", "ddccg")


@lru_cache(maxsize=1024)
def _typed_initials(terms: tuple[tuple[str, str], ...], capitals: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """The (term, word lower-cased) pairs typed as initials: letters alone, no vowel, two to six of them, or typed in
    capitals (``capitals``: "PSAs", "ASN"). Remembered: the support test asks it of every sentence it weighs for one
    question."""
    return tuple((t, w.lower()) for t, w in terms if w.isalpha() and INITIALS[0] <= len(w) <= INITIALS[1]
                 and (not _VOWEL.search(w.lower()) or w.lower() in capitals))


def initials_held(terms: Mapping[str, str], text: str, held: set[str],
                  capitals: frozenset[str] = frozenset()) -> set[str]:
    """The question's terms typed as initials, with no vowel as people type them ("pcc", "gps", "ccgs"), that ``text``
    holds: spelt out ("the pcc": "The Police and Crime Commissioner advised") or printed as its initials with the
    question's plural ("which gps": "Governing Body GP"). ``held``: the stems ``text`` holds already. ``capitals``:
    the words the question types in capitals (:func:`typed_capitals`), initials whatever their letters, which a
    sentence may spell out in lower case as running text names a post ("12 additional pupil support assistants" for
    "extra PSAs")."""
    out: set[str] = set()
    for term, word in _typed_initials(tuple(terms.items()), capitals):
        if term in held:
            continue
        one = word[:-1] if word.endswith("s") and len(word) > INITIALS[0] else None  # "gps": a GP each
        if spelt_out(word, text) or (one is not None and (one in held or spelt_out(one, text))) or (
                word in capitals and any(len(w) >= SPELT_LOWER and w in _lower_initials(text) for w in (word, one) if w)
        ):
            out.add(term)
    return out


SPELT_LOWER = 3  # the fewest letters of capitals typed that a sentence's words spelt in lower case are read as
# initials typed in capitals, with a plural or a possessive ("PSAs", "the SLT's"), where the question has words in lower
# case too (not one typed with caps lock on)
_CAPITALS_TYPED = re.compile(r"\b([A-Z]{2,6})(?:s|['’]s)?\b")


def typed_capitals(question: str) -> frozenset[str]:
    """The words ``question`` types in capitals as initials ("extra PSAs": "psas", "psa"), lower case; none where the
    whole question is in capitals."""
    if not re.search(r"[a-z]{3}", question):
        return frozenset()
    out: set[str] = set()
    for m in _CAPITALS_TYPED.finditer(question):
        out |= {m.group(1).lower(), m.group(0).lower().replace("'", "").replace("’", "")}
    return frozenset(out)


@lru_cache(maxsize=16_384)
def _lower_initials(said: str) -> str:
    """The first letters of ``said``'s words of three letters or more, in order, lower case, the small words initials
    leave out left out: initials spelt out in running text ("pupil support assistants") are a run of them."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]{2,}", said) if w.lower() not in _LINKING).lower()


_QUARTER_TYPED = re.compile(rf"^{QUARTER_TYPED.form}$", re.I)


@lru_cache(maxsize=4)
def _quarter_printed(n: int) -> re.Pattern[str]:
    word, ordinal = QUARTER_NAMES[n]
    return re.compile(r"\b(?:" + QUARTER_PRINTED.form.format(n=n, word=word, ordinal=ordinal) + r")\b", re.I)


def quarters_held(terms: Mapping[str, str], text: str) -> set[str]:
    """The question's terms naming a quarter by its number as people type it ("q3") that ``text`` prints in any of
    the ways reports print that quarter ("Quarter 3 2025/26", "the third quarter"); another quarter is not it."""
    out: set[str] = set()
    for term, word in terms.items():
        typed = _QUARTER_TYPED.match(word)
        if typed is not None and _quarter_printed(int(typed.group(1))).search(text):
            out.add(term)
    return out
