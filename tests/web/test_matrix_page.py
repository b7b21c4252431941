"""The case-matrix page and its API twin over HTTP: one context, gaps first, pseudonyms only."""

from sqlalchemy import select
from tests.web.seeded import findings
from tests.web.served import WITNESS, WITNESS_NAME, Served

from sabt.legal.matrix import LinkRequest, link_evidence
from sabt.model import Violation

__all__ = ["findings"]  # a fixture


def test_page_and_api_show_the_same_matrix(served: Served, findings: dict[str, int]) -> None:
    with served.case.session() as session:
        act = session.scalars(select(Violation).order_by(Violation.id)).first()
        assert act is not None
    for element, kind, ref in [
        ("cah.murder.killed", "violation", str(act.id)),
        ("cah.murder.killed", "testimony", WITNESS),
    ]:
        request = LinkRequest("Ebrahim Raisi", "cah.murder", element, kind, ref, "web test")
        link_evidence(served.case, request, actor="tester")
    suspect = findings["Ebrahim Raisi"]
    api = served.bearer("viewer").get("/api/v1/matrix", params={"suspect": str(suspect)})
    assert api.status_code == 200
    data = api.json()
    assert data["matrix"]["suspect"]["name"] == "Ebrahim Raisi"
    assert {"id": suspect, "name": "Ebrahim Raisi", "links": 2} in data["suspects"]
    gaps = {g["element"]: g["reasons"] for g in data["matrix"]["gaps"]}
    assert gaps["cah.context.policy"] == ["no evidence linked"]
    page = served.sign_in("viewer").get("/matrix", params={"suspect": "Ebrahim Raisi"})
    assert page.status_code == 200
    html = page.text
    assert html.index("Gaps") < html.index("Murder")  # gaps listed first
    assert f"Testimony {WITNESS}" in html and WITNESS_NAME not in html + api.text
    missing = served.bearer("viewer").get("/api/v1/matrix", params={"suspect": "Nobody Known"})
    assert missing.status_code == 404 and "no person" in missing.json()["error"]["message"]
    assert served.bearer("external").get("/api/v1/matrix").status_code == 403
