"""One audience policy: each surface serves exempt (Part 2) material only to an entitled deployment.

The papers are the sample corpus (minute 58 of 23 March 2023 is exempt: a contract award) and one made-up
paper whose exempt minute asks for a report back, so the follow-up register holds an exempt action too. The
store is embedded by the stand-in: these tests are about who sees what, not about retrieval quality.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from entry import compose
from entry.cli import app as cli_app
from minutebook.errors import NotFoundError
from minutebook.model import Audience
from minutebook.settings import Settings
from service.core import Minutebook
from tests.conftest import EXAMPLES, build_store
from tests.fakes import HashEmbedder

EXEMPT_PAPER = """HIGHWAYS AND TRANSPORT SCRUTINY PANEL
Tuesday, 5th October, 2021

Present:- Councillor Ashdown (in the Chair); Councillors Birch, Carver and Dunmore.

1. DECLARATIONS OF INTEREST

There were no declarations of interest.

2. WINTER GRITTING ROUTES

The Panel considered the winter gritting routes for 2021/22.

Resolved:- That the routes be noted.

3. EXCLUSION OF THE PRESS AND PUBLIC

Resolved:- That under Section 100(A) 4 of the Local Government Act 1972, the public be excluded from the meeting \
for the following item of business on the grounds that it involves the likely disclosure of exempt information as \
defined in Paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972.

4. DEPOT LAND DISPOSAL - HOLLINWOOD YARD

The Panel considered the sale of Hollinwood Yard to Quarrington Estates for £1,275,000.

Resolved:- That a further report on the Hollinwood Yard disposal be submitted to the Panel in six months' time.
"""

EXEMPT_WORDS = ("Kestrelmoor", "Quarrington", "Hollinwood")
MEETING_58 = "children-and-young-people-s-scrutiny-panel/2023-03-23"
ITEM_58 = f"{MEETING_58}/58"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    papers = tmp_path_factory.mktemp("papers")
    (papers / "htsp-minutes-2021-10-05.txt").write_text(EXEMPT_PAPER)
    return build_store(tmp_path_factory.mktemp("audience"), [EXAMPLES, papers], HashEmbedder())


@pytest.fixture
def opened(store: Path) -> Iterator[Minutebook]:
    with compose.open_minutebook(Settings(store=store), HashEmbedder()) as mb:
        yield mb


def _exempt_said(value: object) -> bool:
    text = json.dumps(value, default=str)
    return any(w in text for w in EXEMPT_WORDS)


def test_the_trap_is_set(opened: Minutebook) -> None:
    """Everything the other tests keep from the public is there for an entitled audience."""
    entitled = opened.for_audience(Audience(entitled=True))
    assert entitled.catalogue.item(ITEM_58).item.exempt
    assert any(a.item_title.startswith("DEPOT LAND") for a in entitled.actions())
    assert _exempt_said([h.node.body for h in entitled.search("Kestrelmoor Care Partners contract award", k=20)])
    assert _exempt_said(entitled.meeting(MEETING_58).model_dump())
    assert _exempt_said(entitled.item(ITEM_58).model_dump())
    assert _exempt_said(entitled.ask("Who was the overnight short breaks contract awarded to?").model_dump())


def test_the_deployment_is_public_unless_configured(store: Path) -> None:
    assert compose.audience(Settings(store=store)) == Audience.public()
    assert compose.audience(Settings(store=store, include_exempt=True)) == Audience(entitled=True)
    assert Audience(entitled=True).may_see(True) and not Audience.public().may_see(True)


def test_the_facade_keeps_exempt_material_from_the_public(opened: Minutebook) -> None:
    public = opened.public()
    assert public.audience == Audience.public()
    for q in ("Who was the overnight short breaks contract awarded to?", "What was resolved about Hollinwood Yard?"):
        assert not _exempt_said(public.ask(q).model_dump())
    assert not _exempt_said([(h.node.body, h.citation.model_dump()) for h in
                             public.search("Kestrelmoor Care Partners Hollinwood Yard Quarrington", k=50)])
    assert "58" not in [i.number for i in public.meeting(MEETING_58).items]
    with pytest.raises(NotFoundError):
        public.item(ITEM_58)
    assert public.actions() and not any(a.item_title.startswith("DEPOT LAND") for a in public.actions())


def test_the_http_service_serves_the_deployments_audience(store: Path) -> None:
    for entitled in (False, True):
        app = compose.build_app(Settings(store=store, include_exempt=entitled), HashEmbedder())
        with TestClient(app) as client:
            answer = client.post("/ask", json={"question": "Who was the overnight short breaks contract awarded to?"})
            hits = client.get("/search", params={"q": "Kestrelmoor Care Partners contract award", "k": 20})
            meeting = client.get(f"/meetings/{MEETING_58}")
            item = client.get(f"/items/{ITEM_58}")
            actions = client.get("/actions")
        assert answer.status_code == hits.status_code == meeting.status_code == actions.status_code == 200
        for said in (answer.json(), hits.json()["hits"], meeting.json(), actions.json()):  # (not the query echoed)
            assert _exempt_said(said) == entitled, (entitled, str(said)[:200])
        assert item.status_code == (200 if entitled else 404)


def test_the_cli_serves_the_deployments_audience(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(compose, "load_embedder", lambda settings: HashEmbedder())  # the store's own embedder
    runner = CliRunner()
    for entitled in (False, True):
        env = {"MINUTEBOOK_INCLUDE_EXEMPT": str(entitled).lower()}
        searched = runner.invoke(cli_app, ["search", "--store", str(store), "--json", "--k", "30",
                                           "Kestrelmoor Care Partners Hollinwood Yard"], env=env)
        actions = runner.invoke(cli_app, ["actions", "--store", str(store), "--json"], env=env)
        asked = runner.invoke(cli_app, ["ask", "--store", str(store), "--json",
                                        "Who was the overnight short breaks contract awarded to?"], env=env)
        assert searched.exit_code == actions.exit_code == 0, searched.output + actions.output
        for result in (searched, actions, asked):
            assert _exempt_said(json.loads(result.stdout)) == entitled, (entitled, result.stdout[:200])
