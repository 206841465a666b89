"""Reading a question once into a typed plan: intents with a confidence, bodies matched by words, dates without a
year, misspellings put right against the papers' own words, and the council's other names for things.

The papers' words here are written for the test (a made-up parish and a made-up children's panel), so nothing
is tuned to the shared corpus.
"""

from __future__ import annotations

import datetime as dt

import pytest

from index.query import Intent, understand
from index.spelling import Speller

COMMITTEES = ["Ashgrove Parish Council", "Children and Young People's Scrutiny Panel"]
LATEST = dt.date(2024, 3, 12)
PAPERS = [
    "Ashgrove Parish Council. Present: Cllr P. Lowe (Chairman), Cllr S. Khan, Mr. R. Tennant (Clerk).",
    "Apologies for absence were received from Cllr D. Marsh. The finance report was received.",
    "ELECTION OF CHAIRMAN. Resolved: That Cllr S. Khan be elected Chairman of the council for the year.",
    "The fostering recruitment campaign had approved twelve new fostering households this year.",
    "There were 530 looked after children at the end of March. Attendance at school had improved.",
    "Councillor Marsh left the room during the item and did not vote.",
    *COMMITTEES,
]


@pytest.fixture(scope="module")
def speller() -> Speller:
    return Speller.of_texts(PAPERS)


def _top(intents: dict[Intent, float]) -> Intent | None:
    return max(intents, key=lambda i: intents[i]) if intents else None


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # a word of a route in the topic does not choose the route: what is asked for does
        ("What did the panel resolve about school attendance?", Intent.RESOLUTION),
        ("What was resolved on election of chairman?", Intent.RESOLUTION),
        ("What was decided on apologies for absence and personal matters?", Intent.RESOLUTION),
        ("Who sent apologies in March?", Intent.ATTENDANCE),
        ("who chaired the March meeting?", Intent.ATTENDANCE),
        ("which councillors sat in on the November meeting at the Chair's invitation?", Intent.ATTENDANCE),
        ("did Cllr Marsh have to leave the room?", Intent.DECLARATION),
        ("when is the next meeting?", Intent.NEXT_MEETING),
        ("where was the millbrook meeting held?", Intent.VENUE),
        ("did the clerk come to the annual meeting?", Intent.ATTENDANCE),
        ("how many members of the public came to the meeting?", Intent.ATTENDANCE),
        ("When and where was the panel due to meet after its March meeting?", Intent.NEXT_MEETING),
        ("so when do we meet after the March panel?", Intent.NEXT_MEETING),
        ("What came of the drainage item we looked at in March 2023?", Intent.TIMELINE),
        ("have we had the fostering figures yet?", Intent.FOLLOWUP),
        ("has the clerk put the note about the half plots on the noticeboard yet?", Intent.FOLLOWUP),
        ("the care leavers briefing - has it gone out?", Intent.FOLLOWUP),
        ("has the clerk sent the thank you letter to cllr bradley?", Intent.FOLLOWUP),
        ("who stood in for the mayor at the september meeting?", Intent.ATTENDANCE),
        ("when did we last discuss fostering, and what did we decide each time?", Intent.TIMELINE),
    ],
)
def test_the_intent_is_what_is_asked_for_not_a_word_of_the_topic(question: str, intent: Intent,
                                                                speller: Speller) -> None:
    plan = understand(question, COMMITTEES, LATEST, speller)
    assert _top(plan.intents) == intent, plan.intents


def test_first_and_last(speller: Speller) -> None:
    assert understand("who chaired the panel's first meeting of 2023?", COMMITTEES, LATEST, speller).relative == "first"
    assert understand("what did we decide last time?", COMMITTEES, LATEST, speller).relative == "latest"


def test_a_committee_is_matched_by_its_words(speller: Speller) -> None:
    plan = understand("What did the parish council agree in March 2024?", COMMITTEES, LATEST, speller)
    assert [b.committees for b in plan.bodies] == [["Ashgrove Parish Council"]]  # a shorter form of the name
    assert plan.unknown_bodies == []
    plan = understand("What did the CYP scrutiny panel say about foster carers?", COMMITTEES, LATEST, speller)
    assert plan.committee == "Children and Young People's Scrutiny Panel"  # by initials and words


