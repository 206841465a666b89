"""Which council or place a question names, read from what names each meeting in the papers.

Councils file their papers under their own name ("hillingdon-council-cabinet-2011-03-17.txt",
"west-bergholt-parish-council-full-council-2023-10-25.txt"), which their minutes often never print ("Minutes of
the Parish Council Meeting"). The words that name a council are read from those names and the council a header
names, so a question saying "at Woking" or "West Bergholt's" is answered from that council's meetings alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from index.bodies import GENERIC_BODY_WORDS
from ingest.catalogue import MeetingSummary
from minutebook.vocabulary import BUILDING_NAME_END, PAPER_KIND_WORDS
from service.evidence import stems, words


def naming(summary: MeetingSummary) -> str:
    """What names a meeting's council: the council its header names and its papers' file names (a council files
    its papers under its name, which the minutes need not print: "hillingdon-council-cabinet-2011-03-17.txt"); a
    council's own meeting, no council named apart, by its own name ("Thornby-on-Wold Parish Council")."""
    files = " ".join(Path(d).stem.replace("-", " ").replace("_", " ") for d in summary.documents)
    own = summary.council or ((m := _COUNCIL_NAMED.search(summary.committee)) and m.group(0)) or ""
    return f"{own} {files}"


_COUNCIL_NAMED = re.compile(r"(?:^|\bof\s+(?:the\s+)?)(?P<name>[\w&'’ -]+?)\s+(?:(?:parish|town|community|city|borough|"
                            r"district|county|metropolitan|combined)\s+)*(?:council|authority)\b", re.I)


_SKIPPED = frozenset({"and", "of", "the", "for", "on", "in"})  # words initials leave out ("health and wellbeing")
_INITIALS = 3  # fewer letters than this are no initialism to go by ("pr", "cc")


def initialisms(summaries: list[MeetingSummary], least: int = _INITIALS) -> dict[str, set[str]]:
    """The initials people type for a council or committee, each with the meetings it names: the initials of two or
    more consecutive words of what names a meeting (its committee, the council its header names, its papers' file
    names), an initialism among them kept whole ("hwb": Health and Wellbeing Board; "nym": North York Moors; "cnpa":
    Cairngorms National Park Authority, or Cairngorms NPA; "banes": Bath and North East Somerset, its "and" kept).
    ``least``: the fewest letters kept (two, for initials read only beside the council's name: "the ccg gb", its
    Governing Body)."""
    out: dict[str, set[str]] = {}
    for s in summaries:
        for name in (s.committee, s.council or "", *(Path(d).stem for d in s.documents)):
            said = re.findall(r"[a-z]+", name.lower().replace("_", " "))
            # and with its "and" ("banes": Bath and North East Somerset), four letters or more, "and" within
            for with_and in (False, True) if "and" in said else (False,):
                seq = [w for w in said if w not in _SKIPPED or (with_and and w == "and")]
                for i in range(len(seq)):
                    letters = ""
                    for j in range(i, min(len(seq), i + 6)):
                        w = seq[j]
                        letters += w if len(w) <= 4 and not re.search(r"[aeiou]", w) else w[0]  # "npa", "ccg" whole
                        if j > i and len(letters) >= least and (not with_and or (
                                len(letters) >= _INITIALS + 1 and "and" in seq[i + 1:j])):
                            out.setdefault(letters, set()).add(s.key)
    return out


_JOINED = re.compile(r"\b([a-z]+)\s+(?:and|&)\s+([a-z]+)\b")


def joined_names(summaries: list[MeetingSummary]) -> dict[str, str]:
    """The two words joined by "and" in what names a council or committee, by their initials ("bh": "brighton and
    hove", "hf": "hammersmith and fulham", "pr": "policy and resources"), each kept where its initials stand for
    those words alone. People type them with an ampersand ("B&H", "H&F"), as councils print them in their own
    papers' headings and web addresses."""
    found: dict[str, set[str]] = {}
    for s in summaries:
        for name in (s.committee, s.council or "", *(Path(d).stem for d in s.documents)):
            text = re.sub(r"[-_]+", " ", name.lower())
            for m in _JOINED.finditer(text):
                if m.group(1) not in _SKIPPED and m.group(2) not in _SKIPPED:
                    found.setdefault(m.group(1)[0] + m.group(2)[0], set()).add(f"{m.group(1)} and {m.group(2)}")
    return {letters: next(iter(named)) for letters, named in found.items() if len(named) == 1}


