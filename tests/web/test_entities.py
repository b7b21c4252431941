"""Entity pages over HTTP: both scripts, conflicting claims side by side, posts and mentions."""

from tests.web.seeded import findings
from tests.web.served import Served

__all__ = ["findings"]


def test_the_list_finds_entities_by_a_name_in_either_script(
    served: Served, findings: dict[str, int]
) -> None:
    api = served.bearer("viewer")
    persian = api.get("/api/v1/entities", params={"q": "زندان اوین"}).json()["entities"]
    assert [e["name"] for e in persian] == ["Evin Prison"]
    people = api.get("/api/v1/entities", params={"type": "person"}).json()["entities"]
    assert {e["type"] for e in people} == {"person"} and len(people) == 7
    page = served.sign_in("viewer").get("/entities?type=place")
    assert page.status_code == 200 and "Khavaran" in page.text and "Raisi" not in page.text


def test_the_entity_page_shows_both_spellings_and_conflicting_claims_with_grades(
    served: Served, findings: dict[str, int]
) -> None:
    massacre = findings["1988 massacre"]
    data = served.bearer("analyst").get(f"/api/v1/entities/{massacre}").json()
    scripts = {n["script"] for n in data["names"]}
    assert scripts == {"Latn", "Arab"}
    (killed,) = data["claims"]
    assert killed["property"] == "killed" and killed["conflicting"] is True
    assert [v["value"] for v in killed["values"]] == ["4,482", "5,000+", "30,000"]
    assert all(v["source"]["title"] and "grade" in v["source"] for v in killed["values"])
    page = served.sign_in("analyst").get(f"/entities/{massacre}")
    assert "sources disagree" in page.text and "کشتار ۶۷" in page.text
    assert page.text.index("4,482") < page.text.index("30,000")


def test_posts_are_bars_on_a_timeline_and_mentions_link_to_the_marked_span(
    served: Served, findings: dict[str, int]
) -> None:
    raisi = served.bearer("viewer").get(f"/api/v1/entities/{findings['Ebrahim Raisi']}").json()
    posts = raisi["occupancies"]["rows"]
    assert [p["position"] for p in posts] == ["Deputy prosecutor of Tehran", "Member"]
    assert posts[1]["when"]["earliest"] == "1988-07-01" and posts[1]["when"]["precision"] == "month"
    assert 0 <= posts[0]["bar"]["left"] < posts[1]["bar"]["left"] < 100
    assert raisi["occupancies"]["axis"]["years"][0]["year"] == 1985
    evin = served.bearer("viewer").get(f"/api/v1/entities/{findings['Evin Prison']}").json()
    (mention,) = evin["mentions"]
    assert mention["marked"] == "Evin" and mention["href"].startswith(
        f"/sources/{served.source_id}?mark="
    )
    marked = served.sign_in("viewer").get(mention["href"]).text
    assert '<mark id="marked">Evin</mark> prison yard' in marked
    whole = served.sign_in("viewer").get(f"/sources/{served.source_id}?mark=5-999999").text
    assert "<mark" not in whole and "Evin prison yard" in whole  # a span past the end: none
    page = served.sign_in("viewer").get(f"/entities/{findings['Evin Prison']}")
    assert (
        "<mark>Evin</mark>" in page.text and 'class="bar' not in page.text
    )  # a place holds no post


def test_an_unknown_entity_is_a_clear_404(served: Served, findings: dict[str, int]) -> None:
    for ref in ("999999", "raisi"):
        response = served.bearer("viewer").get(f"/api/v1/entities/{ref}")
        assert response.status_code == 404
        assert response.json()["error"]["message"] == f"no entity {ref} in this case"
