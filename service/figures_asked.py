"""A figure asked for, and whether the figure an answer quotes is of it.

The item that speaks to a question for a figure often gives figures of other things: "how much did the jubilee beacon
cost" meets "to spend up to £600 ... on commemorative mugs ... and on an oak tree" (the beacon is the item's, its cost
is not); "how many wildlife crimes in fennick district" meets "63 wildlife crimes were recorded ..., 24 of them in
Sallow Vale"; "how many crimes in may 2022" meets "7 crimes in the parish in March and April"; "the a&e figure in june"
meets May's. A figure answers only where the sentence giving it, read with its item's title and its lead-in, names
what the question singles the figure out by:

- each name the question gives that does not say which council (a district, a scheme, a person);
- the month the question asks of, where the sentence dates its figure by months;
- the most distinctive word of the subject that the item prints ("beacon" of "jubilee beacon cost").
"""

from __future__ import annotations

import re

from index.bodies import GENERIC_BODY_WORDS
from ingest.titles import DECISION_START
from minutebook.dates import MONTHS
from minutebook.model import Citation
from minutebook.vocabulary import (
    ALIKE_WORDS,
    ANSWERS_SAID,
    FIGURE_NOUN_ASKED,
    HOURS_ASKED,
    HOURS_SAID,
    OFFICES,
    RATE_ASKED,
    RATE_PRINTED,
    SAVING_ASKED,
    SAVING_SAID,
    TARGET_ASKED,
    TARGET_SAID,
)
from service.answer_kinds import kind_words
from service.answer_types import item_texts
from service.evidence import (
    NUMBER_OF,
    asks_money,
    asks_quantity,
    counted,
    counted_head,
    counted_stems,
    has_money,
    has_quantity,
    sentences,
    stems,
)
from service.facts import EACH_OF, EACH_PRICE_ASKED, EACH_PRICED, figure_first
from service.figure_things import WORD, counts, named_as_head, same_word
from service.item_words import item_text, phrased
from service.measures import MEASURE_ASKED
from service.papers import Asked, Papers
from service.schemas import Answer

# routes that quote a meeting's own records, which count their own way
RECORD_ROUTES = ("attendance", "declarations")
MONTH_NAMED = re.compile(r"\b(" + "|".join(sorted((m for m in MONTHS if len(m) >= 3), key=len, reverse=True))
                         + r")\b\.?", re.I)
LEAD_WORDS = 6  # a heading names its subject in a few words ("(c) Market Place bus shelter.")
# "what was the a&e 4 hour performance in june": a measure asked by its noun, as the measures check reads "rate"
PERFORMANCE_ASKED = re.compile(r"\bwhat(?:['’]?s|\s+is|\s+was|\s+were)\s+(?:the\s+)?(?:[\w'’&/-]+\s+){0,8}?"
                               r"(?:performance|score)\b", re.I)
# others of a thing's kind counted ("how many similar groups", as SHORTHAND writes "groups of its type")
ALIKE_ASKED = re.compile(rf"\b(?:{ALIKE_WORDS.form})\b", re.I)
# a count asked, which a sum of money does not give
HOW_MANY = re.compile(r"\bhow\s+many\b|" + NUMBER_OF, re.I)
FIRST_COUNTED = re.compile(r"\bhow\s+many\s+([\w'’-]+)", re.I)  # "how many ppl gave evidence": people
SUM = re.compile(r"(?:[£€$]|\b(?:EUR|GBP|USD)\s?)\d[\d,]*(?:\.\d+)?(?:\s?(?:m|bn|k|million|billion|thousand)\b)?",
                 re.I)
RATE = re.compile(RATE_PRINTED.form, re.I)
_ANSWERS_SAID = re.compile(rf"\b(?:{ANSWERS_SAID.form})\b", re.I)
PART_OF = re.compile(r"\bhow\s+many\s+of\b", re.I)
# a span of time printed with its count: "in the previous 24 months", "90 seconds", "for 3 years"
SPAN = re.compile(r"\b(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|"
                  r"thirty)\s*(seconds?|minutes?|hours?|days?|weeks?|months?|years?)\b", re.I)  # "within four hours"
