"""Questions the papers answer, asked as people ask them, answered and not refused: who was elected to an office
"of" the council ("vice-chairman of X parish council" is an office, not a body the papers hold no meetings of),
whether the minutes of a meeting named by its month were approved ("the minutes of its April meeting"), whether
anyone had to leave for an item (an interest declared, the member withdrawing), which quote was chosen ("the
quotation from Parkside Street Furniture Ltd"), a figure of a quarter typed "q3" ("Quarter 3"), a sum awarded in a
year the sentence before names, a decision adopting what is "set out above" (the fees above it), the public "chucked
out" and for which item (named by its number, its title printed elsewhere), and where the meeting before was held
(as the minute approving its minutes says). And the near misses beside them, refused: an office nobody was elected
to, the minutes of a month not approved, a quote not yet chosen (a decision deferred), a quarter not reported, a year
not reported, and a previous meeting whose place the papers do not give.

The papers are written for the test (tests/fixtures/answered-not-refused: a fictional parish council's annual
meeting and a district council's environment committee), ingested with the real model into a real store and asked
through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from service.core import Minutebook
from tests.conftest import papers_fixture

PAPERS = Path(__file__).parent / "fixtures" / "answered-not-refused"


asked = papers_fixture(PAPERS, "*.txt")


@pytest.mark.parametrize(("question", "said"), [
    # an office "of" the council: the office asked for, the council where
    ("Who became Vice-Chair of Kestrelbury Parish Council in May 2025?", ["Denholm"]),
    ("who was made chairman of kestrelbury parish council at the annual meeting", ["Wetherall"]),
    # the minutes of a meeting named by its month, approved at the next
    ("Did Kestrelbury Parish Council approve the minutes of its April 2025 meeting?", ["14 April 2025", "approved"]),
    ("were the minutes of their november 2024 meeting confirmed by wendmoor environment committee",
     ["12 November 2024", "confirmed"]),
    ("were the 14 april minutes signed off at kestrelbury", ["14 April 2025", "approved"]),  # a day without its year
    # leaving for an item: an interest declared, and the member withdrawing
    ("kestrelbury - did anyone have to leave for the allotments lease item?", ["Tranter"]),
    # the quote chosen, named by whom it is from
    ("which quotation did kestrelbury go with for the benches in the end", ["Parkside Street Furniture", "£1,980"]),
    # a quarter as typed
    ("wendmoor - what was the litter standard figure for q3", ["88.4%"]),
    # a sum awarded in a year the sentence before names
    ("How much did Wendmoor award from the Community Energy Fund in 2024/25?", ["£346,500"]),
    # fees adopted as "set out above": the fees are what was agreed
    ("kestrelbury - what did they agree on pitch hire fees", ["£42.00", "1 August 2025"]),
    # the public put out, as people say it
    ("did kestrelbury chuck the public out for anything", ["excluded"]),
    # and for which item: the exclusion names it by number, a public line names it in full
    ("kestrelbury may 2025 - did they throw the press out, and for what item", ["excluded", "Millbrook Field"]),
    # where the meeting before was held, as the minutes approving its minutes give it
    ("where did kestrelbury parish council meet the time before the annual meeting", ["Scout Hut"]),
])
def test_answered_as_asked(asked: Minutebook, question: str, said: list[str]) -> None:
    answered = asked.ask(question)
    assert answered.found, answered.answer
    for fact in said:
        assert fact in answered.answer, (fact, answered.answer)


@pytest.mark.parametrize("question", [
    "Who was elected Vice-Chairman of Wendmoor District Council?",  # the committee's papers elect nobody
    "Did Kestrelbury Parish Council approve the minutes of its March 2025 meeting?",  # April's were approved
    "which quote did kestrelbury go with for the bus shelter",  # a decision deferred for a third quote
    "wendmoor - what was the litter standard figure for q1",  # only quarter 3 is reported
    "How much did Wendmoor award from the Community Energy Fund in 2022/23?",  # only 2024/25's awards
    "where did the wendmoor environment committee meet the time before",  # November's minutes give no place
])
def test_near_misses_beside_them_are_refused(asked: Minutebook, question: str) -> None:
    answered = asked.ask(question)
    assert not answered.found, answered.answer
