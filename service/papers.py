"""What every answer route reads: the question as read once (:class:`Asked`), and the papers as the routes
share them (:class:`Papers`): the catalogue and the index through their audience-applying reads, term weights
over the store, the days meetings were held, and how well an item supports a question."""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import OSA

from index.bodies import abbreviates
from index.fusion import Hit
from index.nodes import IndexNode, NodeKind, record_title, untitled_label
from index.query import QueryPlan, in_periods, year_before, year_spans
from index.spelling import MIN_LENGTH, edits_allowed
from index.store import MinutebookIndex
from ingest.catalogue import Catalogue, MeetingSummary
from ingest.register import read_register
from minutebook.errors import NotFoundError
from minutebook.model import Action, Audience, Citation, Meeting, MinuteItem
from minutebook.vocabulary import (
    BODY_INITIALS,
    BODY_POSSESSIVE_BARE,
    COUNCIL_BY_KIND,
    HONORIFICS,
    INITIALS_READ,
    MEETING_BY_MEDIUM,
    NOT_POSSESSED,
    PLACE_PART_WORDS,
)
from service.answer_kinds import kind_words, kinds_held, kinds_unheld, printed_kinds, unprinted_kinds
from service.asked import Asked, Covering
from service.case_references import open_runs_printed
from service.drafting import Draft
from service.evidence import TermWeights, asks_quantity, has_quantity, sentences, stem_run, stems, words
from service.item_words import (
    DEPUTY_OFFICE,
    Support,
    close,
    deputy_left_out,
    initials_held,
    item_stems,
    item_text,
    item_vocab,
    phrased,
    quarters_held,
    run_together,
    said_words,
    typed_forms,
)
from service.places import committee_places, initialisms, joined_names, naming, place_words, where_said
from service.reading import Segment, segments
from service.sitting_days import periods_sat, sitting_days
from service.yearless_days import day_meant

# Calibrated on the shared dev set (see evals/ and the README); generic, not per question.
ITEM_SUPPORT = 0.70  # share of the question's term weight an item must contain to speak to it
# The support test's lines, fitted end to end by evals/calibrate.py (`minutebook calibrate`) on every set `make eval`
# scores, the held-out sets of rounds 22-26 held out whole (figures in the README). An item lacking a word no paper
# prints (not a misspelling, no lexicon wording, no paraphrase in the item) must clear a higher line: such a word is
# often the thing asked about.
SLOPE = 0.4
CUT = 0.76
UNPRINTED_CUT = 0.81
# An item under the line passes where it stands out of the search's hits (Papers.stands_out), fitted as the line is;
# off: it answers as many near misses as chatty questions (round 27's fit, in the README)
STANDOUT_FLOOR = float("inf")
STANDOUT_MARGIN = float("inf")
# an office's deputy ("Vice-Chairman", "Deputy Chair", "Deputy Leader"), a different office from the one it deputises
# for: the chairman asked about is not the vice-chairman (standing orders elect both, each in its own minute)
DEPUTY = re.compile(r"\b(?:vice|deputy)\b", re.I)
_BY_KIND = re.compile(COUNCIL_BY_KIND.form, re.I)  # "the county": the council of that kind asked of
# the posts whose initials INITIALS_READ reads by what the papers print
POSTS_READ = tuple(dict.fromkeys(post for read in INITIALS_READ for post in read.posts))
# each entry's initials as typed, a whole word (compiled once, not for every question)
INITIALS_TYPED = tuple((read, re.compile(rf"(?<![\w&]){read.initials}(?![\w&])", re.I)) for read in INITIALS_READ)
_BY_MEDIUM = re.compile(MEETING_BY_MEDIUM.form, re.I)  # "the teams call": the meeting held on that platform
_SPAN = re.compile(r"(?<![\d/])(?:19|20)?\d\d\s*[/-]\s*(?:19|20)?\d\d(?![\d/])")  # "2019/20": a year, no figure
ITEM_READS = 4096  # items whose words are kept between questions
MEETING_READS = 256  # the catalogue's meeting lists kept between questions, by committee and dates asked
PARAPHRASE = 0.65  # a question word counts as present when the item has a word this close in meaning
ABBREVIATION = 4  # the shortest abbreviation of a place's name read as it ("notts", "leics"; not "lea")


class ItemRead(NamedTuple):
    """What every question reads of an item, the same whatever is asked (see :meth:`Papers._item_read`)."""

    stems: set[str]
    vocab: list[str]  # its words, for paraphrases
    deputy: bool  # it prints a deputy's office ("Vice-Chairman"), which :func:`deputised` looks at


# two letters joined by an ampersand: the initials of two names ("B&H", "h & f"), as councils print them (read before
# an ampersand between words is written "and": "options a and b" are no initials)
AMPERSAND_PAIR = re.compile(r"(?<![\w&])([a-z])\s*&\s*([a-z])(?![\w&])", re.I)
AMPERSAND_INITIALS = re.compile(r"(?<![\w&])([a-z]{1,3})&([a-z]{1,4})(?![\w&])", re.I)
# a word and a bare "s" before another word ("rotherhams care", "the councils cabinet"): a possessive as chat types it
# a person as the papers title them: "Cllr Pattison", "Councillor Judith Cooper", "Mrs J. Ellery"
TITLED_NAME = re.compile(rf"\b(?i:{HONORIFICS.form})\.?\s+((?:[A-Z][\w.'’-]*\s+){{0,2}}[A-Z][\w'’-]+)")
POSSESSIVE_WORD = re.compile(r"\b([a-z][a-z-]{2,})['’]s\b", re.I)  # "pattison's", "Rotherham’s"
BARE_POSSESSIVE = re.compile(rf"\b([a-z]{{3,}})s(?=\s+(?!(?:{NOT_POSSESSED.form})\b)[a-z])", re.I)
BODY_POSSESSIVE = re.compile(rf"\b(?:{BODY_POSSESSIVE_BARE.form})", re.I)  # "the county councils cabinet"


