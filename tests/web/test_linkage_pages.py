"""Linkage pair review over HTTP: uncertain pairs side by side, judgements appended with who/why.

The served case gets three small synthetic lists (a Latin list, a second Latin list with other
spellings and gaps, a Persian one), linked once by the real `link_case`; every judgement goes
through the served app and is checked in the database.
"""

import shutil
from typing import Any

import pytest
from sqlalchemy import func, select
from tests.web.served import Served, form_token

from sabt.ingest.victim_lists import import_list
from sabt.model import Judgement
from sabt.resolve.case_linkage import latest_judgements, link_case

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
HEADER = "id,given_name,family_name,father_name,birth_year,date_of_death,place_of_death\n"
# Synthetic people only: two namesakes, a swapped name, spellings with gaps, a Persian twin.
LISTS = {
    "families": HEADER
    + "r1,Hamid,Sadeghi,Naser,1962,1988-08-10,Evin\n"
    + "r2,Hamid,Sadeghi,Akbar,1969,1988-09-02,Gohardasht\n"
    + "r3,Parvin,Moradi,Yousef,1964,1988-08-20,Tabriz\n"
    + "r4,Kazem,Amini,Hadi,1958,1988,Qom\n",
    "committee": HEADER
    + "c1,Sadeghi,Hamid,Naser,1963,1988-08-11,Teheran\n"
    + "c2,Hamid,Sadeqi,,,,\n"
    + "c3,Parvin,Moradi,,1964,,\n"
    + "c4,Kazim,Amini,,,,\n"
    + "c5,Leila,Bahrami,Saeed,1970,1988-07-29,Shiraz\n",
    "persian": HEADER
    + "f1,حمید,صادقی,ناصر,1962,1988-08-10,اوین\n"
    + "f2,کاظم,امینی,هادی,1958,1988,قم\n",
}


@pytest.fixture(scope="module")
def linked(served: Served, tmp_path_factory: pytest.TempPathFactory) -> Served:
    folder = tmp_path_factory.mktemp("lists")
    for name, text in LISTS.items():
        path = folder / f"{name}.csv"
        path.write_text(text, encoding="utf-8")
        import_list(served.case, path, name=name, actor="tester")
    link_case(served.case, actor="tester")
    return served


def test_before_any_linkage_the_page_says_so(served: Served) -> None:
    """First in the module: the served case has no linked lists until `linked` is asked for."""
    queue = served.bearer("analyst").get("/api/v1/review/pairs").json()
    assert (queue["linked"], queue["pairs"], queue["waiting"]) == (False, [], 0)
    page = served.sign_in("analyst").get("/review/pairs")
    assert page.status_code == 200 and "not linked yet" in page.text
    assert "linkage pairs wait" not in served.sign_in("viewer").get("/").text


def _queue(served: Served) -> dict[str, Any]:
    response = served.bearer("analyst").get("/api/v1/review/pairs", params={"limit": "50"})
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json()
    return data


def _judgements(served: Served) -> int:
    with served.case.session() as session:
        return int(session.scalar(select(func.count()).select_from(Judgement)) or 0)


def test_pairs_come_most_uncertain_first_side_by_side(linked: Served) -> None:
    queue = _queue(linked)
    pairs = queue["pairs"]
    assert queue["linked"] and len(pairs) >= 3 and queue["waiting"] == len(pairs)
    distances = [abs(p["probability"] - 0.5) for p in pairs]
    assert distances == sorted(distances)
    assert all(0.05 <= p["probability"] <= 0.95 for p in pairs)
    persian = next(p for p in pairs if p["right"]["list_name"] == "persian")
    assert persian["right"]["name"] == "حمید صادقی" and persian["right"]["raw"]["id"] == "f1"
    assert persian["right"]["name_latin"]  # the Persian name in Latin letters beside it
    assert {"id", "given_name", "place_of_death"} <= set(persian["columns"])
    page = linked.sign_in("analyst").get("/review/pairs", params={"limit": "50"})
    assert page.status_code == 200
    assert '<td dir="auto">حمید صادقی</td>' in page.text  # parsed name, right to left
    assert '<td dir="auto"><small>اوین</small></td>' in page.text  # the raw row verbatim
    assert f'value="{persian["right"]["id"]}"' in page.text and 'value="unsure"' in page.text
    assert f"{queue['waiting']} pairs wait for review" in page.text
    dashboard = linked.sign_in("viewer").get("/")
    assert f"{queue['waiting']} linkage pairs wait for review</a>" in dashboard.text


