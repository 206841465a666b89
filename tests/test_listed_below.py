"""A resolution that introduces a list ("RESOLVED that the following grants be awarded:", "approved with the
following amendments:") decides what the list says: the answer quotes the list the minute prints below it with the
resolution, not the lead-in alone (service.set_out_above.listed_below).

The papers are written for the test (tests/fixtures/listed-below: a district council's committee approving its
minutes with amendments listed after the sentence approving them, in a text file flattened onto one line, and a
parish council deciding grants in a sentence), ingested and asked through the same ``Minutebook`` the service
uses.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from index.embedder import Embedder
from minutebook.model import MinuteItem
from service.core import Minutebook
from service.set_out_above import listed_below
from tests.conftest import papers_minutebook

FIXTURES = Path(__file__).parent / "fixtures" / "listed-below"


@pytest.fixture(scope="module")
def councils(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {p.name: p.read_text(encoding="utf-8") for p in FIXTURES.iterdir()}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


def test_the_list_a_resolution_introduces_is_read_below_it() -> None:
    item = MinuteItem(number="5", title="Grants", text="RESOLVED that the following be awarded:\n- Scouts - £50\n"
                                                       "- Guides - £40\n\nThe clerk would write to them.")
    assert listed_below(item, "RESOLVED that the following be awarded:") == "- Scouts - £50\n- Guides - £40"
    assert listed_below(item, "The clerk would write to them.") is None


def test_amendments_listed_after_the_minutes_approved(councils: Minutebook) -> None:
    answered = councils.ask("orchard vale policy cttee - what was added about the bandstand when they approved the "
                            "fenbrook minutes?")
    assert answered.found and "restoration of the bandstand railings" in answered.answer
    assert {(c.meeting_date.isoformat(), c.minute) for c in answered.citations} == {("2024-03-07", "3")}


def test_a_resolution_leading_into_nothing_is_quoted_alone(councils: Minutebook) -> None:
    answered = councils.ask("what did hollins parish council decide about grants?")
    assert answered.found and "Hollins Scouts (£200)" in answered.answer
    assert "bandstand" not in answered.answer
