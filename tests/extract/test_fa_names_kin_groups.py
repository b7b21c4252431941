"""A Persian family name after a tribe, a clan or its men (طایفه‌ی X، مردان X) names the kin group,
not again the person the text named by it."""

from sabt.extract import Registry, annotate


def test_a_family_name_after_a_tribe_or_its_men_is_no_person() -> None:
    text = (
        "حسن شیرانی، رئیس شورای محلی، گفت که ماموران مردان طایفه\u200cی شیرانی را بردند. "
        "پیکر هزار مرد شیرانی پیدا نشد. شیرانی از دولت شکایت کرد."
    )
    mentions = annotate(text, registry=Registry.builtin()).mentions
    assert [m.text for m in mentions if m.type == "person"] == ["حسن شیرانی", "شیرانی"]