# "how long did she chair it": a duration, read by the checks of its own kind
HOW_LONG_ASKED = re.compile(r"\bhow\s+long\b", re.I)
# months asked as a range: "jan-march 23", "oct to dec", "between march and august"
RANGE = re.compile(r"\b(?:between|from|to|until|till|through)\b|[a-z]\s*[-–]\s*[a-z]", re.I)
# a charge, fee or price asked by its noun: "what's the 2 hour parking charge now", "whats the hall hire fee"
CHARGE_ASKED = re.compile(r"\bwhat(?:['’]?s|\s+is|\s+was|\s+are|\s+were|\s+will\s+be)\s+(?:the\s+)?"
                          r"(?:[\w'’&/-]+\s+){0,6}?(?:charges?|fees?|prices?|tariffs?|rents?)\b", re.I)
# a thing singled out by a length or size before it: "the 2 hour parking charge", "three weekly bin collections",
# "a 10-year plan", "2 bed homes"; the figure must be printed of that length ("two-hour", "three-weekly")
SIZED = re.compile(r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty)[\s-]?"
                   r"(hour|hr|day|week|month|year|minute|mile|bed|bedroom|storey|seat|acre)(?:ly)?\b"
                   r"(?=\s+(?!(?:and|or|to|of|in|on|at|for|ago|old|time|times|later|before|after)\b)[a-z])", re.I)
NUMBERS = {w: n for n, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                        "nine", "ten", "eleven", "twelve"])}
NUMBERS.update({"twenty": 20, "thirty": 30})
# by how much something changes, and of what: "how much are council house rents going up", "how much will the
# precept rise" (the thing is the phrase's last word before the change)
CHANGE_OF = re.compile(r"\bhow\s+much\s+(?:is|are|was|were|will|would|did|does|do|has|have|had)\s+(?:the\s+)?"
                       r"((?:[\w'’-]+\s+){1,5}?)(?:be\s+)?(?:going\s+(?:up|down)|go(?:es)?\s+(?:up|down)|"
                       r"went\s+(?:up|down)|ris\w*|rose|increas\w*|decreas\w*|f[ae]ll\w*|drop\w*|chang\w*|cut|reduc\w*|"
                       r"gr[eo]w\w*)\b", re.I)
_HOURS_ASKED = re.compile(HOURS_ASKED.form, re.I)
_HOURS_SAID = re.compile(HOURS_SAID.form, re.I)
# a kind of figure asked, and how the sentence giving one words it: a saving, a target, the price of each
KINDS = ((re.compile(SAVING_ASKED.form, re.I), re.compile(SAVING_SAID.form, re.I), "no saving for that"),
         (re.compile(TARGET_ASKED.form, re.I), re.compile(TARGET_SAID.form, re.I), "no target for that"),
         (EACH_PRICE_ASKED, EACH_PRICED, "no price for each"))
# what a rate asked by its noun is of: the words before it ("what was Cwm Tawel's recycling rate": recycling)
RATE_OF = re.compile(RATE_ASKED.form, re.I)
TITLES = re.compile(r"cllrs?|councillors?|mr|mrs|ms|miss|dr|sir|dame|lord|lady|prof(?:essor)?|rev(?:d|erend)?", re.I)
OFFICE = re.compile(OFFICES.form, re.I)  # "the provost", "the mayor": whom, by their office, not a name


_FIGURE_NOUN = re.compile(FIGURE_NOUN_ASKED.form, re.I)


def asks_figure(question: str) -> bool:
    """Does ``question`` ask a figure: a sum, a charge, a count, a figure put first, or a figure by its noun alone
    ("hackney carriage vehicle licence fee for 38/39?")?"""
    return asks_money(question) or bool(CHARGE_ASKED.search(question)) or asks_quantity(question) \
        or figure_first(question) or bool(_FIGURE_NOUN.search(question))


