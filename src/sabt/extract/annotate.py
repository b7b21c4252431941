"""One call that runs every annotator over a text and returns their suggestions together.

Registered mentions come first; a proposed new name is kept only where it overlaps no
registered mention and no longer proposal. Everything returned is a suggestion for review:
each item carries the annotator and version that produced it.
"""

from bisect import bisect_left
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from sabt.extract.bodies_posts import without_posts
from sabt.extract.bodies_short import with_short_forms
from sabt.extract.claims import Claim, find_claims
from sabt.extract.marked_persons_fa import APPOSED
from sabt.extract.mentions import Mention, matcher_for
from sabt.extract.names import propose_names
from sabt.extract.ner import ModelUse, from_model, model_names
from sabt.extract.ner_bodies import registered_body
from sabt.extract.occupancy import Occupancy, find_occupancies
from sabt.extract.parsed_acts import with_parsed_acts
from sabt.extract.parsed_party import with_parsed_parties
from sabt.extract.persons_again import with_family_names
from sabt.extract.quantities import DateSpan, find_dates, find_numbers
from sabt.extract.registry import Registry
from sabt.extract.sentences import split_sentences
from sabt.extract.world import ANNOTATOR as WORLD_ANNOTATOR

# The keys of the JSON contract, in order (docs/extraction.md).
MENTION_KEYS = ("entity", "name", "type", "text", "start", "end")
DATE_KEYS = ("text", "start", "end", "earliest", "latest", "precision", "calendar")
CLAIM_KEYS = (
    "property", "value", "low", "high", "qualifier", "about", "attributed_to", "excerpt", "start",
    "end",
)  # fmt: skip
OCCUPANCY_KEYS = ("person", "position", "organization", "earliest", "latest", "excerpt")


@dataclass(frozen=True)
class Annotations:
    """Every suggestion for one text: mentions, dates, claims and occupancies."""

    mentions: list[Mention] = field(default_factory=list)
    dates: list[DateSpan] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    occupancies: list[Occupancy] = field(default_factory=list)

    def to_json(self, language: str) -> dict[str, Any]:
        """The `sabt extract --json` object (see docs/extraction.md)."""
        return {
            "language": language,
            "mentions": [public_fields(m, MENTION_KEYS) for m in self.mentions],
            "dates": [public_fields(d, DATE_KEYS) for d in self.dates],
            "claims": [public_fields(c, CLAIM_KEYS) for c in self.claims],
            "occupancies": [public_fields(o, OCCUPANCY_KEYS) for o in self.occupancies],
        }


def public_fields(item: Any, keys: tuple[str, ...]) -> dict[str, Any]:
    """The JSON-ready fields `keys` of an annotation (dates as ISO strings)."""
    data = asdict(item)
    return {
        key: data[key].isoformat() if isinstance(data[key], date) else data[key] for key in keys
    }


def merge_mentions(registered: list[Mention], proposed: list[Mention]) -> list[Mention]:
    """Registered mentions, plus the longest proposals that overlap nothing already kept.

    A place, or a gazetteer name, inside a longer organisation the rules propose gives way to
    it, even where another proposal repeats its own span:
    "Tabriz" in "Tabriz Families Group", ایران in حزب ملت ایران are part of the body's name,
    not places of their own. So does a registered body's short name that opens a longer one
    ("UN" in "UN Mission in X"): the longer body is the one the text names."""
    registered = _yield_to_bodies(registered, [m for m in proposed if _rules_body(m)])
    registered = _yield_to_headed_places(registered, proposed)
    registered = _yield_to_given_and_family(registered, proposed)
    starts = [m.start for m in registered]
    ends = [m.end for m in registered]
    chosen: list[Mention] = []
    for mention in sorted(proposed, key=lambda m: (-(m.end - m.start), m.start)):
        at = bisect_left(starts, mention.start)
        if (at > 0 and ends[at - 1] > mention.start) or (
            at < len(starts) and starts[at] < mention.end
        ):
            continue
        starts.insert(at, mention.start)
        ends.insert(at, mention.end)
        chosen.append(mention)
    return sorted(registered + chosen, key=lambda m: m.start)


# A Persian place named by its head noun (بازار تجریش، میدان آزادی, `names_fa`).
_HEADED_PLACE = "names:place-word-fa"
# Heads of squares and streets, which are named after a body too (میدان شهربانی, the police's).
_NAMED_AFTER_ANYTHING = ("میدان", "ميدان", "خیابان", "بلوار")


