"""Controlled vocabularies, loaded from the YAML data files beside this module.

Vocabularies are data, not code: a case about another country can add a violation type by
editing a file, and every report can print the label a code stands for.
"""

from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from sabt.errors import BadInput


@dataclass(frozen=True)
class Term:
    code: str
    label: str
    note: str = ""


@dataclass(frozen=True)
class Vocabulary:
    name: str
    terms: tuple[Term, ...]

    def codes(self) -> tuple[str, ...]:
        return tuple(term.code for term in self.terms)

    def get(self, code: str) -> Term:
        for term in self.terms:
            if term.code == code:
                return term
        raise BadInput(
            f"{code!r} is not in the {self.name} vocabulary",
            remedy="use one of: " + ", ".join(self.codes()),
        )


@cache
def vocabulary(name: str) -> Vocabulary:
    """Load one vocabulary by its file name (without `.yaml`)."""
    path = resources.files("sabt.model") / "vocab" / f"{name}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    terms = tuple(
        Term(code=str(code), label=str(body["label"]), note=str(body.get("note", "")))
        for code, body in data["values"].items()
    )
    return Vocabulary(name=data["name"], terms=terms)
