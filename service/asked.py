"""A question as the answerer reads it (:class:`Asked`): made once per question, passed to every route."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

from index.fusion import Hit
from index.nodes import NodeKind
from index.query import QueryPlan, SearchFilters
from minutebook.model import Citation
from service.item_words import Pairs, Phrases, Support, thing_phrases, typed_capitals, typed_pairs


class Covering(NamedTuple):
    """What the coverage of any text by some of a question's terms needs of the question alone, read once."""

    terms: list[str]
    keep_deputy: bool  # the question names a deputy ("did they keep the same vice-chair"): the text's deputy is read
    unnamed: dict[str, str]  # the terms less a council's or committee's initials (Papers.unnamed)
    doubled: list[str]  # places and names asked that print a letter doubled ("Brynamman")
    weight: dict[str, float]  # each term's weight (TermWeights.weighed)
    kinds: dict[str, str]  # the question's words naming the kind of answer it wants (answer_kinds.kind_words)


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
    misspelt: dict[str, list[set[str]]] = field(default_factory=dict)  # term as typed -> the papers' spellings
    where: set[str] | None = None  # the meetings of the council or place the question names (keys); None: any
    printed: list[tuple[dt.date, dt.date]] = field(default_factory=list)  # dates to find in the text, no meeting's
    # the meetings of each council or body the question names, where it is asked of one of them (``where``)
    among: list[set[str]] = field(default_factory=list)
    # the question's terms each item holds (service.papers.Papers.present), by item key: the routes and the checks
    # after a draft weigh the same items again
    held: dict[str, frozenset[str]] = field(init=False, default_factory=dict, repr=False, compare=False)
    # the stems of the words an item prints that mean a term the item does not print ("payment" for "paying", "wind"
    # for "windfarm"), by item key and term, found as :attr:`held` is: a sentence of the item printing one holds the
    # term as its item does (another item's "received" is no word of this one's for "sent")
    paraphrased: dict[str, dict[str, set[str]]] = field(init=False, default_factory=dict, repr=False, compare=False)
    # the terms that say which meeting an item is of, by item key: its council called by its kind ("the county"), the
    # platform it was held on ("the teams call"); each sentence of the item holds them, as the item does
    located: dict[str, frozenset[str]] = field(init=False, default_factory=dict, repr=False, compare=False)
    # the support test's measures of each hit, by node id and similarity (service.papers.Papers.measured): a hit is
    # weighed against the others (Papers.stands_out), and several routes weigh the same hits
    measured: dict[tuple[str, float | None], Support | None] = field(init=False, default_factory=dict, repr=False,
                                                                     compare=False)
    # the question's side of the coverage of a text by some of its terms (service.papers.Papers.cover), by those
    # terms: an answer weighs hundreds of sentences against the same terms
    covering: dict[tuple[str, ...], Covering] = field(init=False, default_factory=dict, repr=False, compare=False)

    @property
    def subject(self) -> list[str]:
        """The terms that say what is asked about: not the names that say where ("Lea", "Gorslas")."""
        plan = self.plan
        return [t for t, w in self.terms.items() if w not in plan.names and w not in plan.places] or list(self.terms)

    @cached_property
    def thing_phrases(self) -> Phrases:
        """The lexicon's phrases for things the question uses (read once a question: an answer covers many
        sentences)."""
        return thing_phrases(self.plan)

    @cached_property
    def capitals(self) -> frozenset[str]:
        """The words the question types in capitals as initials ("extra PSAs"), read once a question."""
        return typed_capitals(self.question)

    @cached_property
    def typed_pairs(self) -> Pairs:
        """The question's words typed apart that make one word together (read once a question)."""
        return typed_pairs(self.question)

    def hit_citing(self, cite: Citation) -> Hit | None:
        """The search's hit in the item ``cite`` quotes (its meeting and title), from which its whole text is read."""
        return next((h for h in self.hits if h.node.citation.meeting_date == cite.meeting_date
                     and h.node.citation.item_title == cite.item_title), None)

    def has(self, term: str, present: set[str]) -> bool:
        """Is ``term`` in ``present`` (stems), as asked or in another wording of it?"""
        return term in present or any(alt <= present for alt in self.alternatives.get(term, ()))

    def headers_only(self, citations: list[Citation]) -> bool:
        """Is every citation a meeting's header (its particulars: the deadline for call-in, the contact officer),
        which the search returns only to a question asking for them?"""
        headers = {(h.node.meeting_date, h.node.citation.item_title) for h in self.hits
                   if h.node.kind == NodeKind.HEADER}
        return bool(headers) and all((c.meeting_date, c.item_title) in headers for c in citations)
