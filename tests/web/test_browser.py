"""The web app as a person uses it, in a real Chromium driven by Playwright.

Sign in, upload a Persian and an English document, find each by a search typed in the other
spelling, open the Persian source and see it laid out right to left with its custody history.
Screenshots go to `test-artifacts/` for a person to look at.
"""

import shutil
from pathlib import Path
from typing import Any

import pytest
from tests.web.served import Served

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed"),
]


def _upload_with_progress(request: Any) -> bool:
    """The upload the page's script sends itself, so that it can show progress."""
    return bool(request.resource_type == "xhr" and request.url.endswith("/upload"))


def test_upload_search_and_read_in_both_scripts(
    served: Served, sample_files: tuple[Path, Path]
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
        page.fill("input[name=username]", "investigator")
        page.fill("input[name=password]", served.passwords["investigator"])
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
        browser.close()