def test_a_form_judgement_is_appended_with_who_and_why(linked: Served) -> None:
    before = _queue(linked)
    first = before["pairs"][0]
    analyst = linked.sign_in("analyst")
    form = {
        "csrf_token": form_token(analyst.get("/review/pairs").text),
        "left_id": str(first["left"]["id"]),
        "right_id": str(first["right"]["id"]),
        "verdict": "different",
        "reason": "fathers differ in the archive",
    }
    done = analyst.post("/review/pairs", data=form)
    assert done.status_code == 200
    assert "different (fathers differ in the archive), by user:analyst" in done.text
    with linked.case.session() as session:
        row = session.scalars(select(Judgement).order_by(Judgement.id.desc()).limit(1)).one()
        assert (row.left_id, row.right_id) == (first["left"]["id"], first["right"]["id"])
        assert (row.verdict, row.reason, row.decided_by) == (
            "different",
            "fathers differ in the archive",
            "user:analyst",
        )
        assert row.model_probability == pytest.approx(first["probability"], abs=1e-4)
    after = _queue(linked)
    assert after["waiting"] == before["waiting"] - 1
    assert (first["left"]["id"], first["right"]["id"]) not in {
        (p["left"]["id"], p["right"]["id"]) for p in after["pairs"]
    }


def test_a_later_judgement_supersedes_and_the_earlier_stays(linked: Served) -> None:
    pair = _queue(linked)["pairs"][0]
    left, right = pair["left"]["id"], pair["right"]["id"]
    api = linked.bearer("owner")
    first = api.post(
        "/api/v1/review/pairs",
        data={"left_id": left, "right_id": right, "verdict": "same", "reason": "same father"},
    )
    assert first.status_code == 200 and first.json()["decided_by"] == "user:owner"
    # the other order names the same pair
    second = api.post(
        "/api/v1/review/pairs",
        data={"left_id": right, "right_id": left, "verdict": "different", "reason": "birth years"},
    )
    assert second.json() == {
        "judgement_id": second.json()["judgement_id"],
        "left_id": left,
        "right_id": right,
        "verdict": "different",
        "reason": "birth years",
        "decided_by": "user:owner",
    }
    with linked.case.session() as session:
        rows = session.scalars(
            select(Judgement)
            .where(Judgement.left_id == left, Judgement.right_id == right)
            .order_by(Judgement.id)
        ).all()
        assert [(r.verdict, r.reason) for r in rows] == [
            ("same", "same father"),
            ("different", "birth years"),
        ]
        assert latest_judgements(session, linked.case)[(left, right)].verdict == "different"


@pytest.mark.parametrize(
    ("change", "status", "message"),
    [
        ({"verdict": ""}, 422, "missing or invalid: verdict"),
        ({"reason": ""}, 422, "missing or invalid: reason"),
        ({"verdict": "maybe"}, 422, "unknown verdict"),
        ({"right_id": "99999"}, 404, "no list record 99999"),
        ({"left_id": "abc"}, 422, "is not a list record id"),
        ({"left_id": "9" * 30}, 422, "is not a list record id"),
        ({"right_id": "LEFT"}, 422, "cannot be judged against itself"),
    ],
)
def test_bad_judgements_are_refused_and_nothing_is_written(
    linked: Served, change: dict[str, str], status: int, message: str
) -> None:
    pair = _queue(linked)["pairs"][0]
    form = {
        "left_id": str(pair["left"]["id"]),
        "right_id": str(pair["right"]["id"]),
        "verdict": "same",
        "reason": "a reason",
        **change,
    }
    if form["right_id"] == "LEFT":
        form["right_id"] = form["left_id"]
    before = _judgements(linked)
    response = linked.bearer("owner").post("/api/v1/review/pairs", data=form)
    assert response.status_code == status and message in response.json()["error"]["message"]
    assert _judgements(linked) == before


def test_a_form_without_its_token_or_a_bad_limit_is_refused(linked: Served) -> None:
    analyst = linked.sign_in("analyst")
    pair = _queue(linked)["pairs"][0]
    before = _judgements(linked)
    form = {
        "left_id": str(pair["left"]["id"]),
        "right_id": str(pair["right"]["id"]),
        "verdict": "same",
        "reason": "no token",
    }
    assert analyst.post("/review/pairs", data=form).status_code == 403
    assert _judgements(linked) == before
    for limit in ("0", "x", "100000"):
        refused = linked.bearer("analyst").get("/api/v1/review/pairs", params={"limit": limit})
        assert refused.status_code == 422 and "limit" in refused.json()["error"]["message"]


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed")
def test_keys_move_and_decide_in_a_real_browser(linked: Served) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    pairs = _queue(linked)["pairs"]
    second = pairs[1]
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", "--no-first-run"]
        )
        page = browser.new_page()
        page.goto(f"{linked.base}/login")
        page.fill("input[name=username]", "analyst")
        page.fill("input[name=password]", linked.passwords["analyst"])
        page.click("button[type=submit]")
        page.wait_for_url(lambda url: "/login" not in url)
        page.goto(f"{linked.base}/review/pairs")
        page.keyboard.press("j")  # to the second pair
        page.once("dialog", lambda dialog: dialog.accept("born in different years"))
        page.keyboard.press("d")
        page.wait_for_selector("p.decided")
        decided = page.inner_text("p.decided")
        browser.close()
    assert f"Records {second['left']['id']} and {second['right']['id']}: different" in decided
    with linked.case.session() as session:
        row = session.scalars(select(Judgement).order_by(Judgement.id.desc()).limit(1)).one()
    assert (row.left_id, row.verdict, row.reason) == (
        second["left"]["id"],
        "different",
        "born in different years",
    )
