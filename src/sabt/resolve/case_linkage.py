"""Link the victim lists imported into a case: clusters become Victim entities, people decide.

`link_case` scores every pair of the case's ListRecords (the same model as `sabt link`), applies
the case's human judgements, clusters with the chaining guard, and makes each cluster one
Victim: an Entity of type person holding every record (`ListRecord.victim_id`) and every
spelling of the name in every script (EntityName rows). The scored pairs are stored in the case
folder (`linkage/pairs.csv`, its hash in the custody ledger) so that review can walk them later.

Re-linking is idempotent: with the same records and judgements it gives the same clusters and
keeps each cluster's Victim (the one most of its records already point to). Judgements are never
touched by a re-link; they are append-only and the latest on a pair is the one that counts.

The functions `pairs_to_review` and `judge` are the API the CLI's `sabt lists review` and the
web pair-review page share.
"""

import hashlib
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from sabt.errors import BadInput, NotFound
from sabt.model import Entity, EntityName, ListRecord
from sabt.model import Judgement as JudgementRow
from sabt.resolve.api import Judgement, Verdict, score_records
from sabt.resolve.defaults import DEFAULT_THRESHOLD, LINKAGE_DIR, PAIRS_FILE, REVIEW_BAND
from sabt.resolve.features import feature_frame, feature_row
from sabt.store.casefolder import CaseFolder
from sabt.store.durable import write_atomically
from sabt.text.dates import DateRange
from sabt.text.names import latin_form

RUN_FILE = "run.json"
VERDICTS: tuple[Verdict, ...] = ("same", "different", "unsure")
VICTIM_DESCRIPTION = "Victim: list records linked by sabt lists link"
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")


@dataclass(frozen=True)
class CaseLinkReport:
    """What a linkage run did: counts, the threshold, and how the model got its parameters."""

    records: int
    pairs_scored: int
    pairs_linked: int
    victims: int
    victims_created: int
    victims_removed: int
    judgements_applied: int
    threshold: float
    training: str


@dataclass(frozen=True)
class RecordView:
    """One list record as a reviewer sees it: the row as written, and its name in Latin letters."""

    id: int
    list_name: str
    row_number: int
    raw: dict[str, Any]
    name: str
    name_latin: str
    father_name: str
    birth: str
    event: str
    place: str
    victim_id: int | None


@dataclass(frozen=True)
class PairToReview:
    """Two records the model is unsure about (`left.id < right.id`), most informative first."""

    left: RecordView
    right: RecordView
    probability: float


def _span(earliest: Any, latest: Any) -> str:
    if earliest is None:
        return ""
    return earliest.isoformat() if earliest == latest else f"{earliest}..{latest}"


def _birth_years(record: ListRecord) -> tuple[int, int] | None:
    if record.birth_earliest is None:
        return None
    latest = record.birth_latest or record.birth_earliest
    return (record.birth_earliest.year, latest.year)


def _event(record: ListRecord) -> DateRange | None:
    if record.event_earliest is None:
        return None
    latest = record.event_latest or record.event_earliest
    precision = "day" if latest == record.event_earliest else "range"
    return DateRange(record.event_earliest, latest, precision, "gregorian", "", 0, 0)


def _ref(record: ListRecord) -> tuple[str, str]:
    return (record.list_name, str(record.id))


def _records(session: Session, case: CaseFolder) -> list[ListRecord]:
    statement = select(ListRecord).where(ListRecord.case_id == case.case_id)
    return list(session.scalars(statement.order_by(ListRecord.id)))


def latest_judgements(session: Session, case: CaseFolder) -> dict[tuple[int, int], JudgementRow]:
    """The judgement that counts on each pair: the latest one (judgements are append-only)."""
    rows = session.scalars(
        select(JudgementRow)
        .where(JudgementRow.case_id == case.case_id)
        .order_by(JudgementRow.decided_at, JudgementRow.id)
    )
    return {(row.left_id, row.right_id): row for row in rows}


def _full_name(record: ListRecord) -> str:
    return " ".join(p for p in (record.given_name, record.family_name) if p.strip()).strip()


def _script(name: str) -> str:
    return "Arab" if _ARABIC_SCRIPT.search(name) else "Latn"


def _names(members: list[ListRecord]) -> list[tuple[str, str]]:
    """Every distinct spelling (with its script), most frequent first; a Latin form if none."""
    counts = Counter(name for record in members if (name := _full_name(record)))
    names = [(name, _script(name)) for name, _ in counts.most_common()]
    if names and not any(script == "Latn" for _, script in names):
        names.append((latin_form(names[0][0]).title(), "Latn"))
    return names


