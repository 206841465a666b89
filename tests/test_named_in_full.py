"""A person asked about by given name and surname, where the minutes call them by title and surname ("Cllr Vance
reported ...") or by the chair's office ("The Chairman signed ..."), once the meeting's record of attendance has
named them in full. The quote speaks of them where the meeting's papers say who that is: one member of that
surname, with the given name asked; the meeting's chair, for the chair's office. Two members of one surname, or a
chair of another name, are not them. Each answer has its refused twin in the same papers.

The papers are written for the test (a fictional parish council), ingested with the real model into a real store and
asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

JUNE = """HARROWMERE PARISH COUNCIL
Minutes of the meeting held on Tuesday 14th June 2022 at 7.30pm in the Village Hall

Present: Councillors Edwin Marlow (Chairman), Petra Vance, Jide Okafor, Rachel Okafor and Tobias Finch.

1. MINUTES OF THE PREVIOUS MEETING

The minutes of the meeting held on 10th May 2022 were approved as a correct record. The Chairman signed the \
minutes of the previous meeting.

2. PLAYGROUND

Cllr Vance reported that the playground gate had been repaired by the contractor at no cost to the council.

3. BENCHES

Cllr Okafor agreed to inspect the memorial bench on the green and report back.

4. FOOTPATHS

Cllr Finch said that the stile on footpath 12 had been replaced.
"""


@pytest.fixture(scope="module")
def parish(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "harrowmere-parish-council-minutes-2022-06-14.txt": JUNE,
    }) as opened:
        yield opened


def test_a_member_named_by_title_and_surname_is_the_one_of_that_surname(parish: Minutebook) -> None:
    answered = parish.ask("What did Petra Vance report about the playground gate?")
    assert answered.found and "playground gate" in answered.answer
    # Cllr Finch spoke of the stile, not the gate
    assert not parish.ask("What did Tobias Finch report about the playground gate?").found


def test_two_members_of_one_surname_are_neither_said_of(parish: Minutebook) -> None:
    # Jide Okafor and Rachel Okafor: "Cllr Okafor" cannot be said to be either
    refused = parish.ask("What memorial bench on the green was Rachel Okafor going to inspect?")
    assert not refused.found and "Rachel Okafor" in refused.answer


def test_the_chairs_office_is_the_meetings_chair(parish: Minutebook) -> None:
    answered = parish.ask("Did Edwin Marlow sign the minutes of the previous meeting?")
    assert answered.found and "Chairman signed" in answered.answer
    assert not parish.ask("Did Tobias Finch sign the minutes of the previous meeting?").found


def test_what_a_named_member_declared_needs_a_declaration(parish: Minutebook) -> None:
    # the record of attendance names them, and says nothing they declared
    for question in ("What did Tobias Finch declare at Harrowmere in June 2022?",
                     "what did petra vance declare at harrowmere parish council in june 22?"):
        refused = parish.ask(question)
        assert not refused.found and "no interest declared" in refused.answer, question
