"""Text extraction from the file formats sabt reads, and refusal of files it cannot trust.

Ingest keeps every original byte for byte; this module only derives the text that search, claim
extraction and language detection work on. The format is decided by the file's content (magic
bytes) before its name, because names lie: a scanned image renamed ``statement.pdf`` must not be
fed to a PDF parser, and a PDF saved as ``.txt`` should still be read as a PDF.

Formats read: plain text, Markdown, HTML, PDF (text layer only) and DOCX. Anything else is kept as
an opaque original: it is stored and hashed, but yields no text and raises no error. Files that
claim a readable format but cannot be read raise a `BadInput` subclass from `sabt.ingest.errors`.

All text returned is Unicode NFC with LF line endings, so hashes of derived text, search offsets
and string matching do not depend on the tool that wrote the file.
"""

from __future__ import annotations

import codecs
import io
import mimetypes
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING

from bs4 import BeautifulSoup
from bs4.element import (
    Comment,
    Declaration,
    Doctype,
    NavigableString,
    ProcessingInstruction,
    Tag,
)

from sabt.ingest.errors import CorruptFile, EmptyFile, EncryptedPdf, InvalidEncoding, TooLarge

if TYPE_CHECKING:
    from docx.table import Table

DEFAULT_MAX_BYTES = 200 * 1024 * 1024

PLAIN = "text/plain"
MARKDOWN = "text/markdown"
HTML = "text/html"
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
OCTET_STREAM = "application/octet-stream"


@dataclass(frozen=True)
class ExtractedText:
    """What ingest learns from a file's content, beyond the bytes it stores."""

    text: str  # the raw extracted text ("" for opaque originals)
    media_type: str  # the format read, or the sniffed type of an opaque original
    title: str  # from HTML <title>, PDF metadata, DOCX core properties, first Markdown heading
    opaque: bool  # True when the format is not one we read: preserved as an original, no text
    note: str = ""  # a caveat worth showing the analyst, e.g. a PDF without a text layer


# Signatures of common binary formats, so opaque originals get a truthful media type and a file
# misnamed as a readable format is not parsed as one. Order matters only where prefixes overlap.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "application/x-ole-storage"),  # legacy .doc/.xls
    (b"\x1f\x8b", "application/gzip"),
    (b"7z\xbc\xaf\x27\x1c", "application/x-7z-compressed"),
    (b"Rar!\x1a\x07", "application/vnd.rar"),
    (b"OggS", "application/ogg"),
    (b"ID3", "audio/mpeg"),
    (b"fLaC", "audio/flac"),
    (b"\x1aE\xdf\xa3", "video/webm"),
)

_FTYP_BRANDS = {
    b"qt  ": "video/quicktime",
    b"M4A ": "audio/mp4",
    b"heic": "image/heic",
    b"heix": "image/heic",
    b"mif1": "image/heif",
    b"3gp4": "video/3gpp",
    b"3gp5": "video/3gpp",
}

# Sentinel media type for a zip whose directory cannot be read; resolved in `_opaque`.
_DAMAGED_ZIP = "application/zip; damaged"

_TEXT_EXTENSIONS = {".txt": PLAIN, ".text": PLAIN, ".md": MARKDOWN, ".markdown": MARKDOWN}
_HTML_EXTENSIONS = {".html", ".htm", ".xhtml"}

# Labels that browsers treat as windows-1252 (WHATWG Encoding Standard): pages declaring
# latin-1 routinely contain 0x80-0x9F bytes that only windows-1252 defines.
_WINDOWS_1252_ALIASES = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii"}