def place_words(summaries: list[MeetingSummary], printed: dict[str, set[str]],
                is_name: Callable[[str], bool]) -> dict[str, set[str]]:
    """Words that name a council or place, each with the meetings it names: a word of what names a meeting
    (:func:`naming`) that is no committee's word, no kind of body ("parish", "borough"), no date and no common
    word, and that no other meeting's papers print unless the papers write it as a name ("woking" names Woking's
    meetings; "Carmarthenshire" its council's though a community council's minutes mention it; "planning" or
    "fire", printed in others' papers as ordinary words, name none). ``printed``: each meeting's words."""
    # a committee's words say what kind of committee it is ("planning", "licensing", "leader decisions"), except the
    # words of a council's name it carries ("Annual Meeting of the Salford Priors Parish Council")
    committee_words = {w for s in summaries for w in words(s.committee)}
    named: dict[str, set[str]] = {}
    for s in summaries:
        council = _COUNCIL_NAMED.search(s.committee)
        own = set(words(council.group("name"))) if council else set()
        for w in set(re.findall(r"[a-z]+", naming(s).lower())):
            # a committee's word the papers write as a name is the place it serves ("Derby and Derbyshire CCG")
            if len(w) >= 3 and (w not in committee_words or w in own or is_name(w)) and w not in GENERIC_BODY_WORDS \
                    and w not in PAPER_KIND_WORDS and stems(w):
                named.setdefault(w, set()).add(s.key)
    # a word naming every meeting names the one council whose papers these are ("Marlow Vale" in its own store):
    # still where, when the papers write it as a name
    every = {s.key for s in summaries}
    return {w: keys for w, keys in named.items()
            if (keys != every or is_name(w)) and (is_name(w) or not any(w in said for key, said in printed.items()
                                                                          if key not in keys))}


def where_said(question: str, where: set[str], unprinted: Callable[[str], bool],
               venue: tuple[str, ...] = ()) -> set[str]:
    """The question's words that say where its meeting was held as only the meeting's header prints it: a run of
    the question's words that the meeting's venue, committee or council name prints, one of which no item of the
    papers prints ("the helmsley planning meeting", "the sitting at glenurquhart road", "the dalwhinnie village
    hall session": a town or building named in the venue line alone), or a building's name as its venue line prints
    it, word for word ("the standards cttee at county hall", "woking civic offices": "Council Chamber - Civic
    Offices"), whose words other papers print of other things. Such words say which meeting, not what an item of it
    says. ``where``: the words naming the meeting (lower case); ``unprinted``: is a word printed in no item?
    ``venue``: the words of its venue line, in order."""
    said: set[str] = set()
    seq = words(question)
    start = 0
    while start < len(seq):
        end = start
        while end < len(seq) and seq[end] in where:
            end += 1
        run = seq[start:end]
        if any(unprinted(w) for w in run):
            said.update(run)
        said.update(building_named(run, venue))
        start = max(end, start + 1)
    return said


_BUILDING_END = re.compile(BUILDING_NAME_END.form, re.I)


def building_named(run: list[str], venue: tuple[str, ...]) -> list[str]:
    """The words of ``run`` that name a building as ``venue`` prints it: two or more words in a row, the last a
    building's ("county hall", "civic offices", "council chamber"), printed together in the venue line."""
    if len(run) < 2 or not venue:
        return []
    for end in range(len(run), 1, -1):
        if not _BUILDING_END.fullmatch(run[end - 1]):
            continue
        for begin in range(end - 1):
            part = run[begin:end]
            if any(tuple(venue[i:i + len(part)]) == tuple(part) for i in range(len(venue) - len(part) + 1)):
                return part
    return []


def committee_places(summaries: list[MeetingSummary], places: dict[str, set[str]]) -> frozenset[str]:
    """The place words (:func:`place_words`) that are words of a committee's name, not of a council's it carries:
    "standards" of a Standards Committee, "leader" of a "Member Decisions Meeting for the Leader", but also "surrey" of
    the Surrey Police and Crime Panel. Beside a council's own name ("Carmarthenshire's Standards Committee ... and the
    full County Council") they say which of its bodies, not which council."""
    own = set()
    for s in summaries:
        council = _COUNCIL_NAMED.search(s.committee)
        if council:
            own.update(words(council.group("name")))
    committee_words = {w for s in summaries for w in words(s.committee)}
    return frozenset(w for w in places if w in committee_words and w not in own)
