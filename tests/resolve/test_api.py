"""`link_lists`: namesakes kept apart, the chaining guard, human judgements, tiny inputs."""

from pathlib import Path

import pandas as pd

from sabt.resolve.api import Judgement, link_lists
from sabt.resolve.cluster import cluster
from sabt.resolve.readers import parse_mapping, read_list


def _cluster_of(result_clusters: pd.DataFrame) -> dict[tuple[str, str], str]:
    rows = result_clusters.itertuples(index=False)
    return {(r.list, r.record_id): r.cluster_id for r in rows}


def test_namesakes_told_apart_by_father_and_birth(lists: dict[str, Path]) -> None:
    frames = {name: read_list(lists[name]) for name in ("amnesty", "hrw")}
    result = link_lists(frames)
    of = _cluster_of(result.clusters)
    assert of[("amnesty", "a1")] == of[("hrw", "h1")]  # swapped names, a day off, Hasan/Hassan
    assert of[("amnesty", "a2")] == of[("hrw", "h2")]
    assert of[("amnesty", "a1")] != of[("amnesty", "a2")]  # two different Mohammad Hosseini
    assert of[("hrw", "h4")] not in {of[("amnesty", f"a{i}")] for i in range(1, 5)}


def test_chaining_guard_splits_a_bridge() -> None:
    # 0~1 and 1~2 are strong, but the model scored 0 against 2 as clearly different.
    scores = {(0, 1): 0.99, (1, 2): 0.98, (0, 2): 0.02}
    assert cluster(3, scores, threshold=0.9, floor=0.6) == [0, 0, 2]
    # A merely weaker third pair still joins: the average (0.98 + 0.6) / 2 reaches the floor.
    assert cluster(3, {(0, 1): 0.99, (1, 2): 0.98, (0, 2): 0.6}, 0.9, 0.6) == [0, 0, 0]


def test_judgements_override_the_model(lists: dict[str, Path]) -> None:
    frames = {name: read_list(lists[name]) for name in ("amnesty", "hrw")}
    judgements = [
        Judgement(("amnesty", "a1"), ("hrw", "h1"), "different"),
        Judgement(("amnesty", "a4"), ("hrw", "h4"), "same"),
    ]
    result = link_lists(frames, judgements=judgements)
    of = _cluster_of(result.clusters)
    assert of[("amnesty", "a1")] != of[("hrw", "h1")]
    assert of[("amnesty", "a4")] == of[("hrw", "h4")]
    same = result.pairs[(result.pairs["left_id"] == "a4") & (result.pairs["right_id"] == "h4")]
    assert same["match_probability"].tolist() == [1.0]


def test_tiny_and_empty_lists_do_not_crash() -> None:
    one = pd.DataFrame({"id": ["1"], "given_name": ["Ali"], "family_name": [""]})
    result = link_lists({"solo": one})
    assert result.clusters.values.tolist() == [["solo", "1", "c1"]]
    assert result.pairs.empty
    assert not result.training.trained


def test_persian_record_linked_to_its_latin_twin(lists: dict[str, Path]) -> None:
    # Persian script, Arabic ي/ك in p2, same dates: each must join its Latin twin.
    frames = {name: read_list(lists[name]) for name in ("amnesty", "persian")}
    of = _cluster_of(link_lists(frames).clusters)
    assert of[("persian", "p1")] == of[("amnesty", "a1")]
    assert of[("persian", "p2")] == of[("amnesty", "a3")]
    assert of[("persian", "p1")] != of[("amnesty", "a2")]  # the other Mohammad Hosseini


def test_solar_hijri_dates_meet_gregorian() -> None:
    persian = pd.DataFrame(
        {
            "id": ["p"],
            "given_name": ["مجید"],
            "family_name": ["نجفی"],
            "birth_year": ["1339"],
            "date_of_death": ["۱۳۶۷/۰۵/۰۶"],
        }
    )
    latin = pd.DataFrame(
        {
            "id": ["l"],
            "given_name": ["Majid"],
            "family_name": ["Najafi"],
            "birth_year": ["1961"],
            "date_of_death": ["1988-07-28"],
        }
    )
    result = link_lists({"fa": persian, "en": latin})
    assert result.pairs[["left_id", "right_id"]].values.tolist() in ([["p", "l"]], [["l", "p"]])


def test_pairs_judged_the_same_retrain_the_model() -> None:
    given = ["Ali", "Reza", "Hassan", "Mehdi", "Zahra", "Maryam", "Fatemeh", "Sara", "Omid", "Nima"]
    family = ["Ahmadi", "Karimi", "Rahimi", "Moradi", "Sadeghi", "Jafari", "Kazemi", "Heidari"]
    rows = [
        {
            "id": str(i),
            "given_name": given[i % 10],
            "family_name": family[(i // 10) % 8],
            "father_name": given[(i * 7) % 10],
            "birth_year": str(1950 + i % 23),
            "date_of_death": f"1988-{7 + i % 3:02d}-{1 + i % 27:02d}",
            "place_of_death": "Tehran",
        }
        for i in range(120)
    ]
    frames = {"a": pd.DataFrame(rows), "b": pd.DataFrame(rows)}
    same = [Judgement(("a", str(i)), ("b", str(i)), "same") for i in range(20)]
    untaught = link_lists(frames, within_lists=False)
    taught = link_lists(frames, within_lists=False, judgements=same)
    assert "judged the same" not in untaught.training.note
    assert taught.training.note.endswith("then m from 20 pairs judged the same person")


def test_identity_number_links_a_record_whose_family_name_changed(tmp_path: Path) -> None:
    # The same woman under her father's and her husband's family name: only the number says so.
    before = tmp_path / "before.csv"
    after = tmp_path / "after.csv"
    before.write_text(
        "id,given_name,family_name,birth_year,national_id\nb1,Fatemeh,Ahmadi,1966,4410-27\n"
    )
    after.write_text(
        "id,given_name,family_name,birth_year,national_id\nk1,Fatemeh,Karimi,1966,۴۴۱۰۲۷\n"
    )
    mapping = parse_mapping(["national_id=id_number"])
    with_ids = {path.stem: read_list(path, mapping) for path in (before, after)}
    without = {path.stem: read_list(path) for path in (before, after)}
    # A shared given name and birth year alone leave the pair a toss-up, under a cautious cut.
    assert link_lists(without, threshold=0.9).pairs.empty
    linked = link_lists(with_ids, threshold=0.9).pairs
    assert linked[["left_id", "right_id"]].values.tolist() in ([["b1", "k1"]], [["k1", "b1"]])