def extract_text(
    data: bytes, filename: str, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> ExtractedText:
    """Read the text of `data`, choosing the format by magic bytes first and `filename` second.

    Raises `EmptyFile`, `TooLarge`, `CorruptFile`, `EncryptedPdf` or `InvalidEncoding` (all
    `BadInput`) for files that should be readable but are not; returns an opaque result, never an
    error, for formats sabt does not read.
    """
    if not data:
        raise EmptyFile()
    if len(data) > max_bytes:
        raise TooLarge(len(data), max_bytes)

    extension = PurePath(filename).suffix.lower()
    sniffed = _sniff(data)

    if sniffed == PDF:
        result = _extract_pdf(data)
    elif sniffed == DOCX:
        result = _extract_docx(data)
    elif sniffed == HTML:
        result = _extract_html(data)
    elif sniffed is not None:
        result = _opaque(sniffed, extension)
    elif extension == ".pdf":
        raise CorruptFile("file is named .pdf but is not a PDF (no %PDF header)")
    elif extension == ".docx":
        raise CorruptFile("file is named .docx but is not a readable Word document")
    elif extension in _HTML_EXTENSIONS:
        result = _extract_html(data)
    elif extension in _TEXT_EXTENSIONS:
        result = _extract_plain(data, _TEXT_EXTENSIONS[extension])
    else:
        guessed = mimetypes.guess_type(f"x{extension}")[0] if extension else None
        result = ExtractedText("", guessed or OCTET_STREAM, "", opaque=True)

    return ExtractedText(
        text=_normalise(result.text),
        media_type=result.media_type,
        title=_normalise(result.title).strip(),
        opaque=result.opaque,
        note=result.note,
    )


def _normalise(text: str) -> str:
    """NFC and LF line endings, so equal text compares, hashes and offsets equal."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def _sniff(data: bytes) -> str | None:
    """The media type the content itself announces, or None when it carries no signature."""
    # PDF readers accept the header anywhere in the first 1024 bytes; so do we.
    if b"%PDF-" in data[:1024]:
        return PDF
    if data.startswith(b"PK\x03\x04"):
        return _sniff_zip(data)
    if data[8:12] in (b"WEBP", b"WAVE") and data.startswith(b"RIFF"):
        return "image/webp" if data[8:12] == b"WEBP" else "audio/wav"
    if data[4:8] == b"ftyp":
        # ISO media files name their flavour ("brand") after the box type.
        return _FTYP_BRANDS.get(data[8:12], "video/mp4")
    for signature, media_type in _MAGIC:
        if data.startswith(signature):
            return media_type
    if _looks_like_html(data):
        return HTML
    return None


def _sniff_zip(data: bytes) -> str:
    """DOCX for a Word package; another OOXML/ODF type or plain zip otherwise."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            mimetype = (
                archive.read("mimetype").decode("ascii", "replace").strip()
                if "mimetype" in names
                else ""
            )
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        # A damaged zip: if it was meant to be a DOCX, the caller's extension check decides.
        return _DAMAGED_ZIP
    if "word/document.xml" in names:
        return DOCX
    if "xl/workbook.xml" in names:
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    if "ppt/presentation.xml" in names:
        return "application/vnd.openxmlformats-officedocument.presentationml.presentation"
    if mimetype.startswith("application/vnd.oasis.opendocument"):
        return mimetype
    return "application/zip"


def _looks_like_html(data: bytes) -> bool:
    """True when the first bytes (after any BOM and whitespace) open an HTML document."""
    head = data[:512]
    for bom, codec in _BOMS:
        if head.startswith(bom):
            head = head.decode(codec, "ignore").encode("ascii", "ignore")
            break
    start = head.lstrip().lower()
    return start.startswith((b"<!doctype html", b"<html"))


def _opaque(media_type: str, extension: str) -> ExtractedText:
    """An original kept as is; notes when its name claims a format its content contradicts."""
    if media_type == _DAMAGED_ZIP:
        if extension == ".docx":
            raise CorruptFile("DOCX cannot be read: its zip container is truncated or damaged")
        return ExtractedText("", "application/zip", "", opaque=True, note="zip container damaged")
    note = ""
    readable = _TEXT_EXTENSIONS.keys() | _HTML_EXTENSIONS | {".pdf", ".docx"}
    if extension in readable:
        note = f"named {extension} but the content is {media_type}; kept as an original"
    return ExtractedText("", media_type, "", opaque=True, note=note)


# UTF-16 BOMs are checked after UTF-8; the UTF-16 codec consumes the BOM and picks the byte order.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _bom_codec(data: bytes) -> str | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec
    return None


