"""The web pages in a real browser: Debian's headless Chromium driven by Playwright, against a real
``minutebook serve`` on loopback over the session's real store.

``make test`` installs Chromium (``make browser``); outside CI a machine without it skips this module.
The ask page and the register are photographed for the README: into docs/screenshots/ when
``MINUTEBOOK_SCREENSHOTS`` names that folder (``make screenshots``), otherwise into a scratch folder, so a test run
leaves the checkout as it found it.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest

from ingest.catalogue import Catalogue
from ingest.pipeline import ingest_files
from tests.conftest import REPO, SHARED, free_port, wait_healthy

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]
PANEL = "children-and-young-people-s-scrutiny-panel"
YOT_Q = "What did the commission resolve on the youth offending team progress report in July 2020?"

if not CHROMIUM.exists():
    if os.environ.get("CI"):
        pytest.fail("Chromium is missing: `make browser` (run by `make test`) installs Debian's chromium")
    pytest.skip("no /usr/bin/chromium (make browser installs it)", allow_module_level=True)

from playwright.sync_api import Browser, Page, expect, sync_playwright  # noqa: E402


@pytest.fixture(scope="module")
def base(md_store: Path) -> Iterator[str]:
    """A real server over the store, with one paper that failed to ingest (for the papers page)."""
    with Catalogue(md_store / "catalogue.sqlite3") as catalogue:
        [failed] = ingest_files([SHARED / "corpus" / "bad" / "empty.pdf"], catalogue)
        assert failed.status == "failed"
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "entry.cli", "serve", "--store", str(md_store), "--port",
                             str(port)], cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(proc, url)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=30)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield b
        b.close()


class Watched:
    """A page with what went wrong on it: console errors, script errors, failed requests, requests elsewhere."""

    def __init__(self, page: Page, base: str) -> None:
        self.page = page
        self.problems: list[str] = []
        host = urlparse(base).netloc
        page.on("console", lambda m: self.problems.append(f"console {m.type}: {m.text}") if m.type == "error"
                else None)
        page.on("pageerror", lambda e: self.problems.append(f"script error: {e}"))
        # a request the browser itself cancelled (net::ERR_ABORTED: the favicon still loading when a download or the
        # test's end closes the page) is no failure of the page's; every other failure is
        page.on("requestfailed", lambda r: self.problems.append(f"failed: {r.url} {r.failure}")
                if "ERR_ABORTED" not in (r.failure or "") else None)
        page.on("request", lambda r: self.problems.append(f"outside request: {r.url}")
                if urlparse(r.url).scheme in ("http", "https") and urlparse(r.url).netloc != host else None)


@pytest.fixture
def page(browser: Browser, base: str) -> Iterator[Watched]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=base, accept_downloads=True,
                                  locale="en-GB")
    watched = Watched(context.new_page(), base)
    yield watched
    context.close()
    assert watched.problems == []


UNLABELLED = """() => [...document.querySelectorAll('input, select, textarea')]
  .filter(e => !['hidden', 'submit', 'button'].includes(e.type))
  .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label'))
  .map(e => e.outerHTML)"""


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the photographs go: the folder ``MINUTEBOOK_SCREENSHOTS`` names, else a scratch folder."""
    named = os.environ.get("MINUTEBOOK_SCREENSHOTS")
    if not named:
        return tmp_path_factory.mktemp("screenshots")
    (REPO / named).mkdir(parents=True, exist_ok=True)
    return REPO / named


def test_ask_a_question_then_follow_a_citation_to_the_highlighted_quote(page: Watched, shots: Path) -> None:
    p = page.page
    p.goto("/")
    p.get_by_label("Question").fill(YOT_Q)
    p.get_by_label("Question").press("Enter")  # the keyboard submits the form
    expect(p.get_by_role("heading", name="Answer")).to_be_visible()
    markers = p.locator("section.answer a.marker")
    assert markers.count() >= 4
    p.screenshot(path=str(shots / "ask.png"), full_page=True)
    assert (shots / "ask.png").stat().st_size > 0
    markers.nth(1).click()  # [2] jumps to its citation
    assert p.url.endswith("#c2")
    cite = p.locator("li#c2")
    quote = cite.locator("blockquote").inner_text()
    label = cite.locator("p.cite a").inner_text()
    assert label.startswith("Minute 84, resolution") and "28 July 2020" in label
    resolution = label.split("resolution ")[1].split(" ")[0]
    cite.locator("p.cite a").click()
    expect(p.get_by_role("heading", level=1)).to_contain_text("Minute 84.")
    assert p.url.endswith(f"#r{resolution}")
    mark = p.locator(f"li#r{resolution} mark#quote")
    expect(mark).to_be_visible()
    assert " ".join(mark.inner_text().split()) == " ".join(quote.split())
    assert mark.evaluate("m => getComputedStyle(m).backgroundColor") not in ("rgba(0, 0, 0, 0)", "transparent")


