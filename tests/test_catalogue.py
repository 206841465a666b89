"""The catalogue: round trips, replacement, dedupe across papers, removal and crash safety."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any, ClassVar

import pytest

from ingest.catalogue import Catalogue
from minutebook.errors import NotFoundError, StoreLockedError
from minutebook.model import (
    Action,
    ActionStatus,
    AgendaItem,
    Citation,
    Declaration,
    DocumentKind,
    InterestKind,
    Meeting,
    MinuteItem,
    MinuteReference,
    ParsedDocument,
    ReportSection,
    Resolution,
    SourceFormat,
    item_key,
    meeting_key,
)

ILSC = "Improving Lives Select Commission"
REPO = Path(__file__).resolve().parents[1]


def minutes_meeting(*numbers: str, suffix: str = "") -> Meeting:
    """The ILSC meeting of 5 March 2024 as its minutes record it, with the minute items ``numbers``."""
    items = {
        "83": MinuteItem(
            number="83",
            title="LOOKED AFTER CHILDREN SUFFICIENCY STRATEGY",
            text=f"The Commission considered{suffix}.",
            pages=[3, 4],
            resolutions=[
                Resolution(number="1", text="That the report be noted."),
                Resolution(number="2", text="That a progress report be brought in six months."),
            ],
            references=[MinuteReference(minute="53", meeting_date=dt.date(2017, 3, 22), text="Further to Minute 53")],
        ),
        "84": MinuteItem(
            number="84",
            title="WORK PROGRAMME",
            text="The work programme was agreed.",
            pages=[5],
            resolutions=[Resolution(text="That the work programme be approved.")],
        ),
        "85": MinuteItem(
            number="85",
            title="STAFFING MATTER",
            text="Confidential discussion.",
            pages=[6],
            exempt=True,
            resolutions=[Resolution(text="That the recommendation be accepted.")],
        ),
        "86": MinuteItem(number="86", title="URGENT BUSINESS", text="There was no urgent business.", pages=[6]),
    }
    return Meeting(
        committee=ILSC,
        date=dt.date(2024, 3, 5),
        time="5.30 p.m.",
        venue="Town Hall, Moorgate Street",
        chair="Councillor Cusworth",
        present=["Councillor Cusworth", "Councillor Atkin"],
        in_attendance=["Jo Smith, Assistant Director"],
        apologies=["Councillor Griffin"],
        attendance_text="Present:- Councillor Cusworth (in the Chair); Councillor Atkin.",
        declarations=[
            Declaration(
                member="Councillor Atkin", kind=InterestKind.PERSONAL, item="83", text="Foster carer", withdrew=True
            )
        ],
        items=[items[n] for n in numbers],
        pages=[3, 4, 5, 6],
    )


def agenda_meeting() -> Meeting:
    """The ILSC meeting of 16 April 2024 as the pack's agenda announces it."""
    return Meeting(
        committee=ILSC,
        date=dt.date(2024, 4, 16),
        time="5.30 p.m.",
        venue="Town Hall",
        agenda=[
            AgendaItem(number="1", title="Apologies for Absence", pages=[1]),
            AgendaItem(
                number="5",
                title="Youth Justice Plan",
                text="To consider the plan.",
                pack_pages="7 - 20",
                pages=[1, 7],
                sections=[ReportSection(title="Youth Justice Plan 2024-25", text="Summary ...", pages=[7, 8, 9])],
            ),
            AgendaItem(
                number="9",
                title="Exclusion of the Press and Public",
                pack_pages="21 - 24",
                pages=[21],
                exempt=True,
                sections=[ReportSection(title="Placement costs", text="Exempt detail", pages=[21, 22], exempt=True)],
            ),
        ],
        pages=[1, 2],
    )


