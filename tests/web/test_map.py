"""The offline map: bundled Natural Earth outlines, zoomed to the case's places, as SVG."""

from tests.web.seeded import findings
from tests.web.served import Served

from sabt.web.geo import WORLD, view_box, world_boundaries

__all__ = ["findings"]


def test_the_bundled_boundaries_are_read_without_network() -> None:
    outlines = world_boundaries()
    assert len(outlines) > 150
    assert next(c for c in outlines if c["name"] == "Iran")["d"].startswith("M")


def test_the_view_shows_every_place_with_a_margin() -> None:
    assert view_box([]) == WORLD
    x, y, width, height = view_box([(35.8, 51.4), (33.7, 36.4)])
    assert x < 36.4 and x + width > 51.4 and y < -35.8 and y + height > -33.7
    assert width == 2 * height


def test_places_are_markers_sized_by_their_violations(
    served: Served, findings: dict[str, int]
) -> None:
    data = served.bearer("viewer").get("/api/v1/map").json()
    places = {p["name"]: p for p in data["places"]}
    assert set(places) == {"Evin Prison", "Gohardasht Prison", "Khavaran", "Tehran", "Iran"}
    assert places["Khavaran"]["violations"] == 2 and places["Tehran"]["violations"] == 0
    assert places["Khavaran"]["r"] > places["Evin Prison"]["r"] > places["Tehran"]["r"]
    x, _, width, _ = data["view_box"]
    assert x < 50.9 and x + width > 53.7 and width < 60  # zoomed to Iran, not the world
    page = served.sign_in("viewer").get("/map")
    assert page.status_code == 200 and page.text.count("<circle") == 5
    assert "<title>Iran</title>" in page.text and "http" not in page.text.split("<svg")[1][:200]
