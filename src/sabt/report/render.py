"""Rendering a dossier: HTML from a Jinja2 template, PDF from that HTML through WeasyPrint.

The PDF is the HTML, laid out for paper, so the two cannot say different things. WeasyPrint is
imported only when a PDF is asked for. Persian and other right-to-left text is shaped by Pango;
the stylesheet asks for DejaVu Sans (Debian's fonts-dejavu-core covers Arabic script), then any
Noto or Vazirmatn font installed (docs/dossier.md).
"""

from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

_ENVIRONMENT = Environment(
    loader=PackageLoader("sabt.report", "templates"),
    autoescape=select_autoescape(["html"]),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def render_html(dossier: dict[str, Any]) -> str:
    return _ENVIRONMENT.get_template("dossier.html").render(**dossier)


def render_pdf(dossier: dict[str, Any]) -> bytes:
    from weasyprint import HTML

    pdf: bytes = HTML(string=render_html(dossier)).write_pdf()
    return pdf