def figure_unmet(papers: Papers, asked: Asked, answer: Answer, route: str) -> str | None:
    """Why the answer's figures are not of what the question asks a figure of; None where one is, or the question
    asks for no figure first, or singles it out by nothing."""
    question = asked.plan.corrected
    if route in RECORD_ROUTES or not answer.citations or HOW_LONG_ASKED.search(question):
        return None
    pieces = quoted_pieces(answer)
    if _HOURS_ASKED.search(question) and not any(_HOURS_SAID.search(s) for _, _, s in pieces):
        return "The papers do not give those hours."  # "what opening hours did they set": no time is printed
    quoted = [(f"{c.item_title}\n{lead}", s) for c, lead, s in pieces if has_money(s) or has_quantity(s)]
    for asked_kind, said_kind, kind in KINDS:
        # (where the quotes give figures, one must be of the kind asked: "Sickness absence was 5.4%" is no target)
        # and of the thing asked: "against a target of 4%" for sickness absence is not the recycling target
        of = [t for t in asked.subject if not asked_kind.search(asked.terms.get(t, t))
              and asked.terms.get(t, t) not in asked.plan.names]
        if asked_kind.search(question) and quoted and (kind != "no price for each" or EACH_OF.search(question)) \
                and not (kind == "no price for each" and each_listed(quoted)) \
                and not any(said_kind.search(f"{about}\n{s}")
                            and (not of or any(asked.has(t, set(stems(f"{about}\n{s}"))) for t in of))
                            for about, s in quoted):
            return f"The papers give {kind}."
    money = asks_money(question) or bool(CHARGE_ASKED.search(question))
    if not money and not figure_first(question) and not MEASURE_ASKED.search(question) \
            and not PERFORMANCE_ASKED.search(question):
        return None
    figures = [(c, lead, s) for c, lead, s in pieces if has_money(s) or (not money and has_quantity(s))]
    if not figures:
        return None  # the other checks read a figure given otherwise (a list of the towns counted)
    if HOW_MANY.search(question) and not money \
            and all(not has_quantity(not_counts(question, s)) for _, _, s in figures):
        # "how many members has the band got": "reserves of £2,310"; "how many people are waiting for a dentist":
        # "46% of adults had seen one in the previous 24 months"
        return "The papers give no count of that."
    earlier = sentence_before(pieces)
    if reason := thing_unmet(asked, question, money, figures, earlier) or rate_unmet(
            papers, asked, question, figures, earlier):
        return reason
    names = naming_terms(papers, asked)
    # (or in the item's sentences quoted before the figure's: "reported on the National Fraud Initiative exercise.
    # ... To date £71,300 had been identified for recovery")
    if names and not any(names <= held_in(asked, f"{c.item_title}\n{lead}\n{said_before(pieces, n)}\n{s}")
                         for n, (c, lead, s) in enumerate(pieces)):
        return "The papers give no figure of that."  # "in fennick district": no quote names Fennick
    month = month_asked(asked)
    if month is not None:
        dated = [{MONTHS[m.group(1).lower()] for m in MONTH_NAMED.finditer(s)} for _, _, s in figures
                 if papers.cover(asked, s, asked.subject) > 0]
        if dated and all(said and month not in said for said in dated):
            return "The papers give no figure of that for when it is asked."  # May's figure for June's
    if money:
        key = distinctive_terms(papers, asked, answer)
        if not any(key.get(c.item_title, set()) <= held_in(asked, f"{c.item_title}\n{lead}\n{beside_sums(s)}")
                   or goes_on(asked, pieces, n, key.get(c.item_title, set()))
                   for n, (c, lead, s) in enumerate(pieces) if (c, lead, s) in figures):
            return "The papers give no sum of money for that."  # "£600 on mugs and a tree", asked the beacon's
    return None


SUMS_APART = 2  # sums a sentence prints, each of its own thing ("a grant of £25,000, £20,000 from reserves, ...")
BESIDE = 10  # words either side of a sum that say what it is of, where a sentence prints several


def beside_sums(sentence: str) -> str:
    """The words of ``sentence`` that a sum it prints can be of: all of it where it prints one; where it prints
    several, the words before the first (the sentence's subject, of them all: "Rolling out the service in Haddon would
    need ..., estimated at £1.9 million capital and £860,000 a year") and those near each sum, each of its own thing
    ("funded by the grant of £25,000, £20,000 from the earmarked reserve, and the balance from a Public Works Loan
    Board loan": no sum is the loan's)."""
    found = list(SUM.finditer(sentence))
    if len(found) < SUMS_APART:
        return sentence
    words = list(re.finditer(r"\S+", sentence))
    at = [n for n, w in enumerate(words) if any(w.start() < m.end() and m.start() < w.end() for m in found)]
    keep = set(range(at[0])) | {k for n in at for k in range(n - BESIDE, n + BESIDE + 1)}
    return " ".join(w.group(0) for n, w in enumerate(words) if n in keep)


