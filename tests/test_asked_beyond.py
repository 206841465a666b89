"""Questions that set aside what the asker knows and ask for the rest ("besides the parish council thing, what else
did she say", "apart from northgate to lowmoor, which other route", "did anybody else get nominated"): the answer is
what the item says beyond it, not the sentence restating it (service.asked_beyond).

The papers are written for the test (tests/fixtures/asked-beyond: a town council hearing a bus users' campaign, a
licensing committee's declaration told in four sentences, two parish councils' elections of a chair, one with a
nominee who declined), ingested and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from index.embedder import Embedder
from service.asked_beyond import asks_beyond, goes_on_from_known, says_only_known, set_aside
from service.core import Minutebook
from tests.conftest import papers_minutebook

FIXTURES = Path(__file__).parent / "fixtures" / "asked-beyond"


@pytest.fixture(scope="module")
def councils(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {p.name: p.read_text(encoding="utf-8") for p in FIXTURES.iterdir()}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


def test_what_is_set_aside_is_read_from_the_question() -> None:
    known = set_aside("aside from the parish council thing, what else did she say?")
    assert "parish" in known and "thing" not in known
    assert asks_beyond("was anyone else nominated?") and asks_beyond("which other routes were named")
    assert not asks_beyond("which route was named?") and not set_aside("who chaired the meeting?")
    # asking of both, and an agenda's item, set nothing aside
    assert not set_aside("are the minutes going on the noticeboard as well as the website?")
    assert not asks_beyond("what came up under any other business?")


def test_a_sentence_restating_what_is_known_is_told_from_one_going_on() -> None:
    known = set_aside("besides northgate to lowmoor, which other route?")
    assert says_only_known("The bus runs from Northgate to Lowmoor on weekdays.", known)
    assert goes_on_from_known("It runs from Northgate to Lowmoor and also from Brackenford to Sallow Cross.", known)
    assert not says_only_known("It runs from Northgate to Lowmoor and also from Brackenford to Sallow Cross.", known)
    assert not says_only_known("The buses are late.", known)


def test_the_other_route_beside_the_one_named(councils: Minutebook) -> None:
    answered = councils.ask("kestrel vale tc - apart from northgate to lowmoor, which other route were the parishes "
                            "asked to back the petition from?")
    assert answered.found and "Brackenford to Sallow Cross" in answered.answer
    assert {(c.meeting_date.isoformat(), c.minute) for c in answered.citations} == {("2024-06-10", "41")}


def test_what_else_a_member_said_beyond_what_is_set_aside(councils: Minutebook) -> None:
    answered = councils.ask("fenwick licensing feb 2024 - aside from the parish council link, what else did cllr "
                            "oduya say about her interest in the old forge?")
    assert answered.found
    assert "objectors" in answered.answer and "open mind" in answered.answer
    assert "member of Tansley Parish Council" not in answered.answer  # what the asker set aside


def test_another_nominee_beside_the_one_elected(councils: Minutebook) -> None:
    answered = councils.ask("did anybody else get nominated for chair at brambleford pc's annual meeting?")
    assert answered.found and "who declined the nomination" in answered.answer
    assert {c.meeting_date.isoformat() for c in answered.citations} == {"2024-05-13"}


def test_a_name_set_aside_need_not_be_said_again(councils: Minutebook) -> None:
    answered = councils.ask("kestrel vale council june 2024 - apart from ffion rees, which local players did the mayor "
                            "say were off to the nations cup?")
    assert answered.found and "Cerys Lloyd and Megan Price" in answered.answer