def pack(
    source: str = "/papers/ilsc-2024-04-16-pack.pdf",
    sha: str = "a" * 64,
    numbers: tuple[str, ...] = ("83", "84", "85"),
    suffix: str = "",
    extra: list[Meeting] | None = None,
) -> ParsedDocument:
    """An agenda pack: the 16 April agenda and, reprinted for approval, the 5 March minutes."""
    return ParsedDocument(
        source=source,
        sha256=sha,
        format=SourceFormat.PDF,
        kind=DocumentKind.AGENDA,
        title="ILSC agenda pack",
        page_count=24,
        meetings=[agenda_meeting(), minutes_meeting(*numbers, suffix=suffix), *(extra or [])],
    )


def minutes_doc(source: str, numbers: tuple[str, ...], sha: str = "b" * 64) -> ParsedDocument:
    return ParsedDocument(
        source=source,
        sha256=sha,
        format=SourceFormat.HTML,
        kind=DocumentKind.MINUTES,
        meetings=[minutes_meeting(*numbers)],
    )


A = meeting_key(ILSC, dt.date(2024, 3, 5))
B = meeting_key(ILSC, dt.date(2024, 4, 16))


def snapshot(cat: Catalogue) -> dict[str, Any]:
    """Everything the catalogue serves, for before/after comparisons."""
    return {
        "documents": cat.documents(),
        "meetings": cat.meetings(),
        "stats": cat.stats(),
        "full": {m.key: cat.meeting(m.key) for m in cat.meetings()},
    }


@pytest.fixture
def cat(tmp_path: Path) -> Any:
    with Catalogue(tmp_path / "store" / "catalogue.sqlite3") as c:
        yield c


def test_round_trip(cat: Catalogue, tmp_path: Path) -> None:
    doc = pack()
    doc_id = cat.replace_document(doc)
    assert cat.meeting(A) == doc.meetings[1]
    assert cat.meeting(B) == doc.meetings[0]
    assert cat.document_hash(doc.source) == "a" * 64 and cat.document_hash("/elsewhere.pdf") is None
    [info] = cat.documents()
    assert (info.id, info.source, info.format, info.kind, info.meetings, info.items) == (
        doc_id,
        doc.source,
        SourceFormat.PDF,
        DocumentKind.AGENDA,
        2,
        6,
    )
    assert cat.committees() == [ILSC]
    expected = {"documents": 1, "meetings": 2, "items": 6, "resolutions": 4, "declarations": 1}
    assert cat.stats().items() >= expected.items()

    exempt = cat.item(item_key(A, "85", "ignored"))
    assert exempt.kind == "minute" and exempt.item.exempt and exempt.document == doc.source
    assert exempt.meeting.key == A and exempt.meeting.has_minutes
    agenda = cat.item(item_key(B, "9", "ignored"))
    assert isinstance(agenda.item, AgendaItem) and agenda.item.exempt and agenda.item.sections[0].exempt
    assert agenda.item.pack_pages == "21 - 24"
    with pytest.raises(NotFoundError):
        cat.item(item_key(A, "99", "x"))
    with pytest.raises(NotFoundError):
        cat.meeting(meeting_key(ILSC, dt.date(2020, 1, 1)))

    # the file persists: a second connection sees the same content
    with Catalogue(tmp_path / "store" / "catalogue.sqlite3") as again:
        assert snapshot(again) == snapshot(cat)


def test_unnumbered_items_are_keyed_by_title(cat: Catalogue) -> None:
    meeting = Meeting(
        committee="Cabinet", date=dt.date(2024, 1, 8), items=[MinuteItem(title="Budget Setting 2024/25", text="...")]
    )
    cat.replace_document(
        ParsedDocument(
            source="c.html", sha256="c", format=SourceFormat.HTML, kind=DocumentKind.MINUTES, meetings=[meeting]
        )
    )
    record = cat.item(item_key(meeting.key, None, "Budget Setting 2024/25"))
    assert record.item.title == "Budget Setting 2024/25" and record.meeting.committee == "Cabinet"


