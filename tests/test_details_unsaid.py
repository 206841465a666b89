"""A detail asked of a real subject that the quotes on it do not give is refused; the same detail, where the papers
give it, is answered.

- "what did Cllr Pengelly raise after he arrived": the minutes record only his arrival;
- "who took over as chair after John Harvey", "who chaired it before Cllr John Harvey": a tribute to him names no one
  after or before him;
- "who is taking on the grants policy": the members named will review another thing, "and not the grants policy";
- "what was said about the harbour wall repair programme": the papers' text stops inside a bracket naming it;
- "did they increase the clerk's hours": only the deputy clerk's hours were increased;
- "according to the harbour master's letter, when will the slipway reopen": "as soon as the contractor was
  available" is a condition, not a time;
- "which contractor got the play area job": tenders had only been invited.

The papers are written for the test, ingested with the real model into a real store.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

JULY = """TREVOSE PARISH COUNCIL
Minutes of the meeting of the Parish Council held on Monday 8 July 2024 at 7.00pm in the Village Hall, Trevose

Present: Cllr A Bolitho (Chairman), Cllr D Rowe, Cllr S Pascoe, Cllr J Nance, Cllr T Pengelly

T24/41 Tribute to Cllr John Harvey
The Chairman led members in a tribute to Cllr John Harvey, who had chaired the Planning Committee from May 2015 \
until his death in April 2024. Members stood in silence.

T24/42 Finance Committee
RESOLVED that Cllr S Pascoe be appointed Chair of the Finance Committee in place of Cllr D Rowe, who has stood down.

T24/43 Quay steps
Cllr Rowe raised the state of the quay steps, which had become slippery with weed. The Clerk said the county had \
confirmed the quay steps would be repaired in September 2024.

T24/44 Policies
Cllrs Nance and Pascoe will review the asset register and not the grants policy, which will be allocated at the \
next meeting.

T24/45 Staffing
Cllr Pengelly joined the meeting at 7.40pm (during item T24/45). RESOLVED that the Deputy Clerk's hours be increased \
from 12 to 16 a week from 1 August 2024.

T24/46 Slipway
A letter from the harbour master was received. The harbour master wrote that the slipway would reopen as soon as the \
contractor was available.

T24/47 Play area resurfacing
RESOLVED to invite tenders for resurfacing the play area at Chapel Field, within a budget of £22,000.

T24/48 Bus shelter
RESOLVED to award the bus shelter contract to Kernow Glazing Ltd for £4,350.

T24/49 Matters arising
Arising from minute T24/30 (Harbour Wall Repair Progr"""


@pytest.fixture(scope="module")
def trevose(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder,
                           {"trevose-parish-council-full-council-2024-07-08.txt": JULY}) as opened:
        yield opened


def test_an_arrival_is_not_what_someone_raised(trevose: Minutebook) -> None:
    answered = trevose.ask("what did cllr pengelly say at the trevose staffing item after he joined?")
    assert not answered.found
    answered = trevose.ask("what did Cllr Rowe raise about the quay steps at trevose?")
    assert answered.found and "slippery" in answered.answer


def test_a_tribute_to_the_one_before_names_no_successor(trevose: Minutebook) -> None:
    answered = trevose.ask("who took over as chair of the trevose planning committee after john harvey?")
    assert not answered.found and "who else" in answered.answer
    answered = trevose.ask("who took over as chair of the trevose finance committee from cllr rowe?")
    assert answered.found and "Pascoe" in answered.answer
    answered = trevose.ask("who was the trevose planning committee's chair before cllr john harvey?")
    assert not answered.found
    answered = trevose.ask("who was the trevose finance committee's chair before cllr pascoe?")
    assert answered.found and "Rowe" in answered.answer


def test_a_thing_named_only_as_not_done_is_not_taken_on(trevose: Minutebook) -> None:
    answered = trevose.ask("who's taking on the grants policy for trevose parish council?")
    assert not answered.found
    answered = trevose.ask("who's reviewing the asset register for trevose parish council?")
    assert answered.found and "Nance" in answered.answer


def test_text_cut_off_in_a_bracket_says_nothing(trevose: Minutebook) -> None:
    answered = trevose.ask("trevose parish council - what came up about the harbour wall repair programme?")
    assert not answered.found


def test_someone_elses_hours_are_not_the_ones_asked(trevose: Minutebook) -> None:
    answered = trevose.ask("did trevose increase the clerk's hours?")
    assert not answered.found
    answered = trevose.ask("did trevose agree to increase the deputy clerk's hours?")
    assert answered.found and "16 a week" in answered.answer


def test_a_condition_is_not_when(trevose: Minutebook) -> None:
    answered = trevose.ask("According to the harbour master's letter to trevose, when will the slipway reopen?")
    assert not answered.found and "when" in answered.answer
    answered = trevose.ask("According to the county, when will the trevose quay steps be repaired?")
    assert answered.found and "September 2024" in answered.answer


def test_tenders_invited_name_no_contractor(trevose: Minutebook) -> None:
    answered = trevose.ask("which contractor got the trevose play area resurfacing job?")
    assert not answered.found
    answered = trevose.ask("who got the trevose bus shelter contract?")
    assert answered.found and "Kernow Glazing" in answered.answer
