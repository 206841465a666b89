"""The web pages over HTTP (the real app in-process, on the session's real store): every link works, exempt
material never appears, pages and API share addresses, links follow the address served, the sign-in rule,
the register's CSV, offline API docs. The browser itself is driven in test_browser.py."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote_plus, urldefrag, urlparse

import pytest
from fastapi.testclient import TestClient

from entry.compose import build_app
from index.embedder import Embedder
from minutebook.settings import Settings
from service.web.register import _cell

pytestmark = pytest.mark.slow

HTML = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
EXEMPT_WORDS = ("Kestrelmoor", "2,418,600", "82.5%", "TUPE")  # minute 58 of 23 March 2023 (examples/README.md)
PANEL = "children-and-young-people-s-scrutiny-panel"
EXEMPT_ITEM = f"/items/{PANEL}/2023-03-23/58"
CONTRACT_Q = "Which provider won the overnight short breaks contract?"
NAMED = "Kestrelmoor Care Partners contract award"


def _client(store: Path, embedder: Embedder, base_url: str = "http://testserver", **settings: object) -> TestClient:
    app = build_app(Settings(store=store, **settings), embedder)  # type: ignore[arg-type]
    return TestClient(app, base_url=base_url, raise_server_exceptions=False, follow_redirects=False)


@pytest.fixture(scope="module")
def client(md_store: Path, embedder: Embedder) -> Iterator[TestClient]:
    with _client(md_store, embedder) as c:
        yield c


def _links(html: str) -> list[str]:
    return [urldefrag(h.replace("&amp;", "&"))[0] for h in re.findall(r'href="(/[^"]*)"', html)]


def crawl(client: TestClient, starts: list[str], limit: int = 900) -> dict[str, tuple[int, str]]:
    """Every page reachable from ``starts`` by the pages' own links: path -> (status, body)."""
    seen: dict[str, tuple[int, str]] = {}
    todo = list(starts)
    while todo and len(seen) < limit:
        url = todo.pop()
        if url in seen or url.startswith(("/static/", "/docs", "/redoc", "/openapi")):
            continue
        r = client.get(url, headers=HTML)
        if r.status_code in (302, 303):
            todo.append(urldefrag(r.headers["location"])[0])
        seen[url] = (r.status_code, r.text)
        if r.headers.get("content-type", "").startswith("text/html"):
            todo.extend(link for link in _links(r.text) if link not in seen)
    return seen


def test_every_link_works_and_no_page_shows_exempt_material(client: TestClient) -> None:
    pages = crawl(client, ["/", f"/?q={CONTRACT_Q}", f"/search?q={NAMED}",
                           "/search?q=overnight+short+breaks&kind=minutes", "/meetings", "/actions", "/papers",
                           "/actions.csv", "/search?q=short+breaks&page=2"])
    assert len(pages) > 200  # every meeting, minute, agenda item and paper was reached
    broken = {u: s for u, (s, _) in pages.items() if s not in (200, 303)}
    assert broken == {}
    assert f"/items/{PANEL}/2023-03-23/57" in pages and EXEMPT_ITEM not in pages  # no link leads to it
    for url, (_, body) in pages.items():
        body = body.replace(NAMED, "").replace(quote_plus(NAMED), "")  # what was typed, shown back (box, links)
        leaked = [w for w in EXEMPT_WORDS if w in body]
        assert leaked == [], (url, leaked)
    meeting = pages[f"/meetings/{PANEL}/2023-03-23"][1]
    assert "Minute 57." in meeting and "Minute 59." in meeting and "Minute 58." not in meeting
    assert "Business taken in private (exempt, Part 2) is not shown." in meeting
    # asked straight, by address: not found, and the paper that prints it is not handed out
    assert client.get(EXEMPT_ITEM, headers=HTML).status_code == 404
    papers = pages["/papers"][1]
    doc = re.search(r'href="/papers/(\d+)/file">cypsp-minutes-2023-03-23.txt', papers)
    assert doc is None and "cypsp-minutes-2023-03-23.txt" in papers
    ids = re.findall(r"/papers/(\d+)/file", papers)
    hidden = next(str(i) for i in range(1, 40) if str(i) not in ids and
                  client.get(f"/papers/{i}/file", headers=HTML).status_code == 404)
    assert "exempt" in client.get(f"/papers/{hidden}/file", headers=HTML).text