def test_replace_with_changed_content_leaves_no_duplicates(cat: Catalogue) -> None:
    first = cat.replace_document(pack())
    changed = pack(sha="c" * 64, numbers=("83", "86"), suffix=" the revised strategy")
    assert cat.replace_document(changed) == first
    assert cat.meeting(A) == changed.meetings[1]
    assert [d.sha256 for d in cat.documents()] == ["c" * 64]
    assert [m.key for m in cat.meetings()] == [B, A]
    assert cat.stats()["items"] == 5 and cat.stats()["resolutions"] == 2
    with pytest.raises(NotFoundError):
        cat.item(item_key(A, "84", "x"))
    cat.replace_document(changed)  # idempotent
    assert cat.stats()["items"] == 5 and len(cat.documents()) == 1


def test_same_meeting_in_two_documents_is_served_once(cat: Catalogue) -> None:
    cat.replace_document(pack(numbers=("83", "84", "85")))
    cat.replace_document(minutes_doc("/web/ilsc-2024-03-05.html", ("83", "84")))
    summaries = cat.meetings()
    assert [m.key for m in summaries] == [B, A]
    a = summaries[1]
    assert a.documents == ["/papers/ilsc-2024-04-16-pack.pdf", "/web/ilsc-2024-03-05.html"]
    assert a.minutes_document == "/papers/ilsc-2024-04-16-pack.pdf" and a.n_items == 3 and a.has_minutes
    assert [i.number for i in cat.meeting(A).items] == ["83", "84", "85"]  # the richer copy
    assert cat.stats()["meetings"] == 2 and cat.stats()["items"] == 6

    # a richer copy ingested later wins; on equal richness the newest wins
    cat.replace_document(minutes_doc("/web/ilsc-2024-03-05.html", ("83", "84", "85", "86")))
    assert [i.number for i in cat.meeting(A).items] == ["83", "84", "85", "86"]
    assert cat.item(item_key(A, "83", "x")).document == "/web/ilsc-2024-03-05.html"
    cat.replace_document(minutes_doc("/web/ilsc-2024-03-05.pdf", ("83", "84", "85", "86"), sha="d" * 64))
    assert cat.meetings()[1].minutes_document == "/web/ilsc-2024-03-05.pdf"
    assert len(cat.meetings()) == 2


def test_minutes_and_agenda_of_one_meeting_are_merged(cat: Catalogue) -> None:
    cat.replace_document(pack())
    later = minutes_meeting("83").model_copy(update={"date": dt.date(2024, 4, 16), "venue": None})
    cat.replace_document(
        ParsedDocument(
            source="ilsc-2024-04-16-minutes.pdf",
            sha256="e",
            format=SourceFormat.PDF,
            kind=DocumentKind.MINUTES,
            meetings=[later],
        )
    )
    merged = cat.meeting(B)
    assert [i.number for i in merged.items] == ["83"] and [a.number for a in merged.agenda] == ["1", "5", "9"]
    assert merged.venue == "Town Hall" and merged.declarations == later.declarations
    summary = cat.meetings()[0]
    assert (summary.minutes_document, summary.agenda_document) == (
        "ilsc-2024-04-16-minutes.pdf",
        "/papers/ilsc-2024-04-16-pack.pdf",
    )
    assert cat.item(item_key(B, "5", "x")).kind == "agenda"


def test_meetings_filters(cat: Catalogue) -> None:
    cat.replace_document(pack())
    assert [m.key for m in cat.meetings(committee="improving lives select COMMISSION")] == [B, A]
    assert cat.meetings(committee="Cabinet") == []
    assert [m.key for m in cat.meetings(date_from=dt.date(2024, 4, 1))] == [B]
    assert [m.key for m in cat.meetings(date_to=dt.date(2024, 3, 5))] == [A]


