"""What every answer route reads: the question as read once (:class:`Asked`), and the papers as the routes
share them (:class:`Papers`): the catalogue and the index through their audience-applying reads, term weights
over the store, the days meetings were held, and how well an item supports a question."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from index.fusion import Hit
from index.nodes import IndexNode
from index.query import QueryPlan, SearchFilters, in_periods, year_spans
from index.store import MinutebookIndex
from ingest.catalogue import Catalogue, MeetingSummary
from minutebook.errors import NotFoundError
from minutebook.model import Audience, Citation, Meeting, MinuteItem
from service.drafting import Draft
from service.evidence import TermWeights, stems, words

# Calibrated on the shared dev set (see evals/ and the README); generic, not per question.
ITEM_SUPPORT = 0.70  # share of the question's term weight an item must contain to speak to it
# The support test's line, fitted by evals/calibrate.py on the development questions (see the README)
SLOPE = 0.8
CUT = 0.94
# An item lacking a word no paper prints (not a misspelling, no lexicon wording, no paraphrase in the item) must
# clear a higher line: such a word is often the thing asked about. Set between the dev and chat sets' questions
# with such a word: those answered from the right item score 1.03 and more, dev-041 (air quality) 0.96.
UNPRINTED_CUT = 1.0
PARAPHRASE = 0.65  # a question word counts as present when the item has a word this close in meaning


@dataclass
class Asked:
    """A question as the answerer reads it, made once per question and passed to every route.

    ``text`` is what was searched (the question, after the conversation's last question when there is one);
    ``plan`` is the question's own plan; ``filters`` carry the caller's limits and audience (and the committee
    the question names); ``hits`` the search's; ``terms`` the content terms (stem → the word asked).
    """

    question: str
    text: str
    plan: QueryPlan
    filters: SearchFilters
    hits: list[Hit]
    terms: dict[str, str]
    periods: list[tuple[dt.date, dt.date]] = field(default_factory=list)  # the plan's, with months resolved
    scope: list[str] = field(default_factory=list)  # committees the question may mean (best first), if it names any
    alternatives: dict[str, list[set[str]]] = field(default_factory=dict)  # term -> other wordings (stem sets)

    def has(self, term: str, present: set[str]) -> bool:
        """Is ``term`` in ``present`` (stems), as asked or in another wording of it?"""
        return term in present or any(alt <= present for alt in self.alternatives.get(term, ()))


class Papers:
    """The papers as the routes read them; term weights and meeting days are rebuilt when the store changes."""

    def __init__(self, catalogue: Catalogue, index: MinutebookIndex, public_url: str | None) -> None:
        self.catalogue = catalogue
        self.index = index
        self.public_url = public_url
        self._cache_key = ""
        self.weights = TermWeights([])
        self.documents: dict[str, str] = {}  # meeting key -> file name its minutes are cited from
        self.meeting_dates: set[dt.date] = set()  # the days meetings in the papers were held
        self.meeting_words: dict[str, set[str]] = {}  # meeting key -> the words of its papers (lower case)

    def refresh(self) -> None:
        """Term weights and meeting days, rebuilt when the store changes."""
        self.index.sync()
        generation = self.index.generation()
        if generation == self._cache_key:
            return
        counts = self.index.term_counts()  # kept at ingest; counted here for a store written without them
        self.weights = TermWeights.from_counts(*counts) if counts else TermWeights(n.body for n in self.index.nodes())
        self.documents = {}
        summaries = self.catalogue.meetings()
        self.meeting_dates = {s.date for s in summaries}
        self.meeting_words = {}
        for n in self.index.nodes():
            self.meeting_words.setdefault(n.meeting_key, set()).update(words(n.body))
        for summary in summaries:
            # where it was: the committee, the council the header names, the venue, and the papers' file names
            # (a council's papers are filed under its name: "hillingdon-council-cabinet-2011-03-17.txt")
            names = " ".join(Path(d).stem.replace("-", " ").replace("_", " ") for d in summary.documents)
            where = f"{summary.committee} {summary.council or ''} {summary.venue or ''} {names}"
            self.meeting_words.setdefault(summary.key, set()).update(words(where))
        self._cache_key = generation

    def draft(self) -> Draft:
        return Draft(self.public_url)

    def support(self, asked: Asked, key: str) -> float:
        """How much of what the question turns on the item ``key`` contains, paraphrases included."""
        return self.weights.coverage(list(asked.terms), self.present(asked, key))

    def present(self, asked: Asked, key: str) -> set[str]:
        """The question's terms the item ``key`` holds, in the question's words, another wording or a paraphrase."""
        nodes = self.index.item_nodes(key, asked.filters.audience)
        present = _item_stems(nodes)
        present = present | {t for t in asked.terms if asked.has(t, present)}
        if nodes and asked.plan.names:  # a name locates the meeting: anywhere in its papers will do ("Welton")
            said = self.meeting_words.get(nodes[0].meeting_key, set())
            present |= {t for t, w in asked.terms.items() if w in asked.plan.names and w in said}
        missing = [t for t in asked.terms if t not in present]
        if missing:
            vocab = _item_vocab(nodes)
            for t in missing:
                if vocab and max(self.index.similarities(asked.terms[t], vocab)) >= PARAPHRASE:
                    present = present | {t}
        return present

    def support_features(self, asked: Asked, hit: Hit) -> tuple[float, float]:
        """The two measures the support test combines for a hit's item: the question's term coverage (with
        other wordings and paraphrases) and the question's cosine similarity to the hit's passage."""
        return self.weights.coverage(list(asked.terms), self.present(asked, hit.node.item_key)), self._sim(asked, hit)

    def _sim(self, asked: Asked, hit: Hit) -> float:
        """The question's similarity to the hit's passage: the search's, else from the passage's vector stored at
        ingest (a hit found by its words alone); no passage is embedded while a user waits."""
        sim = hit.dense
        if sim is None:
            sim = self.index.node_similarities(asked.text, [hit.node.id])[0]
        return float(sim)

    def supports(self, asked: Asked, hit: Hit) -> bool:
        """Does the hit's item hold what the question turns on? Its term coverage, and its meaning where the
        words differ: ``coverage + SLOPE * similarity >= CUT`` (fitted by ``evals/calibrate.py``); ``UNPRINTED_CUT``
        where the item lacks a word of the question that no paper prints, in any wording ("air quality outside
        schools" against a SEND report's "school population and not those placed outside the Borough")."""
        if not self.in_place(asked, hit.node.meeting_key) or not self.prints_spans(asked, hit.node.item_key):
            return False
        present = self.present(asked, hit.node.item_key)
        cov, sim = self.weights.coverage(list(asked.terms), present), self._sim(asked, hit)
        unprinted = [t for t in self.weights.unknown(list(asked.terms))
                     if t not in present and not asked.alternatives.get(t)]
        return cov + SLOPE * sim >= (UNPRINTED_CUT if unprinted else CUT)

    def in_place(self, asked: Asked, meeting_key: str) -> bool:
        """Is the meeting of the place the question names, where it names one the papers print ("Rotherham's
        youth reoffending rate" is not a Brackenfold panel's)? A place no paper prints cannot be checked."""
        said = self.meeting_words.get(meeting_key, set())
        return all(p in said for p in asked.plan.places)

    def prints_spans(self, asked: Asked, item_key: str) -> bool:
        """Does the item print the financial or municipal year the question names ("in 2019/20")?"""
        if not asked.plan.year_spans:
            return True
        text = " ".join(n.body for n in self.index.item_nodes(item_key, asked.filters.audience))
        return bool(set(asked.plan.year_spans) & set(year_spans(text)))

    def cover(self, asked: Asked, text: str, terms: list[str] | None = None) -> float:
        """Share of the question's term weight that ``text`` holds, in the question's words or another wording
        of them (the papers' spelling, the lexicon's other forms)."""
        terms = list(asked.terms) if terms is None else terms
        seq = stems(text)
        present = set(seq)

        def written(alt: set[str]) -> bool:  # another wording of several words is those words together
            n = len(alt)
            return alt <= present and (n <= 1 or any(set(seq[i:i + n]) == alt for i in range(len(seq) - n + 1)))

        present |= {t for t in terms if t in present or any(written(a) for a in asked.alternatives.get(t, ()))}
        return self.weights.coverage(terms, present)

    def meeting_of(self, hit: Hit, audience: Audience) -> Meeting | None:
        """The meeting a hit comes from; None when the catalogue does not hold it (an index written ahead of the
        catalogue by another process, or nodes that were never catalogued): the hit is then no evidence."""
        try:
            return self.catalogue.meeting(hit.node.meeting_key, audience)
        except NotFoundError:
            return None

    def minutes_document(self, meeting: Meeting) -> str:
        """The file name of the paper the meeting's minutes (else its agenda) come from; looked up once."""
        if meeting.key not in self.documents:
            s = next((s for s in self.catalogue.meetings(meeting.committee, meeting.date, meeting.date)
                      if s.key == meeting.key), None)
            self.documents[meeting.key] = Path((s.minutes_document or s.agenda_document or "") if s else "").name
        return self.documents[meeting.key]

    def item_citation(self, meeting: Meeting, item: MinuteItem, quote: str, resolution: str | None = None) -> Citation:
        return Citation(committee=meeting.committee, meeting_date=meeting.date, minute=item.number,
                        resolution=resolution, item_title=item.title, document=self.minutes_document(meeting),
                        page=item.pages[0] if item.pages else None, quote=quote)  # fmt: skip

    def periods(self, asked: Asked, plan: QueryPlan | None = None) -> list[tuple[dt.date, dt.date]]:
        """The question's periods (``plan``'s, when the meeting is the conversation's), with a month named
        without a year ("in March") read as the latest meeting held in such a month (of the committees the
        question names, if any of theirs was; of the year the question names for another month, if it names one)."""
        plan = plan or asked.plan
        out = list(plan.periods)
        if not plan.months:
            return out
        summaries = self.catalogue.meetings(asked.filters.committee)
        scoped = [s for s in summaries if s.committee in asked.scope] or summaries
        # "between the July and September 2020 meetings": a year the question gives elsewhere is the month's too
        years = {a.year for a, b in plan.periods if a.year == b.year}
        for month in plan.months:
            held = [s.date for s in scoped if s.date.month == month]
            held = [d for d in held if d.year in years] or held
            if held:
                out.append((max(held), max(held)))
        return out

    def meetings_in(self, asked: Asked) -> list[MeetingSummary]:
        """The meetings held in the question's periods, of the committees it names where any of theirs was."""
        f = asked.filters
        held = [s for s in self.catalogue.meetings(f.committee, f.date_from, f.date_to)
                if in_periods(s.date.isoformat(), asked.periods)]
        return [s for s in held if s.committee in asked.scope] or held

    def held(self, periods: list[tuple[dt.date, dt.date]]) -> bool:
        """Do the question's dates fall on or before the newest meeting in the papers (not a future one)?"""
        return bool(self.meeting_dates) and min(a for a, _ in periods) <= max(self.meeting_dates)


def _item_stems(nodes: list[IndexNode]) -> set[str]:
    title = nodes[0].citation.item_title if nodes else ""
    return set(stems(" ".join([title, *(n.body for n in nodes)])))


def _item_vocab(nodes: list[IndexNode]) -> list[str]:
    text = " ".join([nodes[0].citation.item_title if nodes else "", *(n.body for n in nodes)])
    return sorted({w for w in words(text) if w.isalpha() and len(w) > 2 and stems(w)})


def alternatives(terms: dict[str, str], plan: QueryPlan) -> dict[str, list[set[str]]]:
    """Other wordings of each term: the papers' spelling of a misspelt word, and the lexicon's other forms of
    a thing the question names ("kids in care": looked after children, CLA, ...), each as a set of stems."""
    out: dict[str, list[set[str]]] = {}
    for typed, fixed in plan.corrections.items():
        for t in stems(typed):
            if t in terms and stems(fixed):
                out.setdefault(t, []).append(set(stems(fixed)))
    for group in plan.synonyms:
        forms = [set(stems(f)) for f in group.forms]
        asked_forms = [f for f, form in zip(forms, group.forms, strict=True) if f and form in plan.corrected.lower()]
        for t in {t for f in asked_forms for t in f if t in terms}:
            out.setdefault(t, []).extend(f for f in forms if f and t not in f)
    return out
