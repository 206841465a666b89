"""One rule for bad input, and an OpenAPI schema that tells the truth, checked over HTTP against a real uvicorn.

The app is the real one (``entry.compose.build_app``) over a real store of the shared papers and the sample
corpus, served by uvicorn on loopback; only the embedder is the stand-in (these tests are about the contract,
not retrieval). Schemathesis (its command, as a user runs it) reads the served /openapi.json and runs every
check it has (``--checks all``) on a bounded number of generated requests per operation.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn

from entry.compose import build_app
from minutebook.settings import Settings
from tests.conftest import free_port
from tests.fakes import HashEmbedder

EXEMPT_MEETING = "children-and-young-people-s-scrutiny-panel/2023-03-23"  # its item 58 is exempt


def _serve(store: Path, **overrides: object) -> Iterator[str]:
    app = build_app(Settings(store=store, **overrides), HashEmbedder())  # type: ignore[arg-type]
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        try:
            if httpx.get(f"{url}/healthz").status_code == 200:
                break
        except httpx.TransportError:
            pass
        assert time.monotonic() < deadline, "the service never said it was ready"
        time.sleep(0.1)
    try:
        yield url
    finally:
        server.should_exit = True
        thread.join(30)


@pytest.fixture(scope="module")
def url(fake_store: Path) -> Iterator[str]:
    yield from _serve(fake_store)


@pytest.fixture(scope="module")
def api(url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=url, timeout=60) as client:
        yield client


@pytest.mark.parametrize(
    "url_",
    [
        "/search?q=care&committee=Planning+Board",
        "/meetings?committee=Planning+Board",
        "/actions?committee=Planning+Board",
    ],
)
def test_an_unknown_committee_is_422_naming_those_known_on_every_route(api: httpx.Client, url_: str) -> None:
    r = api.get(url_)
    assert r.status_code == 422, r.text
    assert "Planning Board" in r.json()["message"] and "Improving Lives Select Commission" in r.json()["message"]
    asked = api.post("/ask", json={"question": "care", "committee": "Planning Board"})
    assert asked.status_code == 422 and "Improving Lives Select Commission" in asked.json()["message"]


def test_a_known_committee_in_any_case_is_found_on_every_route(api: httpx.Client) -> None:
    name = "improving lives  SELECT commission"
    assert api.get("/meetings", params={"committee": name}).json()["meetings"]
    assert api.get("/actions", params={"committee": name}).json()["actions"]
    assert api.get("/search", params={"q": "short breaks", "committee": name}).json()["hits"]


def test_an_unknown_kind_is_422_naming_the_kinds(api: httpx.Client) -> None:
    r = api.get("/search", params={"q": "care", "kind": "banana"})
    assert r.status_code == 422 and "minutes" in r.json()["message"] and "agenda" in r.json()["message"]


@pytest.mark.parametrize(
    ("method", "url_", "body"),
    [
        ("GET", "/actions?as_of=0", None),
        ("GET", "/meetings?date_to=0", None),
        ("GET", "/search?q=care&date_from=0", None),
        ("GET", "/search?q=care&date_from=2020-7-28", None),
        ("POST", "/ask", {"question": "care", "date_from": 0}),
        ("POST", "/ask", {"question": "care", "date_to": 1.5e9}),
    ],
)
def test_a_date_is_only_a_date(api: httpx.Client, method: str, url_: str, body: object) -> None:
    r = api.request(method, url_, json=body)
    assert r.status_code == 422, r.text
    assert "YYYY-MM-DD" in r.json()["message"]


def test_limits_are_enforced_and_stated_in_the_schema(api: httpx.Client) -> None:
    assert api.post("/ask", json={"question": "x" * 1001}).status_code == 422
    assert api.post("/ask", json={"question": "   "}).status_code == 422
    assert api.get("/search", params={"q": "care", "k": 51}).status_code == 422
    schema = api.get("/openapi.json").json()
    question = schema["components"]["schemas"]["AskRequest"]["properties"]["question"]
    assert question["maxLength"] == 1000 and "1,000 characters" in question["description"]
    k = next(p for p in schema["paths"]["/search"]["get"]["parameters"] if p["name"] == "k")
    assert k["schema"]["minimum"] == 1 and k["schema"]["maximum"] == 50
    assert {"401", "422", "503"} <= set(schema["paths"]["/meetings"]["get"]["responses"])
    assert "404" in schema["paths"]["/items/{item_id}"]["get"]["responses"]


def test_a_body_that_is_not_json_says_so(api: httpx.Client) -> None:
    r = api.post("/ask", content=b"question=care", headers={"Content-Type": "application/json"})
    assert r.status_code == 422 and r.json()["message"].startswith("the body is not JSON")


def test_a_reversed_date_range_is_empty_not_an_error(api: httpx.Client) -> None:
    r = api.get("/meetings", params={"date_from": "2021-01-01", "date_to": "2020-01-01"})
    assert r.status_code == 200 and r.json()["meetings"] == []
    a = api.post("/ask", json={"question": "short breaks", "date_from": "2021-01-01", "date_to": "2020-01-01"})
    assert a.status_code == 200 and a.json()["found"] is False


def test_meetings_count_only_the_items_a_public_caller_may_see(api: httpx.Client) -> None:
    listed = next(m for m in api.get("/meetings").json()["meetings"] if m["id"] == EXEMPT_MEETING)
    shown = api.get(f"/meetings/{EXEMPT_MEETING}").json()
    assert listed["n_items"] == len(shown["items"]) and "58" not in [i["number"] for i in shown["items"]]


def test_a_wrong_key_and_a_missing_key_are_told_apart(fake_store: Path, tmp_path: Path) -> None:
    store = shutil.copytree(fake_store, tmp_path / "store", ignore=shutil.ignore_patterns(".writer.*"))
    for keyed in _serve(store, api_keys="k-one, k-two"):  # a copy: the module's service holds the store
        missing = httpx.get(f"{keyed}/meetings")
        wrong = httpx.get(f"{keyed}/meetings", headers={"X-API-Key": "k-three"})
        odd = httpx.get(f"{keyed}/meetings", headers={"Authorization": "Bearer \u00e9t\u00e9".encode()})
        right = httpx.get(f"{keyed}/meetings", headers={"Authorization": "Bearer k-two"})
        assert (missing.status_code, wrong.status_code, odd.status_code, right.status_code) == (401, 401, 401, 200)
        assert "required" in missing.json()["message"] and "not valid" in wrong.json()["message"]
        assert missing.json()["message"] != wrong.json()["message"]


def test_schemathesis_with_every_check_finds_nothing(url: str, tmp_path: Path) -> None:
    """``schemathesis run --checks all`` over the served schema: valid and invalid requests to every operation,
    a bounded number each (examples, coverage and fuzzing phases), and not one failure."""
    run = subprocess.run(
        [str(Path(sys.executable).with_name("schemathesis")), "run", f"{url}/openapi.json", "--checks", "all",
         "--max-examples", "25", "--seed", "17", "--phases", "examples,coverage,fuzzing", "--workers", "1",
         "--request-timeout", "60", "--suppress-health-check", "all"],
        capture_output=True, text=True, timeout=900, cwd=tmp_path,
    )
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]


def test_start_up_work_is_done_before_healthz_says_ready(fake_store: Path, tmp_path: Path) -> None:
    """A burst right after start must not find the first-use work (BM25, the store's facts) still to do."""
    from fastapi.testclient import TestClient

    store = shutil.copytree(fake_store, tmp_path / "store", ignore=shutil.ignore_patterns(".writer.*"))
    app = build_app(Settings(store=store), HashEmbedder())
    with TestClient(app) as client:
        assert client.get("/healthz").status_code == 200
        index = app.state.minutebook.index
        assert index.lexical._retriever is not None and index._store_facts is not None
