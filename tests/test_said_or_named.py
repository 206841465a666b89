"""Questions the papers hold the meeting and the person for, but not what is asked of them: what someone said or
reported, where the minutes only record them present or sending apologies. Each refusal has its answerable twin in
the same papers.

The paper is written for the test (a fictional parish council), ingested with the real model into a real store and
asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

THORNLEY = """THORNLEY ST MARY PARISH COUNCIL
Minutes of the meeting held on Monday 13 March 2023 at 7.30pm in the Village Hall

Present: Cllr R Ashworth (Chairman), Cllr P Dunne, Cllr S Kaur, Cllr T Webb.
In attendance: County Cllr Pauline Marsh; PCSO Dean Royle; 4 members of the public.

23/31 Apologies for absence
Apologies were received from Mr Ian Gould (Tree Warden) and District Cllr Omar Hassan.

23/32 Police report
PCSO Royle reported three thefts from garden sheds on Mill Road since January and advised residents to lock \
sheds and mark their tools.

23/33 Playing field
The Clerk reported that the new goal posts had been installed. Resolved to pay Fieldsafe Ltd £1,240 for the goal \
posts.

23/34 Village oak
Members noted the crown of the oak on the green had lost a large limb in the February storm. Resolved that the \
Clerk obtain a tree surgeon's report.
"""


@pytest.fixture(scope="module")
def parish(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {"thornley-st-mary-parish-council-minutes-2023-03-13.txt": THORNLEY}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


def test_someone_only_recorded_present_said_nothing_on_record(parish: Minutebook) -> None:
    # the county councillor is in the attendance record, the tree warden and district councillor in the apologies:
    # neither record says anything they said
    for asked in ("what did county cllr marsh report to thornley parish council in march 2023?",
                  "what did the tree warden ian gould say about the village oak?",
                  "what did district cllr omar hassan tell the parish council?"):
        refused = parish.ask(asked)
        assert not refused.found, asked
    answered = parish.ask("what did pcso royle report about the sheds?")
    assert answered.found and "thefts from garden sheds" in answered.answer
