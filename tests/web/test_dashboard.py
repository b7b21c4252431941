"""The dashboard: how big the case is and what waits for review, the same in HTML and JSON."""

from sqlalchemy import func, select
from tests.web.served import Served

from sabt.model import SealedIdentity, Source, Suggestion


def test_counts_and_the_review_queue_match_the_database(served: Served) -> None:
    with served.case.session() as session:
        for kind, fingerprint in [("mention", "a"), ("mention", "b"), ("claim", "c")]:
            session.add(
                Suggestion(
                    case_id=served.case.case_id,
                    source_id=served.source_id,
                    kind=kind,
                    fingerprint=fingerprint,
                    annotator="test",
                    annotator_version="1",
                )
            )
        session.add(
            Suggestion(
                case_id=served.case.case_id,
                kind="claim",
                fingerprint="d",
                annotator="test",
                annotator_version="1",
                status="rejected",
            )
        )
        sources = session.scalar(select(func.count(Source.id)))
        witnesses = session.scalar(select(func.count(SealedIdentity.id)))
    data = served.bearer("viewer").get("/api/v1/dashboard").json()
    assert data["waiting_for_review"] == {"claim": 1, "mention": 2}
    assert (data["counts"]["sources"], data["counts"]["witnesses"]) == (sources, witnesses)
    assert data["counts"]["claims"] == 0 and data["counts"]["events"] > sources
    page = served.sign_in("viewer").get("/").text
    assert "2 mention suggestions" in page and f"{sources} sources" in page
