"""Attendance, declarations and which decision of an item answers, as people ask (class 32c):

- a meeting named by its body and then its month, set off by a dash or colon as a heading names it ("polwenna board
  february - any declarations?"): that month's meeting, not the body's latest;
- a minute of apologies that only points back to the attendance block ("noted the apologies above"), under a heading
  of its own ("### Apologies" over the names): the names in the block, not the pointer;
- when a member came or went, asked by the time ("what time did mr rosewarne leave the polwenna board mtg"): the
  record's note beside the name, not a declaration;
- an item taking several matters in turn, each with its decision (a community council's planning item listing its
  applications): the decision on the matter asked about, not every decision of the item.

Papers in tests/fixtures/class-32c/ (a harbour trust's two board meetings as text, an ICB board and a community
council as markdown), written for these tests, ingested with the real model into one store.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from service.core import Minutebook
from tests.conftest import answered, papers_fixture

pytestmark = pytest.mark.real_model

papers = papers_fixture(Path(__file__).parent / "fixtures" / "class-32c")


def dates(answer: object) -> set[str]:
    return {str(c.meeting_date) for c in answer.citations}  # type: ignore[attr-defined]


def test_a_month_after_the_body_named(papers: Minutebook) -> None:
    for q in ("polwenna board february - any declarations?", "polwenna trust board february: declarations?"):
        answer = answered(papers, q, ["Carne"], ["Jory"])
        assert dates(answer) == {"2031-02-06"}, q
    answer = answered(papers, "polwenna board may - any declarations?", ["Jory"], ["Carne"])
    assert dates(answer) == {"2031-05-08"}
    # no month named: the latest, as before
    answered(papers, "any declarations at the polwenna board last time?", ["Jory"])


def test_apologies_minuted_as_above_under_a_heading_of_their_own(papers: Minutebook) -> None:
    for q in ("who was missing from the ashcombe icb board", "ashcombe icb board - apologies?",
              "who sent apologies to the ashcombe board in march"):
        answered(papers, q, ["Ambrose Kettle", "Sunita Rao"], ["noted the apologies above", "Colin Baptiste"])
    # who was there: not those away
    answered(papers, "who was in attendance at the ashcombe icb board", ["Nadia Fenwick"], ["Ambrose Kettle"])


def test_when_a_member_left_asked_by_the_time(papers: Minutebook) -> None:
    for q in ("what time did mr rosewarne leave the polwenna board mtg",
              "when did rosewarne leave the polwenna board meeting in february"):
        answer = answered(papers, q, ["11.20"], ["Carne declared"])
        assert dates(answer) == {"2031-02-06"}, q


def test_the_decision_on_the_matter_asked_among_several(papers: Minutebook) -> None:
    for q in ("what did brynmelyn decide on the heol y felin flats",
              "brynmelyn heol y felin flats - what was decided?"):
        answered(papers, q, ["object", "flood risk"], ["resolved to support"])
    answered(papers, "what did brynmelyn resolve on the pen y bryn farm stable block", ["resolved to support"],
             ["flood risk"])
    # asked of both: both decisions
    answered(papers, "what did brynmelyn decide on the pen y bryn farm stable block and the heol y felin flats",
             ["resolved to support", "resolved to object"])
