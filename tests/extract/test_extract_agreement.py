"""Agreement between two annotators: a second annotation scored against the first, as rules are."""

import json
from pathlib import Path

import pytest
from benchmarks.extract_agreement import agreement

TEXT = "Judge Ana Ruiz said 40 people were killed in Lima on 3 May 2019."


def _doc(**changes: object) -> dict[str, object]:
    ruiz, lima, day = TEXT.index("Ana Ruiz"), TEXT.index("Lima"), TEXT.index("3 May")
    doc: dict[str, object] = {
        "name": "agreement_01",
        "language": "en",
        "text": TEXT,
        "mentions": [
            {"type": "person", "start": ruiz, "end": ruiz + 8, "text": "Ana Ruiz"},
            {"type": "place", "start": lima, "end": lima + 4, "text": "Lima"},
        ],
        "dates": [
            {"start": day, "end": day + 10, "earliest": "2019-05-03", "latest": "2019-05-03"}
        ],
        "claims": [
            {
                "property": "killed",
                "value": 40,
                "low": None,
                "high": None,
                "qualifier": "",
                "attributed_to": ["Ana Ruiz", "Ruiz"],
            }
        ],
        "occupancies": [{"person": "Ana Ruiz", "position": "Judge"}],
    }
    doc.update(changes)
    return doc


def _folder(root: Path, name: str, doc: dict[str, object]) -> Path:
    folder = root / name
    folder.mkdir()
    (folder / "agreement_01.json").write_text(json.dumps(doc), encoding="utf-8")
    return folder


def test_an_annotation_agrees_with_itself_on_every_kind(tmp_path: Path) -> None:
    first = _folder(tmp_path, "a", _doc())
    second = _folder(tmp_path, "b", _doc())
    scores = agreement(first, second)
    assert all(s.figures()["precision"] == s.figures()["recall"] == 1.0 for s in scores.values())


def test_what_one_annotator_left_out_or_named_another_party_lowers_agreement(
    tmp_path: Path,
) -> None:
    first = _folder(tmp_path, "a", _doc())
    claim = dict(_doc()["claims"][0], attributed_to=["the police"])  # type: ignore[index]
    second = _folder(
        tmp_path,
        "b",
        _doc(mentions=_doc()["mentions"][:1], claims=[claim]),  # type: ignore[index]
    )
    scores = agreement(first, second)
    assert scores["place"].figures()["recall"] == 0.0
    assert scores["person"].figures()["recall"] == 1.0
    assert scores["claims_figures"].figures()["recall"] == 1.0
    assert scores["claims_attributed"].figures()["recall"] == 0.0


def test_two_annotations_of_different_texts_are_refused(tmp_path: Path) -> None:
    first = _folder(tmp_path, "a", _doc())
    second = _folder(tmp_path, "b", _doc(text=TEXT + " Later edits."))
    with pytest.raises(ValueError, match="different texts"):
        agreement(first, second)
