"""The grounds business was taken in private on, asked as people ask it ("on what grounds were the public kept out",
"under which law was the report not published", "why did they go into private session"): the lines printed with
the exclusion that name the statute, the paragraph of Schedule 12A or its words, whether the motion sits in the
agenda text above a minute that records only its carrying, in the resolution itself, or in a parish council's
proposal under the 1960 Act. An exclusion that prints no grounds is given none, another meeting's are not borrowed,
and "the public interest test" is no member's declared interest.

The papers are written for the test (tests/fixtures/exclusion-grounds: a borough's agenda-and-minutes page, a Welsh
county's member decisions meeting, a parish council's two meetings), ingested and asked through the same
``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from index.embedder import Embedder
from index.intents import Intent, cue_intents
from service.core import Minutebook
from service.exclusion_grounds import asks_grounds
from tests.conftest import papers_minutebook

FIXTURES = Path(__file__).parent / "fixtures" / "exclusion-grounds"


@pytest.fixture(scope="module")
def council(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {p.name: p.read_text(encoding="utf-8") for p in FIXTURES.glob("*.txt")}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


def test_the_motions_grounds_above_the_minute_are_given(council: Minutebook) -> None:
    answered = council.ask("thornbury vale council feb 2024 - on what grounds was the public kept out?")
    assert answered.found
    assert "paragraph 1 of Part 1 of Schedule 12A" in answered.answer
    assert "Information relating to any individual" in answered.answer
    assert {c.minute for c in answered.citations} == {"2"}


def test_the_law_a_report_was_kept_private_under(council: Minutebook) -> None:
    answered = council.ask("llanfair esgob resources decisions nov 23 - which law let them keep the heol y felin "
                           "land report private?")
    assert answered.found
    assert "Local Government Act 1972" in answered.answer and "Paragraph 16" in answered.answer
    assert all(c.minute == "3" for c in answered.citations)


def test_a_parish_councils_grounds_under_the_1960_act(council: Minutebook) -> None:
    answered = council.ask("why did ashworth magna pc go into private session in may 2024?")
    assert answered.found
    assert "Admission to Meetings) Act 1960" in answered.answer
    assert all(c.meeting_date.isoformat() == "2024-05-08" for c in answered.citations)


def test_no_grounds_where_the_exclusion_prints_none(council: Minutebook) -> None:
    answered = council.ask("ashworth magna parish council june 2024 - on what grounds were the press excluded?")
    assert "1960" not in answered.answer and "Schedule 12A" not in answered.answer
    assert all(c.meeting_date.isoformat() != "2024-05-08" for c in answered.citations)


def test_grounds_not_added_where_not_asked(council: Minutebook) -> None:
    answered = council.ask("thornbury vale council feb 2024 - did they vote to exclude the press and public?")
    assert answered.found and "excluded" in answered.answer
    assert "Information relating to any individual" not in answered.answer


def test_grounds_asked_as_people_ask() -> None:
    for asked in ("on what grounds were press and public excluded", "under what law was the report kept private",
                  "why was the depot sale taken in private?", "which paragraph was the item exempt under",
                  "what was the legal basis for going into closed session"):
        assert asks_grounds(asked), asked
    for other in ("why was the depot sale approved?", "on what grounds was the planning application refused",
                  "was the depot item taken in private?"):
        assert not asks_grounds(other), other


def test_the_public_interest_test_is_no_declared_interest() -> None:
    asked = cue_intents("did they apply the public interest test before taking the lease in private?")
    assert asked.get(Intent.DECLARATION, 0.0) < 0.5
    assert cue_intents("did anyone have an interest in the lease item?").get(Intent.DECLARATION, 0.0) >= 0.5
