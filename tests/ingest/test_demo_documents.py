"""The demo case's sample documents and synthetic lists: readable, labelled, and our own words."""

from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest
import yaml

from sabt.ingest.formats import extract_text
from sabt.ingest.language import detect_language

DEMO = Path(__file__).resolve().parents[2] / "src" / "sabt" / "demo"
DOCUMENTS = DEMO / "documents"
LISTS = DEMO / "lists"
SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "seeds"

RUN = 12  # words in a row that would count as copied text
LIST_COLUMNS = [
    "id",
    "given_name",
    "family_name",
    "father_name",
    "birth_year",
    "date_of_death",
    "place_of_death",
]


def manifest() -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = yaml.safe_load(
        (DOCUMENTS / "manifest.yaml").read_text(encoding="utf-8")
    )["documents"]
    return entries


ENTRIES = manifest()


def words(text: str) -> list[str]:
    return re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold())


def runs(text: str) -> set[tuple[str, ...]]:
    tokens = words(text)
    return {tuple(tokens[i : i + RUN]) for i in range(len(tokens) - RUN + 1)}


def test_manifest_lists_every_document_and_only_existing_ones() -> None:
    listed = {entry["file"] for entry in ENTRIES}
    on_disk = {p.name for p in DOCUMENTS.iterdir() if p.name != "manifest.yaml"}
    assert listed == on_disk
    assert 10 <= len(listed) <= 12


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["file"] for e in ENTRIES])
def test_document_parses_and_has_the_manifest_language(entry: dict[str, Any]) -> None:
    data = (DOCUMENTS / entry["file"]).read_bytes()
    result = extract_text(data, entry["file"])
    assert not result.opaque
    assert detect_language(result.text) == entry["language"]
    assert 150 <= len(words(result.text)) <= 400
    first_line = result.text.lstrip().splitlines()[0]
    assert "SAMPLE DOCUMENT" in first_line or "سند نمونه" in first_line


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["file"] for e in ENTRIES])
def test_manifest_entry_is_complete_and_graded_on_the_admiralty_scales(
    entry: dict[str, Any],
) -> None:
    for key in ("title", "origin", "language", "affiliation", "note"):
        assert isinstance(entry[key], str)
        assert entry[key].strip(), key
    assert "://" not in entry["origin"]  # a description, never a live link
    assert entry["reliability"] in set("ABCDEF")
    assert entry["credibility"] in range(1, 7)


def test_demo_covers_the_formats_and_languages_the_brief_needs() -> None:
    suffixes = {Path(e["file"]).suffix for e in ENTRIES}
    assert suffixes == {".md", ".html", ".txt"}
    assert sum(e["language"] == "fa" for e in ENTRIES) >= 4
    persian_texts = [
        (DOCUMENTS / e["file"]).read_text("utf-8") for e in ENTRIES if e["language"] == "fa"
    ]
    # One Persian document is typed with Arabic-keyboard letters, to exercise normalisation.
    assert any("ي" in t and "ك" in t for t in persian_texts)
    assert any(re.search(r"[۰-۹]{2} (?:مرداد|آبان) [۰-۹]{4}", t) for t in persian_texts)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="shared/corpus/seeds is not beside the checkout")
def test_no_document_copies_a_twelve_word_run_from_the_seed_corpus() -> None:
    seed_runs: set[tuple[str, ...]] = set()
    for seed in SEEDS.iterdir():
        seed_runs |= runs(seed.read_text(encoding="utf-8", errors="replace"))
    assert seed_runs, "the seed corpus should not be empty"
    for entry in ENTRIES:
        text = extract_text((DOCUMENTS / entry["file"]).read_bytes(), entry["file"]).text
        shared = runs(text) & seed_runs
        assert not shared, f"{entry['file']} shares text with the seeds: {' '.join(min(shared))}"


def read_list(name: str) -> list[dict[str, str]]:
    with (LISTS / name).open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert reader.fieldnames == LIST_COLUMNS
        return list(reader)


def test_synthetic_lists_have_the_columns_and_overlap() -> None:
    names = sorted(p.name for p in LISTS.glob("list-*.csv"))
    assert 2 <= len(names) <= 3
    ids: dict[str, set[str]] = {}
    for name in names:
        rows = read_list(name)
        assert 30 <= len(rows) <= 60
        ids[name] = {row["id"] for row in rows}
        assert len(ids[name]) == len(rows)
    persian = read_list("list-b-fa-prisoners-committee.csv")
    assert all(re.fullmatch(r"۱۳۶۷/[۰-۹]{2}(?:/[۰-۹]{2})?", r["date_of_death"]) for r in persian)

    with (LISTS / "links-truth.csv").open(encoding="utf-8", newline="") as handle:
        truth = list(csv.DictReader(handle))
    lists_per_person: dict[str, set[str]] = {}
    for link in truth:
        assert link["id"] in ids[link["list"]]
        lists_per_person.setdefault(link["person"], set()).add(link["list"])
    assert sum(len(found) == len(names) for found in lists_per_person.values()) >= 5


def test_lists_are_marked_synthetic() -> None:
    readme = (LISTS / "README.md").read_text(encoding="utf-8")
    assert "SYNTHETIC" in readme