def test_a_body_the_papers_do_not_hold_is_unknown(speller: Speller) -> None:
    plan = understand("What did the Finance Committee decide in March 2024?", COMMITTEES, LATEST, speller)
    assert [b.text.lower() for b in plan.unknown_bodies] == ["finance committee"]
    plan = understand("What did the panel decide in March 2024?", COMMITTEES, LATEST, speller)
    assert plan.unknown_bodies == []
    # a body's name starts after its article: "the finance report the panel asked for" names the panel
    plan = understand("Where are we with the finance report the panel asked for?", COMMITTEES, LATEST, speller)
    assert [b.text for b in plan.bodies] == ["panel"] and plan.unknown_bodies == []
    # nor is a body's noun inside a compound word one
    assert understand("how many were in out-of-authority provision?", COMMITTEES, LATEST, speller).bodies == []
    # nor a thing named after a council: "band d council tax" is no "band d council", whose words would say where
    for asked in ("what band d council tax did they set for 2014/15?", "how many empty council homes are there?"):
        plan = understand(asked, COMMITTEES, LATEST, speller)
        assert plan.bodies == [] and not {"band", "empty"} & plan.scope_words, asked


def test_a_month_without_a_year_is_the_latest_such_month(speller: Speller) -> None:
    plan = understand("Who sent apologies in March?", COMMITTEES, LATEST, speller)
    assert plan.months == [3]
    assert not plan.periods or all(a.year == LATEST.year for a, _ in plan.periods)
    plan = understand("Who sent apologies in March 2023?", COMMITTEES, LATEST, speller)
    assert plan.periods == [(dt.date(2023, 3, 1), dt.date(2023, 3, 31))]
    # May, the month, after a preposition or as the meeting's name; the verb is not a month
    for question in ("who declared interests in may", "the may meeting - who chaired?"):
        assert understand(question, COMMITTEES, LATEST, speller).months == [5], question
    assert understand("what may the panel decide next", COMMITTEES, LATEST, speller).months == []
    # March and May beside another month are months too ("march and april - what happened each time")
    for question, months in (("youth band grant, march and april - what happened each time", [3, 4]),
                             ("missed bins - june vs may?", [6, 5]), ("feb/march budget items", [2, 3])):
        assert understand(question, COMMITTEES, LATEST, speller).months == months, question
    assert understand("did the protesters march and chant outside", COMMITTEES, LATEST, speller).months == []


def test_an_organisation_printed_in_capitals_says_whose_board(speller: Speller) -> None:
    papers = Speller.of_texts([*PAPERS, "The CCG Governing Body met. The CCG's plan was agreed by the CCG."],
                              also=["clinical commissioning group", "ccg"])
    committees = [*COMMITTEES, "Governing Body"]
    plan = understand("what did the ccg board decide?", committees, LATEST, papers)
    assert plan.unknown_bodies == [] and "ccg" in plan.scope_words


def test_misspellings_are_put_right_against_the_papers_words(speller: Speller) -> None:
    plan = understand("fostring recrutment numbers??", COMMITTEES, LATEST, speller)
    assert plan.corrections == {"fostring": "fostering", "recrutment": "recruitment"}
    assert "fostering recruitment" in plan.corrected
    plan = understand("who was Mr Tennant?", COMMITTEES, LATEST, speller)
    assert plan.corrections == {}  # a name the papers print is no misspelling


def test_a_word_of_any_question_is_never_a_misspelling() -> None:
    """Papers that never print "where" do not make it a misspelt "were"."""
    speller = Speller.of_texts(["The minutes were approved. Members were present at the Pavilion."])
    plan = understand("where was the meeting held?", [], None, speller)
    assert "where" not in plan.corrections and plan.corrected.startswith("where")


def test_the_councils_other_names_for_things_are_searched(speller: Speller) -> None:
    plan = understand("how many kids are in care now?", COMMITTEES, LATEST, speller)
    forms = {f for g in plan.synonyms for f in g.forms}
    assert "looked after children" in forms
    assert "looked after children" in plan.search_text  # the lexical search reads the papers' wording too


def test_the_date_of_minutes_approved_later_is_not_the_meeting_asked(speller: Speller) -> None:
    plan = understand("were the Dec 2017 minutes signed off as they were?", COMMITTEES, LATEST, speller)
    assert plan.periods == []  # the minutes of December were approved at a later meeting
    plan = understand("what did the council decide in December 2017?", COMMITTEES, LATEST, speller)
    assert plan.periods == [(dt.date(2017, 12, 1), dt.date(2017, 12, 31))]