def _assign_victims(
    session: Session, case: CaseFolder, groups: list[list[ListRecord]]
) -> tuple[int, int]:
    """Make each group one Victim (reusing the one most members hold); (created, removed)."""
    before = {r.victim_id for group in groups for r in group if r.victim_id is not None}
    claimed: set[int] = set()
    created = 0
    for group in sorted(groups, key=lambda g: (-len(g), min(r.id for r in g))):
        held = Counter(r.victim_id for r in group if r.victim_id is not None)
        reusable = [vid for vid, _ in sorted(held.items(), key=lambda kv: (-kv[1], kv[0]))]
        victim_id = next((vid for vid in reusable if vid not in claimed), None)
        names = _names(group) or [(f"record {group[0].id}", "Latn")]
        if victim_id is None:
            victim = Entity(
                case_id=case.case_id,
                type="person",
                canonical_name=names[0][0],
                description=VICTIM_DESCRIPTION,
            )
            session.add(victim)
            session.flush()
            created += 1
        else:
            victim = session.get_one(Entity, victim_id)
        claimed.add(victim.id)
        _set_names(victim, names)
        for record in group:
            record.victim_id = victim.id
    session.flush()
    return created, _remove_orphans(session, before - claimed)


def _set_names(victim: Entity, names: list[tuple[str, str]]) -> None:
    wanted = [(name, script, i == 0) for i, (name, script) in enumerate(names)]
    have = [(n.name, n.script, n.is_primary) for n in victim.names]
    if have == wanted:
        return
    victim.names.clear()
    victim.canonical_name = names[0][0]
    for name, script, primary in wanted:
        language = "fa" if script == "Arab" else "und"
        victim.names.append(
            EntityName(name=name, script=script, language=language, is_primary=primary)
        )


def _remove_orphans(session: Session, orphans: set[int]) -> int:
    """Delete victims no record points to any more, unless something else refers to them."""
    removed = 0
    for victim_id in sorted(orphans):
        victim = session.get(Entity, victim_id)
        if victim is None or victim.description != VICTIM_DESCRIPTION:
            continue
        try:
            with session.begin_nested():
                session.execute(delete(EntityName).where(EntityName.entity_id == victim_id))
                session.execute(delete(Entity).where(Entity.id == victim_id))
            removed += 1
        except IntegrityError:
            continue  # a claim or mention names this victim: keep it, with no records
    session.expire_all()
    return removed


def _store_pairs(case: CaseFolder, rows: list[tuple[int, int, float]], run: dict[str, Any]) -> str:
    folder = case.path / LINKAGE_DIR
    folder.mkdir(exist_ok=True)
    text = "left_id,right_id,match_probability\n" + "".join(
        f"{a},{b},{p:.6f}\n" for a, b, p in rows
    )
    data = text.encode()
    write_atomically(folder / PAIRS_FILE, data)
    write_atomically(folder / RUN_FILE, (json.dumps(run, indent=2) + "\n").encode())
    return hashlib.sha256(data).hexdigest()


def link_case(
    case: CaseFolder, *, actor: str, threshold: float = DEFAULT_THRESHOLD, backend: str = "duckdb"
) -> CaseLinkReport:
    """Link every imported list record of the case; see the module docstring."""
    with case.session() as session:
        records = _records(session, case)
        if not records:
            raise NotFound("the case has no list records", remedy="run `sabt lists import` first")
        judged = latest_judgements(session, case)
        by_id = {r.id: r for r in records}
        frame = feature_frame(
            [
                feature_row(
                    uid,
                    r.list_name,
                    str(r.id),
                    (r.given_name, r.family_name, r.father_name),
                    r.place,
                    _birth_years(r),
                    _event(r),
                )
                for uid, r in enumerate(records)
            ]
        )
        judgements = [
            Judgement(_ref(by_id[a]), _ref(by_id[b]), row.verdict)  # type: ignore[arg-type]
            for (a, b), row in judged.items()
            if a in by_id and b in by_id
        ]
        sizes = list(Counter(r.list_name for r in records).values())
        scored = score_records(
            frame, sizes, threshold=threshold, judgements=judgements, backend=backend
        )
        groups: dict[int, list[ListRecord]] = defaultdict(list)
        for uid, label in enumerate(scored.labels):
            groups[label].append(records[uid])
        created, removed = _assign_victims(session, case, list(groups.values()))
        rows = sorted(
            (min(records[a].id, records[b].id), max(records[a].id, records[b].id), p)
            for (a, b), p in scored.scores.items()
        )
        report = CaseLinkReport(
            records=len(records),
            pairs_scored=len(rows),
            pairs_linked=sum(p >= threshold for _, _, p in rows),
            victims=len(groups),
            victims_created=created,
            victims_removed=removed,
            judgements_applied=sum(v.verdict != "unsure" for v in judgements),
            threshold=threshold,
            training=scored.training.note,
        )
        run = {**report.__dict__, "actor": actor, "at": datetime.now(UTC).isoformat()}
        digest = _store_pairs(case, rows, run)
        case.record_event(
            session,
            actor=actor,
            action="lists-linked",
            object_type="case",
            object_id=str(case.case_id),
            object_hash=digest,
            detail={k: v for k, v in run.items() if k not in {"actor", "at"}},
        )
    case.checkpoint()
    return report


