"""Violations and events on one time axis, each bar as wide as its date is uncertain."""

from tests.web.seeded import findings
from tests.web.served import Served

__all__ = ["findings"]


def test_violations_and_events_are_bars_in_date_order(
    served: Served, findings: dict[str, int]
) -> None:
    data = served.bearer("viewer").get("/api/v1/timeline").json()
    rows = data["rows"]
    assert [r["kind"] for r in rows].count("violation") == 4
    event = next(r for r in rows if r["kind"] == "event")
    assert event["label"] == "1988 massacre" and event["when"]["earliest"] == "1988-07-01"
    starts = [r["when"]["earliest"] for r in rows]
    assert starts == sorted(starts)
    families = next(r for r in rows if r.get("type") == "harassment_of_families")
    execution = next(r for r in rows if (r.get("place") or {}).get("name") == "Evin Prison")
    assert families["bar"]["width"] > 10 * execution["bar"]["width"]  # 21 years against 3 months
    assert execution["parties"][0]["role"] == "perpetrator"
    assert data["axis"]["from"] == "1988-01-01" and data["axis"]["to"] == "2009-12-31"
    page = served.sign_in("viewer").get("/timeline")
    assert page.status_code == 200 and page.text.count('class="bar violation"') == 4
