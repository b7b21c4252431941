"""Claims that disagree: the same quantity about the same subject, from different voices.

Two stored claims are about *the same quantity* when they have the same property ("executed"),
the same subject (the same entity, or subject texts whose words, read through a small
Persian–English glossary of victim nouns, are one contained in the other: "prisoners" and
"political prisoners" are the same quantity, "prisoners" and "children" are not; a claim with
no subject stated meets any), and dates that overlap (a claim without a date is taken as
possibly the same period, and said so). They come from different sources, or from different
parties within one source ("X says 30,000 while Y estimates at least 5,000").

How they differ is said honestly, never averaged away:
- **incompatible**: both cannot be true: their ranges do not overlap (exactly 4,482 vs at
  least 5,000; "up to 3,000" vs "more than 4,000"), or, for claims without figures, different
  entities or texts;
- **different**: the values differ but a single number could satisfy both (30,000 vs at least
  5,000: Amnesty's floor does not contradict the NCRI's figure, yet a reader must see both).
A group is incompatible when any pair in it is.
"""

import math
from dataclasses import asdict, dataclass, field
from datetime import date
from itertools import combinations
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from sabt.ingest.grading import grade_label
from sabt.model import Claim, Source
from sabt.text.normalise import normalise_for_search

INCOMPATIBLE, DIFFERENT = "incompatible", "different"
# Words that count nobody in particular ("people", نفر) are left out of a subject.
_GENERIC = {"people", "persons", "person", "individuals", "نفر", "تن", "the", "of", "and", "some"}
# Victim nouns, Persian to English, so a Persian figure meets an English one about the same group.
_GLOSSARY = {
    "زندانی": "prisoner", "زندانیان": "prisoner", "سیاسی": "political",
    "معترض": "protester", "معترضان": "protester", "معترضین": "protester",
    "کودک": "child", "کودکان": "child", "children": "child",
    "زن": "woman", "زنان": "woman", "women": "woman", "مرد": "man", "مردان": "man", "men": "man",
    "غیرنظامی": "civilian", "غیرنظامیان": "civilian", "دانشجو": "student", "دانشجویان": "student",
    "فعال": "activist", "فعالان": "activist", "قربانی": "victim", "قربانیان": "victim",
    "protesters": "protester", "demonstrators": "protester", "detainees": "prisoner",
    "inmates": "prisoner",
}  # fmt: skip


@dataclass(frozen=True)
class ClaimView:
    """A stored claim with what a reader needs to weigh it: its source, grade and words."""

    id: int
    source_id: int
    source_title: str
    reliability: str | None
    credibility: int | None
    grade: str  # reliability and credibility together, "?" where not graded ("B2", "?3")
    affiliation: str
    property: str
    subject: str
    subject_entity_id: int | None
    value: str
    low: float | None
    high: float | None
    qualifier: str
    value_entity_id: int | None
    earliest: date | None
    latest: date | None
    attributed_to: str
    excerpt: str
    review_status: str

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("earliest", "latest"):
            data[key] = data[key].isoformat() if data[key] else None
        return data


@dataclass
class Conflict:
    """Claims about one quantity that disagree, with the pairs that cannot both be true."""

    property: str
    subject: str
    kind: str
    claims: list[ClaimView] = field(default_factory=list)
    incompatible_pairs: list[tuple[int, int]] = field(default_factory=list)
    undated: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "property": self.property,
            "subject": self.subject,
            "kind": self.kind,
            "undated": self.undated,
            "incompatible_pairs": [list(p) for p in self.incompatible_pairs],
            "claims": [c.to_json() for c in self.claims],
        }


def describe(low: float | None, high: float | None, qualifier: str, text: str = "") -> str:
    """The value as a reader would say it: "about 30,000", "at least 5,000", "4,000–6,000"."""
    hedge = "" if qualifier == "vague" else qualifier.replace("_", " ")
    if low is None and high is None:
        return text
    if low is not None and high is not None:
        figure = f"{low:,.0f}" if low == high else f"{low:,.0f}–{high:,.0f}"
        return f"{hedge} {figure}".strip() if low == high else figure
    if high is None:
        return f"{hedge or 'at least'} {low:,.0f}"
    return f"{hedge or 'at most'} {high:,.0f}"