def not_counts(question: str, sentence: str) -> str:
    """``sentence`` without the figures that count nothing a "how many" question asks: sums of money, rates ("46%",
    "54 per cent"; not a part of a whole asked, "how many of the pupils passed", which "62%" answers, nor a survey's
    answers, "76% of respondents would prefer a mixture", which answers "how many want a mix") and
    spans of time ("in the previous 24 months"), unless the question counts that unit ("how many hours a week")."""
    text = SUM.sub(" ", sentence)
    if not PART_OF.search(question) and not _ANSWERS_SAID.search(sentence):
        text = RATE.sub(" ", text)
    unit = FIRST_COUNTED.search(question)
    counted_unit = unit.group(1).lower().rstrip("s") if unit else ""
    return SPAN.sub(lambda m: m.group(0) if m.group(1).lower().rstrip("s") == counted_unit else " ", text)


EACH_LISTED = 2  # rows of a table, each with its own sum, that give "how much each"


def each_listed(quoted: list[tuple[str, str]]) -> bool:
    """Do the quotes list several, each with its own sum, a row each ("Penygroes Community Centre  £3,000.00",
    "Ferryside Social Enterprise Group  £3,000.00" under "Applicant  Award")? "Which groups got money, and how much
    each" is answered by the rows: each row's sum is its own."""
    return sum(1 for _, s in quoted if "\t" in s and has_money(s)) >= EACH_LISTED


def goes_on(asked: Asked, pieces: list[tuple[Citation, str, str]], n: int, key: set[str]) -> bool:
    """Does the figure's sentence ``pieces[n]`` go on from the sentence before it in the same item, which names what
    the figure is of, and itself say more of the question ("The Farming and Land Manager reported on the Farming in
    Protected Landscapes (FiPL) programme ... In 2024/25 the Authority had approved 94 projects with grants totalling
    £1.14 million", asked "how many fipl projects and how much grant")? "The car park income was £118,000" after it
    says nothing more of the FiPL grant asked."""
    if n == 0 or not key:
        return False
    s = pieces[n][2]
    said = said_before(pieces, n)
    return bool(said) and key <= held_in(asked, said) and bool(held_in(asked, s) - key)


def said_before(pieces: list[tuple[Citation, str, str]], n: int) -> str:
    """The sentences quoted just before ``pieces[n]`` from its item, back to the first of the run: a paragraph that
    names what it reports on first ("reported on the Hedgerow Heritage Grant scheme. Thirty-one landowners had
    applied ... Grants totalling £18,400 had been awarded"); for a decision's sentence, which names what it acts
    on itself ("Resolved to spend up to £600 ... on commemorative mugs"), the one sentence before."""
    c = pieces[n][0]
    item = (c.meeting_date, c.minute, c.item_title)
    k = n
    if n and DECISION_START.match(pieces[n][2].lstrip("*_ ")):
        k = n - 1 if (pieces[n - 1][0].meeting_date, pieces[n - 1][0].minute, pieces[n - 1][0].item_title) == item \
            else n
        return "\n".join(s for _, _, s in pieces[k:n])
    while k > 0 and (pieces[k - 1][0].meeting_date, pieces[k - 1][0].minute, pieces[k - 1][0].item_title) == item:
        k -= 1
    return "\n".join(s for _, _, s in pieces[k:n])


def quoted_pieces(answer: Answer) -> list[tuple[Citation, str, str]]:
    """Each sentence the answer quotes, with its citation and the heading or lead-in just before it in the same item
    ("Defra provided 75% of the core budget and the partner authorities the remainder:" over a table's row, quoted
    apart), which says what it is about."""
    out: list[tuple[Citation, str, str]] = []
    before: tuple[tuple[object, ...], str] | None = None
    for c in answer.citations:
        item = (c.meeting_date, c.minute, c.item_title)
        for s in sentences(c.quote):
            prev = before[1] if before is not None and before[0] == item else ""
            lead = prev if prev and (len(prev.split()) <= LEAD_WORDS or prev.rstrip().endswith(":")) else ""
            out.append((c, lead, s))
            before = (item, s)
    return out


def sentence_before(pieces: list[tuple[Citation, str, str]]) -> dict[tuple[int, str], str]:
    """Each quoted sentence (by its citation and text) with the quoted sentence just before it on the same item."""
    out: dict[tuple[int, str], str] = {}
    for (c, _, s), (b, _, said) in zip(pieces[1:], pieces, strict=False):
        if (b.meeting_date, b.minute, b.item_title) == (c.meeting_date, c.minute, c.item_title):
            out[(id(c), s)] = said
    return out


