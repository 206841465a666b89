"""Whether something asked for has been done, where a later meeting's matters arising reports it by the minute it
arose from ("Minute 14 (Playground) - the replacement swing seat was fitted on 2nd April. Complete.", "- *Bus stop
sign (BH12b):* A new sign was put up by the county council on 28th January. Complete."): the answer adds that
update, cited, with the status it states; of several updates naming one minute's parts, the one on what is asked.

The papers are written for the test (a fictional parish council's two meetings, a town council committee's two),
ingested with the real model into a real store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from minutebook.model import ActionStatus
from service.core import Minutebook
from tests.conftest import papers_minutebook

MARCH = """ASHWORTH PARISH COUNCIL
Minutes of the meeting held on Tuesday 7th March 2023 at 7pm in the Village Hall

Present: Cllrs P Noon (Chair), S Abara, D Wren

14. Playground
A resident reported that the swing seat in the playground was broken. The Clerk would order a replacement \
seat from the supplier.

15. Pond survey
RESOLVED that the Clerk commission a survey of the village pond and report the results to the Council.
"""

APRIL = """ASHWORTH PARISH COUNCIL
Minutes of the meeting held on Tuesday 4th April 2023 at 7pm in the Village Hall

Present: Cllrs P Noon (Chair), S Abara, D Wren

20. Matters arising
Minute 14 (Playground) - the replacement swing seat was fitted on 2nd April. Complete.
Minute 15 (Pond survey) - the surveyor had been delayed by the weather, so the results were not yet available.
The Clerk would now report them to the June meeting.

21. Village fete
Members agreed to hold the fete on 1st July.
"""

# a town council's minutes in Markdown, its minutes numbered by code, its updates naming a minute's lettered parts
JANUARY = """# Brookfold Town Council - Highways Committee

Minutes of the meeting held on Tuesday 10th January 2023 at 7pm

**BH12. Highways matters**

(a) Church Lane drain. The drain outside the church was blocked again after heavy rain. The Clerk would report it \
to the county council.

(b) Bus stop sign. The sign at the Green bus stop had gone missing. The Clerk would ask the county council for a \
new one.
"""

FEBRUARY = """# Brookfold Town Council - Highways Committee

Minutes of the meeting held on Tuesday 14th February 2023 at 7pm

**BH20. Clerk's report on matters arising**

- *Church Lane drain (BH12a):* Reported to the county council on 12th January; not yet cleared.
- *Bus stop sign (BH12b):* A new sign was put up by the county council on 28th January. Complete.

**BH21. Grit bins**

Members agreed to ask for a grit bin on Hill Road.
"""


@pytest.fixture(scope="module")
def parish(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "ashworth-parish-council-minutes-2023-03-07.txt": MARCH,
            "ashworth-parish-council-minutes-2023-04-04.txt": APRIL,
            "brookfold-town-council-highways-committee-2023-01-10.md": JANUARY,
            "brookfold-town-council-highways-committee-2023-02-14.md": FEBRUARY,
    }) as opened:
        yield opened


def test_the_update_naming_the_minute_says_it_was_done(parish: Minutebook) -> None:
    answer = parish.ask("was the broken swing seat in the ashworth playground ever replaced?")
    assert answer.found and "fitted on 2nd April" in answer.answer
    assert answer.status == ActionStatus.COMPLETED


def test_the_update_on_the_part_asked_about(parish: Minutebook) -> None:
    answer = parish.ask("the brookfold bus stop sign that went missing, is it fixed?")
    assert answer.found and "28th January" in answer.answer and "not yet cleared" not in answer.answer
    assert answer.status == ActionStatus.COMPLETED


def test_a_point_quoted_is_quoted_to_its_end(parish: Minutebook) -> None:
    answer = parish.ask("ashworth pond survey - have the results come back to the council yet?")
    assert answer.found and "not yet available" in answer.answer and "June meeting" in answer.answer