def test_an_entitled_deployment_shows_the_exempt_minute(md_store: Path, client: TestClient, embedder: Embedder) -> None:
    client.__exit__(None, None, None)  # one process holds the store
    try:
        with _client(md_store, embedder, include_exempt=True) as private:
            page = private.get(f"{EXEMPT_ITEM}?quote=Kestrelmoor+Care+Partners+Ltd", headers=HTML)
            assert page.status_code == 200 and '<mark id="quote">Kestrelmoor Care Partners Ltd</mark>' in page.text
            meeting = private.get(f"/meetings/{PANEL}/2023-03-23", headers=HTML).text
            assert "Minute 58." in meeting and "not shown" not in meeting
    finally:
        client.__enter__()


def test_pages_and_the_api_share_addresses(client: TestClient) -> None:
    key = f"{PANEL}/2023-01-12/45"
    assert client.get(f"/items/{key}").json()["number"] == "45"  # a program gets JSON
    page = client.get(f"/items/{key}", headers=HTML)
    assert page.headers["content-type"].startswith("text/html") and "<h1>Minute 45. EARLY HELP" in page.text
    assert client.get("/meetings", headers={"Accept": "application/json"}).json()["meetings"]
    assert "<h1>Meetings</h1>" in client.get("/meetings", headers=HTML).text
    assert client.get("/search", params={"q": "family hubs"}).json()["hits"]
    assert client.get("/actions").json()["actions"]
    missing = client.get("/items/no-such/2020-01-01/1", headers=HTML)
    assert missing.status_code == 404 and "<h1>Not found</h1>" in missing.text


def test_links_follow_the_address_served_or_the_public_url(md_store: Path, client: TestClient,
                                                         embedder: Embedder) -> None:
    q = {"question": "What did the panel resolve about family hubs?"}
    client.__exit__(None, None, None)
    try:
        with _client(md_store, embedder, base_url="http://minutes.local:9123") as c:
            cited = c.post("/ask", json=q).json()["citations"]
            assert cited and all(x["url"].startswith("http://minutes.local:9123/items/") for x in cited)
            assert all(x["url"].endswith(f"#r{x['resolution']}") for x in cited if x["resolution"])
            got = c.get(urlparse(cited[0]["url"]).path)
            assert got.status_code == 200 and got.json()["number"] == cited[0]["minute"]
            assert c.get("/meetings").json()["meetings"][0]["url"].startswith("http://minutes.local:9123/meetings/")
            hit = c.get("/search", params={"q": "family hubs"}).json()["hits"][0]
            assert hit["url"].startswith("http://minutes.local:9123/")
            # attendance is cited at the meeting's attendance record, which exists
            who = c.post("/ask", json={"question": "Who sent apologies to the panel on 23 March 2023?"}).json()
            url = who["citations"][0]["url"]
            assert url.endswith("/2023-03-23#attendance") and c.get(urlparse(url).path).status_code == 200
        with _client(md_store, embedder, public_url="https://minutes.example.gov.uk/") as c:
            cited = c.post("/ask", json=q).json()["citations"]
            assert all(x["url"].startswith("https://minutes.example.gov.uk/items/") for x in cited)
    finally:
        client.__enter__()


