"""Text extraction per format, and refusal of empty, damaged, encrypted or mis-encoded files."""

from __future__ import annotations

import io
import unicodedata
import zipfile

import docx
import pytest
from pypdf import PdfReader, PdfWriter

from sabt.errors import BadInput
from sabt.ingest.errors import CorruptFile, EmptyFile, EncryptedPdf, InvalidEncoding, TooLarge
from sabt.ingest.formats import DOCX, ExtractedText, extract_text

PNG_1X1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


def make_pdf(lines: list[str], title: str = "Witness statement") -> bytes:
    """A minimal valid one-page PDF with a Helvetica text layer, built by hand with exact xref."""
    ops = ["BT", "/F1 12 Tf", "14 TL", "72 720 Td"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(f"({escaped}) Tj T*")
    ops.append("ET")
    if not lines:  # a "scanned" page: graphics only, no text operators
        ops = ["0 0 0 rg", "72 72 200 200 re f"]
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title (" + title.encode("latin-1") + b") >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref_at = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)


def make_docx() -> bytes:
    document = docx.Document()
    document.core_properties.title = "Interview notes"
    document.add_paragraph("First paragraph about the prison.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Name"
    table.cell(0, 1).text = "Date"
    table.cell(1, 0).text = "Witness A"
    table.cell(1, 1).text = "1988-07-30"
    document.add_paragraph("Closing paragraph after the table.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# -- plain text and Markdown ---------------------------------------------------------------------


def test_plain_text_is_read_with_crlf_normalised_and_nfc() -> None:
    decomposed = "Cafe\u0301 statement\r\nsecond line\r\n"
    result = extract_text(decomposed.encode("utf-8"), "note.txt")
    assert result == ExtractedText("Café statement\nsecond line\n", "text/plain", "", False)
    assert unicodedata.is_normalized("NFC", result.text)


def test_utf8_bom_and_utf16_bom_are_accepted() -> None:
    text = "گزارش شاهد\nline two"
    assert extract_text(b"\xef\xbb\xbf" + text.encode("utf-8"), "a.txt").text == text
    assert extract_text(text.encode("utf-16"), "a.txt").text == text  # BOM + native order
    assert extract_text(b"\xfe\xff" + text.encode("utf-16-be"), "a.txt").text == text


def test_invalid_utf8_is_refused_with_the_offset() -> None:
    with pytest.raises(InvalidEncoding, match=r"not valid UTF-8 \(byte 0xff at offset 6\)"):
        extract_text(b"hello \xff world", "bad.txt")


def test_markdown_title_is_first_heading() -> None:
    source = "Intro line\n\n## Death commissions ##\n\nBody.\n\n# Later heading\n"
    result = extract_text(source.encode(), "doc.md")
    assert result.media_type == "text/markdown"
    assert result.title == "Death commissions"
    assert result.text == source  # Markdown is kept raw


def test_markdown_setext_title() -> None:
    assert extract_text(b"Summary\n=======\n\ntext\n", "doc.markdown").title == "Summary"


# -- HTML ----------------------------------------------------------------------------------------


def test_html_drops_script_style_nav_and_keeps_paragraph_breaks() -> None:
    page = b"""<!DOCTYPE html><html><head><title> Report
      title </title><style>p{color:red}</style></head>
    <body><nav>Home | About</nav><script>var x = 1;</script>
    <h1>Findings</h1><p>First   paragraph
    wraps here.</p><p>Second<br>line two</p><!-- hidden comment -->
    <ul><li>one</li><li>two</li></ul></body></html>"""
    result = extract_text(page, "page.html")
    assert result.media_type == "text/html"
    assert result.title == "Report title"
    assert result.text == "Findings\n\nFirst paragraph wraps here.\n\nSecond\nline two\n\none\ntwo"


def test_html_windows_1256_declared_charset_with_persian_text() -> None:
    # windows-1256 has no Persian yeh (U+06CC); pages in it use the Arabic yeh, as here.
    body = "<p>چهار پرونده از کشتار در زندان اوين</p>"
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
        f"<title>گزارش</title></head><body>{body}</body></html>"
    )
    data = page.encode("windows-1256")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # the test is meaningful only if UTF-8 would fail
    result = extract_text(data, "fa.htm")
    assert result.title == "گزارش"
    assert result.text == "چهار پرونده از کشتار در زندان اوين"


def test_html_is_sniffed_by_content_even_with_a_txt_name() -> None:
    result = extract_text(b"<!doctype html><title>T</title><p>x</p>", "saved.txt")
    assert (result.media_type, result.title, result.text) == ("text/html", "T", "x")


def test_html_bytes_invalid_for_declared_charset_are_refused() -> None:
    page = b'<html><head><meta charset="utf-8"></head><body>\xc3\x28</body></html>'
    with pytest.raises(InvalidEncoding, match="UTF-8"):
        extract_text(page, "p.html")


def test_html_unknown_charset_is_refused() -> None:
    with pytest.raises(InvalidEncoding, match="unknown charset 'klingon-1'"):
        extract_text(b'<html><meta charset="klingon-1"><p>x</p></html>', "p.html")


# -- PDF -----------------------------------------------------------------------------------------


def test_pdf_text_and_title() -> None:
    data = make_pdf(["Evin prison, summer 1988", "Second line (page one)"])
    result = extract_text(data, "statement.pdf")
    assert result.media_type == "application/pdf"
    assert result.title == "Witness statement"
    assert "Evin prison, summer 1988" in result.text
    assert "Second line (page one)" in result.text
    assert not result.opaque
    assert result.note == ""


def test_pdf_without_text_layer_is_noted() -> None:
    result = extract_text(make_pdf([]), "scan.pdf")
    assert result.text.strip() == ""
    assert result.note == "PDF has no text layer (scanned?)"


def test_encrypted_pdf_is_refused() -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(["secret"]))))
    writer.encrypt(user_password="open-sesame", owner_password="owner", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(EncryptedPdf) as info:
        extract_text(buffer.getvalue(), "locked.pdf")
    assert info.value.message == "PDF is encrypted; supply a decrypted copy"


def test_pdf_with_empty_user_password_is_read() -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(["readable by all"]))))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert "readable by all" in extract_text(buffer.getvalue(), "owner-only.pdf").text


