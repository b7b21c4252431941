"""The interactive review of `sabt review`: one pending suggestion at a time, in its text.

Each suggestion is shown with the words around it (the proposal marked ⟦…⟧), what it proposes
and where it comes from; one key decides: a(ccept), c(orrect: each field is asked for, Enter
keeps it), r(eject: asks why), s(kip) or q(uit). Decisions go through `review.decide`, so the
terminal, the web page and scripts store the same rows. Input and output are passed in, so a
test drives the flow with plain strings.

Right-to-left text: a terminal that implements the Unicode bidirectional algorithm (GNOME
Terminal, Konsole, mlterm…) shows Persian lines as they are stored. Others print the letters
left to right; `visual=True` reorders each line for them (python-bidi), display only.
"""

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bidi import get_display  # type: ignore[import-untyped]
from sqlalchemy import select

from sabt.errors import SabtError
from sabt.extract import review
from sabt.ingest.grading import grade_label
from sabt.model import Source, Suggestion
from sabt.store.casefolder import CaseFolder
from sabt.text.normalise import script_of

CONTEXT_CHARS = 80
KEYS = {"a": "accept", "c": "correct", "r": "reject", "s": "skip", "q": "quit"}
# The fields a reviewer may correct, per kind, in the order they are asked for.
FIELDS = {
    "mention": ("name", "type"),
    "claim": (
        "property", "value", "low", "high", "qualifier", "about", "attributed_to",
        "earliest", "latest",
    ),
    "occupancy": ("person", "position", "organization", "earliest", "latest"),
    "date": ("earliest", "latest", "precision"),
}  # fmt: skip
_NUMBERS = ("value", "low", "high")
CLEAR = "-"  # typed for a field, empties it


@dataclass(frozen=True)
class Io:
    """Where the flow reads answers and writes lines (typer.prompt and a console in the CLI)."""

    ask: Callable[[str, str], str]  # (question, default) -> answer
    say: Callable[[str], None]


def _line(text: str, visual: bool) -> str:
    text = " ".join(text.split())
    if visual and script_of(text) in ("Arab", "mixed"):
        return str(get_display(text, base_dir="R" if script_of(text) == "Arab" else "L"))
    return text


def in_context(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> str:
    """The proposal marked ⟦…⟧ with up to `width` characters either side, on one line."""
    before = text[max(0, start - width) : start]
    after = text[end : end + width]
    lead = "…" if start > width else ""
    tail = "…" if end + width < len(text) else ""
    return f"{lead}{before}⟦{text[start:end]}⟧{after}{tail}"


@dataclass(frozen=True)
class _Shown:
    """What the flow shows of a source: title, grade and text."""

    id: int
    title: str
    grade: str
    text: str


def _show(item: Suggestion, source: _Shown, number: int, total: int, io: Io, visual: bool) -> None:
    io.say(
        f"[{number}/{total}] {item.kind} #{item.id} · source {source.id} "
        f"“{source.title}” ({source.grade}) · {item.annotator} {item.annotator_version}"
    )
    if item.start_offset is not None and item.end_offset is not None:
        io.say("  " + _line(in_context(source.text, item.start_offset, item.end_offset), visual))
    for name in FIELDS.get(item.kind, ()):
        value = _text(item.payload.get(name))
        if value:
            io.say(f"  {name}: {_line(value, visual)}")


def _text(value: Any) -> str:
    """A payload value as typed: 30000.0 as 30000, None as nothing."""
    if value is None:
        return ""
    return f"{value:g}" if isinstance(value, float) else str(value)


def _typed(name: str, answer: str) -> Any:
    if answer == CLEAR:
        return None
    if name in _NUMBERS:
        try:
            return float(answer.replace(",", ""))
        except ValueError:
            return answer  # decide() refuses it with a clear message
    return answer


def _correction(item: Suggestion, io: Io) -> dict[str, Any]:
    changed: dict[str, Any] = {}
    io.say(f"  Enter keeps a field; {CLEAR} empties it.")
    for name in FIELDS.get(item.kind, ()):
        shown = _text(item.payload.get(name))
        answer = io.ask(f"  {name}", shown).strip()
        if answer != shown:
            changed[name] = _typed(name, answer)
    return changed


def _reason(io: Io) -> str:
    while True:
        reason = io.ask("  why reject it?", "").strip()
        if reason:
            return reason
        io.say("  a rejection needs a reason.")


def run_review(
    folder: CaseFolder,
    *,
    actor: str,
    io: Io,
    kind: str | None = None,
    source_id: int | None = None,
    visual: bool = False,
) -> Counter[str]:
    """Go through the pending suggestions (of one kind or source if given); count the decisions."""
    queue = [
        item
        for item in review.pending(folder)
        if (kind is None or item.kind == kind)
        and (source_id is None or item.source_id == source_id)
    ]
    wanted = {item.source_id for item in queue}
    with folder.session() as session:
        sources = {
            s.id: _Shown(s.id, s.title, grade_label(s, "?"), s.text_raw)
            for s in session.scalars(select(Source).where(Source.id.in_(wanted)))
        }
    tally: Counter[str] = Counter()
    number = 0
    while number < len(queue):
        item = queue[number]
        source = sources.get(item.source_id or 0)
        if source is None:  # a suggestion made outside any source: nothing to show it in
            number += 1
            continue
        _show(item, source, number + 1, len(queue), io, visual)
        key = io.ask("  (a)ccept (c)orrect (r)eject (s)kip (q)uit", "s").strip().lower()[:1]
        action = KEYS.get(key)
        if action is None:
            io.say(f"  unknown key {key!r}; use a, c, r, s or q.")
            continue
        if action == "quit":
            break
        if action != "skip":
            try:
                _decide(folder, item, action, actor, io)
            except SabtError as error:
                io.say(f"  not stored: {error}")
                continue
        tally[action] += 1
        number += 1
    io.say(", ".join(f"{n} {what}" for what, n in sorted(tally.items())) or "nothing decided")
    return tally


def _decide(folder: CaseFolder, item: Suggestion, action: str, actor: str, io: Io) -> None:
    correction = _correction(item, io) if action == "correct" else None
    if action == "correct" and not correction:
        io.say("  nothing changed: accepted as proposed.")
        action = "accept"
    reason = _reason(io) if action == "reject" else ""
    if action == "correct":
        reason = io.ask("  reason for the correction (optional)", "").strip()
    done = review.decide(folder, item.id, action, actor=actor, reason=reason, correction=correction)
    made = f" → {done.created_kind} {done.created_id}" if done.created_id is not None else ""
    io.say(f"  {review.DECISIONS[action]}{made}")
