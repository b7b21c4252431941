"""Which sources a bundle carries: `--select` terms, read once and resolved against the case.

A term is one of

- `all`: every source of the case;
- `12`, `12,14`, `20-25`: source ids and ranges;
- `kind:KIND`: every source of a kind (document, list, testimony, media…);
- `search:WORDS`: every source the full-text search finds for WORDS (either script);
- `tag:TAG`: every source whose metadata lists TAG under "tags".

Several `--select` options add up. A testimony is carried only if its witness consented to
sharing (`consent.share`); the others are withheld and named to the exporter, never silently.
"""

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from sabt.errors import BadInput, NotFound
from sabt.exchange.records import Scope, testimony_of
from sabt.model import Source
from sabt.store.search import search

SEARCH_LIMIT = 100_000
SYNTAX = "all, ids such as 3,5,8-12, kind:KIND, search:WORDS or tag:TAG"


@dataclass(frozen=True)
class Chosen:
    sources: list[Source]
    withheld: list[int] = field(default_factory=list)


def _ids(term: str) -> set[int]:
    ids: set[int] = set()
    for part in term.split(","):
        low, _, high = part.strip().partition("-")
        if not low.isdigit() or (high and not high.isdigit()):
            raise BadInput(f"cannot read the selection {term!r}", remedy=f"use {SYNTAX}")
        ids.update(range(int(low), int(high or low) + 1))
    return ids


def _matches(session: Session, case_id: int, term: str, sources: dict[int, Source]) -> set[int]:
    prefix, _, value = term.partition(":")
    if term == "all":
        return set(sources)
    if prefix == "kind" and value:
        return {i for i, s in sources.items() if s.kind == value}
    if prefix == "search" and value:
        return {hit.source_id for hit in search(session, case_id, value, limit=SEARCH_LIMIT)}
    if prefix == "tag" and value:
        return {
            i
            for i, s in sources.items()
            if isinstance(s.metadata_json.get("tags"), list) and value in s.metadata_json["tags"]
        }
    wanted = _ids(term)
    unknown = sorted(wanted - set(sources))
    if unknown:
        raise NotFound(f"no source {unknown[0]} in this case", remedy="see `sabt sources`")
    return wanted


def choose(session: Session, case_id: int, terms: list[str], scope: Scope) -> Chosen:
    """The sources the terms select, within `scope`, testimonies without consent withheld."""
    if not terms:
        raise BadInput("say which sources to bundle", remedy=f"--select {SYNTAX}")
    sources = {
        s.id: s
        for s in session.scalars(select(Source).where(Source.case_id == case_id))
        if scope.has_source(s.id)
    }
    wanted: set[int] = set()
    for term in terms:
        wanted |= _matches(session, case_id, term.strip(), sources) & set(sources)
    chosen, withheld = [], []
    for source_id in sorted(wanted):
        source = sources[source_id]
        consent = testimony_of(source).get("consent", {})
        if source.kind == "testimony" and not (isinstance(consent, dict) and consent.get("share")):
            withheld.append(source_id)
        else:
            chosen.append(source)
    if not chosen:
        raise NotFound(
            "the selection holds no source that may be bundled",
            remedy="testimonies go only with the witness's consent to share"
            if withheld
            else f"check the selection: {SYNTAX}",
        )
    return Chosen(chosen, withheld)
