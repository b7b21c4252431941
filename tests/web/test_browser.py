"""The web app as a person uses it, in a real Chromium driven by Playwright.

Sign in, upload a Persian and an English document, find each by a search typed in the other
spelling, open the Persian source and see it laid out right to left with its custody history,
accept a suggestion from the keyboard in the review queue, open the entity page and see both
spellings, then look at the map and the network. Screenshots go to `test-artifacts/` for a
person to look at.
"""

import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from tests.web.seeded import findings
from tests.web.served import Served

from sabt.extract.review import propose
from sabt.model import ReviewDecision, Source

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

__all__ = ["findings"]
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed"),
]


def _upload_with_progress(request: Any) -> bool:
    """The upload the page's script sends itself, so that it can show progress."""
    return bool(request.resource_type == "xhr" and request.url.endswith("/upload"))


def test_upload_search_read_review_and_explore(
    served: Served, sample_files: tuple[Path, Path], findings: dict[str, int]
) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    ARTIFACTS.mkdir(exist_ok=True)
    persian, english = sample_files
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        page = browser.new_page()
        page.goto(f"{served.base}/login")
        page.fill("input[name=username]", "owner")
        page.fill("input[name=password]", served.passwords["owner"])
        page.click("button[type=submit]")
        page.wait_for_url(lambda url: "/login" not in url)

        page.goto(f"{served.base}/upload")
        page.set_input_files("input[name=files]", [str(persian), str(english)])
        with page.expect_request(_upload_with_progress):
            page.click("form[action='/upload'] button[type=submit]")
        page.wait_for_selector("text=Upload results")
        assert page.locator("li", has_text="new").count() == 2
        page.screenshot(path=str(ARTIFACTS / "upload-results.png"), full_page=True)

        page.goto(f"{served.base}/search?q=اوين")  # typed with an Arabic yeh
        hit = page.locator("a[href^='/sources/']", has_text="گزارش")
        assert hit.count() == 1
        page.screenshot(path=str(ARTIFACTS / "search-persian.png"), full_page=True)
        page.goto(f"{served.base}/search?q=GOHARDASHT")
        assert page.locator("a[href^='/sources/']", has_text="report").count() == 1

        page.goto(f"{served.base}/search?q=اوین")
        page.locator("a[href^='/sources/']", has_text="گزارش").click()
        page.wait_for_selector("text=Custody history")
        direction = page.eval_on_selector("div.text", "el => getComputedStyle(el).direction")
        assert direction == "rtl"
        assert page.locator("text=ingested").count() >= 1
        page.screenshot(path=str(ARTIFACTS / "source-persian.png"), full_page=True)

        with served.case.session() as session:
            uploaded = session.scalars(select(Source.id).where(Source.filename == persian.name))
            persian_id = uploaded.one()
        propose(served.case, str(persian_id), actor="tester")  # the annotators, as `sabt review`
        page.goto(f"{served.base}/review?kind=mention")
        assert page.locator("li.suggestion.current mark").inner_text() == "زندان اوین"
        page.keyboard.press("a")
        page.wait_for_selector("p.decided")
        assert "accept" in page.locator("p.decided").inner_text()
        with served.case.session() as session:
            assert session.scalars(select(ReviewDecision.decided_by)).all() == ["user:owner"]

        page.goto(f"{served.base}/entities?q=اوین")
        page.locator("a[href^='/entities/']", has_text="Evin Prison").click()
        page.wait_for_selector("text=Mentions across sources")
        names = page.locator("ul.names").inner_text()
        assert "Evin Prison" in names and "زندان اوین" in names
        page.screenshot(path=str(ARTIFACTS / "entity-evin.png"), full_page=True)
        page.goto(f"{served.base}/map")
        assert page.locator("svg.map circle.place").count() == 5
        page.screenshot(path=str(ARTIFACTS / "map.png"), full_page=True)
        page.goto(f"{served.base}/network")
        assert page.locator("svg.network g.node").count() > 10
        page.screenshot(path=str(ARTIFACTS / "network.png"), full_page=True)
        browser.close()