def stored_pairs(case: CaseFolder) -> pd.DataFrame:
    """The pairs of the last `link_case` run: left_id, right_id (ListRecord ids), probability."""
    path = case.path / LINKAGE_DIR / PAIRS_FILE
    if not path.is_file():
        raise NotFound("the case's lists are not linked yet", remedy="run `sabt lists link`")
    return pd.read_csv(path, dtype={"left_id": "int64", "right_id": "int64"})


def _view(record: ListRecord) -> RecordView:
    name = _full_name(record)
    return RecordView(
        id=record.id,
        list_name=record.list_name,
        row_number=record.row_number,
        raw=dict(record.raw),
        name=name,
        name_latin=latin_form(name).title() if _script(name) == "Arab" else name,
        father_name=record.father_name,
        birth=_span(record.birth_earliest, record.birth_latest),
        event=_span(record.event_earliest, record.event_latest),
        place=record.place,
        victim_id=record.victim_id,
    )


def pairs_to_review(case: CaseFolder, limit: int = 20) -> list[PairToReview]:
    """Up to `limit` pairs nobody has judged yet, the model's most uncertain first.

    Uncertain: match probability within `REVIEW_BAND`, ordered by distance from 0.5 (where a
    human decision changes the most). A pair judged "unsure" stays out of the queue.
    """
    if limit < 1:
        raise BadInput(f"limit {limit} is not a positive number", remedy="give 1 or more")
    pairs = stored_pairs(case)
    low, high = REVIEW_BAND
    band = pairs[(pairs.match_probability >= low) & (pairs.match_probability <= high)]
    band = band.assign(distance=(band.match_probability - 0.5).abs())
    band = band.sort_values(["distance", "left_id", "right_id"], kind="stable")
    chosen: list[PairToReview] = []
    with case.session() as session:
        judged = latest_judgements(session, case)
        for left_id, right_id, probability in zip(
            band.left_id, band.right_id, band.match_probability, strict=True
        ):
            if (int(left_id), int(right_id)) in judged:
                continue
            left = session.get(ListRecord, int(left_id))
            right = session.get(ListRecord, int(right_id))
            if left is None or right is None or left.case_id != case.case_id:
                continue
            chosen.append(PairToReview(_view(left), _view(right), float(probability)))
            if len(chosen) == limit:
                break
    return chosen


def _model_probability(case: CaseFolder, pair: tuple[int, int]) -> float | None:
    path = case.path / LINKAGE_DIR / PAIRS_FILE
    if not path.is_file():
        return None
    pairs = stored_pairs(case)
    hit = pairs[(pairs.left_id == pair[0]) & (pairs.right_id == pair[1])]
    return float(hit.match_probability.iloc[0]) if len(hit) else None


def judge(
    case: CaseFolder, left_id: int, right_id: int, verdict: str, reason: str, actor: str
) -> int:
    """Record a human decision on two ListRecords (ids, either order); returns the new row's id.

    `verdict` is "same", "different" or "unsure". Appended, never edited: the latest judgement
    on a pair counts, and the next `link_case` obeys it ("same"/"different") and learns from it.
    """
    if verdict not in VERDICTS:
        raise BadInput(f"unknown verdict {verdict!r}", remedy="use same, different or unsure")
    if left_id == right_id:
        raise BadInput("a record cannot be judged against itself", remedy="give two records")
    pair = (min(left_id, right_id), max(left_id, right_id))
    with case.session() as session:
        for record_id in pair:
            record = session.get(ListRecord, record_id)
            if record is None or record.case_id != case.case_id:
                raise NotFound(f"no list record {record_id} in this case", remedy="check the id")
        row = JudgementRow(
            case_id=case.case_id,
            left_id=pair[0],
            right_id=pair[1],
            verdict=verdict,
            model_probability=_model_probability(case, pair),
            reason=reason.strip(),
            decided_by=actor,
        )
        session.add(row)
        session.flush()
        return row.id


def clusters_frame(case: CaseFolder) -> pd.DataFrame:
    """`list, record_id, cluster_id` for every record (the `sabt link` CLUSTERS.csv contract).

    record_id is the ListRecord id, cluster_id `v<victim entity id>`: what `sabt estimate
    --clusters` reads.
    """
    with case.session() as session:
        records = _records(session, case)
    if not records:
        raise NotFound("the case has no list records", remedy="run `sabt lists import` first")
    unlinked = sum(r.victim_id is None for r in records)
    if unlinked:
        raise BadInput(
            f"{unlinked} list records are not linked yet", remedy="run `sabt lists link` first"
        )
    return pd.DataFrame(
        [(r.list_name, str(r.id), f"v{r.victim_id}") for r in records],
        columns=["list", "record_id", "cluster_id"],
    )


def run_summary(case: CaseFolder) -> dict[str, Any]:
    """The last linkage run's report as stored beside its pairs (empty if never linked)."""
    path: Path = case.path / LINKAGE_DIR / RUN_FILE
    loaded: dict[str, Any] = json.loads(path.read_text("utf-8")) if path.is_file() else {}
    return loaded
