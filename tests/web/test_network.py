"""The network of persons, posts, organisations and violations, with a deterministic layout."""

from tests.web.seeded import findings
from tests.web.served import Served

__all__ = ["findings"]


def test_people_posts_and_organisations_are_linked(
    served: Served, findings: dict[str, int]
) -> None:
    data = served.bearer("viewer").get("/api/v1/network").json()
    nodes = {n["id"]: n for n in data["nodes"]}
    raisi, commission = (
        f"entity:{findings['Ebrahim Raisi']}",
        f"entity:{findings['Death Commission']}",
    )
    member = f"position:Member@{commission}"
    edges = {(e["from"], e["to"], e["relation"]) for e in data["edges"]}
    assert {(raisi, member, "held"), (member, commission, "in")} <= edges
    assert (commission, f"entity:{findings['Judiciary of Iran']}", "drawn_from") in edges
    assert sum(1 for e in edges if e[0] == raisi and e[1].startswith("violation:")) == 1
    assert {n["kind"] for n in nodes.values()} == {
        "person",
        "position",
        "organization",
        "violation",
    }
    assert nodes[raisi]["x"] < nodes[member]["x"] < nodes[commission]["x"]


def test_the_layout_is_the_same_every_time(served: Served, findings: dict[str, int]) -> None:
    api = served.bearer("viewer")
    assert api.get("/api/v1/network").json() == api.get("/api/v1/network").json()
    page = served.sign_in("viewer").get("/network")
    assert page.status_code == 200 and page.text.count("<line") == len(
        api.get("/api/v1/network").json()["edges"]
    )