def test_filter_the_register_to_overdue_and_download_it(page: Watched, shots: Path) -> None:
    p = page.page
    p.goto("/actions?committee=Children+and+Young+People%27s+Scrutiny+Panel")  # the sample panel, for the README
    p.set_viewport_size({"width": 1280, "height": 1300})
    p.screenshot(path=str(shots / "register.png"))
    p.goto("/actions")
    everything = p.locator("table.register tbody tr").count()
    p.get_by_label("Status").select_option("overdue")
    p.get_by_role("button", name="Show").click()
    rows = p.locator("table.register tbody tr")
    expect(rows.first).to_be_visible()
    n = rows.count()
    assert 0 < n < everything
    assert p.locator("tbody tr.row-overdue").count() == n
    assert p.locator("tbody .status-overdue").all_inner_texts() == ["⚠ overdue"] * n  # marked, not colour alone
    with p.expect_download() as done:
        p.get_by_role("link", name="Download these as CSV").click()
    download = done.value
    assert download.suggested_filename == f"follow-ups-{dt.date.today().isoformat()}-overdue.csv"
    with open(download.path(), encoding="utf-8-sig", newline="") as f:
        got = list(csv.DictReader(f))
    assert len(got) == n and {r["status"] for r in got} == {"overdue"}
    shown_text = [" ".join(t.split()) for t in p.locator("tbody tr td:nth-child(3)").all_inner_texts()]
    assert [" ".join(r["action"].split()) for r in got] == shown_text


def test_search_with_a_date_range(page: Watched) -> None:
    p = page.page
    p.goto("/search")
    p.get_by_label("Words to look for").fill("looked after children placements")
    p.get_by_label("Meetings from").fill("2018-01-01")
    p.get_by_label("Meetings to").fill("2018-12-31")
    p.get_by_role("button", name="Search").click()
    hits = p.locator("ol.hits > li")
    expect(hits.first).to_be_visible()
    dates = [hits.nth(i).get_attribute("data-meeting-date") or "" for i in range(hits.count())]
    assert dates and all("2018-01-01" <= d <= "2018-12-31" for d in dates), dates
    assert p.locator("ol.hits mark").count() > 0  # the matching words are marked
    assert p.get_by_label("Meetings from").input_value() == "2018-01-01"  # the form keeps the range
    if p.get_by_role("link", name="More results").count():
        p.get_by_role("link", name="More results").click()
        later = p.locator("ol.hits > li")
        expect(later.first).to_be_visible()
        assert all("2018-01-01" <= (later.nth(i).get_attribute("data-meeting-date") or "") <= "2018-12-31"
                   for i in range(later.count()))


PAGES = ["/", f"/?q={YOT_Q}", "/search", "/search?q=short+breaks", "/meetings", f"/meetings/{PANEL}/2023-03-23",
         f"/items/{PANEL}/2023-01-12/45", "/actions", "/papers", "/signin"]


@pytest.mark.parametrize("path", PAGES)
def test_every_page_renders_cleanly_with_every_input_labelled(page: Watched, path: str) -> None:
    p = page.page
    response = p.goto(path)
    assert response is not None and response.status == 200
    assert p.evaluate(UNLABELLED) == []
    assert p.locator("h1").count() == 1 and p.locator("main#main").count() == 1
    assert p.evaluate("document.documentElement.lang") == "en"
    p.set_viewport_size({"width": 390, "height": 844})  # a phone: nothing runs off the side of the page
    assert p.evaluate("document.documentElement.scrollWidth") <= 390


def test_the_papers_page_lists_what_was_read_and_what_failed(page: Watched) -> None:
    p = page.page
    p.goto("/papers")
    failed = p.locator("table.failed tbody tr")
    expect(failed).to_have_count(1)
    expect(failed).to_contain_text("empty.pdf")
    expect(failed).to_contain_text("empty")
    stored = p.locator("table.papers tbody tr")
    assert stored.count() >= 8
    expect(p.locator("table.papers")).to_contain_text("cypsp-minutes-2023-03-23.txt")
    expect(p.locator("table.papers")).to_contain_text("prints exempt material")


def test_api_docs_render_from_the_service(page: Watched) -> None:
    p = page.page
    p.goto("/docs")
    expect(p.locator(".swagger-ui .title")).to_contain_text("minutebook")
    expect(p.get_by_text("/ask").first).to_be_visible()


def test_keyboard_reaches_the_content_and_the_form(page: Watched) -> None:
    p = page.page
    p.goto("/")
    p.keyboard.press("Tab")
    assert p.evaluate("document.activeElement.textContent") == "Skip to content"
    p.keyboard.press("Enter")
    assert p.evaluate("document.activeElement.id") == "main"
    p.keyboard.press("Tab")
    assert p.evaluate("document.activeElement.id") == "q"


def test_reading_works_with_javascript_off(browser: Browser, base: str) -> None:
    context = browser.new_context(java_script_enabled=False, base_url=base)
    try:
        p: Any = context.new_page()
        p.goto("/")
        p.get_by_label("Question").fill(YOT_Q)
        p.get_by_role("button", name="Ask").click()
        p.locator("li#c1 p.cite a").click()
        expect(p.locator("mark#quote")).to_be_visible()
        p.goto("/actions?status=overdue")
        assert p.locator("tbody tr.row-overdue").count() > 0
    finally:
        context.close()
