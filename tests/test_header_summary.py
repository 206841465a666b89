"""A summary of the meeting printed above its first item ("Key points from the Parish Council Meeting ... At this
meeting they: - Discussed the Coronation beacon ..."), which the parser keeps in the meeting's header, answers a
question on what a thing is or what was heard about it where no item says it; not what a thing showed, nor whether
it has been done, which a line naming it does not say.

The paper is written for the test (a fictional parish council's June minutes laid out as some clerks publish them),
ingested with the real model into a real store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

JUNE = """Key points from the Parish Council Meeting on 7th June 2023. At this meeting they:
- Heard from the Community Speedwatch volunteers about the new camera loan,
- Discussed the Coronation beacon for the village green,
- Received the results of the Traffic Survey,
- Agreed to join the Rural Broadband Voucher Scheme.
Minutes of the Parish Council Meeting
Held on Wed 7th June 2023 at 7.30pm in the Parish Rooms, Brockham
Chair: | Cllr Anne Hale |
Parish Councillors: | Cllrs Ben Ives, Carl Joyce, Dina Kemp |
23/80 Apologies
Apologies were received from Cllr Eric Lowe.
23/81 Declarations of Interest
There were no declarations of interest.
23/82 Previous Minutes & Actions
RESOLVED – the Minutes of the Parish Council meeting held on Wed 10th May 2023 were approved and signed by the \
Chairman.
23/83 Finance
RESOLVED – the schedule of payments for June 2023 was approved.
"""


@pytest.fixture(scope="module")
def parish(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {"brockham-parish-council-full-council-2023-06-07.txt": JUNE}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


@pytest.mark.parametrize(("asked", "said"), [
    ("which broadband scheme is brockham pc joining? heard it came up in june", "Rural Broadband Voucher Scheme"),
    ("what's the beacon that brockham parish council discussed in june 2023?", "Coronation beacon"),
    ("who did brockham pc hear from about the camera loan in june 2023?", "Community Speedwatch volunteers"),
])
def test_what_only_the_summary_says_is_answered_from_it(parish: Minutebook, asked: str, said: str) -> None:
    answered = parish.ask(asked)
    assert answered.found and said in answered.answer, asked


@pytest.mark.parametrize("asked", [
    "what did the traffic survey actually show? brockham june 2023",  # named, not what it showed
    "has the coronation beacon at brockham been put up yet?",  # discussed, not done
])
def test_a_line_naming_a_thing_does_not_say_what_it_showed_or_whether_it_was_done(parish: Minutebook,
                                                                                   asked: str) -> None:
    assert not parish.ask(asked).found, asked


@pytest.mark.parametrize("asked", [
    "did brockham pc agree to go in for the broadband voucher scheme in june?",
    "brockham parish june - did they decide to join the rural broadband vouchers?",
])
def test_a_summary_line_that_records_a_decision_answers_whether_it_was_made(parish: Minutebook, asked: str) -> None:
    answered = parish.ask(asked)
    assert answered.found and "Agreed to join the Rural Broadband Voucher Scheme" in answered.answer, asked
    # a line naming a thing discussed still says nothing of a decision on it
    assert not parish.ask("did brockham pc agree to build the coronation beacon in june?").found


def test_a_publication_note_on_decisions_is_no_decision(tmp_path_factory: pytest.TempPathFactory,
                                                         embedder: Embedder) -> None:
    note = ("MARSHBY COMBINED AUTHORITY PUBLICATION: 9 MAY 2023 DEADLINE FOR CALL-IN: 16 MAY 2023 DECISIONS INCLUDED "
            "IN THESE MINUTES MAY THEN BE IMPLEMENTED WHERE THEY HAVE NOT BEEN SUBJECT TO A CALL-IN.\n"
            "At a meeting of the Marshby Combined Authority held on Tuesday, 9th May, 2023\n"
            "1. APOLOGIES FOR ABSENCE\nApologies were received from Mayor T Bell.\n")
    with papers_minutebook(tmp_path_factory, embedder, {"marshby-combined-authority-2023-05-09.txt": note}) as mb:
        assert not mb.ask("were any of the marshby combined authority decisions from may called in?").found
