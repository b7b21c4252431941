"""What the extraction tests read from the rules' output, written once for the test files that
share it: the names of a kind, the claims' figures and parties, the posts held."""

from datetime import date

from sabt.extract import Registry, annotate
from sabt.extract.names import propose_names

REGISTRY = Registry.builtin()


def proposed(text: str, kind: str) -> list[str]:
    """The names of `kind` ("person", "organization", "place") the name rules alone propose,
    without the registry."""
    return [m.text for m in propose_names(text) if m.type == kind]


def annotated(text: str, kind: str) -> list[str]:
    """The mentions of `kind` that annotate finds with the built-in registry."""
    return [m.text for m in annotate(text, registry=REGISTRY).mentions if m.type == kind]


def parties(text: str) -> list[tuple[float | None, str | None]]:
    """Each claim's figure and the party it is attributed to."""
    return [(c.value, c.attributed_to) for c in annotate(text, registry=REGISTRY).claims]


def attributions(text: str) -> list[str | None]:
    """Each claim's party, in order."""
    return [c.attributed_to for c in annotate(text, registry=REGISTRY).claims]


def figures(text: str) -> list[tuple[str, float | None]]:
    """Each claim's property and figure."""
    return [(c.property, c.value) for c in annotate(text, registry=REGISTRY).claims]


def figure_ranges(text: str) -> list[tuple[str, float | None, float | None, float | None]]:
    """Each claim's property, figure and the range a vague figure spans."""
    claims = annotate(text, registry=REGISTRY).claims
    return [(c.property, c.value, c.low, c.high) for c in claims]


def posts(text: str) -> set[tuple[str, str]]:
    """The (person, position) pairs of the occupancies found, relative dates read in 2024."""
    got = annotate(text, registry=REGISTRY, reference_date=date(2024, 1, 1))
    return {(o.person, o.position) for o in got.occupancies}