def test_pages_need_a_key_when_the_api_does(md_store: Path, client: TestClient, embedder: Embedder) -> None:
    client.__exit__(None, None, None)
    try:
        with _client(md_store, embedder, api_keys="k-one,k-two") as c:
            r = c.get("/actions?status=overdue", headers=HTML)
            assert r.status_code == 303 and r.headers["location"] == "/signin?next=%2Factions%3Fstatus%3Doverdue"
            assert c.get("/papers", headers=HTML).status_code == 303
            assert c.get("/signin").status_code == 200 and c.get("/static/minutebook.css").status_code == 200
            assert c.get("/docs").status_code == 200  # the docs hold no papers, as before
            wrong = c.post("/signin", content="key=nope&next=%2Fpapers",
                           headers={"Content-Type": "application/x-www-form-urlencoded"})
            assert wrong.status_code == 401 and "not one this service accepts" in wrong.text
            assert "minutebook_key" not in wrong.headers.get("set-cookie", "")
            ok = c.post("/signin", content="key=k-two&next=%2Fpapers",
                        headers={"Content-Type": "application/x-www-form-urlencoded"})
            assert ok.status_code == 303 and ok.headers["location"] == "/papers"
            assert "httponly" in ok.headers["set-cookie"].lower() and "samesite=lax" in ok.headers["set-cookie"].lower()
            assert c.get("/papers", headers=HTML).status_code == 200  # the cookie is the key now
            assert c.get("/actions.csv").status_code == 200
            elsewhere = c.post("/signin", content="key=k-two&next=%2F%2Fevil.example%2F",
                               headers={"Content-Type": "application/x-www-form-urlencoded"})
            assert elsewhere.headers["location"] == "/"  # never an open redirect
            c.post("/signout")
            c.cookies.clear()
            assert c.get("/papers", headers=HTML).status_code == 303
            assert c.get("/papers", headers={**HTML, "X-API-Key": "k-one"}).status_code == 200
    finally:
        client.__enter__()


def test_the_register_csv_is_what_the_page_shows(client: TestClient) -> None:
    filters = {"committee": "Improving Lives Select Commission", "status": "overdue"}
    page = client.get("/actions", params=filters, headers=HTML).text
    shown = re.findall(r'<tr class="row-(\w+)">', page)
    assert shown and set(shown) == {"overdue"}
    assert 'href="/actions.csv?committee=Improving+Lives+Select+Commission&amp;status=overdue"' in page
    r = client.get("/actions.csv", params=filters)
    assert r.headers["content-type"].startswith("text/csv") and "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert len(rows) == len(shown) and {x["status"] for x in rows} == {"overdue"}
    assert all(x["minute_url"].startswith("http://testserver/items/improving-lives-select-commission/")
               for x in rows)
    everything = list(csv.DictReader(io.StringIO(client.get("/actions.csv").content.decode("utf-8-sig"))))
    assert len(everything) > len(rows) and {x["status"] for x in everything} > {"overdue"}
    assert _cell("=HYPERLINK(1)") == "'=HYPERLINK(1)" and _cell("That a report") == "That a report"


def test_bad_filters_are_explained_on_the_page(client: TestClient) -> None:
    r = client.get("/search", params={"q": "care", "date_from": "28/07/2020"}, headers=HTML)
    assert r.status_code == 422 and "is not a date (YYYY-MM-DD)" in r.text and 'value="care"' in r.text
    r = client.get("/", params={"q": "care", "committee": "Planning Board"}, headers=HTML)
    assert r.status_code == 422 and "no committee called" in r.text
    r = client.get("/actions", params={"status": "finished"}, headers=HTML)
    assert r.status_code == 422 and "not one of" in r.text


def test_api_docs_load_their_assets_from_the_service(client: TestClient) -> None:
    for page in ("/docs", "/redoc"):
        html = client.get(page).text
        assets = re.findall(r'(?:src|href)="([^"]+)"', html)
        assert assets and all(a.startswith("/") for a in assets), assets  # nothing from a CDN
        for a in assets:
            assert client.get(a).status_code == 200, a
    assert '"validatorUrl": null' in client.get("/docs").text