def test_remove_document_removes_only_its_rows(cat: Catalogue) -> None:
    pack_id = cat.replace_document(pack())
    cat.replace_document(minutes_doc("/web/ilsc-2024-03-05.html", ("83", "86")))
    cat.replace_document(minutes_doc("/other/ilsc-2024-03-05.html", ("84",)))
    keys = cat.remove_document("/web/ilsc-2024-03-05.html")
    assert keys == [item_key(A, "83", ""), item_key(A, "86", "")]
    with pytest.raises(NotFoundError):
        cat.item(item_key(A, "86", ""))
    assert cat.item(item_key(A, "83", "")).document == "/papers/ilsc-2024-04-16-pack.pdf"
    with pytest.raises(NotFoundError):  # that basename now names one document, but "nothing" names none
        cat.remove_document("nothing.pdf")
    cat.replace_document(minutes_doc("/web/ilsc-2024-03-05.html", ("83",)))
    with pytest.raises(NotFoundError):  # two documents share this basename
        cat.remove_document("ilsc-2024-03-05.html")

    assert cat.find_document("/other/ilsc-2024-03-05.html").items == 1
    assert cat.find_document("ilsc-2024-04-16-pack.pdf").id == pack_id
    with pytest.raises(NotFoundError):
        cat.find_document("ilsc-2024-03-05.html")
    removed = cat.remove_document(str(pack_id))
    assert set(removed) == {item_key(A, n, "") for n in ("83", "84", "85")} | {item_key(B, n, "") for n in "159"}
    assert [m.key for m in cat.meetings()] == [A]
    assert cat.remove_document("/other/ilsc-2024-03-05.html") == [item_key(A, "84", "")]
    assert cat.remove_document("ilsc-2024-03-05.html") == [item_key(A, "83", "")]  # unique basename now
    assert all(cat.stats()[k] == 0 for k in ("documents", "meetings", "items", "resolutions", "declarations"))
    with pytest.raises(NotFoundError):
        cat.remove_document(str(pack_id))
    # nothing of the removed papers lingers to attach itself to the next one
    fresh = minutes_doc("/web/fresh.html", ("84",))
    cat.replace_document(fresh)
    assert cat.meeting(A) == fresh.meetings[0]
    assert cat.stats()["resolutions"] == 1 and cat.stats()["declarations"] == 1


class Tripwire(MinuteItem):
    """A minute item whose text cannot be read: ingest fails part-way through writing a document."""

    error: ClassVar[BaseException] = RuntimeError("tripwire")

    def __getattribute__(self, name: str) -> Any:
        if name == "text":
            raise Tripwire.error
        return super().__getattribute__(name)


def changed_pack_that_fails(error: BaseException) -> tuple[ParsedDocument, str]:
    Tripwire.error = error
    extra = Meeting(
        committee="Cabinet",
        date=dt.date(2024, 5, 1),
        items=[
            MinuteItem(number="1", title="Fine", text="stored first"),
            Tripwire(number="2", title="Broken", text="never stored"),
        ],
    )
    return pack(sha="f" * 64, numbers=("83", "86"), suffix=" revised", extra=[extra]), extra.key


@pytest.mark.parametrize("error", [RuntimeError("parser bug"), KeyboardInterrupt()])
def test_failure_mid_replace_keeps_the_old_document(cat: Catalogue, error: BaseException) -> None:
    cat.replace_document(pack())
    before = snapshot(cat)
    doc, new_key = changed_pack_that_fails(error)
    with pytest.raises(type(error)):
        cat.replace_document(doc)
    assert snapshot(cat) == before
    assert cat.document_hash(doc.source) == "a" * 64
    with pytest.raises(NotFoundError):
        cat.meeting(new_key)
    with pytest.raises(NotFoundError):
        cat.item(item_key(A, "86", ""))
    # the catalogue is still writable afterwards
    cat.replace_document(pack(sha="f" * 64, numbers=("83", "86")))
    assert [i.number for i in cat.meeting(A).items] == ["83", "86"]


