"""Words people clip or inflect otherwise when they ask ("apps" for planning applications, "the Wales government"
for the Welsh Government), read as the papers' words: the decision asked about is the one on the applications, the
grant the one from the government named; and a question naming the member whose interest it asks about ("which
app did cllr Orme declare an interest in") asks which application, not which member.

The papers are written for the test (a fictional national park's planning committee), ingested with the real model
into a real store and asked through the same ``Minutebook`` the service uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

SEPTEMBER = """GLENCARRA NATIONAL PARK AUTHORITY
MINUTES OF THE PLANNING COMMITTEE held at The Village Hall, Strathbeg on 12th September 2024 at 10.30am

1. DECLARATIONS OF INTEREST
Councillor Mairi Orme declared a personal interest in agenda item 4, Land at Burnside, as a neighbour. Her \
interest was declared in application 24/211/CP and she took no part in the consideration of this application.

2. PLANNING APPLICATION CALL-IN DECISIONS
24/209/CP - No Call-in
24/210/CP - No Call-in
24/211/CP - Called in

3. CORRESPONDENCE
The Clerk reported a letter from the community council about litter at the visitor centre. The Scottish \
Government had awarded a grant of £20,000 towards new bins at the visitor centre.

4. CHAIR'S ANNOUNCEMENTS
The Chair congratulated Isla Tait of Strathbeg, captain of the Scottish Curling Team. Two other residents would \
also represent Scotland at the European championships.
"""


@pytest.fixture(scope="module")
def park(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, {
            "glencarra-npa-planning-committee-2024-09-12.txt": SEPTEMBER,
    }) as opened:
        yield opened


def test_apps_are_the_applications(park: Minutebook) -> None:
    answer = park.ask("glencarra planning sept 24 - which apps did they decide not to call in?")
    assert answer.found and "24/209/CP" in answer.answer


def test_which_thing_did_a_named_member_is_not_which_member(park: Minutebook) -> None:
    answer = park.ask("glencarra planning sept 24 - which app did cllr orme declare an interest in?")
    assert answer.found and "24/211/CP" in answer.answer


def test_a_nation_named_for_its_adjective(park: Minutebook) -> None:
    answer = park.ask("glencarra planning sept 24 - the chair mentioned the scotland curling team captain, who is she?")
    assert answer.found and "Isla Tait" in answer.answer
    answer = park.ask("glencarra planning sept 24 - how much did the scotland government give for the bins?")
    assert answer.found and "£20,000" in answer.answer
