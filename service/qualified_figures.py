"""A figure asked of a thing named with a word that makes it one kind of the thing, and whether a quote gives it.

"How many affordable homes will the depot scheme have", "what's the estimate for a temporary bridge": the item
prints the kind asked somewhere ("42 homes would be affordable" of another scheme; "options and costs for a
temporary bridge" still to come), so the support test finds its words, and the answer quotes the figure the item
gives of the thing itself ("68 homes", "strengthening the bridge was estimated to cost £2.6 million"). That is the
figure of another thing. A quote answers only where a sentence giving a figure names the thing with the word
that makes it the kind asked (read with its lead-in and its item's title).
"""

from __future__ import annotations

import re

from minutebook.vocabulary import SUM_OF_THING
from service.evidence import counted_stems, has_money, has_quantity, sentences, stems
from service.figure_things import PHRASE_END, WORD
from service.item_words import item_text
from service.papers import Asked, Papers
from service.schemas import Answer

NO_KIND = "The papers give no figure of that kind."
SUM_OF = re.compile(SUM_OF_THING.form, re.I)
PHRASE_WORDS = 3  # "temporary bridge", "new affordable homes": the kind and the thing within a few words


def kind_asked(question: str) -> tuple[list[str], str] | None:
    """The words that make the thing asked one kind of it, and the thing (its head noun), as stems: "how many
    affordable homes": (["afford"], "home"); "the estimate for a temporary bridge at X": (["temporari"], "bridg")."""
    phrase = counted_stems(question)
    if not phrase:
        m = SUM_OF.search(question)
        if m is None:
            return None
        words: list[str] = []
        for w in WORD.findall(m.group("thing")):
            if PHRASE_END.match(w) or len(words) >= PHRASE_WORDS:
                break
            words.append(w)
        phrase = stems(" ".join(words))
    if len(phrase) < 2 or len(phrase) > PHRASE_WORDS:
        return None
    return phrase[:-1], phrase[-1]


def kind_unmet(papers: Papers, asked: Asked, answer: Answer, route: str) -> str | None:
    """Why the quotes do not give the figure of the kind asked: each sentence giving a figure of the thing names it
    without the word that makes it the kind asked (nor its other wordings), read with its lead-in and title."""
    if not answer.found or route in ("attendance", "declarations", "next_meeting"):
        return None
    asked_kind = kind_asked(asked.plan.corrected)
    if asked_kind is None:
        return None
    kinds, thing = asked_kind
    kinds = [k for k in kinds if k in asked.terms]
    if not kinds or thing not in asked.terms:
        return None
    figure = has_money if SUM_OF.search(asked.plan.corrected) and not counted_stems(asked.plan.corrected) \
        else has_quantity
    # each sentence giving a figure of the thing: how much of the question it holds, and whether it names the kind
    read: list[tuple[float, bool]] = []
    for c in answer.citations:
        said = sentences(c.quote)
        key = papers.item_of(asked, c)
        told = sentences(item_text(papers.index.item_nodes(key, asked.filters.audience))) if key else []
        for n, s in enumerate(said):
            if not figure(s):
                continue
            # (read with the sentence before it in its item, which may name the kind for it: "... Protected
            # Landscapes (FiPL) programme, ... In 2024/25 the Authority had approved 94 projects")
            flat = " ".join(s.split())
            at = next((k for k, t in enumerate(told) if flat in " ".join(t.split())), 0)
            text = f"{c.item_title}\n{said[n - 1] if n else ''}\n{s}"  # what it speaks to: not the sentence before's
            present = set(stems(f"{text}\n{told[at - 1] if at else ''}"))
            if asked.has(thing, present):
                read.append((papers.cover(asked, text), all(asked.has(k, present) for k in kinds)))
    # the sentence that speaks most to the question names the kind, or the figure is of the thing itself (not the
    # kind of another scheme's homes: "officers confirmed 30 per cent (18 homes) at Mill Yard would be affordable",
    # asked of Tanner Street's)
    of_thing = bool(read) and not max(read)[1]
    # the kind printed in an item quoted, apart from the figure ("42 homes would be affordable", "costs for a
    # temporary bridge"): the papers tell the kind from the thing; a kind they never print ("FiPL projects" of the
    # "Farming in Protected Landscapes" item) is the question's own name for the thing
    return NO_KIND if of_thing and kind_printed(papers, asked, answer, kinds) else None


def kind_printed(papers: Papers, asked: Asked, answer: Answer, kinds: list[str]) -> bool:
    """Does an item the answer quotes print every word of the kind asked (or another wording of it)?"""
    keys = {k for c in answer.citations if (k := papers.item_of(asked, c)) is not None}
    for key in keys:
        present = set(stems(item_text(papers.index.item_nodes(key, asked.filters.audience))))
        if all(asked.has(k, present) for k in kinds):
            return True
    return False