def held_in(asked: Asked, text: str) -> set[str]:
    """The question's terms ``text`` holds, in its words or another wording of them."""
    present = set(stems(text))
    together, apart = phrased(asked.thing_phrases, text)
    return {t for t in asked.terms if asked.has(t, present) or t in together} - apart


def naming_terms(papers: Papers, asked: Asked) -> set[str]:
    """The question's terms that are names the papers print, other than what names a council's papers (its name,
    its file names), a title ("Cllr") and an office ("a petition to the provost": whom it went to, which the minute
    of it need not print): what the figure is singled out by ("fennick", "blyford")."""
    keys = asked.where if asked.where is not None else {s.key for s in papers.meetings()}
    council = papers.named_words(keys)
    # (a name only other councils' papers print is no name of this council's figures: "fresh cctv spending per the
    # dyfed-powys commissioner", whose "fresh" another council prints only in its "Fresh Start Improvement Plan")
    said = set().union(*(papers.meeting_words.get(k, set()) for k in keys)) if asked.where is not None else None
    # (nor the thing counted, which a count names by its kind or not at all, whatever the papers capitalise: "how
    # many bodies of that kind": "one of four of its kind", though "Outside Bodies" heads another item)
    # (the whole of what is counted, where the count is of its kind: "one of how many regional transport groups of its
    # type" counts groups of TraCC's kind, which the quote names by "its kind", not by "Transport")
    things = {counted(asked.plan.corrected), counted_head(asked.plan.corrected)}
    if ALIKE_ASKED.search(asked.plan.corrected):
        things |= set(counted_stems(asked.plan.corrected))
    return {t for t, w in asked.terms.items() if w in asked.plan.names and w not in papers.places and t not in things
            and w not in council and not TITLES.fullmatch(w) and not OFFICE.fullmatch(w)
            and (said is None or w.lower() in said)
            and w not in GENERIC_BODY_WORDS and not papers.index.prints_as_word(w)}


def month_asked(asked: Asked) -> int | None:
    """The one month the question asks a figure of (named without its year, or a period of one month); None where
    it asks of none, of a range or of several."""
    months = set(asked.plan.months) | {a.month for a, b in asked.plan.periods if (a.year, a.month) == (b.year, b.month)}
    spans = [p for p in asked.plan.periods if (p[0].year, p[0].month) != (p[1].year, p[1].month)]
    return next(iter(months)) if len(months) == 1 and not spans and not RANGE.search(asked.question) else None


def distinctive_terms(papers: Papers, asked: Asked, answer: Answer) -> dict[str, set[str]]:
    """For each item the answer quotes, the most distinctive term of what the question asks a figure of that the
    item prints (the rarest in the papers), where it prints two or more of them: not a word for the kind of figure
    ("cost", "money"), nor what names the council."""
    kinds = set(kind_words(asked.plan.corrected, asked.terms))
    council = papers.named_words(asked.where) if asked.where is not None else set()
    subject = [t for t, w in asked.terms.items() if t not in kinds and w not in papers.places
               and w not in asked.plan.places and w not in council]
    out: dict[str, set[str]] = {}
    for cite in answer.citations:
        if cite.item_title in out:
            continue
        h = asked.hit_citing(cite)
        nodes = papers.index.item_nodes(h.node.item_key, asked.filters.audience) if h is not None else []
        printed = set(stems(item_text(nodes))) if nodes else set()
        held = [t for t in subject if asked.has(t, printed)]
        out[cite.item_title] = {max(held, key=papers.weights.idf)} if len(held) > 1 else set()
    return out


