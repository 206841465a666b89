"""The HTTP service, called over HTTP: in-process (TestClient runs the real app and its lifespan) and a real
uvicorn on loopback. The store is the session's real one (shared papers + sample corpus, embedded for real)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import httpx
import pytest
from fastapi.testclient import TestClient

from entry.compose import build_app
from index.embedder import Embedder
from minutebook.settings import Settings
from tests.conftest import REPO, cli, free_port, wait_healthy

pytestmark = pytest.mark.slow

CONTRACT = {"n", "committee", "meeting_date", "minute", "resolution", "item_title", "document", "page", "quote", "url"}
CHAIR_Q = "Who chaired the Improving Lives Select Commission meeting on 28 July 2020, and who sent apologies?"


def _client(store: Path, embedder: Embedder, **settings: object) -> TestClient:
    app = build_app(Settings(store=store, **settings), embedder)  # type: ignore[arg-type]
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture(scope="module")
def client(md_store: Path, embedder: Embedder) -> Iterator[TestClient]:
    with _client(md_store, embedder) as c:
        yield c


def _path(url: str) -> str:
    return urlparse(url).path


def test_healthz_reports_the_open_store(client: TestClient) -> None:
    r = client.get("/healthz")
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ok" and body["nodes"] > 100 and body["nodes"] == body["vectors"]


def test_ask_answers_with_the_contract_and_citations_that_resolve(client: TestClient) -> None:
    r = client.post("/ask", json={"question": CHAIR_Q})
    assert r.status_code == 200, r.text
    a = r.json()
    assert {"answer", "found", "citations"} <= set(a)
    assert a["found"] is True
    for name in ("Cusworth", "Buckley", "Clark", "Khan"):
        assert name in a["answer"]
    assert a["citations"] and all(set(c) == CONTRACT for c in a["citations"])
    assert [c["n"] for c in a["citations"]] == list(range(1, len(a["citations"]) + 1))
    assert {c["meeting_date"] for c in a["citations"]} == {"2020-07-28"}
    # every sentence carries a marker, and every marker names a citation
    lines = [x for x in a["answer"].split("\n") if x.strip()]
    assert all(re.search(r"\[\d+\]$", x) for x in lines), lines
    used = {int(n) for n in re.findall(r"\[(\d+)\]", a["answer"])}
    assert used == {c["n"] for c in a["citations"]}


def test_resolutions_are_quoted_verbatim_from_the_minute_their_url_opens(client: TestClient) -> None:
    a = client.post("/ask", json={"question": "What did the commission resolve on the youth offending team "
                                              "progress report in July 2020?"}).json()
    assert a["found"]
    cited = [c for c in a["citations"] if c["minute"] == "84"]
    assert {c["resolution"] for c in cited} >= {"1", "2", "3", "4"}
    for c in cited:
        item = client.get(_path(c["url"]))
        assert item.status_code == 200
        body = item.json()
        assert body["number"] == "84" and body["meeting_date"] == "2020-07-28"
        res = {r["number"]: r["text"] for r in body["resolutions"]}
        if c["resolution"]:
            assert c["quote"] == res[c["resolution"]]
        else:  # the minute's own words on what was asked
            assert " ".join(c["quote"].split()) in " ".join(body["text"].split())
    page = client.get(_path(cited[0]["url"]), headers={"Accept": "text/html"})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "YOUTH OFFENDING" in page.text.upper() and ">Resolved</h2>" in page.text
    assert f'<li id="r{cited[0]["resolution"]}">' in page.text  # the anchor the citation's url names


def test_questions_the_papers_do_not_answer_are_refused(client: TestClient) -> None:
    for q in ("Who attended the commission's 24 April 2018 meeting?",
              "What did the January 2018 meeting decide about library opening hours?"):
        a = client.post("/ask", json={"question": q}).json()
        assert a["found"] is False and a["citations"] == []
        assert "could not find" in a["answer"]


def test_follow_up_questions_use_the_tracker(client: TestClient) -> None:
    a = client.post("/ask", json={"question": "Has the summary of the meeting with the National House Project "
                                              "been circulated to members yet?"}).json()
    assert a["found"] and a["status"] == "completed"
    assert "3 August" in a["answer"]
    assert any(c["minute"] == "83" and c["resolution"] == "3" for c in a["citations"])


def test_ask_filters_limit_where_it_looks(client: TestClient) -> None:
    q = {"question": "What was resolved about the work programme?"}
    a = client.post("/ask", json={**q, "date_from": "2018-01-01", "date_to": "2018-12-31"}).json()
    assert a["found"] and all(c["meeting_date"].startswith("2018") for c in a["citations"])
    a = client.post("/ask", json={**q, "committee": "Improving Lives Select Commission",
                                  "date_from": "2020-01-01"}).json()
    assert all(c["meeting_date"].startswith("2020") for c in a["citations"])


@pytest.mark.parametrize(
    ("method", "url", "payload", "needle"),
    [
        ("post", "/ask", {"question": ""}, "question"),
        ("post", "/ask", {"question": "x" * 1001}, "at most 1000 characters"),
        ("post", "/ask", {"question": "ok", "colour": "red"}, "colour"),
        ("post", "/ask", {"question": "ok", "date_from": "28/07/2020"}, "date_from"),
        ("post", "/ask", {"question": "ok", "committee": "Planning Board"}, "no committee"),
        ("get", "/search?q=care&k=500", None, "k"),
        ("get", "/search?q=", None, "q"),
        ("get", "/actions?status=finished", None, "status"),
    ],
)
def test_bad_input_is_a_clear_422(client: TestClient, method: str, url: str, payload: object, needle: str) -> None:
    r = client.request(method.upper(), url, json=payload)
    assert r.status_code == 422, r.text
    body = r.json()
    assert body["error"] in {"invalid_request", "invalid_query"} and needle in body["message"]
    assert "Traceback" not in r.text


def test_unknown_things_are_404_json(client: TestClient) -> None:
    for url in ("/meetings/no-such/2020-01-01", "/items/no-such/2020-01-01/1", "/nowhere"):
        r = client.get(url)
        assert r.status_code == 404 and r.json()["error"] == "not_found"


def test_meetings_and_a_meeting(client: TestClient) -> None:
    rows = client.get("/meetings", params={"committee": "Improving Lives Select Commission"}).json()["meetings"]
    dates = [m["date"] for m in rows]
    assert dates == sorted(dates, reverse=True) and "2020-07-28" in dates
    m = client.get(_path(next(r for r in rows if r["date"] == "2020-07-28")["url"])).json()
    assert m["chair"] and "Cusworth" in m["chair"]
    assert [i["number"] for i in m["items"]][:3] == ["78", "79", "80"]


def test_search_filters_by_committee_date_and_kind(client: TestClient) -> None:
    hits = client.get("/search", params={"q": "looked after children sufficiency", "k": 5}).json()["hits"]
    assert hits and all(set(h) >= {"score", "meeting_date", "minute", "item_title", "url", "text"} for h in hits)
    hits = client.get("/search", params={"q": "looked after children", "date_from": "2020-01-01",
                                         "kind": "minutes"}).json()["hits"]
    assert hits and all(h["meeting_date"] >= "2020-01-01" and h["kind"] == "minutes" for h in hits)
    hits = client.get("/search", params={"q": "short breaks", "committee": "Improving Lives Select Commission"})
    assert all(h["committee"] == "Improving Lives Select Commission" for h in hits.json()["hits"])


def test_actions_endpoint_has_the_contract_and_filters(client: TestClient) -> None:
    acts = client.get("/actions", params={"committee": "improving lives select commission"}).json()["actions"]
    keys = {"id", "committee", "meeting_date", "minute", "resolution", "item_title", "text", "owner", "due",
            "status", "evidence"}
    assert acts and all(set(a) == keys for a in acts)
    by = {(a["meeting_date"], a["minute"], a["resolution"]): a for a in acts}
    assert by[("2020-07-28", "83", "3")]["status"] == "completed"
    assert by[("2020-07-28", "84", "4")]["status"] in {"outstanding", "overdue"}
    outstanding = client.get("/actions", params={"status": "outstanding"}).json()["actions"]
    assert outstanding and all(a["status"] == "outstanding" for a in outstanding)
    early = client.get("/actions", params={"as_of": "2020-08-01"}).json()["actions"]
    assert next(a for a in early if (a["meeting_date"], a["minute"], a["resolution"]) == ("2020-07-28", "83", "3"))[
        "status"] != "completed"


def test_exempt_material_is_served_only_where_entitled(client: TestClient, md_store: Path) -> None:
    q = {"question": "Which provider won the overnight short breaks contract?"}
    public = client.post("/ask", json=q).json()
    assert "Kestrelmoor" not in json.dumps(public)
    meeting = client.get("/meetings/children-and-young-people-s-scrutiny-panel/2023-03-23").json()
    assert "58" not in [i["number"] for i in meeting["items"]]
    assert client.get("/items/children-and-young-people-s-scrutiny-panel/2023-03-23/58").status_code == 404
    hits = client.get("/search", params={"q": "Kestrelmoor Care Partners"}).json()["hits"]
    assert "Kestrelmoor" not in json.dumps(hits)


def test_exempt_material_is_there_for_an_entitled_deployment(md_store: Path, client: TestClient,
                                                            embedder: Embedder) -> None:
    # the module's client holds the store; close it for this deployment and reopen it after
    client.__exit__(None, None, None)
    try:
        with _client(md_store, embedder, include_exempt=True) as private:
            item = private.get("/items/children-and-young-people-s-scrutiny-panel/2023-03-23/58")
            assert item.status_code == 200 and "Kestrelmoor" in item.text
    finally:
        client.__enter__()


def test_api_keys_guard_everything_but_healthz(md_store: Path, client: TestClient, embedder: Embedder) -> None:
    client.__exit__(None, None, None)
    try:
        with _client(md_store, embedder, api_keys="k-one, k-two") as c:
            assert c.get("/healthz").status_code == 200
            r = c.post("/ask", json={"question": CHAIR_Q})
            assert r.status_code == 401 and r.json()["error"] == "unauthorised"
            assert c.get("/meetings", headers={"X-API-Key": "wrong"}).status_code == 401
            assert c.get("/meetings", headers={"X-API-Key": "k-two"}).status_code == 200
            assert c.get("/actions", headers={"Authorization": "Bearer k-one"}).status_code == 200
    finally:
        client.__enter__()


def test_real_uvicorn_serves_the_same_answer_as_the_cli(md_store: Path, client: TestClient, embedder: Embedder,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """``minutebook serve`` in its own process, with its own model; then ``minutebook ask`` (run in this
    process, with the session's model) gives the same answer."""
    from typer.testing import CliRunner

    from entry import compose
    from entry.cli import app

    client.__exit__(None, None, None)  # one process holds a store: the server gets it
    try:
        port = free_port()
        proc = subprocess.Popen(
            [sys.executable, "-m", "entry.cli", "serve", "--store", str(md_store), "--port", str(port)],
            cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            wait_healthy(proc, base)
            served = httpx.post(f"{base}/ask", json={"question": CHAIR_Q}, timeout=60).json()
            # while it serves, a writer is told who holds the store instead of corrupting it
            locked = cli("ingest", "--store", str(md_store), str(REPO / "examples"))
            # (the terminal wraps the message where the store's path makes it long)
            assert locked.returncode == 2 and "in use by" in " ".join(locked.stderr.split())
        finally:
            proc.terminate()
            proc.wait(timeout=30)
        monkeypatch.setattr(compose, "load_embedder", lambda settings: embedder)
        asked = CliRunner().invoke(app, ["ask", "--store", str(md_store), "--json", CHAIR_Q])
        assert asked.exit_code == 0, asked.output
        printed = json.loads(asked.stdout)
        # the same answer; the service's links name the address it was asked at (its port), the CLI's are paths
        assert all(c["url"].startswith(f"{base}/") for c in served["citations"])
        for c in served["citations"]:
            c["url"] = c["url"].removeprefix(base)
        assert printed == served
    finally:
        client.__enter__()
