"""A record of attendance run on inside a long first minute ("1. Calling of the Roll ... Present: Mr G Adam ...") is
quoted from the minute only where the line sits whole in one of its indexed passages; a line that straddles two is
cited to the meeting's record of attendance, which prints it. Every quote must be found, verbatim, in what it cites.

The paper is written for the test (a fictional council whose roll call runs to a long list), ingested with the real
model into a real store.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from index.embedder import Embedder
from service.core import Minutebook
from tests.conftest import papers_minutebook

SURNAMES = ["Adam", "Allan", "Baxter", "Bell", "Boyd", "Brown", "Campbell", "Clark", "Cowan", "Craig", "Davidson",
            "Duncan", "Ferguson", "Fraser", "Gibson", "Graham", "Grant", "Hamilton", "Hay", "Hunter", "Jamieson",
            "Kerr", "Lamont", "Lindsay", "Mackay", "Martin", "Munro", "Murray", "Paterson", "Reid", "Ross",
            "Scott", "Sinclair", "Stewart", "Thomson", "Walker", "Wallace", "Watson", "Wilson", "Young"]
# a roll long enough that its indexed passages break inside the lines after it
ROLL = " ".join(f"Mr {chr(65 + n % 20)} {name}" for n, name in enumerate(SURNAMES[:34]))

MINUTES = f"""The Glenarden Council
Minutes of Meeting of the Glenarden Council held in the Council Chamber, Glenarden on Thursday, 28 June 2018 at \
10.30am.

1. Calling of the Roll and Apologies for Absence

Present: {ROLL} In Attendance: Chief Executive Director of Finance Also in Attendance: Chief Superintendent G \
Macrae, Police Scotland Mr B Lobban in the Chair Apologies for absence were intimated on behalf of Mr I Morton, Mr C \
Fyfe and Mrs T Rennie.

2. Declarations of Interest

There were no declarations of interest.
"""


@pytest.fixture(scope="module")
def glenarden(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder,
                           {"glenarden-council-full-council-2018-06-28.txt": MINUTES}) as opened:
        yield opened


def test_each_quote_is_printed_whole_in_what_it_cites(glenarden: Minutebook) -> None:
    answered = glenarden.ask("was mr morton at glenarden council on 28 june 2018?")
    assert answered.found and "I Morton" in answered.answer
    index = glenarden.answerer.papers.index  # type: ignore[attr-defined]
    bodies: dict[tuple[str | None, str], list[str]] = {}
    for node in index.nodes():
        c = node.citation
        bodies.setdefault((c.minute or None, c.item_title), []).append(" ".join(node.body.split()))
    for cite in answered.citations:
        quote = " ".join(cite.quote.split())
        assert any(quote in b for b in bodies.get((cite.minute or None, cite.item_title), [])), cite