def test_truncated_pdf_is_corrupt() -> None:
    data = make_pdf(["some text"])
    with pytest.raises(CorruptFile, match="PDF is truncated"):
        extract_text(data[: len(data) // 2], "cut.pdf")


def test_pdf_with_garbage_body_is_corrupt() -> None:
    with pytest.raises(CorruptFile, match="PDF cannot be parsed"):
        extract_text(b"%PDF-1.4\nthis is not a pdf body\n%%EOF\n", "junk.pdf")


def test_pdf_named_file_without_pdf_header_is_corrupt() -> None:
    with pytest.raises(CorruptFile, match="not a PDF"):
        extract_text(b"plain words", "fake.pdf")


# -- DOCX ----------------------------------------------------------------------------------------


def test_docx_paragraphs_and_tables_in_document_order() -> None:
    result = extract_text(make_docx(), "notes.docx")
    assert result.media_type == DOCX
    assert result.title == "Interview notes"
    assert result.text == (
        "First paragraph about the prison.\n\n"
        "Name\tDate\nWitness A\t1988-07-30\n\n"
        "Closing paragraph after the table."
    )


def test_docx_is_sniffed_by_content_regardless_of_name() -> None:
    assert extract_text(make_docx(), "upload.bin").media_type == DOCX


def test_truncated_docx_is_corrupt() -> None:
    data = make_docx()
    with pytest.raises(CorruptFile, match="DOCX"):
        extract_text(data[: len(data) // 2], "cut.docx")


def test_zip_without_word_document_named_docx_is_corrupt() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/other.xml", "<x/>")
        archive.writestr("[Content_Types].xml", "<Types/>")
    # Not a Word package, so it is an opaque zip by content ...
    assert extract_text(buffer.getvalue(), "a.zip").media_type == "application/zip"
    # ... and the .docx name does not make it readable.
    assert extract_text(buffer.getvalue(), "a.docx").opaque


# -- opaque and refused --------------------------------------------------------------------------


def test_png_is_opaque_even_when_named_pdf() -> None:
    result = extract_text(PNG_1X1, "photo.png")
    assert result == ExtractedText("", "image/png", "", opaque=True)
    misnamed = extract_text(PNG_1X1, "evidence.pdf")
    assert misnamed.opaque
    assert misnamed.media_type == "image/png"
    assert "named .pdf" in misnamed.note


@pytest.mark.parametrize(
    ("head", "media_type"),
    [
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "image/jpeg"),
        (b"RIFF\x24\x00\x00\x00WAVEfmt ", "audio/wav"),
        (b"\x00\x00\x00\x18ftypmp42\x00\x00", "video/mp4"),
        (b"\x00\x00\x00\x18ftypheic\x00\x00", "image/heic"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", "application/x-ole-storage"),
    ],
)
def test_binary_signatures_are_opaque_with_their_type(head: bytes, media_type: str) -> None:
    result = extract_text(head + b"\x00" * 64, "upload.txt")
    assert (result.opaque, result.media_type, result.text) == (True, media_type, "")


def test_unknown_extension_is_opaque_with_guessed_type() -> None:
    assert extract_text(b"a,b\n1,2\n", "list.csv") == ExtractedText("", "text/csv", "", True)
    assert extract_text(b"\x00\x01", "blob").media_type == "application/octet-stream"


def test_empty_file_is_refused() -> None:
    with pytest.raises(EmptyFile) as info:
        extract_text(b"", "empty.txt")
    assert info.value.message == "file is empty"
    assert isinstance(info.value, BadInput)


def test_too_large_is_refused_before_parsing() -> None:
    with pytest.raises(TooLarge) as info:
        extract_text(b"x" * 2048, "big.txt", max_bytes=1024)
    assert info.value.size == 2048
    assert info.value.limit == 1024
    assert info.value.message == "file is too large: 2 KB is above the 1 KB limit"
    assert extract_text(b"x" * 1024, "ok.txt", max_bytes=1024).text == "x" * 1024