CHILD = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from ingest.catalogue import Catalogue
    from minutebook.model import MinuteItem, ParsedDocument

    db, doc_json, marker = sys.argv[1:]

    class Stall(MinuteItem):
        def __getattribute__(self, name):
            if name == "text":
                Path(marker).write_text("writing")
                time.sleep(300)
            return super().__getattribute__(name)

    doc = ParsedDocument.model_validate_json(Path(doc_json).read_text())
    doc.meetings[-1].items.append(Stall(number="99", title="Stalled", text="never stored"))
    Catalogue(Path(db)).replace_document(doc)
""")


def test_process_killed_mid_replace_leaves_the_old_document(tmp_path: Path) -> None:
    db = tmp_path / "catalogue.sqlite3"
    with Catalogue(db) as cat:
        cat.replace_document(pack())
        before = snapshot(cat)
    doc, new_key = changed_pack_that_fails(RuntimeError("unused"))
    doc.meetings[-1].items.pop()  # the child adds its own stalling item in place of the tripwire
    (tmp_path / "doc.json").write_text(doc.model_dump_json())
    marker = tmp_path / "marker"
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db), str(tmp_path / "doc.json"), str(marker)],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert child.poll() is None, "the child exited before reaching the stall"
            assert time.monotonic() < deadline, "the child never reached the stall"
            time.sleep(0.05)
        # the child is inside its write transaction: the write lock is held ...
        probe = sqlite3.connect(db, timeout=0)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            probe.execute("BEGIN IMMEDIATE")
        probe.close()
        # ... and readers still see the old content
        with Catalogue(db) as reader:
            assert snapshot(reader) == before
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
    assert child.returncode == -signal.SIGKILL

    with Catalogue(db) as cat:
        assert snapshot(cat) == before
        with pytest.raises(NotFoundError):
            cat.meeting(new_key)
        cat.replace_document(doc)  # and the lock is gone
        assert cat.meeting(new_key).items[0].text == "stored first"


def test_a_second_writer_is_refused_while_reads_go_on(tmp_path: Path) -> None:
    db = tmp_path / "catalogue.sqlite3"
    with Catalogue(db) as cat:
        cat.replace_document(pack())
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process mid-ingest
    try:
        with Catalogue(db, timeout=0.1) as cat:
            assert [m.key for m in cat.meetings()] == [B, A]
            with pytest.raises(StoreLockedError):
                cat.replace_document(minutes_doc("/web/x.html", ("83",)))
            with pytest.raises(StoreLockedError):
                cat.remove_document("ilsc-2024-04-16-pack.pdf")
            assert len(cat.documents()) == 1
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_feedback_round_trip(cat: Catalogue) -> None:
    cite = Citation(
        committee=ILSC,
        meeting_date=dt.date(2024, 3, 5),
        minute="83",
        resolution="2",
        item_title="LOOKED AFTER CHILDREN SUFFICIENCY STRATEGY",
        document="pack.pdf",
        page=4,
    )
    first = cat.add_feedback(
        "When is the progress report due?", "In six months.", True, citations=[cite], user="U123", channel="C9"
    )
    second = cat.add_feedback("Who chaired?", "Unknown.", False, reason="wrong")
    assert second != first
    rows = cat.feedback()
    assert [r["id"] for r in rows] == [first, second]
    assert rows[0]["helpful"] is True and rows[1]["helpful"] is False and rows[1]["reason"] == "wrong"
    assert rows[0]["user"] == "U123" and Citation.model_validate(rows[0]["citations"][0]) == cite
    assert cat.stats()["feedback"] == 2


def test_actions_are_replaced_as_a_whole(cat: Catalogue) -> None:
    cite = Citation(committee=ILSC, meeting_date=dt.date(2024, 9, 1), item_title="Update", document="p.pdf")
    one = Action(
        id="a1",
        committee=ILSC,
        meeting_date=dt.date(2024, 3, 5),
        minute="83",
        resolution="2",
        item_title="LAC SUFFICIENCY",
        text="Progress report in six months",
        due=dt.date(2024, 9, 5),
        status=ActionStatus.COMPLETED,
        evidence=[cite],
    )
    two = Action(
        id="a2",
        committee="Cabinet",
        meeting_date=dt.date(2024, 1, 8),
        item_title="Budget",
        text="Report back",
        owner="Strategic Director",
    )
    cat.replace_actions([one, two])
    assert cat.actions() == [two, one]
    three = two.model_copy(update={"id": "a3", "status": ActionStatus.OVERDUE})
    cat.replace_actions([three])
    assert cat.actions() == [three]
    cat.replace_actions([])
    assert cat.actions() == []


def test_parsed_documents_rebuild_each_paper_as_stored(cat: Catalogue) -> None:
    assert cat.parsed_documents() == []
    first = pack()
    web = minutes_doc("/web/ilsc-2024-03-05.html", ("83", "86"))  # the same meeting again: kept, not deduped
    later = pack(source="/papers/later.pdf", sha="c" * 64, extra=[minutes_meeting("84").model_copy(
        update={"date": dt.date(2024, 5, 1), "chair": None, "present": [], "declarations": []})])  # fmt: skip
    for doc in (first, web, later):
        cat.replace_document(doc)
    assert cat.parsed_documents() == [first, web, later]  # everything, in ingestion order
    changed = pack(numbers=("84",), suffix=" again")
    cat.replace_document(changed)  # replaced in place: keeps its id, so its place
    cat.remove_document(web.source)
    assert cat.parsed_documents() == [changed, later]


def test_register_filters_and_orders_oldest_due_first(cat: Catalogue) -> None:
    from ingest.actions import register

    def action(id_: str, committee: str, held: dt.date, minute: str | None, res: str | None,
               due: dt.date | None = None, status: ActionStatus = ActionStatus.OUTSTANDING) -> Action:
        return Action(id=id_, committee=committee, meeting_date=held, minute=minute, resolution=res,
                      item_title="Item", text="That a report be submitted.", due=due, status=status)  # fmt: skip

    march, may = dt.date(2024, 3, 5), dt.date(2024, 5, 1)
    stored = [
        action("undated-10", ILSC, march, "10", "1"),
        action("undated-9", ILSC, march, "9", "2"),
        action("undated-9a", ILSC, march, "9", "1"),
        action("late", ILSC, march, "83", "2", due=dt.date(2024, 12, 31), status=ActionStatus.SCHEDULED),
        action("early", "Cabinet", may, "4", None, due=dt.date(2024, 6, 1), status=ActionStatus.OVERDUE),
        action("undated-may", ILSC, may, "1", None, status=ActionStatus.COMPLETED),
    ]
    cat.replace_actions(stored)
    assert [a.id for a in register(cat)] == ["early", "late", "undated-9a", "undated-9", "undated-10", "undated-may"]
    assert [a.id for a in register(cat, committee="  improving LIVES select-commission ")] == [
        "late", "undated-9a", "undated-9", "undated-10", "undated-may"]  # fmt: skip
    assert register(cat, committee="Planning Board") == []
    assert [a.id for a in register(cat, status=ActionStatus.OVERDUE)] == ["early"]
    assert [a.id for a in register(cat, committee="cabinet", status=ActionStatus.COMPLETED)] == []
    # with as_of, the register is recomputed from the papers (none here), not read back
    assert register(cat, as_of=dt.date(2024, 6, 1)) == []


def test_papers_count_resolutions_and_say_whether_they_print_exempt_material(cat: Catalogue) -> None:
    cat.replace_document(pack())  # minute 85 and agenda item 9 are exempt
    cat.replace_document(minutes_doc("/web/ilsc-2024-03-05.html", ("83", "84")))
    by_source = {d.source: d for d in cat.documents()}
    assert by_source["/papers/ilsc-2024-04-16-pack.pdf"].exempt is True
    public = by_source["/web/ilsc-2024-03-05.html"]
    assert public.exempt is False and public.resolutions == 2 + 1


def test_failed_papers_are_kept_with_their_reason_until_they_are_read(tmp_path: Path) -> None:
    from ingest.pipeline import ingest_files

    store = tmp_path / "store"
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    good = REPO / "examples" / "cypsp-minutes-2023-07-13.md"
    with Catalogue(store / "catalogue.sqlite3") as cat:
        results = list(ingest_files([empty, good], cat))
        assert [r.status for r in results] == ["failed", "ingested"]
        [failure] = cat.failures()
        assert (failure.source, failure.reason) == (str(empty.resolve()), "empty") and failure.message
        # the same file, readable now: the failure is forgotten
        empty.write_bytes(good.read_bytes())
        assert [r.status for r in ingest_files([empty], cat)] == ["ingested"]
        assert cat.failures() == []
        # a paper in the store whose new version fails keeps its stored version, and the failure is listed
        empty.write_bytes(b"")
        assert [r.status for r in ingest_files([empty], cat)] == ["failed"]
        assert [f.source for f in cat.failures()] == [str(empty.resolve())] and len(cat.documents()) == 2
        cat.remove_document(str(empty.resolve()))
        assert cat.failures() == []


def test_a_version_1_catalogue_is_migrated_in_place(cat: Catalogue, tmp_path: Path) -> None:
    cat.replace_document(pack())
    path = tmp_path / "store" / "catalogue.sqlite3"
    before = snapshot(cat)
    cat.close()
    with sqlite3.connect(path) as db:  # as a v1 build left it: no failures table, none of v3's to v5's columns
        db.execute("DROP TABLE ingest_failures")
        for table, column in [("documents", "notes"), ("meetings", "council"), ("resolutions", "owner"),
                              ("resolutions", "due"), ("meetings", "contact"), ("meetings", "header_text")]:
            db.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
        db.execute("UPDATE schema_version SET version = 1")
    with Catalogue(path) as again:
        assert snapshot(again) == before and again.failures() == []
        again.record_failure("/x.pdf", "corrupt", "not a PDF")
        assert [f.reason for f in again.failures()] == ["corrupt"]
        assert again.parsed_documents()[0].notes == []
        again.replace_document(read_closely())
        assert again.parsed_documents()[0] == read_closely()
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT version FROM schema_version").fetchone() == (5,)


def read_closely() -> ParsedDocument:
    """The pack as a parser leaves it when it also read the council, owners, the contact, and what it could not
    read."""
    doc = pack()
    doc.notes = ["page 7: a table without a heading was kept as text"]
    minutes = doc.meetings[1]
    minutes.council = "Rotherham Metropolitan Borough Council"
    minutes.items[0].resolutions[0].owner = "Strategic Director of Regeneration"
    minutes.items[0].resolutions[0].due = "before the next meeting"
    minutes.contact = "Debbie Pons, Democratic Services, 01709 822054"
    minutes.header_text = "Improving Lives Select Commission\nVenue: Town Hall, Moorgate"
    return doc


def test_what_the_parser_read_round_trips(cat: Catalogue) -> None:
    cat.replace_document(read_closely())
    assert cat.parsed_documents() == [read_closely()]


def test_a_paper_read_in_part_says_so_in_the_ingest_summary_and_the_store(tmp_path: Path) -> None:
    from ingest.pipeline import ingest_files

    paper = tmp_path / "notes-of-a-meeting.txt"  # no meeting header: named and dated from its opening lines
    paper.write_text("Notes of the working group, 3 May 2023\n\n1. Budget\n\nRESOLVED that the budget be noted.\n")
    with Catalogue(tmp_path / "store" / "catalogue.sqlite3") as cat:
        [result] = ingest_files([paper], cat)
        assert result.status == "ingested" and result.resolutions == 1
        assert result.notes and "no meeting header" in result.notes[0]
        [stored] = cat.documents()
        assert stored.notes == list(result.notes)