class Papers:
    """The papers as the routes read them; term weights and meeting days are rebuilt when the store changes."""

    def __init__(self, catalogue: Catalogue, index: MinutebookIndex, public_url: str | None) -> None:
        self.catalogue = catalogue
        self.index = index
        self.public_url = public_url
        self._cache_key = ""
        self.weights = TermWeights([])
        self.latest_dates: dict[str, dt.date] = {}  # each committee's latest meeting day, by its meeting keys' slug
        self.documents: dict[str, str] = {}  # meeting key -> file name its minutes are cited from
        self.meeting_dates: set[dt.date] = set()  # the days meetings in the papers were held
        self.meeting_words: dict[str, set[str]] = {}  # meeting key -> the words of its papers (lower case)
        self.posts_printed: dict[str, set[str]] = {}  # a post of INITIALS_READ -> the meetings whose papers print it
        self.meeting_where: dict[str, set[str]] = {}  # meeting key -> the words naming it and its venue (lower case)
        self.meeting_media: dict[str, set[str]] = {}  # meeting key -> the platform its header says it was held on
        self.meeting_venue: dict[str, tuple[str, ...]] = {}  # meeting key -> its venue line's words, in order
        self.sitting_days: dict[str, set[dt.date]] = {}  # meeting key -> the days of its later sittings
        self.where_words: frozenset[str] = frozenset()  # every meeting's
        self.places: dict[str, set[str]] = {}  # a word naming a council or place -> the meetings it names
        self.committee_places: frozenset[str] = frozenset()  # those that are words of a committee's name
        self.initials: dict[str, set[str]] = {}  # initials of a council's or committee's name -> its meetings
        self.pairs: dict[str, set[str]] = {}  # two words' initials ("gb": Governing Body) -> the meetings they name
        self.joined: dict[str, str] = {}  # two names' initials ("bh") -> the names joined ("brighton and hove")
        self._registers: dict[tuple[Audience, str | None, dt.date], list[Action]] = {}  # see register
        self._meetings: dict[tuple[str | None, dt.date | None, dt.date | None], list[MeetingSummary]] = {}
        self._records: dict[tuple[str, Audience], Meeting] = {}  # see meeting
        self._item_reads: dict[tuple[str, ...], ItemRead] = {}  # see _item_read
        self._item_segments: dict[tuple[str, ...], list[Segment]] = {}  # see segments
        self._naming: dict[str, set[str]] = {}  # meeting key -> the words of what names its council (see named_words)
        self.line = (SLOPE, CUT, UNPRINTED_CUT)  # the support test's line; evals/calibrate.py tries others
        self.standout = (STANDOUT_FLOOR, STANDOUT_MARGIN)  # an item passing under the line on its margin (see supports)

    def refresh(self) -> None:
        """Term weights and meeting days, rebuilt when the store changes."""
        self.index.sync()
        generation = self.index.generation()
        if generation == self._cache_key:
            return
        counts = self.index.term_counts()  # kept at ingest; counted here for a store written without them
        self.weights = TermWeights.from_counts(*counts) if counts else TermWeights(n.body for n in self.index.nodes())
        self.documents = {}
        self._item_reads = {}
        self._item_segments = {}
        self._registers = {}
        self._meetings = {}
        self._records = {}
        summaries = self.catalogue.meetings()
        self.meeting_dates = {s.date for s in summaries}
        self.latest_dates = {}
        for s in summaries:
            self.latest_dates.setdefault(s.key.split("/")[0], s.date)
        self.meeting_words = {}
        self.posts_printed = {}
        self.meeting_where = {}
        self.meeting_media = {}
        self.meeting_venue = {}
        for n in self.index.nodes():
            if n.kind != NodeKind.HEADER:  # its heading's and venue's words are added below; not a line of its
                # notes ("Local Member: Councillor H Brightwell (Wexcombe Division)" says nothing of where it met)
                self.meeting_words.setdefault(n.meeting_key, set()).update(said_words(n.body))
                low = n.body.lower()
                for post in POSTS_READ:
                    if post in low:
                        self.posts_printed.setdefault(post, set()).add(n.meeting_key)
            else:  # the platform its opening lines say it was held on ("7pm Zoom meeting due to Covid 19
                # restrictions"), where no venue line was read
                self.meeting_media.setdefault(n.meeting_key, set()).update(
                    m.group(1).lower() for m in _BY_MEDIUM.finditer(n.body))
        self._naming = {s.key: set(re.findall(r"[a-z]+", naming(s).lower())) for s in summaries}
        # (a word other papers print, as typed: "the commissioners precept" is the papers' "Commissioner's precept",
        # no word naming the harbour's Commissioners)
        self.places = place_words(summaries, {k: typed_forms(ws) for k, ws in self.meeting_words.items()},
                                  self.index.prints_as_name)
        self.committee_places = committee_places(summaries, self.places)
        self.initials = initialisms(summaries)
        self.pairs = {w: keys for w, keys in initialisms(summaries, least=2).items() if len(w) == 2}
        self.joined = joined_names(summaries)
        for summary in summaries:
            # where it was: the committee, the council the header names, the venue, and the papers' file names
            where = said_words(f"{summary.committee} {summary.venue or ''} {naming(summary)}")
            # and each part of a name written with hyphens, which people shorten: "thornby" of "Thornby-on-Wold"
            where |= {part for w in where if "-" in w for part in w.split("-") if part}
            self.meeting_where[summary.key] = where
            self.meeting_venue[summary.key] = tuple(words(summary.venue or ""))
            self.meeting_words.setdefault(summary.key, set()).update(where)
        self.where_words = frozenset().union(*self.meeting_where.values())
        self.sitting_days = sitting_days(self.index.nodes())  # a meeting's later sittings' days
        self._cache_key = generation

    def warm(self, audience: Audience) -> int:
        """Read the latest meetings' items as the routes will (their words, runs of text and sentences' stems) before
        any question does: a service's first questions then wait for none of it. Returns the number of items read."""
        self.refresh()
        read = 0
        for nodes in self.index.warm_items(audience):
            if read >= ITEM_READS // 2:
                break
            self._item_read(nodes)
            for segment in self.segments(nodes):
                for line in segment.lines:
                    stems(line.text)
            read += 1
        return read

    def meetings(self, committee: str | None = None, date_from: dt.date | None = None,
                 date_to: dt.date | None = None) -> list[MeetingSummary]:
        """The catalogue's meetings (:meth:`Catalogue.meetings`), read once per store generation: the routes ask for
        them several times a question."""
        key = (committee, date_from, date_to)
        found = self._meetings.get(key)
        if found is None:
            if len(self._meetings) >= MEETING_READS:
                self._meetings.clear()
            found = self._meetings[key] = self.catalogue.meetings(committee, date_from, date_to)
        return list(found)

    def register(self, audience: Audience, committee: str | None) -> list[Action]:
        """The follow-up register as ``audience`` may see it, read once per store change and day (an action's
        status depends on the day: overdue after its due date)."""
        key = (audience, committee, dt.date.today())
        if key not in self._registers:
            self._registers = {k: v for k, v in self._registers.items() if k[2] == key[2]}
            self._registers[key] = read_register(self.catalogue, audience, committee=committee)
        return self._registers[key]

    def spelt_joined(self, text: str) -> str:
        """``text`` with two initials joined by an ampersand ("b&h urgency sub committee", "H & F") written as the
        names they stand for in the papers ("brighton and hove"); as typed where no papers' name is so joined."""
        self.refresh()
        text = AMPERSAND_PAIR.sub(lambda m: self.joined.get(f"{m.group(1)}{m.group(2)}".lower(), m.group(0)), text)
        # more letters ("B&NES", "R&BKC"): the initials, read as one word where they are a name's
        text = AMPERSAND_INITIALS.sub(lambda m: m.group(1) + m.group(2) if (m.group(1) + m.group(2)).lower()
                                      in self.initials else m.group(0), text)
        # "in rotherhams care", "woking councils cabinet": a possessive typed without its apostrophe, before a word
        text = BODY_POSSESSIVE.sub(lambda m: m.group(0)[:-1] + "'s", text)
        text = BARE_POSSESSIVE.sub(lambda m: m.group(1) + "'s" if self._owner(m.group(1)) else m.group(0), text)
        return self.initials_meant(text)

    def initials_meant(self, text: str) -> str:
        """``text`` with an officer's initials that stand for several posts (:data:`INITIALS_READ`: "cfo") written as
        the one post the papers of the council or body it names print ("Chief Fire Officer" in a fire authority's
        minutes); as typed where they print both or neither (the shorthand's own reading then stands)."""
        for read, typed in INITIALS_TYPED:
            if not typed.search(text):
                continue
            keys = self.where(text)
            printed = [post for post in read.posts if self.posts_printed.get(post, set()) & keys] if keys \
                else [post for post in read.posts if self.posts_printed.get(post)]
            if len(printed) == 1:
                text = typed.sub(printed[0], text)
        return text

    def _owner(self, word: str) -> bool:
        """Is ``word`` (typed before a bare "s") a council's or place's name, whose possessive is meant ("farrowdales
        play area"), and the word with its "s" none the papers print ("St Helens")? (Not any name the papers print:
        "which groups got grants" is no group's, though "Toddler Group" is printed as a name.)"""
        low = word.lower()
        return low in self.places and low + "s" not in self.places \
            and not self.index.prints_as_word(low + "s") and not self.index.prints_as_name(low + "s")

    def whose(self, text: str, hits: list[Hit]) -> set[str]:
        """The words ``text`` puts in the possessive that name no council or place of the papers but a person, titled
        so in the passages found ("Cllr Pattison", "Councillor Judith Cooper"): whose thing is asked ("pattison's
        declaration form", "austen's speech"), a word the item must hold, not where it was asked ("Brackenfold's youth
        justice plan", "Rotherham's care")."""
        owners = {m.group(1).lower() for m in POSSESSIVE_WORD.finditer(text)}
        owners = {w for w in owners if not self._place(w) and self.meant_place(w) is None}
        if not owners:
            return set()
        titled = {w.lower() for h in hits for m in TITLED_NAME.finditer(h.node.body)
                  for w in re.findall(r"[\w'’-]+", m.group(1))}
        return owners & titled

    def named_words(self, keys: set[str]) -> set[str]:
        """The words of what names the meetings ``keys`` (their councils' names and papers' file names)."""
        return {w for key in keys for w in self._naming.get(key, ())}

    def where(self, text: str) -> set[str] | None:
        """The meetings of the councils or places ``text`` names ("who couldn't make the woking meeting?"), by the
        words that name them (see :func:`_places`); None when it names none."""
        named = [n for n in (self._place(w) for w in self._place_words(text)) if n]
        if not named:
            return None
        return set.intersection(*named) or set.union(*named)  # "West Bergholt": both words; two councils: either

    def where_each(self, text: str) -> list[set[str]]:
        """The meetings of each council or place ``text`` names, one set a council ("salford priors in 2019 and
        welton le marsh in 2024"): the words of one council's name ("west", "bergholt") name one set together."""
        groups: list[set[str]] = []
        for keys in (self._place(w) for w in self._place_words(text)):
            if not keys:
                continue
            joined = [g for g in groups if g & keys]
            groups = [g for g in groups if not g & keys]
            groups.append(set.intersection(keys, *joined) if joined else keys)
        return groups

    def bodies_each(self, text: str) -> list[set[str]]:
        """The meetings of each of a council's bodies ``text`` names by its committee's words beside the council's
        own name ("the carms leader decisions mtg (dec 17) and the standards cttee (sept 19)"), one set a body."""
        typed = list(dict.fromkeys(re.findall(r"[a-z]+", text.lower())))
        kept = set(self._place_words(text))
        groups: list[set[str]] = []
        for w in typed:
            if w in kept or w not in self.committee_places:
                continue
            keys = self._place(w)
            joined = [g for g in groups if g & keys]
            groups = [g for g in groups if not g & keys]
            groups.append(set.intersection(keys, *joined) if joined else keys)
        return groups

    def _place_words(self, text: str) -> list[str]:
        """The words of ``text`` that may name a council or place, each once; a committee's word ("standards") not
        beside the name of the council it is a body of ("Carmarthenshire's Standards Committee": the council's, the
        committee one of its bodies)."""
        seq = re.findall(r"[a-z]+", text.lower())
        # "south kintyre": a word opening many places' names ("South Hams") names one only beside the next word of
        # its name ("west bergholt"), not before another place's
        parts = {w for k, w in enumerate(seq) if w in PLACE_PART_WORDS
                 and not (k + 1 < len(seq) and self._place(seq[k + 1]) & self._place(w))}
        typed = [w for w in dict.fromkeys(seq) if w not in parts and not self._of_other_name(seq, w)]
        councils = [self._place(w) for w in typed if w not in self.committee_places]
        councils = [c for c in councils if c]
        # a committee's word that names one of the council's own bodies (its meetings among the council's); not one
        # naming another body ("the dyfed-powys panel ... the aberystwyth cctv": the panel is no body of Aberystwyth's)
        return [w for w in typed if w not in self.committee_places
                or not any(self._place(w) <= c for c in councils)]

    def _of_other_name(self, seq: list[str], word: str) -> bool:
        """Is ``word``, where ``seq`` (the question's words) has it, the last word of another name the papers print,
        not the council's ("the tithe barn at ossett moor": Ossett Moor, printed in a planning committee's papers, is
        not Thornwick Moor): after a word the papers write as a name, which is no place of the papers nor a word of the
        place's own name, and which papers of another council print beside it?"""
        keys = self._place(word)
        if not keys:
            return False
        for k, w in enumerate(seq[1:], 1):
            if w != word:
                continue
            before = seq[k - 1]
            # (not a word of where any meeting sat or of a body's name: "county hall leader's decisions" is the
            # Leader's meeting at County Hall)
            if len(before) < ABBREVIATION or self._place(before) or not self.index.prints_as_name(before) \
                    or before in self.where_words or any(before in self._naming.get(key, ()) for key in keys):
                return False
            return any(before in said and word in said for key, said in self.meeting_words.items() if key not in keys)
        return False

    def _place(self, word: str) -> set[str]:
        """The meetings a word names: a place's name, or its abbreviation as no paper prints it ("notts", "leics")."""
        if word in self.places:
            return self.places[word]
        if word.endswith("s") and word[:-1] in self.places:  # "hillingdons cabinet": the possessive typed bare
            return self.places[word[:-1]]
        if word in self.initials and self.weights.unknown(stems(word)):  # "hwb", "nym": initials no paper prints
            return self.initials[word]
        if len(word) < ABBREVIATION or not self.weights.unknown(stems(word)):
            return set()
        if (meant := self.meant_place(word)) is not None:
            return self.places[meant]
        return {k for w, keys in self.places.items() if len(w) > len(word) and abbreviates(word, w) for k in keys}

    def meant_place(self, word: str) -> str | None:
        """The place's name a word no paper prints is a slip for ("weton": "welton", "gwyndd": "gwynedd",
        "lvierpool": "liverpool"): the one place word within an edit of it (two for a word of nine letters or more),
        as the speller puts other words right; None where none is that close, or several are."""
        if len(word) < MIN_LENGTH or word in self.places or not self.weights.unknown(stems(word)):
            return None
        limit = edits_allowed(word)
        close = process.extract(word, self.places.keys(), scorer=OSA.distance, score_cutoff=limit, limit=2)
        if len(close) != 1:
            return None
        place = str(close[0][0])
        if self.index.prints_as_word(place):  # "leader" of "Meeting for the Leader": a word, no place's own name
            return None
        # "suvrey": the papers' "survey" as close as "Surrey", and more often printed; "weton": only "Welton"
        return place if self.index.spelt(word).lower() in (word, place) else None

    def draft(self) -> Draft:
        return Draft(self.public_url)

    def support(self, asked: Asked, key: str) -> float:
        """How much of what the question turns on the item ``key`` contains, paraphrases included."""
        return self.weights.coverage(list(asked.terms), self.present(asked, key), asked.misspelt)

    def present(self, asked: Asked, key: str) -> set[str]:
        """The question's terms the item ``key`` holds, in the question's words, another wording or a paraphrase
        (worked out once a question: :attr:`Asked.held`)."""
        held = asked.held.get(key)
        if held is None:
            held = asked.held[key] = frozenset(self._present(asked, key))
        return set(held)

    def _present(self, asked: Asked, key: str) -> set[str]:
        nodes = self.index.item_nodes(key, asked.filters.audience)
        read = self._item_read(nodes)
        present, vocab = read.stems, read.vocab
        present = present | {t for t in asked.terms if asked.has(t, present)}
        alone = len(asked.terms) == 1 and next(iter(asked.terms.values())) in asked.plan.names
        if nodes and asked.plan.names and not alone:
            # a name locates the meeting: anywhere in its papers will do ("Welton"); not where a name is all the
            # question asks about ("what did the police say": "Police" printed only in "Police Scotland", "Police
            # report" in a small store's papers, which is no place)
            said = self.meeting_words.get(nodes[0].meeting_key, set())
            present |= {t for t, w in asked.terms.items() if w in asked.plan.names and w in said}
        if nodes:  # "the helmsley planning meeting": where it met, printed only in its header, is no word of an item
            where = self.meeting_where.get(nodes[0].meeting_key, set())
            located = where_said(asked.question, where, self.printed_nowhere,
                                 self.meeting_venue.get(nodes[0].meeting_key, ()))
            # "how much did the county overspend": the council called by its kind, which its name prints
            meeting = {m.group(1).lower() for m in _BY_KIND.finditer(asked.question) if m.group(1).lower() in where}
            # "the teams call": a meeting held remotely, whose venue line names the platform ("via Microsoft Teams")
            # (or its opening lines: "Minutes from council meeting on April 12th 2021 7pm Zoom meeting due to Covid 19
            # restrictions", where no venue line was read)
            media = where | self.meeting_media.get(nodes[0].meeting_key, set())
            meeting |= {w for m in _BY_MEDIUM.finditer(asked.question) if m.group(1).lower() in media
                        for w in (m.group(1).lower(), m.group(2).lower())}
            asked.located[key] = frozenset(t for t, w in asked.terms.items() if w.lower() in meeting)
            present |= {t for t, w in asked.terms.items() if w.lower() in located} | asked.located[key]
        missing = [t for t in asked.terms if t not in present]
        if missing and vocab:
            self.index.prepare_words([asked.terms[t] for t in missing])  # one encode for the words no paper holds
            for t in missing:
                close_words = [w for w, sim in zip(vocab, self.index.similarities(asked.terms[t], vocab), strict=True)
                               if sim >= PARAPHRASE]
                if close_words:
                    present = present | {t}
                    asked.paraphrased.setdefault(key, {})[t] = {s for w in close_words for s in stems(w)}
        text = item_text(nodes)
        together, apart = phrased(asked.thing_phrases, text)
        present |= kinds_held(asked.question, asked.terms, text)  # "money" held by "£38.4m" (service.answer_kinds)
        present -= kinds_unheld(asked.question, asked.terms, text)  # ... not "number" by "the number of potholes"
        present |= run_together(asked.typed_pairs, asked.terms, read.stems)  # "hand over" held by "handover"
        # "pcc": "Police and Crime Commissioner"; "extra PSAs": "12 additional pupil support assistants"
        present |= initials_held(self.unnamed(asked.terms, asked.where), text, present, asked.capitals)
        present |= quarters_held(asked.terms, text)  # "q3": "Quarter 3 2025/26"
        runs = open_runs_printed(asked.question, text)  # "the 08/30x applications": "08/305/CP" printed
        present |= {t for t, w in asked.terms.items() if w.lower() in runs}
        return (present | together) - apart - (deputised(asked, present, text) if read.deputy else set())

    def unnamed(self, terms: dict[str, str], where: set[str] | None = None) -> dict[str, str]:
        """``terms`` less those typed as the initials of a council's or committee's name ("pcp": the Police and Crime
        Panel asked of), which say where, not what an item must spell out ("Police and Crime Plan"). ``where``: the
        meetings the question is asked of, where it names a council; initials naming none of them are no name of
        where ("the westermoor deputy pcc's salary": its commissioner, not another council's "P... County Council")."""
        initials = self.initials
        return {t: w for t, w in terms.items()
                if w.lower() not in initials or (where is not None and not initials[w.lower()] & where)}

    def _item_read(self, nodes: list[IndexNode]) -> ItemRead:
        """An item's stems, its vocabulary of words (for paraphrases) and whether it prints a deputy's office, read
        once per store generation: every question that reaches the item asks for them, several times each."""
        key = tuple(n.id for n in nodes)  # the nodes an audience sees of the item
        read = self._item_reads.get(key)
        if read is None:
            if len(self._item_reads) >= ITEM_READS:
                self._item_reads.clear()  # a long-running service over a large store: start again, never grow
            text = item_text(nodes)
            read = self._item_reads[key] = ItemRead(item_stems(nodes), item_vocab(nodes),
                                                    bool(DEPUTY_OFFICE.search(text)))
        return read

    def segments(self, nodes: list[IndexNode]) -> list[Segment]:
        """An item's runs of text, each sentence with what frames it (:func:`service.reading.segments`), read once
        per store generation, as :meth:`_item_read` is (the fact routes read the same items for many questions)."""
        key = tuple(n.id for n in nodes)
        read = self._item_segments.get(key)
        if read is None:
            if len(self._item_segments) >= ITEM_READS:
                self._item_segments.clear()
            read = self._item_segments[key] = segments(nodes)
        return read

    def support_measures(self, asked: Asked, hit: Hit) -> Support | None:
        """What the support test weighs for a hit's item: the question's term coverage (with other wordings and
        paraphrases), the question's cosine similarity to the hit's passage, and whether the item lacks a word of
        the question that no paper prints; None where the item is ruled out whatever it holds (another place, no
        figure of the year asked, an initialism it does not name)."""
        if not self.in_place(asked, hit.node.meeting_key) or not self.at_venue(asked, hit.node.meeting_key) \
                or not self.prints_spans(asked, hit.node.item_key):
            return None
        present = self.present(asked, hit.node.item_key)
        if any(t not in present for t in self.acronyms(asked)):
            return None  # "an ADHD assessment" is not an autism assessment: an initialism names one thing
        event = named_event(asked)
        if event and not close(event, stems(item_text(self.index.item_nodes(hit.node.item_key,
                                                                            asked.filters.audience)))) \
                and not set(event) <= set(stems(hit.node.citation.item_title)):
            # "the commission's knife crime review": an item that mentions knife crime and a review; an item whose
            # title names both is the review, however the title puts them ("Assistive Technology ... - a major
            # review by the Policy Overview Committee")
            return None
        unprinted = [t for t in self.weights.unknown(list(asked.terms))
                     if t not in present and not asked.alternatives.get(t)]
        return Support(self.weights.coverage(list(asked.terms), present, asked.misspelt), self._sim(asked, hit),
                       bool(unprinted))

    def _sim(self, asked: Asked, hit: Hit) -> float:
        """The question's similarity to the hit's passage: the search's, else from the passage's vector stored at
        ingest (a hit found by its words alone); no passage is embedded while a user waits."""
        sim = hit.dense
        if sim is None:
            sim = self.index.node_similarities(asked.text, [hit.node.id])[0]
        return float(sim)

    def supports(self, asked: Asked, hit: Hit) -> bool:
        """Does the hit's item hold what the question turns on? Its term coverage, and its meaning where the
        words differ: ``coverage + SLOPE * similarity >= CUT``, or ``>= UNPRINTED_CUT`` where the item lacks a
        word of the question that no paper prints, in any wording ("air quality outside schools" against a SEND
        report's "school population and not those placed outside the Borough"); all three fitted by
        ``evals/calibrate.py``."""
        measures = self.measured(asked, hit)
        if measures is None:
            return False
        return measures.passes(*self.line) or self.stands_out(asked, hit, measures)

    def measured(self, asked: Asked, hit: Hit) -> Support | None:
        """:meth:`support_measures`, worked out once a question for each hit (the routes weigh the same hits)."""
        key = (hit.node.id, hit.dense)  # (a passage found twice, by its words and by its meaning, weighs as found)
        if key not in asked.measured:
            asked.measured[key] = self.support_measures(asked, hit)
        return asked.measured[key]

    def stands_out(self, asked: Asked, hit: Hit, measures: Support) -> bool:
        """Does the hit's item, under the line, stand out of the search's hits: the best scoring of them, by
        ``STANDOUT_MARGIN`` over every other item's best, and at least ``STANDOUT_FLOOR``? A long question's words
        that only say where, when and how it asks ("the extra august sitting", "names of") dilute its coverage of
        the one item on what it asks about, which still outscores the rest of the meeting's business."""
        floor, margin = self.standout
        slope = self.line[0]
        if floor == float("inf"):
            return False
        score = measures.score(slope)
        mine, others = hit.node.item_key, 0.0
        for h in asked.hits:
            m = self.measured(asked, h)
            if m is None:
                continue
            if h.node.item_key == mine:  # the item's best hit speaks for it
                score = max(score, m.score(slope))
            else:
                others = max(others, m.score(slope))
        return score >= floor and score > others and score - others >= margin

    def acronyms(self, asked: Asked) -> list[str]:
        """The question's terms written as initialisms ("ADHD", "CCTV") that the papers print: each names one
        thing, which an item must name (in those letters or another wording of them) to speak to it."""
        # "Lea PC", "Ballinmore MD", "the JWC": a body's initials (of a kind, or of a committee's or council's name the
        # papers hold) say where, not what, whatever else prints the same letters ("Mayoral decision MD/2022/37")
        caps = {w.lower() for w in re.findall(r"\b[A-Z]{2,6}s?\b", asked.question)
                if not re.fullmatch(BODY_INITIALS.form, w, re.I) and w.lower() not in self.initials
                and w.lower() not in self.pairs}
        return [t for t, w in asked.terms.items() if w.lower() in caps and w.lower() not in asked.plan.names
                and not self.weights.unknown([t])]

    def in_place(self, asked: Asked, meeting_key: str) -> bool:
        """Is the meeting of the place the question names, where it names one the papers print ("Rotherham's
        youth reoffending rate" is not a Brackenfold panel's)? A place no paper prints cannot be checked."""
        said = self.meeting_words.get(meeting_key, set())
        missing = [p for p in asked.plan.places if p not in said]
        if not missing:
            return True
        # a name printed with a letter doubled or not, as names are spelt both ways ("Prince Philip", the minutes'
        # "Prince Phillip"; "Brynaman" and "Brynamman"): the same name
        single = {undoubled(w) for w in said if w[:1] in {p[:1] for p in missing}}
        return all(undoubled(p) in single for p in missing)

    def venue_named(self, asked: Asked) -> list[str]:
        """The question's words that only a meeting's heading prints, its venue or its name ("the Quarrendon Lodge
        meeting"), no item of the papers: each says which meeting, as a place does."""
        return [w.lower() for w in asked.terms.values() if w.lower() in self.where_words and self.printed_nowhere(w)]

    def sat_at(self, asked: Asked, meeting_key: str) -> set[str]:
        """The question's terms that say where the meeting ``meeting_key`` sat as only its header prints it ("the
        tanners rd fire service": Service Headquarters, Tanners Road), which say which meeting, not what of it."""
        said = where_said(asked.question, self.meeting_where.get(meeting_key, set()), self.printed_nowhere,
                          self.meeting_venue.get(meeting_key, ()))
        return {t for t, w in asked.terms.items() if w.lower() in said}

    def printed_nowhere(self, word: str) -> bool:
        """Does no item of the papers print ``word`` (only a meeting's heading may: its venue, its name)?"""
        found = stems(word)
        return bool(found) and self.weights.unknown(found) == found

    def at_venue(self, asked: Asked, meeting_key: str) -> bool:
        """Is the meeting the one the question names by words only its heading prints (:meth:`venue_named`)?"""
        where = self.meeting_where.get(meeting_key, set())
        return all(w in where for w in self.venue_named(asked))

    def prints_spans(self, asked: Asked, item_key: str) -> bool:
        """Does the item print the financial or municipal year the question names ("in 2019/20"), with a figure of
        it where the question asks for one?"""
        if not asked.plan.year_spans:
            return True
        nodes = self.index.item_nodes(item_key, asked.filters.audience)
        text = "\n".join(n.body for n in nodes)
        # where the item's title names the year ("Treasury management outturn 2019/20"), its figures are of it
        titled = bool(nodes) and bool(set(asked.plan.year_spans) & set(year_spans(nodes[0].citation.item_title)))
        if not asks_quantity(asked.question):
            # the year printed, or a meeting held in it ("Salford Priors' chairman for 2019/20": elected at the May
            # 2019 annual meeting, whose minutes need not print the year they open)
            held = nodes[0].meeting_date if nodes else None
            return titled or bool(set(asked.plan.year_spans) & set(year_spans(text))) or (held is not None and any(
                dt.date(y, 4, 1) <= held < dt.date(y + 1, 4, 1) for y in asked.plan.year_spans))
        # a figure of that year: a sentence printing both, with a word of what is asked ("In 2022/23, 17 new
        # households had been approved"), or a table whose rows print the year (its figures are in the column under
        # it); not "approvals in 2020/21 would exceed 2019/20's", which names the year and gives no figure of it
        # the title names what its figures are of ("COUNCIL CARBON EMISSIONS 2023/24" over "Total emissions for
        # 2023/24 were 6,842 tonnes"): a sentence under it need not name the subject again
        # or the sentence before names the year, and no other, and this one none ("... the programme in 2025/26. The
        # Authority had awarded £1.9 million to 86 projects"): its figures are of the year just named, the subject
        # perhaps with it; not after "would exceed the number refurbished in 2023/24", which names 2024/25 too
        title = nodes[0].citation.item_title if titled else ""
        said = sentences(text)
        spans = set(asked.plan.year_spans)

        def of_year(k: int) -> tuple[str, ...] | None:  # the sentence k with what names its year, if it is the year's
            if titled or spans & set(year_spans(said[k])):
                return title, said[k]
            named = set(year_spans(said[k - 1])) if k > 0 else set()
            if named and named <= spans and not year_spans(said[k]):  # (one naming other years too compares them)
                return title, said[k - 1], said[k]
            return None

        return any((read := of_year(k)) is not None and (
            "\t" in s or (has_quantity(_SPAN.sub(" ", s)) and self.cover(asked, read, asked.subject) > 0))
            for k, s in enumerate(said))

    def cover(self, asked: Asked, text: str | tuple[str, ...], terms: list[str] | None = None,
              item: str | None = None, forms: bool = False) -> float:
        """Share of the question's term weight that ``text`` holds, in the question's words or another wording
        of them (the papers' spelling, the lexicon's other forms; for text of the item keyed ``item``, the words the
        support test found in it meaning a term: "payment" for "paying"). ``text`` may come in parts, read as one
        text joined by spaces (a sentence with its title and lead-in): each part's words are read once."""
        side = self.covering(asked, terms)
        terms = side.terms
        parts = (text,) if isinstance(text, str) else text
        if not side.keep_deputy:  # "did they keep the same chairman": not the vice-chairman
            parts = tuple(deputy_left_out(p) for p in parts)
        seq = [t for part in parts for t in stem_run(part)]  # no word spans a space: the joined text's stems
        text = " ".join(parts)
        present = set(seq)

        def written(alt: set[str]) -> bool:  # another wording of several words is those words together
            n = len(alt)
            return alt <= present and (n <= 1 or any(set(seq[i:i + n]) == alt for i in range(len(seq) - n + 1)))

        meant = asked.paraphrased.get(item, {}) if item is not None else {}
        if forms:  # only another form of the term's own word ("bus" for "buses"), not a word near it in meaning
            meant = {t: {w for w in close if w[:3] == t[:3]} for t, close in meant.items()}
        if item is not None:  # the words saying which meeting the item is of ("the county", "the teams call")
            present |= asked.located.get(item, frozenset())
        present |= {t for t in terms if t in present or any(written(a) for a in asked.alternatives.get(t, ()))
                    or (t in meant and not meant[t].isdisjoint(present))}
        present |= run_together(asked.typed_pairs, asked.terms, present)
        if side.kinds:  # as :meth:`present`
            present |= printed_kinds(side.kinds, text)
            present -= unprinted_kinds(side.kinds, text)
        present |= initials_held(side.unnamed, text, present, asked.capitals)
        # a place or a name printed with a letter doubled or not ("Brynamman" and "Brynaman" in one minute): the same
        named = [t for t in side.doubled if t not in present]
        if named:
            single = {undoubled(w) for w in present}
            present |= {t for t in named if undoubled(t) in single}
        together, apart = phrased(asked.thing_phrases, text, seq)
        return self.weights.covered(side.weight, (present | together) - apart) if terms else 1.0

    def covering(self, asked: Asked, terms: list[str] | None = None) -> Covering:
        """The question's side of :meth:`cover` for ``terms`` (default: all the question's), read once a question."""
        key = tuple(asked.terms) if terms is None else tuple(terms)
        side = asked.covering.get(key)
        if side is None:
            names = {*asked.plan.places, *asked.plan.names}
            side = asked.covering[key] = Covering(
                list(key), bool(DEPUTY.search(asked.question)),
                self.unnamed({t: asked.terms[t] for t in key if t in asked.terms}, asked.where),
                [t for t in key if asked.terms.get(t, "").lower() in names and DOUBLED.search(t)],
                self.weights.weighed(list(key), asked.misspelt), kind_words(asked.question, asked.terms))
        return side

    @staticmethod
    def item_of(asked: Asked, cite: Citation) -> str | None:
        """The key of the item a citation of the answer quotes, from the hits it came from (None: from none)."""
        return next((h.node.item_key for h in asked.hits if h.node.meeting_date == cite.meeting_date
                     and h.node.citation.item_title == cite.item_title and h.node.citation.document == cite.document),
                    None)

    def meeting(self, key: str, audience: Audience) -> Meeting:
        """The meeting ``key`` as ``audience`` may see it (:meth:`Catalogue.meeting`), read once while the store is
        unchanged: the checks after a draft read the meetings its citations come from again and again."""
        if (key, audience) not in self._records:
            self._records[key, audience] = self.catalogue.meeting(key, audience)
        return self._records[key, audience]

    def meeting_of(self, hit: Hit, audience: Audience) -> Meeting | None:
        """The meeting a hit comes from; None when the catalogue does not hold it (an index written ahead of the
        catalogue by another process, or nodes that were never catalogued): the hit is then no evidence."""
        try:
            return self.meeting(hit.node.meeting_key, audience)
        except NotFoundError:
            return None

    def minutes_document(self, meeting: Meeting) -> str:
        """The file name of the paper the meeting's minutes (else its agenda) come from; looked up once."""
        if meeting.key not in self.documents:
            s = next((s for s in self.meetings(meeting.committee, meeting.date, meeting.date)
                      if s.key == meeting.key), None)
            self.documents[meeting.key] = Path((s.minutes_document or s.agenda_document or "") if s else "").name
        return self.documents[meeting.key]

    @staticmethod
    def item_cited(meeting: Meeting, cite: Citation) -> MinuteItem | None:
        """The item ``cite`` names (:meth:`Meeting.item_cited`); one minuted without a heading by the label it is
        cited under (:func:`untitled_label`: "Petition in respect of proposed cuts to Campbeltown Nursery ...")."""
        return meeting.item_cited(cite.minute, cite.item_title) or next(
            (i for i in meeting.items if not i.title and cite.minute in (i.number, i.cited)
             and untitled_label(i.text) == cite.item_title), None)

    def item_citation(self, meeting: Meeting, item: MinuteItem, quote: str, resolution: str | None = None) -> Citation:
        return Citation(committee=meeting.committee, meeting_date=meeting.date, minute=item.cited,
                        resolution=resolution, item_title=item.title or untitled_label(item.text),
                        document=self.minutes_document(meeting),
                        page=item.pages[0] if item.pages else None, quote=quote)  # fmt: skip

    def header_citation(self, meeting: Meeting, quote: str) -> Citation | None:
        """A citation of the meeting's header (:attr:`Meeting.header_text`), by its heading, quoting ``quote`` where
        the header prints it; None where it does not (or ``quote`` is empty). A header is never exempt."""
        if not quote:
            return None
        header = self.index.item_nodes(f"{meeting.key}/header", Audience.public())
        printed = next((n for n in header if quote in n.body), None)
        return printed.quoting(quote) if printed is not None else None

    def record_citation(self, meeting: Meeting, quote: str) -> Citation:
        """A citation of the meeting's own record (its header and attendance: who came, where it was held): its header,
        cited by its heading, where the quote is printed there ("Venue: Remote"), else its record of attendance."""
        header = self.header_citation(meeting, quote)
        if header is not None:
            return header
        return Citation(committee=meeting.committee, meeting_date=meeting.date, item_title=record_title(meeting),
                        document=self.minutes_document(meeting), page=meeting.pages[0] if meeting.pages else None,
                        quote=quote)

    def periods(self, asked: Asked, plan: QueryPlan | None = None) -> list[tuple[dt.date, dt.date]]:
        """The question's periods (``plan``'s, when the meeting is the conversation's), with a month named
        without a year ("in March") read as the meetings held in such a month of the latest year one was (of the
        committees the question names, if any of theirs was; of the year the question names for another month, if it
        names one)."""
        plan = plan or asked.plan
        out = list(plan.periods)
        if out and self.sitting_days:  # "when the panel came back on 1 july": the day of a meeting's later sitting
            days = {s.key: s.date for s in self.in_where(asked, self.meetings(asked.filters.committee))}
            out = periods_sat(out, days, self.sitting_days)
        if not plan.months and not plan.yearless and not plan.relative_years:
            return out
        summaries = self.in_where(asked, self.meetings(asked.filters.committee))
        scoped = [s for s in summaries if s.committee in asked.scope] or summaries
        if not asked.scope and len(own := self.bodies_each(asked.question)) == 1:
            # a body named by its own word beside its council's name ("where did kelmsford licensing meet in march"):
            # its meetings, not the council's other bodies'
            scoped = [s for s in scoped if s.key in own[0]] or scoped
        named = [p for p in out if p not in {read for _, read in plan.relative_years}]
        for offset, read in plan.relative_years:
            if read in out and named:
                # "marlcombe fire june 2023 - how big was last year's underspend": the year before the meeting asked
                # about, whose minutes say "last year" of it themselves; the meeting's period is the question's
                out.remove(read)
            elif read in out and scoped:
                # "whats the panel's home office grant this yr": the year of the panel's latest meeting, not of the
                # newest paper of any council in the store
                out[out.index(read)] = year_before(max(s.date for s in scoped), offset)
        for a, b in plan.yearless:
            if (a, b) in out and a == b and (meant := day_meant(a, [(s.key, s.date) for s in scoped],
                                                                self.meeting_words, asked.terms.values())):
                # "the advisers away on 15/9": of the years a meeting was held that day, the one whose papers print
                # what the question names (service.yearless_days)
                out[out.index((a, b))] = (meant, meant)
                continue
            if (a, b) in out and b.month - a.month >= 2 and scoped:
                # "their autumn sitting": the season of the year of the body's latest meeting (held then, or announced)
                year = max(s.date for s in scoped).year
                out[out.index((a, b))] = (a.replace(year=year), b.replace(year=year))
                continue
            # "who was at the sub-committee on 12 march": the year guessed from the papers' latest is another year's
            # where no meeting was held then; the latest meeting on that day (that month) of another year is meant
            if (a, b) in out and not any(in_periods(s.date.isoformat(), [(a, b)]) for s in scoped):
                held = [s.date for s in scoped if s.date.month == a.month and (a != b or s.date.day == a.day)]
                if held:
                    out[out.index((a, b))] = (max(held), max(held))
        if not plan.months:
            return out
        # "between the July and September 2020 meetings": a year the question gives elsewhere is the month's too
        years = {a.year for a, b in plan.periods if a.year == b.year}
        for month in plan.months:
            held = [s.date for s in scoped if s.date.month == month]
            held = [d for d in held if d.year in years] or held
            if held:
                # every meeting of that month in the latest year one was held in it, the latest first: two bodies of
                # a council met in March ("the kelmsford planning meeting in march": the planning committee's, not
                # the licensing hearing's later that month)
                latest = max(held).year
                out.extend((d, d) for d in sorted({d for d in held if d.year == latest}, reverse=True))
        return out

    def meetings_in(self, asked: Asked) -> list[MeetingSummary]:
        """The meetings held in the question's periods, of the committees it names where any of theirs was."""
        f = asked.filters
        held = [s for s in self.in_where(asked, self.meetings(f.committee, f.date_from, f.date_to))
                if in_periods(s.date.isoformat(), asked.periods)]
        return [s for s in held if s.committee in asked.scope] or held

    @staticmethod
    def in_where(asked: Asked, summaries: list[MeetingSummary]) -> list[MeetingSummary]:
        """The meetings of the council or place the question names, if it names one."""
        return summaries if asked.where is None else [s for s in summaries if s.key in asked.where]

    def held(self, periods: list[tuple[dt.date, dt.date]]) -> bool:
        """Do the question's dates fall on or before the newest meeting in the papers (not a future one)?"""
        return bool(self.meeting_dates) and min(a for a, _ in periods) <= max(self.meeting_dates)


