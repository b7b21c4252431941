"""A case of many documents for the web benchmark, filled in bulk but indexed as ingest does.

Sources and blobs go in with bulk inserts; each source's search row is written by
`sabt.store.search.index_source`, ingest's own indexer, over `normalise_for_search` of its text.
A handful of documents are then ingested for real (original in the blob store, custody events,
a signed checkpoint), so that source pages show custody and inclusion proofs. The texts are
synthetic, written for this benchmark: 1% mention Evin in Latin script, 1% in Persian.
"""

import random
from pathlib import Path

from sqlalchemy import insert, select

from sabt.ingest.service import Provenance, ingest_file
from sabt.model import Blob, Source
from sabt.store.casefolder import CaseFolder, init_case
from sabt.store.search import index_source
from sabt.text.normalise import normalise_for_search

_EN = [
    *("the", "families", "asked", "the", "court", "about", "the", "transfer", "of", "prisoners"),
    *("in", "the", "summer", "report", "names", "deputy", "commission", "hearing", "witness"),
    *("list", "grave", "cemetery", "ministry"),
]
_FA = [
    *("خانواده‌ها", "دربارهٔ", "انتقال", "زندانیان", "در", "تابستان", "از", "دادگاه"),
    *("پرسیدند", "گزارش", "هیئت", "شاهد", "فهرست", "گور"),
]
BATCH = 5000


def _text(rng: random.Random, number: int) -> tuple[str, str]:
    persian = number % 3 == 0
    words = [rng.choice(_FA if persian else _EN) for _ in range(rng.randint(60, 120))]
    if number % 100 == 7:
        words.insert(rng.randrange(len(words)), "Evin")
    if number % 100 == 37:
        words.insert(rng.randrange(len(words)), "زندان اوین")
    title = f"{'گزارش' if persian else 'Report'} {number}"
    return title, " ".join(words)


def build_case(folder: Path, documents: int, ingested: int = 20) -> tuple[CaseFolder, list[int]]:
    """The case, and the ids of the sources ingested for real (with custody)."""
    case = init_case(folder / "case", title="Web benchmark case (synthetic)")
    rng = random.Random(3)
    for first in range(0, documents, BATCH):
        numbers = range(first, min(first + BATCH, documents))
        texts = [_text(rng, n) for n in numbers]
        shas = [f"{n:064x}" for n in numbers]
        with case.session() as session:
            session.execute(
                insert(Blob),
                [{"sha256": s, "size": len(t)} for s, (_, t) in zip(shas, texts, strict=True)],
            )
            session.execute(
                insert(Source),
                [
                    {
                        "case_id": case.case_id,
                        "title": title,
                        "blob_sha256": sha,
                        "filename": f"doc{n}.txt",
                        "media_type": "text/plain",
                        "origin": "benchmark (synthetic)",
                        "acquired_by": "bench",
                        "language": "fa" if n % 3 == 0 else "en",
                        "reliability": "ABCDEF"[n % 6],
                        "credibility": 1 + n % 6,
                        "text_raw": body,
                        "text_normalised": normalise_for_search(body),
                    }
                    for n, sha, (title, body) in zip(numbers, shas, texts, strict=True)
                ],
            )
            for source in session.scalars(select(Source).where(Source.id > first)):
                index_source(session, source)
    real = []
    for n in range(ingested):
        path = folder / f"ingested-{n}.txt"
        title, body = _text(rng, n * 100 + 7)
        path.write_text(f"{title}\n\n{body}\n", "utf-8")
        outcome = ingest_file(case, path, Provenance("bench", "benchmark (synthetic)"))
        assert outcome.source_id is not None
        real.append(outcome.source_id)
    case.checkpoint()
    return case, real
