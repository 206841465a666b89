"""Where a follow-up stands, read from the minutes' own words when the register holds no action for it: an obligation
recorded ("must be cut back before the bird nesting season", "should be held with SEPA") and a commitment welcomed
("the County Council's commitment to fund a new crossing") are still outstanding; an ask followed by its doing
("should be corrected. The minutes were amended") is completed. Questions ask it in everyday forms: "has anyone ...
yet", "is it actually happening, or just a commitment so far".

The paper is written for the test (a fictional parish council's May minutes), ingested with the real model into a
real store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from minutebook.model import ActionStatus
from service.core import Minutebook
from tests.conftest import papers_minutebook

MAY = """ASHCOMBE PARISH COUNCIL
Minutes of the meeting of the Parish Council held on Wednesday 10 May 2023 at 7.30pm in the Village Hall, Ashcombe

Present: Cllr Ames (Chair), Cllr Birch, Cllr Cope, Cllr Dale.
In attendance: Mrs L Frost (Clerk).

23/51 APOLOGIES
Apologies were received from Cllr Eade.

23/52 MINUTES OF THE LAST MEETING
Cllr Birch noted that the April minutes wrongly recorded her as absent and should be corrected. The minutes were \
amended accordingly and signed by the Chair.

23/53 FOOTPATHS
The Clerk reported that the waymark signs on the Mill Lane footpath were missing. Members agreed the signs should \
be replaced before the summer.

23/54 CEMETERY
The hedge along the cemetery wall must be cut back before the bird nesting season.

23/55 STATION ROAD CROSSING
Resolved: That the Council welcomes the County Council's commitment to fund a new pedestrian crossing on Station \
Road.

23/56 DATE OF NEXT MEETING
The next meeting will be held on Wednesday 14 June 2023.
"""


@pytest.fixture(scope="module")
def parish(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    papers = {"ashcombe-parish-council-minutes-2023-05-10.txt": MAY}
    with papers_minutebook(tmp_path_factory, embedder, papers) as opened:
        yield opened


@pytest.mark.parametrize(("asked", "status"), [
    ("has anyone cut back the cemetery hedge yet?", ActionStatus.OUTSTANDING),
    ("is the station road crossing actually happening, or just a commitment so far?", ActionStatus.OUTSTANDING),
    ("have the mill lane waymark signs been replaced yet?", ActionStatus.OUTSTANDING),
    ("did the april minutes get corrected for cllr birch?", ActionStatus.COMPLETED),
])
def test_an_obligation_or_a_commitment_is_outstanding_until_done(parish: Minutebook, asked: str,
                                                                  status: ActionStatus) -> None:
    answered = parish.ask(asked)
    assert answered.found, asked
    assert answered.status == status, asked