def claim_views(session: Session, case_id: int, *, property: str | None = None) -> list[ClaimView]:
    """The case's claims (of one property if given) with their sources, in source order."""
    query = (
        select(Claim, Source)
        .join(Source, Source.id == Claim.source_id)
        .where(Claim.case_id == case_id)
        .order_by(Claim.property, Claim.source_id, Claim.start_offset, Claim.id)
    )
    if property:
        query = query.where(Claim.property == property)
    views = []
    for claim, source in session.execute(query).all():
        views.append(
            ClaimView(
                claim.id, source.id, source.title, source.reliability, source.credibility,
                grade_label(source, "?"),
                source.affiliation_note or "", claim.property, claim.subject_text,
                claim.subject_entity_id,
                describe(claim.value_low, claim.value_high, claim.qualifier, claim.value_text),
                claim.value_low, claim.value_high, claim.qualifier, claim.value_entity_id,
                claim.date_earliest, claim.date_latest, claim.attributed_to, claim.excerpt,
                claim.review_status,
            )
        )  # fmt: skip
    return views


def _subject_words(text: str) -> frozenset[str]:
    words = normalise_for_search(text).split()
    out = set()
    for word in words:
        word = _GLOSSARY.get(word, word)
        if word.isascii() and len(word) > 3 and word.endswith("s"):
            word = _GLOSSARY.get(word, word[:-1])
        if word not in _GENERIC:
            out.add(word)
    return frozenset(out)


def same_subject(a: ClaimView, b: ClaimView) -> bool:
    """Whether two claims count the same group (see the module's description)."""
    if a.subject_entity_id is not None and b.subject_entity_id is not None:
        return a.subject_entity_id == b.subject_entity_id
    words_a, words_b = _subject_words(a.subject), _subject_words(b.subject)
    return not words_a or not words_b or words_a <= words_b or words_b <= words_a


def _dates_overlap(a: ClaimView, b: ClaimView) -> bool:
    if a.earliest is None or b.earliest is None or a.latest is None or b.latest is None:
        return True
    return a.earliest <= b.latest and b.earliest <= a.latest


def _interval(view: ClaimView) -> tuple[float, float] | None:
    if view.low is None and view.high is None:
        return None
    low = view.low if view.low is not None else -math.inf
    high = view.high if view.high is not None else math.inf
    return low, high


def disagreement(a: ClaimView, b: ClaimView) -> str | None:
    """INCOMPATIBLE, DIFFERENT or None (they say the same)."""
    ra, rb = _interval(a), _interval(b)
    if ra is not None and rb is not None:
        if ra[1] < rb[0] or rb[1] < ra[0]:
            return INCOMPATIBLE
        return None if ra == rb else DIFFERENT
    if ra is not None or rb is not None:
        return DIFFERENT  # one gives a figure, the other words only
    if a.value_entity_id is not None or b.value_entity_id is not None:
        return None if a.value_entity_id == b.value_entity_id else INCOMPATIBLE
    same = normalise_for_search(a.value) == normalise_for_search(b.value)
    return None if same else INCOMPATIBLE


def _other_voice(a: ClaimView, b: ClaimView) -> bool:
    if a.source_id != b.source_id:
        return True
    return normalise_for_search(a.attributed_to) != normalise_for_search(b.attributed_to)


def find_conflicts(views: list[ClaimView]) -> list[Conflict]:
    """Groups of claims on one quantity that disagree (rejected claims are left out)."""
    kept = [v for v in views if v.review_status != "rejected"]
    parent = {v.id: v.id for v in kept}

    def root(at: int) -> int:
        while parent[at] != at:
            parent[at] = parent[parent[at]]
            at = parent[at]
        return at

    kinds: dict[tuple[int, int], str] = {}
    for a, b in combinations(kept, 2):
        if a.property.casefold() != b.property.casefold() or not _other_voice(a, b):
            continue
        if not (same_subject(a, b) and _dates_overlap(a, b)):
            continue
        kind = disagreement(a, b)
        if kind is None:
            continue
        kinds[(a.id, b.id)] = kind
        parent[root(a.id)] = root(b.id)
    paired = {claim_id for pair in kinds for claim_id in pair}
    groups: dict[int, list[ClaimView]] = {}
    for view in kept:
        if view.id in paired:
            groups.setdefault(root(view.id), []).append(view)
    conflicts = []
    for members in groups.values():
        ids = {m.id for m in members}
        bad = sorted(p for p, k in kinds.items() if k == INCOMPATIBLE and p[0] in ids)
        subject = max((m.subject for m in members), key=len)
        conflicts.append(
            Conflict(
                members[0].property,
                subject,
                INCOMPATIBLE if bad else DIFFERENT,
                sorted(members, key=lambda m: (m.source_id, m.id)),
                bad,
                any(m.earliest is None for m in members),
            )
        )
    return sorted(conflicts, key=lambda c: (c.kind != INCOMPATIBLE, c.property, c.claims[0].id))