def deputised(asked: Asked, present: set[str], text: str) -> set[str]:
    """The question's terms for an office ("chairman") that ``text`` holds only as its deputy's ("Vice Chairman"),
    where the question does not ask for the deputy."""
    if DEPUTY.search(asked.question) or not DEPUTY_OFFICE.search(text):
        return set()
    offices = {t for t, w in asked.terms.items() if t in present and DEPUTY_OFFICE.search(f"vice {w}")}
    return offices - set(stems(DEPUTY_OFFICE.sub(" ", text))) if offices else set()


# a review, workshop or inquiry the question names by its subject ("the food poverty review", "the complex abuse
# workshop"); not a consultation, which minutes name loosely ("consulted on", "the consultation which ran ...")
# (no match starts inside a word: one there would start as well at the word's start, so none is tried there)
_EVENT = re.compile(r"(?<![A-Za-z])((?:[A-Za-z][\w'’/-]*\s+){1,3}?)(reviews?|inquiry|workshops?|seminars?|away\s?days?|"
                    r"task\s+and\s+finish\s+groups?)\b", re.I)


def named_event(asked: Asked) -> list[str]:
    """The stems of an event the question names by its subject (the subject's words and the event's noun); empty
    where it names none, or names one only by its kind ("the review")."""
    return list(_named_event(asked.plan.corrected, tuple(asked.terms.items()), frozenset(asked.plan.names)))


@lru_cache(maxsize=256)  # read once a question: the support test asks it of every hit
def _named_event(question: str, terms: tuple[tuple[str, str], ...], names: frozenset[str]) -> tuple[str, ...]:
    m = _EVENT.search(question)
    if not m:
        return ()
    asked = dict(terms)
    # (whose it is, in the possessive, is no word of its subject: "judith cooper's assistive tech review")
    said = " ".join(w for w in m.group(1).split() if not re.search(r"['’]s$", w, re.I))
    subject = [t for t in stems(said) if t in asked and asked[t] not in names]
    return (*subject, *stems(m.group(2))) if subject else ()


def undoubled(word: str) -> str:
    """``word`` with each doubled letter written once ("phillip": "philip")."""
    return DOUBLED.sub(r"\1", word)


DOUBLED = re.compile(r"(.)\1")
