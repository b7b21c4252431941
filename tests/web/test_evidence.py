"""Evidence through the web: upload in both scripts, search, custody proofs, one error shape."""

import base64
from pathlib import Path

from sqlalchemy import select
from tests.web.served import Served, form_token

from sabt.model import AuditEntry
from sabt.store.merkle import verify_inclusion


def test_upload_persian_and_english_then_search_in_either_script(
    served: Served, sample_files: tuple[Path, Path]
) -> None:
    persian, english = sample_files
    browser = served.sign_in("investigator")
    token = form_token(browser.get("/upload").text)
    with persian.open("rb") as fa:
        page = browser.post(
            "/upload",
            files={"files": (persian.name, fa, "text/plain")},
            data={"csrf_token": token},
        )
    assert page.status_code == 200 and "new" in page.text and "Sign out" in page.text
    with english.open("rb") as en:
        uploaded = served.bearer("investigator").post(
            "/api/v1/sources", files=[("files", (english.name, en, "text/plain"))]
        )
    assert [o["status"] for o in uploaded.json()["outcomes"]] == ["new"]

    reader = served.bearer("viewer")
    persian_hits = reader.get("/api/v1/search", params={"q": "اوين"}).json()["hits"]  # Arabic ي
    assert [h["language"] for h in persian_hits] == ["fa"]
    english_hits = reader.get("/api/v1/search", params={"q": "gohardasht"}).json()["hits"]
    assert [h["title"] for h in english_hits] == ["report"]
    page = served.sign_in("viewer").get("/search", params={"q": "اعدام‌های"})
    assert page.status_code == 200 and 'dir="auto"' in page.text and "زندان" in page.text
    listed = reader.get("/api/v1/sources", params={"language": "fa"}).json()["sources"]
    assert [s["language"] for s in listed] == ["fa"]


def test_source_page_shows_custody_with_proofs_that_verify(served: Served) -> None:
    reader = served.bearer("analyst")
    original = reader.get(f"/api/v1/sources/{served.source_id}/original")  # logged as custody
    assert original.status_code == 200
    data = reader.get(f"/api/v1/sources/{served.source_id}").json()
    actions = [event["action"] for event in data["custody"]]
    assert actions[0] == "ingested" and "exported" in actions
    for event in data["custody"]:
        proof = event["proof"]
        verify_inclusion(
            event["seq"],
            proof["tree_size"],
            bytes.fromhex(event["leaf_hash"]),
            [base64.b64decode(node) for node in proof["path"]],
            bytes.fromhex(proof["root"]),
        )
    page = served.sign_in("analyst").get(f"/sources/{served.source_id}")
    assert 'class="text" dir="auto"' in page.text and data["custody"][0]["leaf_hash"] in page.text
    with served.case.session() as session:
        reads = session.scalars(
            select(AuditEntry.action).where(
                AuditEntry.actor == "analyst", AuditEntry.outcome == "ok"
            )
        ).all()
    assert reads.count("source.read") >= 2 and "source.download" in reads


def test_every_api_error_has_the_same_shape(served: Served) -> None:
    stranger, viewer = served.client(), served.bearer("viewer")
    failures = [
        stranger.get("/api/v1/sources"),  # 401
        served.bearer("external").get("/api/v1/dashboard"),  # 403
        viewer.get("/api/v1/sources/9999"),  # 404 from the service
        viewer.get("/api/v1/no-such-thing"),  # 404 from routing
        viewer.get("/api/v1/sources/abc/original"),  # 422 from validation
        served.bearer("owner").post("/api/v1/sources"),  # 422: no files
    ]
    for response in failures:
        body = response.json()
        assert set(body) == {"error"}
        assert set(body["error"]) == {"status", "message", "remedy"}
        assert body["error"]["status"] == response.status_code >= 400
        assert body["error"]["message"] and "Traceback" not in response.text
    assert [r.status_code for r in failures] == [401, 403, 404, 404, 422, 422]


def test_openapi_describes_the_api(served: Served) -> None:
    spec = served.client().get("/api/v1/openapi.json").json()
    assert {"/api/v1/sources", "/api/v1/search", "/api/v1/dashboard"} <= set(spec["paths"])
    assert not any(not path.startswith("/api/v1/") for path in spec["paths"])
    search = spec["paths"]["/api/v1/search"]["get"]
    assert [p["name"] for p in search["parameters"]] == ["q"]
