"""A word of a question that names the kind of answer it wants, not its subject, is held by an item that prints a
value of that kind: "money" or "cash" by a sum ("£9,850"), the "long" of "how long" by a length of time ("three
weeks"); and two words of a question written as one in the papers ("hand over": "handover") are held by that word.
A question whose item prints no value of the kind stays refused.

The papers are written for the test (a fictional parish council), ingested with the real model into a real store and
asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

MINUTES = """BRAMLEY GREEN PARISH COUNCIL
Minutes of the meeting of the Parish Council held in the Reading Room, Bramley Green on Tuesday 9 July 2024 at 7.30pm

Present: Councillor Okafor (in the Chair); Councillors Bright, Dunne and Lacey.

24/51 VILLAGE HALL ROOF
The Clerk reported that the National Lottery Community Fund had awarded £9,850 towards the village hall roof \
repairs. Work would start in September.

24/52 SUMMER FETE
The summer fete on 22 June had raised £1,240 for the church tower appeal. Members thanked the volunteers.

24/53 MILL ROAD RESURFACING
The Highways Authority had confirmed that Mill Road would be closed for three weeks from 5 August while it is \
resurfaced. A diversion would be signed via Church Lane.

24/54 AMBULANCE STATION
Members noted a report that ambulance handover delays at Bramley Community Hospital averaged 52 minutes in May.

24/55 BOWLS CLUB
The bowls club had applied for a grant towards a new mower. The decision was deferred to the September meeting.
"""


@pytest.fixture(scope="module")
def parish(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {"bramley-green-pc-2024-07-09.txt": MINUTES}) as minutebook:
        yield minutebook


def test_money_is_held_by_a_sum(parish: Minutebook) -> None:
    answer = parish.ask("how much lottery money did bramley green get for the village hall roof?")
    assert answer.found, answer.answer
    assert "£9,850" in answer.answer


def test_cash_is_held_by_a_sum(parish: Minutebook) -> None:
    answer = parish.ask("how much cash did the bramley green summer fete make?")
    assert answer.found, answer.answer
    assert "£1,240" in answer.answer


def test_how_long_is_held_by_a_length_of_time(parish: Minutebook) -> None:
    answer = parish.ask("how long is mill road in bramley green going to be closed for the resurfacing?")
    assert answer.found, answer.answer
    assert "three weeks" in answer.answer


def test_two_words_asked_are_one_word_printed(parish: Minutebook) -> None:
    answer = parish.ask("how long are ambulances taking to hand over at bramley community hospital?")
    assert answer.found, answer.answer
    assert "52 minutes" in answer.answer


def test_money_with_no_sum_printed_is_refused(parish: Minutebook) -> None:
    answer = parish.ask("how much grant money did the bramley green bowls club get for its mower?")
    assert not answer.found, answer.answer


@pytest.mark.parametrize(("question", "said"), [
    ("how much money is going into the village hall roof?", "£9,850"),
    ("how long is the mill road closure for?", "three weeks"),
    ("how much money did the fete bring in?", "£1,240"),
    ("how long are the ambulance hand over times at bramley?", "52 minutes"),
    ("what cash did the lottery put towards the hall roof?", "£9,850"),
])
def test_kind_words_asked_briefly(parish: Minutebook, question: str, said: str) -> None:
    answer = parish.ask(question)
    assert answer.found, answer.answer
    assert said in answer.answer
