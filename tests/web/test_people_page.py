"""The person page over HTTP: posts before/during/after the violations, drawn in SVG, and its
JSON twin from the same context; sanctions with their source."""

from datetime import date

from tests.web.seeded import findings
from tests.web.served import Served

from sabt.legal.people import PostRequest, add_post
from sabt.legal.sanctions import SanctionFacts, store_sanction

__all__ = ["findings"]


def test_a_post_after_the_violations_is_marked_after_on_page_and_api(
    served: Served, findings: dict[str, int]
) -> None:
    raisi = findings["Ebrahim Raisi"]
    source = str(served.source_id)
    add_post(
        served.case,
        PostRequest("ابراهیم رئیسی", "Head of the judiciary", "Judiciary of Iran", "2019-03",
                    None, source, "synthetic test excerpt"),
        actor="tester",
    )  # fmt: skip
    with served.case.session() as session:
        facts = SanctionFacts(
            "Council of Fictional States", "Fictional programme", "test", date(2019, 11, 4)
        )
        store_sanction(
            served.case,
            session,
            raisi,
            facts,
            source_id=served.source_id,
            actor="tester",
        )
    data = served.bearer("viewer").get(f"/api/v1/people/{raisi}").json()
    phases = {p["position"]: p["phase"] for p in data["person"]["posts"]}
    assert phases["Head of the judiciary"] == "after" and phases["Member"] == "during"
    head = next(p for p in data["person"]["posts"] if p["position"] == "Head of the judiciary")
    assert head["chain"][0]["name"] == "Judiciary of Iran"
    assert data["person"]["sanctions"][0]["from"] == "2019-11-04"
    shade, bars = data["drawing"]["shade"], data["drawing"]["bars"]
    assert shade is not None and len(bars) == 3
    assert bars[-1]["x"] > shade["x"] + shade["width"]  # drawn right of the shaded period
    page = served.sign_in("viewer").get(f"/people/{raisi}")
    assert page.status_code == 200
    assert '<g class="post after">' in page.text and 'class="violations"' in page.text
    assert "Council of Fictional States" in page.text and "ابراهیم رئیسی" in page.text


def test_a_place_is_not_a_person_and_strangers_are_refused(
    served: Served, findings: dict[str, int]
) -> None:
    response = served.bearer("viewer").get(f"/api/v1/people/{findings['Evin Prison']}")
    assert response.status_code == 404 and "no person" in response.text
    stranger = served.client().get(f"/api/v1/people/{findings['Ebrahim Raisi']}")
    assert stranger.status_code == 401