def _yield_to_headed_places(registered: list[Mention], proposed: list[Mention]) -> list[Mention]:
    """`registered` less each place that is the whole name after a Persian place's head word:
    the market or square is the place the text names (بازار تجریش), not the town it is named
    after; so is a square or a street named after a body (میدان شهربانی). A town after a
    longer name stays its own (کوی طلاب مشهد: the quarter, then the city)."""
    headed = [m for m in proposed if m.annotator == _HEADED_PLACE]
    named = {_name_after_head(m) for m in headed}
    after_bodies = {_name_after_head(m) for m in headed if m.text.startswith(_NAMED_AFTER_ANYTHING)}
    return [
        m
        for m in registered
        if (m.start, m.end) not in (named if m.type == "place" else after_bodies)
    ]


# A Persian family name by its own ending, with the word before it, a cue after it (X نظربایف، …),
# and a name with a post in apposition after it (X Y، وزیر خارجه‌ی …، …).
_GIVEN_AND_FAMILY = ("names:family-name-fa", f"names:{APPOSED}")


def _yield_to_given_and_family(registered: list[Mention], proposed: list[Mention]) -> list[Mention]:
    """`registered` less each world town that opens a given-and-family pair the Persian rules
    propose: a given name that is also a town's (نورسلطان نظربایف، …; تیرانا X، مدیر …، …) is
    the person's there."""
    longest: dict[int, int] = {}  # the farthest end of a pair opening at each start
    for m in proposed:
        if m.annotator in _GIVEN_AND_FAMILY:
            longest[m.start] = max(m.end, longest.get(m.start, m.end))
    return [
        m
        for m in registered
        if not (m.annotator == WORLD_ANNOTATOR and longest.get(m.start, m.end) > m.end)
    ]


def _name_after_head(place: Mention) -> tuple[int, int]:
    """The span of the words after a headed place's first word (its head)."""
    after_head = place.text[len(place.text.split()[0]) :]
    return place.end - len(after_head.lstrip()), place.end


def _rules_body(mention: Mention) -> bool:
    """A body the rules propose: the NER model's are not trusted over a registered name inside
    them, since it joins two bodies into one ("Amnesty International and Human Rights Watch")."""
    return mention.type == "organization" and not from_model(mention)


def _yield_to_bodies(registered: list[Mention], bodies: list[Mention]) -> list[Mention]:
    """`registered` less the places and gazetteer names inside a longer one of `bodies`, and
    the registered bodies that open one."""
    spans = sorted((b.start, b.end) for b in bodies)
    starts = [start for start, _ in spans]
    reach, furthest = [], -1  # reach[i]: the furthest end of spans[0..i]
    for _, end in spans:
        furthest = max(furthest, end)
        reach.append(furthest)
    opening: dict[int, int] = {}  # a body's start: the furthest end of a body starting there
    for start, end in spans:
        opening[start] = max(end, opening.get(start, end))
    kept = []
    for mention in registered:
        # Inside a longer body: one starting before it and reaching its end, or one starting
        # where it does and ending later (a proposal of its own span is no longer body).
        at = bisect_left(starts, mention.start) - 1
        longer = opening.get(mention.start, -1) > mention.end
        inside = longer or (at >= 0 and reach[at] >= mention.end)
        opens = mention.type == "organization" and longer
        if not opens and not (inside and (mention.entity is None or mention.type == "place")):
            kept.append(mention)
    return kept


def annotate(
    text: str,
    *,
    registry: Registry,
    reference_date: date | None = None,
    ner: ModelUse = "none",
) -> Annotations:
    """Run the mention, name, date, claim and occupancy annotators over `text`; with `ner`,
    the optional spaCy model's persons ("persons") or all its names ("all") join the rules',
    and its parser gives a figure its act where the rules found none or another, and names the
    source of a figure the rules left unsourced (English only; see `sabt.extract.ner`,
    `sabt.extract.parsed_acts`, `sabt.extract.parsed_party`; the commands pass
    `ner.default_use()`)."""
    matcher = matcher_for(registry)
    proposed = list(propose_names(text)) + model_names(text, ner, registered_body(matcher))
    merged = without_posts(text, merge_mentions(matcher.find(text), proposed))
    mentions = with_family_names(text, with_short_forms(text, merged))
    sentences = split_sentences(text)
    dates = find_dates(text, reference=reference_date)
    numbers = find_numbers(text)
    claims = find_claims(text, sentences, numbers, dates, mentions)
    if ner != "none":
        parses: dict[int, Any] = {}  # each sentence parsed once, for both
        claims = with_parsed_acts(text, claims, sentences, numbers, dates, mentions, parses)
        claims = with_parsed_parties(claims, sentences, mentions, parses)
    return Annotations(
        mentions=mentions,
        dates=dates,
        claims=claims,
        occupancies=find_occupancies(text, sentences, mentions, dates),
    )
