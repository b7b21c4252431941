"""Ingest end to end: originals stored once, custody logged, bad input refused file by file."""

import os
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfWriter
from sqlalchemy import func, select

from sabt.ingest.service import Provenance, ingest_paths
from sabt.model import CustodyEvent, Source
from sabt.store.casefolder import CaseFolder
from sabt.store.verify import verify_case

TESTER = Provenance("tester")


def _sources(case: CaseFolder) -> list[Source]:
    with case.session() as session:
        return list(session.scalars(select(Source).order_by(Source.id)))


def test_formats_are_read_and_language_detected(case: CaseFolder, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "note.md").write_text("# Field note\n\nThe families gathered at the cemetery in 1988.")
    (docs / "fa.txt").write_text("خانواده‌ها در تابستان ۱۳۶۷ به زندان اوین رفتند.", "utf-8")
    (docs / "page.html").write_text(
        "<html><head><title>Page</title></head><body><p>Evin prison"
        " records were never published.</p><script>x()</script></body></html>"
    )
    document = Document()
    document.add_paragraph("A synthetic statement about the prison commission.")
    document.save(docs / "statement.docx")
    (docs / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 32)
    summary = ingest_paths(case, [docs], TESTER)
    assert summary.count("new") == 5 and summary.count("failed") == 0
    by_name = {source.filename: source for source in _sources(case)}
    assert by_name["fa.txt"].language == "fa"
    assert by_name["note.md"].title == "Field note"
    assert "x()" not in by_name["page.html"].text_raw
    assert "commission" in by_name["statement.docx"].text_raw
    assert by_name["photo.png"].text_raw == "" and by_name["photo.png"].media_type == "image/png"
    assert verify_case(case).ok


def test_re_ingesting_the_same_bytes_adds_an_event_not_a_source(
    case: CaseFolder, tmp_path: Path
) -> None:
    first = tmp_path / "a.txt"
    first.write_text("The same report, twice.")
    copy = tmp_path / "copy-of-a.txt"
    copy.write_bytes(first.read_bytes())
    ingest_paths(case, [first], TESTER)
    summary = ingest_paths(case, [copy], Provenance("tester", "https://example.org/report"))
    assert [o.status for o in summary.outcomes] == ["known"]
    with case.session() as session:
        assert session.scalar(select(func.count()).select_from(Source)) == 1
        actions = list(session.scalars(select(CustodyEvent.action).order_by(CustodyEvent.seq)))
    assert actions == ["ingested", "re-ingested"]


def _encrypted_pdf(path: Path) -> None:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.encrypt(user_password="secret", owner_password="owner")
    with path.open("wb") as handle:
        writer.write(handle)


BAD_INPUTS = {
    "empty.txt": (lambda p: p.write_bytes(b""), "empty"),
    "broken.pdf": (lambda p: p.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog"), "PDF"),
    "locked.pdf": (_encrypted_pdf, "encrypted"),
    "latin1.txt": (lambda p: p.write_bytes("caf\xe9 r\xe9sum\xe9".encode("latin-1")), "UTF-8"),
    "huge.txt": (lambda p: p.write_bytes(b"a" * 5000), "too large"),
    "evil\u202etxt.exe": (lambda p: p.write_text("x"), "direction"),
    "bell\x07.txt": (lambda p: p.write_text("x"), "control"),
}


def test_bad_input_is_refused_with_one_clear_line_and_nothing_else_is_touched(
    case: CaseFolder, tmp_path: Path
) -> None:
    good = tmp_path / "good"
    good.mkdir()
    (good / "kept.txt").write_text("An earlier, valid report.")
    ingest_paths(case, [good], TESTER)
    blob_before = {sha: case.blobs.read(sha) for sha in case.blobs.all_hashes()}

    docs = tmp_path / "docs"
    docs.mkdir()
    for name, (make, _) in BAD_INPUTS.items():
        make(docs / name)
    (docs / "fine.txt").write_text("A valid report among bad files.")
    outside = tmp_path / "outside.txt"
    outside.write_text("not part of the folder")
    os.symlink(outside, docs / "link.txt")

    summary = ingest_paths(case, [docs], TESTER, max_bytes=4096)
    failures = {Path(o.path).name: o.message for o in summary.outcomes if o.status == "failed"}
    for name, (_, expected) in BAD_INPUTS.items():
        assert expected.lower() in failures[name].lower(), (name, failures[name])
        assert "\n" not in failures[name]
    assert "outside the folder" in failures["link.txt"]
    assert [o.status for o in summary.outcomes if Path(o.path).name == "fine.txt"] == ["new"]
    assert {s.filename for s in _sources(case)} == {"kept.txt", "fine.txt"}
    for sha, data in blob_before.items():
        assert case.blobs.read(sha) == data
    assert verify_case(case).ok


def test_a_missing_path_is_reported_and_the_rest_ingested(case: CaseFolder, tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_text("Present.")
    summary = ingest_paths(case, [tmp_path / "nope.txt", real], TESTER)
    assert [o.status for o in summary.outcomes] == ["failed", "new"]
    assert "no such file" in summary.outcomes[0].message


@pytest.mark.parametrize(
    ("stored", "query"),
    [
        ("گزارش درباره زندان اوين", "اوین"),  # Arabic yeh stored, Persian yeh typed
        ("گزارش درباره زندان اوین", "اوين"),  # and the other way round
        ("کشته‌شدگان سال ۱۳۶۷", "1367"),  # Persian digits stored, Latin typed
        ("كشته شدگان", "کشته"),  # Arabic kaf stored
        ("The Deputy Prosecutor of Tehran", "deputy PROSECUTOR"),
    ],
)
def test_search_finds_text_typed_either_way(
    case: CaseFolder, tmp_path: Path, stored: str, query: str
) -> None:
    from sabt.store.search import search

    (tmp_path / "doc.txt").write_text(stored + " — synthetic sample.", "utf-8")
    (tmp_path / "other.txt").write_text("Unrelated text about a different matter.", "utf-8")
    ingest_paths(case, [tmp_path / "doc.txt", tmp_path / "other.txt"], TESTER)
    with case.session() as session:
        hits = search(session, case.case_id, query)
    assert [hit.title for hit in hits] == ["doc"]
    assert "[" in hits[0].snippet and "]" in hits[0].snippet
