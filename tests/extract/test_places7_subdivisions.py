"""First-level regions under other names than province or state (Spain's autonomous communities,
Germany's Länder, India's union territories) and the departments and prefectures of the countries
that name their regions so (Colombia, Guatemala, Haiti, the Central African Republic), found bare;
a department named like a person or a firm (Caldas, Meta) is not."""

from tests.extract.helpers import annotated


def test_departments_found_bare() -> None:
    text = "Massacres were reported last year; Cauca and Huila suffered, Artibonite too."
    assert {"Cauca", "Huila", "Artibonite"} <= set(annotated(text, "place"))


def test_prefectures_of_the_central_african_republic() -> None:
    text = "Armed groups control Ouham-Pendé and Basse-Kotto, officials said."
    assert {"Ouham-Pendé", "Basse-Kotto"} <= set(annotated(text, "place"))


def test_autonomous_communities_and_union_territories() -> None:
    text = "Officials said Andalucía and Lakshadweep had no cases."
    assert {"Andalucía", "Lakshadweep"} <= set(annotated(text, "place"))


def test_a_department_named_like_a_firm_or_a_person_is_not_found_bare() -> None:
    found = annotated("Critics said Meta and Caldas had paid.", "place")
    assert "Meta" not in found
    assert "Caldas" not in found