def thing_unmet(asked: Asked, question: str, money: bool, figures: list[tuple[Citation, str, str]],
                earlier: dict[tuple[int, str], str]) -> str | None:
    """Why the quoted figures are not of the thing the question asks a figure of: a count of something else ("four
    seasonal rangers" for "how many visitors"), a sum that is not a saving ("a fine of £200 a tonne" for "how much
    will they save"), a change in another thing ("rent arrears ... an increase of 6.2%" for "how much are rents going
    up"), a figure of another size of thing ("the all-day charge" for "the 2 hour parking charge")."""
    texts = [(f"{c.item_title}\n{lead}", s, earlier.get((id(c), s), "")) for c, lead, s in figures]
    head = counted_head(question)
    # (where they print the thing counted: a count of other words for it, "120 responses" to "how many workers
    # answered", is read by the support test; and where the words after "how many" are all the question's terms:
    # "how many ppl gave evidence" counts the people, not the evidence)
    if HOW_MANY.search(question) and not money and head is not None and head in asked.terms \
            and counted_named(asked, question) \
            and any(same_word(asked, head, WORD.findall(f"{about} {s}")) for about, s, _ in texts) \
            and not any(counts(asked, t, s, about, said) for about, s, said in texts
                        for t in {head, counted(question) or head}):
        # ("how many complaints about dog fouling": "9 complaints about dog fouling" counts the first word's thing)
        return "The papers give no count of that."
    changed = CHANGE_OF.search(question)
    thing = [t for t in stems(changed.group(1)) if t in asked.terms and asked.terms[t] not in asked.plan.names
             and asked.terms[t] not in asked.plan.places] if changed else []
    if thing and any(same_word(asked, thing[-1], WORD.findall(s)) for _, s, _ in texts) \
            and not any(named_as_head(asked, thing[-1], s) for _, s, _ in texts):
        return "The papers give no change in that."
    for sized in SIZED.finditer(question):
        if not any(sized_as(sized, f"{about}\n{s}") for about, s, _ in texts):
            return "The papers give no figure of that."
    return None


def rate_unmet(papers: Papers, asked: Asked, question: str, figures: list[tuple[Citation, str, str]],
               earlier: dict[tuple[int, str], str]) -> str | None:
    """A rate asked by its noun ("what was the food waste rate"), and no quoted figure's sentence, read with its item's
    title and lead-in (and the quoted sentence before it: "... data on vacant shop units. The vacancy rate in the town
    centre was 17.4%"), names the most distinctive word of what the rate is of ("food"): "48.2% of household waste"
    and "garden waste subscriptions had reached 61%" are rates of other things. ("The latest local reoffending rate"
    is answered by "Overall binary reoffending rate: 11.1%": "local" says whose, "reoffending" what.)"""
    rate = RATE_OF.search(question)
    of = [t for t in stems(rate.group(1) or "") if t in asked.terms and asked.terms[t] not in asked.plan.places
          and asked.terms[t] not in asked.plan.names] if rate else []
    if not of:
        return None
    key = max(of, key=papers.weights.idf)
    for c, lead, s in figures:
        own = held_in(asked, f"{c.item_title}\n{lead}\n{s}")
        if key in own:
            return None
        # the sentence before may name what the rate is of, where this one names the rest ("... data on vacant shop
        # units. The vacancy rate in the town centre was 17.4%")
        if 2 * len(set(of) & own) >= len(set(of)) and key in held_in(
                asked, earlier.get((id(c), s)) or before_in_item(papers, asked, c, s)):
            return None
    return "The papers give no rate of that."


def before_in_item(papers: Papers, asked: Asked, cite: Citation, sentence: str) -> str:
    """The sentence the cited item prints just before ``sentence`` (a quote's first), or "" where it is the first."""
    for text in item_texts(papers, asked, cite):
        said = sentences(text)
        k = next((k for k, s in enumerate(said) if sentence[:60] in s), None)
        if k:
            return said[k - 1]
    return ""


def counted_named(asked: Asked, question: str) -> bool:
    """Is the word after "how many" one of the question's terms ("how many visitors"), not a word too common to be
    one ("how many people gave evidence": the count is of people, whose head the question does not print)?"""
    first = FIRST_COUNTED.search(question)
    found = stems(first.group(1)) if first else []
    return bool(found) and all(t in asked.terms for t in found)


def sized_as(sized: re.Match[str], text: str) -> bool:
    """Does ``text`` print the length or size the question gives ("2 hour": "two-hour", "2hr", "2 hours")?"""
    n = sized.group(1).lower()
    value = int(n) if n.isdigit() else NUMBERS[n]
    forms = [str(value), *(w for w, k in NUMBERS.items() if k == value)]
    unit = sized.group(2).lower()[:3]
    return bool(re.search(rf"\b(?:{'|'.join(forms)})\s*(?:-\s*)?{unit}", text, re.I))


def sum_unquoted(asked: Asked, answer: Answer) -> bool:
    """Does the question ask for a sum of money that none of the answer's quotes prints? ("what precept is the parish
    looking at" answered by the resolution noting the draft budget: the sum is in the item's report, which another
    route quotes.)"""
    return asks_money(asked.question) and not any(has_money(c.quote or "") for c in answer.citations)
