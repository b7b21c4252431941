"""The case-matrix vocabulary: crimes, their elements and the modes of liability, from crimes.yaml.

The law is data, like the other vocabularies: a code names one element of one crime and never
changes meaning, so an evidence link made today still means the same thing in a later dossier.
Loading validates the file (unique codes, every element under exactly one crime or mode) so that
a broken edit fails at once rather than in a lawyer's dossier.
"""

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from sabt.errors import BadInput


@dataclass(frozen=True)
class Element:
    code: str
    label: str
    summary: str
    contextual: bool = False  # shared by every crime of its family (e.g. the attack)


@dataclass(frozen=True)
class Crime:
    code: str
    label: str
    article: str
    family: str
    family_label: str
    elements: tuple[Element, ...]  # contextual elements first, then the crime's own


@dataclass(frozen=True)
class Mode:
    code: str
    label: str
    article: str
    elements: tuple[Element, ...]


@dataclass(frozen=True)
class CrimeVocabulary:
    crimes: dict[str, Crime]
    modes: dict[str, Mode]

    def crime(self, code: str) -> Crime:
        if code not in self.crimes:
            raise BadInput(
                f"{code!r} is not a crime in the case-matrix vocabulary",
                remedy="use one of: " + ", ".join(self.crimes),
            )
        return self.crimes[code]

    def mode(self, code: str) -> Mode:
        if code not in self.modes:
            raise BadInput(
                f"{code!r} is not a mode of liability in the vocabulary",
                remedy="use one of: " + ", ".join(self.modes),
            )
        return self.modes[code]

    def check_link(self, crime: str, element: str, mode: str = "") -> Element:
        """The element, if it belongs to the crime (or to the mode given); else a clear refusal."""
        candidates = list(self.crime(crime).elements)
        if mode:
            candidates += self.mode(mode).elements
        for candidate in candidates:
            if candidate.code == element:
                return candidate
        raise BadInput(
            f"{element!r} is not an element of {crime}" + (f" or of {mode}" if mode else ""),
            remedy="use one of: " + ", ".join(c.code for c in candidates),
        )


class VocabularyInvalid(BadInput):
    """crimes.yaml breaks a rule the matrix depends on."""


def _elements(
    body: dict[str, Any], owner: str, contextual: bool, seen: set[str]
) -> tuple[Element, ...]:
    """The elements under `owner` (a crime, a mode, or a family's "context"), checked."""
    found = []
    for code, item in (body or {}).items():
        if not str(code).startswith(owner + "."):
            raise VocabularyInvalid(f"the element {code!r} in crimes.yaml is not under {owner!r}")
        if code in seen:
            raise VocabularyInvalid(f"the code {code!r} appears twice in crimes.yaml")
        if not item.get("label") or not item.get("summary"):
            raise VocabularyInvalid(f"{code!r} in crimes.yaml needs a label and a summary")
        seen.add(code)
        summary = " ".join(str(item["summary"]).split())
        found.append(Element(code, str(item["label"]), summary, contextual))
    return tuple(found)


def parse_vocabulary(data: dict[str, Any]) -> CrimeVocabulary:
    """Build and validate the vocabulary from the parsed YAML."""
    seen: set[str] = set()
    crimes: dict[str, Crime] = {}
    for family, fbody in data.get("families", {}).items():
        context = _elements(fbody.get("context", {}), f"{family}.context", True, seen)
        for code, body in fbody.get("crimes", {}).items():
            if not str(code).startswith(family + "."):
                raise VocabularyInvalid(
                    f"the crime {code!r} in crimes.yaml is not under {family!r}"
                )
            if code in seen:
                raise VocabularyInvalid(f"the code {code!r} appears twice in crimes.yaml")
            seen.add(code)
            own = _elements(body.get("elements", {}), code, False, seen)
            if not own:
                raise VocabularyInvalid(f"the crime {code!r} in crimes.yaml has no elements")
            crimes[code] = Crime(
                code, str(body["label"]), _article(fbody, body), family, str(fbody["label"]),
                context + own,
            )  # fmt: skip
    modes = {
        code: Mode(
            code, str(body["label"]), str(body["article"]),
            _elements(body.get("elements", {}), code, False, seen),
        )
        for code, body in data.get("modes", {}).items()
    }  # fmt: skip
    if not crimes:
        raise VocabularyInvalid("crimes.yaml defines no crimes")
    return CrimeVocabulary(crimes, modes)


def _article(family: dict[str, Any], crime: dict[str, Any]) -> str:
    """ "Rome Statute art. 7(1)(a)": the statute from the family, the provision from the crime."""
    statute = str(family["article"]).split(" art.")[0]
    return f"{statute} {crime['article']}"


@cache
def crime_vocabulary() -> CrimeVocabulary:
    """The packaged vocabulary (src/sabt/legal/crimes.yaml)."""
    text = (resources.files("sabt.legal") / "crimes.yaml").read_text(encoding="utf-8")
    return parse_vocabulary(yaml.safe_load(text))
