"""The review queue over HTTP: accept, correct or reject (with a reason) what was proposed."""

import itertools
from pathlib import Path
from typing import Any

from sqlalchemy import select
from tests.web.seeded import findings
from tests.web.served import Served, form_token

from sabt.extract.review import propose
from sabt.ingest.service import Provenance, ingest_file
from sabt.model import ReviewDecision, Suggestion

__all__ = ["findings"]
_SERIAL = itertools.count()


def _pending(served: Served, tmp_path: Path) -> list[dict[str, Any]]:
    """A new note naming people and places, proposed for review; the whole pending queue."""
    note = tmp_path / f"note-{next(_SERIAL)}.txt"
    note.write_text(f"{note.stem}: Raisi and Nayyeri questioned prisoners at Evin.", "utf-8")
    outcome = ingest_file(served.case, note, Provenance("tester", "test"))
    propose(served.case, str(outcome.source_id), actor="tester")
    queue = served.bearer("analyst").get("/api/v1/review").json()["suggestions"]
    assert len(queue) >= 3, "the note proposes three mentions at least"
    return list(queue)


def test_the_queue_shows_each_suggestion_in_its_text(
    served: Served, findings: dict[str, int], tmp_path: Path
) -> None:
    queue = _pending(served, tmp_path)
    evin = next(s for s in queue if s["kind"] == "mention" and s["marked"] == "Evin")
    assert "entity: Evin Prison" in evin["summary"]
    assert "questioned prisoners at " in evin["before"] and evin["after"] == "."
    page = served.sign_in("analyst").get("/review")
    assert page.status_code == 200 and "<mark>Evin</mark>" in page.text
    assert 'name="csrf_token"' in page.text and 'value="accept"' in page.text


def test_a_form_decision_is_recorded_and_leaves_the_queue(
    served: Served, findings: dict[str, int], tmp_path: Path
) -> None:
    first = _pending(served, tmp_path)[0]
    analyst = served.sign_in("analyst")
    csrf = form_token(analyst.get("/review").text)
    done = analyst.post(first["decide_url"], data={"decision": "accept", "csrf_token": csrf})
    assert done.status_code == 200 and f"Suggestion {first['id']}: accept" in done.text
    with served.case.session() as session:
        decision = session.scalars(
            select(ReviewDecision).where(ReviewDecision.suggestion_id == first["id"])
        ).one()
        assert (decision.decision, decision.decided_by) == ("accept", "user:analyst")
        assert session.get(Suggestion, first["id"]).status == "accepted"  # type: ignore[union-attr]
    ids = [s["id"] for s in served.bearer("analyst").get("/api/v1/review").json()["suggestions"]]
    assert first["id"] not in ids


def test_corrections_and_rejections_need_their_details(
    served: Served, findings: dict[str, int], tmp_path: Path
) -> None:
    one, two = _pending(served, tmp_path)[:2]
    api = served.bearer("owner")
    url = f"/api/v1/review/suggestions/{one['id']}"
    no_reason = api.post(url, data={"decision": "reject"})
    assert no_reason.status_code == 422 and "needs a reason" in no_reason.json()["error"]["message"]
    bad_json = api.post(url, data={"decision": "correct", "correction": "[1"})
    assert bad_json.status_code == 422 and "not JSON" in bad_json.json()["error"]["message"]
    assert api.post(url, data={"decision": "maybe"}).status_code == 422
    assert (
        served.bearer("analyst").get("/api/v1/review").json()["suggestions"][0]["id"] == one["id"]
    )
    rejected = api.post(url, data={"decision": "reject", "reason": "not the prison"})
    assert rejected.json() == {
        "suggestion_id": one["id"],
        "decision": "reject",
        "reason": "not the prison",
    }
    again = api.post(url, data={"decision": "accept"})
    assert again.status_code == 409  # decided once; a second decision is refused
    bad_offset = api.post(
        f"/api/v1/review/suggestions/{two['id']}",
        data={"decision": "correct", "field": "end", "value": "corrected"},
    )
    assert bad_offset.status_code == 422  # checked before anything is stored
    field = "name"  # a corrected mention name becomes the entity it links to
    corrected = api.post(
        f"/api/v1/review/suggestions/{two['id']}",
        data={"decision": "correct", "field": field, "value": "corrected"},
    )
    assert corrected.status_code == 200
    with served.case.session() as session:
        row = session.scalars(
            select(ReviewDecision).where(ReviewDecision.suggestion_id == two["id"])
        ).one()
    assert row.correction == {field: "corrected"}
    missing = api.post("/api/v1/review/suggestions/999999", data={"decision": "accept"})
    assert missing.status_code == 404
