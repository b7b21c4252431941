"""Stored estimates on the web: estimated totals with intervals (never counts), and their plots."""

import pytest
from tests.web.served import Served

from sabt.model import Case, Estimate


@pytest.fixture(scope="module")
def estimate_ids(served: Served) -> tuple[int, int]:
    with served.case.session() as session:
        other = Case(slug="elsewhere", title="Another case")
        session.add(other)
        session.flush()
        rows = [
            Estimate(
                case_id=case_id,
                method="lcmcr",
                lists=["Amnesty", "Families"],
                observed=1200,
                estimate=1873.4,
                interval_low=1510.0,
                interval_high=float("inf"),
                settings={"K": 10, "seed": 7},
                seed=7,
            )
            for case_id in (served.case.case_id, other.id)
        ]
        session.add_all(rows)
        session.flush()
        return rows[0].id, rows[1].id


def test_estimates_are_listed_as_estimates_with_their_interval(
    served: Served, estimate_ids: tuple[int, int]
) -> None:
    ours, _ = estimate_ids
    listed = served.bearer("viewer").get("/api/v1/estimates").json()["estimates"]
    assert [e["id"] for e in listed] == [ours]  # not the other case's
    shown = listed[0]
    assert shown["estimated_total"] == 1873.4 and shown["observed"] == 1200
    assert shown["interval"] == {"low": 1510.0, "high": None, "level": 0.95}
    assert shown["seed"] == 7 and shown["lists"] == ["Amnesty", "Families"]
    assert "count" not in shown
    page = served.sign_in("analyst").get("/estimates").text
    assert "95% interval:" in page and "1,510 –" in page and "unbounded" in page
    assert "estimated total 1,873" in page and "observed (named on at least one list) 1,200" in page
    assert f'src="/api/v1/estimates/{ours}/plot"' in page


def test_the_plot_is_a_png_of_this_case_only(served: Served, estimate_ids: tuple[int, int]) -> None:
    ours, theirs = estimate_ids
    viewer = served.sign_in("viewer")  # the page's <img> sends the session cookie
    plot = viewer.get(f"/api/v1/estimates/{ours}/plot")
    assert plot.status_code == 200 and plot.headers["content-type"] == "image/png"
    assert plot.content.startswith(b"\x89PNG\r\n\x1a\n") and len(plot.content) > 5_000
    assert viewer.get(f"/api/v1/estimates/{ours}/plot").content == plot.content
    assert viewer.get(f"/api/v1/estimates/{theirs}/plot").status_code == 404
    assert served.bearer("external").get(f"/api/v1/estimates/{ours}/plot").status_code == 403