def _decode(data: bytes, codec: str, what: str) -> str:
    """Strict decoding: a wrong guess would silently corrupt names in evidence, so refuse."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex()
        raise InvalidEncoding(
            f"file is not valid {what} (byte 0x{bad} at offset {exc.start})"
        ) from exc


def _decode_text(data: bytes) -> str:
    codec = _bom_codec(data)
    if codec == "utf-16":
        return _decode(data, codec, "UTF-16")
    return _decode(data, codec or "utf-8", "UTF-8")


def _extract_plain(data: bytes, media_type: str) -> ExtractedText:
    text = _decode_text(data)
    title = _markdown_title(text) if media_type == MARKDOWN else ""
    return ExtractedText(text, media_type, title, opaque=False)


_ATX_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$")
_SETEXT_UNDERLINE = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")


def _markdown_title(text: str) -> str:
    """The first heading, ATX (``# Title``) or setext (a line underlined with = or -)."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        atx = _ATX_HEADING.match(line)
        if atx:
            return atx.group(1).strip()
        if (
            line.strip()
            and i + 1 < len(lines)
            and _SETEXT_UNDERLINE.match(lines[i + 1])
            and not _SETEXT_UNDERLINE.match(line)
        ):
            return line.strip()
    return ""


# -- HTML ---------------------------------------------------------------------------------------

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE
)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""")

# Elements whose content is not part of the document's text.
_DROPPED = ("script", "style", "nav", "noscript", "template", "head")
# Elements that start a new paragraph; their text is separated by a blank line.
_BLOCKS = frozenset(
    {
        *("p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote"),
        *("pre", "address", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6"),
        *("ul", "ol", "dl", "table", "form", "fieldset", "hr"),
    }
)
# Elements that start a new line but not a new paragraph.
_LINES = frozenset({"li", "dt", "dd", "tr", "caption"})
_CELLS = frozenset({"td", "th"})
_PREFORMATTED = frozenset({"pre", "textarea"})


def _html_charset(data: bytes) -> str | None:
    """The charset the document declares in its first 4 KB (meta tag or XML declaration)."""
    head = data[:4096]
    match = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if not match:
        return None
    label = match.group(1).decode("ascii").lower()
    return "windows-1252" if label in _WINDOWS_1252_ALIASES else label


def _decode_html(data: bytes) -> str:
    """A BOM wins, then a declared charset, then UTF-8 (the WHATWG order, without guessing)."""
    if _bom_codec(data):
        return _decode_text(data)
    declared = _html_charset(data)
    if declared is None or declared in ("utf-16", "utf-16le", "utf-16be"):
        # A meta tag cannot declare UTF-16: a parser reading ASCII-compatible bytes found it.
        return _decode(data, "utf-8", "UTF-8")
    try:
        codec = codecs.lookup(declared).name
    except LookupError as exc:
        raise InvalidEncoding(f"HTML declares an unknown charset {declared!r}") from exc
    return _decode(data, codec, f"{declared} (the charset the HTML declares)")


def _extract_html(data: bytes) -> ExtractedText:
    soup = BeautifulSoup(_decode_html(data), "lxml")
    title_tag = soup.find("title")
    title = " ".join(title_tag.get_text().split()) if title_tag else ""

    for tag in soup.find_all(_DROPPED):
        tag.decompose()
    for node in soup.find_all(string=True):
        if isinstance(node, Comment | Declaration | Doctype | ProcessingInstruction):
            node.extract()
        elif not any(parent.name in _PREFORMATTED for parent in node.parents):
            # Source line breaks inside a paragraph are layout, not text.
            node.replace_with(NavigableString(re.sub(r"\s+", " ", str(node))))

    for tag in soup.find_all(True):
        if not isinstance(tag, Tag):
            continue
        if tag.name == "br":
            tag.replace_with(NavigableString("\n"))
        elif tag.name in _BLOCKS:
            tag.insert_before(NavigableString("\n\n"))
            tag.insert_after(NavigableString("\n\n"))
        elif tag.name in _LINES:
            # Only a break before: siblings then sit on consecutive lines, not paragraphs apart.
            tag.insert_before(NavigableString("\n"))
        elif tag.name in _CELLS:
            tag.insert_after(NavigableString("\t"))

    lines = [line.strip(" \t") for line in soup.get_text().split("\n")]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    return ExtractedText(text, HTML, title, opaque=False)


# -- PDF ----------------------------------------------------------------------------------------


def _extract_pdf(data: bytes) -> ExtractedText:
    # Imported here, not at the top: pypdf costs a quarter of a second, and every `sabt` command
    # (even `--help`) imports this module through the ingest service.
    from pypdf import PdfReader

    # Writers append %%EOF last; readers tolerate trailing junk within the final kilobyte. Its
    # absence means the upload was cut off, even where pypdf could rebuild a partial document.
    if b"%%EOF" not in data[-1024:]:
        raise CorruptFile("PDF is truncated or damaged (no end-of-file marker)")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            # An empty user password (owner-only protection) opens for everyone; others cannot.
            raise EncryptedPdf()
        pages = [page.extract_text() or "" for page in reader.pages]
        metadata = reader.metadata
        title = str(metadata.title) if metadata is not None and metadata.title else ""
    except EncryptedPdf:
        raise
    except Exception as exc:
        # pypdf raises many types (PdfReadError, KeyError, ValueError, zlib errors...) on
        # damaged input; to the user they all mean the same thing.
        raise CorruptFile(f"PDF cannot be parsed: {type(exc).__name__}: {exc}") from exc

    text = "\n\n".join(page.strip("\n") for page in pages)
    note = "" if text.strip() else "PDF has no text layer (scanned?)"
    return ExtractedText(text, PDF, title, opaque=False, note=note)


# -- DOCX ---------------------------------------------------------------------------------------


def _extract_docx(data: bytes) -> ExtractedText:
    import docx  # imported here for the same reason as pypdf
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
        blocks: list[str] = []
        for item in document.iter_inner_content():
            if isinstance(item, Table):
                blocks.append(_docx_table_text(item))
            else:
                blocks.append(item.text)
        title = document.core_properties.title or ""
    except Exception as exc:
        # python-docx surfaces zip, XML and package errors of many types for damaged files.
        raise CorruptFile(f"DOCX cannot be parsed: {type(exc).__name__}: {exc}") from exc
    text = "\n\n".join(block for block in blocks if block.strip())
    return ExtractedText(text, DOCX, title, opaque=False)


def _docx_table_text(table: Table) -> str:
    """One line per row, cells separated by tabs; a merged cell's text appears once."""
    rows: list[str] = []
    for row in table.rows:
        seen: list[object] = []
        cells: list[str] = []
        for cell in row.cells:
            if any(cell._tc is other for other in seen):
                continue
            seen.append(cell._tc)
            cells.append(cell.text)
        rows.append("\t".join(cells))
    return "\n".join(rows)
