"""Hybrid meetings' attendance records, which say how each member took part under labels with a qualifier ("Members
present in the chamber:", "Present in person:", "Members attending remotely (Zoom):", "Attending virtually (Teams):"):
the members under them are present, and a question asking who chaired and who joined from elsewhere is answered with
both lines. Small fictional papers written for this test, in three formats.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from index.embedder import Embedder
from ingest.pipeline import parse_file
from service.core import Minutebook
from tests.conftest import papers_minutebook

A = """# Marlow Vale Town Council – Finance Committee

Minutes of the meeting held on Monday 4 March 2024 at 7pm, Council Chamber, Marlow Vale (hybrid meeting)

**In the Chair:** Councillor Gwen Ashby

**Members present in the chamber:** Councillors Tom Reed (Vice-Chair), Ruth Cole and Amir Khan

**Members attending remotely (Zoom):** Councillor Lily Ford

**Officers:** Mr Ian Dale, Town Clerk

## FC/24/01 – Apologies

Apologies were received from Councillor Ben Hale.
"""
B = """HOLME ST MARY PARISH COUNCIL
Minutes of the meeting held on Tuesday 9 January 2024 at 7.30pm in the Village Hall

Chairman: Cllr Jack Pike
Present in person: Cllr Ann Boyd, Cllr Roy Dent
Attending virtually (Teams): Cllr Sue Lane
In attendance: Mrs Kay Webb (Clerk)

1. Apologies
None.
"""
C = """<html><body><h1>Eastry Fire Authority</h1><h2>Audit Committee</h2>
<p>Minutes of the meeting held on Thursday 11 April 2024 at 10am, Service Headquarters (hybrid)</p>
<p><strong>In the Chair:</strong> Cllr Rose Dean</p>
<p><strong>Members present in the room:</strong> Cllrs Pat Hood, Sam Ives</p>
<p><strong>Members joining online (MS Teams):</strong> Cllr Ola Ade</p>
<h3>1. Apologies</h3><p>None.</p>
</body></html>"""

NAMES = {"marlow-vale-town-council-finance-committee-2024-03-04.md": A,
         "holme-st-mary-parish-council-2024-01-09.txt": B,
         "eastry-fire-authority-audit-committee-2024-04-11.html": C}


@pytest.mark.parametrize(("name", "chair", "present"), [
    ("marlow-vale-town-council-finance-committee-2024-03-04.md", "Gwen Ashby", ["Tom Reed", "Amir Khan", "Lily Ford"]),
    ("holme-st-mary-parish-council-2024-01-09.txt", "Jack Pike", ["Ann Boyd", "Roy Dent", "Sue Lane"]),
    ("eastry-fire-authority-audit-committee-2024-04-11.html", "Rose Dean", ["Pat Hood", "Sam Ives", "Ola Ade"]),
])
def test_members_under_a_qualified_label_are_present(tmp_path: Path, name: str, chair: str, present: list[str]) -> None:
    path = tmp_path / name
    path.write_text(NAMES[name], encoding="utf-8")
    (meeting,) = parse_file(path).meetings
    assert meeting.chair == chair
    assert set(present) <= set(meeting.present), meeting.present


@pytest.fixture(scope="module")
def hybrid(tmp_path_factory: pytest.TempPathFactory, embedder: Embedder) -> Iterator[Minutebook]:
    with papers_minutebook(tmp_path_factory, embedder, NAMES) as opened:
        yield opened


@pytest.mark.parametrize(("question", "named", "not_named"), [
    ("who was in the chair for marlow vale finance committee in march, and was anyone on zoom",
     ["Gwen Ashby", "Lily Ford"], "Ruth Cole"),
    ("who chaired holme st mary parish council in jan and did anyone join on teams", ["Jack Pike", "Sue Lane"],
     "Roy Dent"),
    # (asked as two questions, the first of which, "who chaired", is answered with the record whole)
    ("eastry fire audit committee april - who chaired and who joined online", ["Rose Dean", "Ola Ade"], None),
])
def test_who_chaired_and_who_joined_from_elsewhere(
        hybrid: Minutebook, question: str, named: list[str], not_named: str | None) -> None:
    answer = hybrid.ask(question)
    assert answer.found, answer.answer
    assert all(n in answer.answer for n in named), answer.answer
    assert not_named is None or not_named not in answer.answer, answer.answer
