"""Dossier rendering on the demo case: how long a lawyer waits for the HTML and the PDF.

Builds the demo case (its matrix has seven links for the demo suspect), then times building the
dossier's content (queries, footnotes, ledger proofs), rendering the HTML, and laying out the PDF
with WeasyPrint: the first PDF (fonts loaded) and the median of three more.
"""

import io
import statistics
import time
from functools import partial
from pathlib import Path
from typing import Any

import pypdf

from sabt.demo.build import build_demo
from sabt.demo.matrix import DEMO_SUSPECT
from sabt.report.dossier import build_dossier
from sabt.report.render import render_html, render_pdf
from sabt.security.policy import Actor

REPEATS = 3


def _seconds(work: Any) -> tuple[float, Any]:
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def run(work_dir: Path) -> dict[str, Any]:
    case = build_demo(work_dir / "demo").case
    reader = Actor("bench", 0, {case.case_id: "owner"})
    build_times, html_times, pdf_times = [], [], []
    first_pdf, pdf = _seconds(lambda: render_pdf(build_dossier(case, DEMO_SUSPECT, reader)))
    for _ in range(REPEATS):
        seconds, dossier = _seconds(lambda: build_dossier(case, DEMO_SUSPECT, reader))
        build_times.append(seconds)
        seconds, html = _seconds(partial(render_html, dossier))
        html_times.append(seconds)
        seconds, pdf = _seconds(partial(render_pdf, dossier))
        pdf_times.append(seconds)
    return {
        "suspect": DEMO_SUSPECT,
        "footnotes": len(dossier["footnotes"]),
        "sources": len(dossier["sources"]),
        "html_bytes": len(html.encode()),
        "pdf_bytes": len(pdf),
        "pdf_pages": len(pypdf.PdfReader(io.BytesIO(pdf)).pages),
        "build_seconds_median": round(statistics.median(build_times), 3),
        "html_seconds_median": round(statistics.median(html_times), 3),
        "pdf_seconds_first": round(first_pdf, 3),
        "pdf_seconds_median": round(statistics.median(pdf_times), 3),
    }
