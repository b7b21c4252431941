"""English wordings that give a body's head by naming the body before the person: a passive
("The inquiry, chaired by the writer X"; "CONADEP, headed by X") and a relative clause of the
body's own post ("The tribunal, whose president was Judge X"; "the 33rd Division, whose
commander at the time was General X"). The post is the head's noun of the body, as written
("chair of the inquiry", "president of the tribunal").
"""

import re

from sabt.extract.mentions import Mention
from sabt.extract.occupancy_en import MODIFIER
from sabt.extract.occupancy_en_before import DESCRIBED_BEFORE_NAME
from sabt.extract.occupancy_en_words import BODY, HEADS

Found = tuple[int, int, str]

# "The inquiry, chaired by the writer X": X chairs the body named before the verb.
_BY = re.compile(
    r"\b(?P<verb>chaired|headed|led|commanded|directed|run|presided over|governed)\s+by\s+"
    + DESCRIBED_BEFORE_NAME
)
_NOUN_OF_BY = {"chaired": "chair", "headed": "head", "led": "leader", "commanded": "commander",
               "directed": "director", "run": "head", "presided over": "head",
               "governed": "governor"}  # fmt: skip
# "The tribunal, whose president was X", "the division, whose commander at the time was
# General X": the body's post, in the possessive relative clause, is X's.
# ("whose brother was X" names a relation, not a post: the noun must be a post's head.)
# ("The league, whose founder X was arrested": the name may follow the noun with no copula,
# a title joined to it.)
_WHOSE = re.compile(
    rf",\s*whose\s+(?P<noun>(?:{MODIFIER}){{0,2}}?(?:{HEADS}))"
    r"(?:\s+(?:at the time|at that time|then|now|since \d{4}))?\s*"
    r"(?:\s(?P<copula>was|is|had been|has been|became|remained|remains)\s+|\s)"
    + DESCRIBED_BEFORE_NAME
)
# ("a mission in August 2022, headed by X": a time may follow the body.)
# ("The inquiry into the shootings was chaired by X": what the body is into or for, and the
# passive's auxiliary, may stand between.)
_PASSIVE = r"(?:\s+(?:was|is|were|are|has been|had been|will be|would be))?"
_BY_BODY = re.compile(
    rf"\b(?P<b>{BODY})\s*(?:\([^()]{{1,20}}\))?"
    rf"(?:\s+(?:in|on|since|into|for)\s+[\w ]{{1,25}}?)?{_PASSIVE}\s*,?\s*$",
    re.IGNORECASE,
)
# ("The X Mothers, a group led by Y": an apposition may name the body's kind.)
_BY_GAP = re.compile(
    rf"\)?\s*(?:\([^()]{{1,20}}\))?{_PASSIVE}\s*,?\s*(?:(?:a|an|the)\s+(?:[a-z\-]+\s+){{1,3}})?"
)


def before_name(text: str, start: int, person: Mention, bodies: list[Mention]) -> list[Found]:
    """The post of a body named before the person, in the sentence from `start`."""
    window = max(start, person.start - 160)
    found: list[Found] = []
    by = _BY.search(text, window, person.start)
    if by:
        noun = _NOUN_OF_BY[by["verb"]]
        found += _head_of(text, window, by.start(), by.span("verb"), noun, bodies)
    whose = _WHOSE.search(text, window, person.start)
    if whose and whose["copula"]:
        found += _head_of(text, window, whose.start(), whose.span("noun"), whose["noun"], bodies)
    elif whose:
        # (With no copula the noun is a title joined to the name, as the gold reads it: the
        # post alone, "founder".)
        found.append((*whose.span("noun"), whose["noun"]))
    return found


def _head_of(
    text: str, start: int, at: int, span: tuple[int, int], noun: str, bodies: list[Mention]
) -> list[Found]:
    """'The inquiry, chaired by X' → chair of the inquiry; 'CONADEP, chaired by X' likewise:
    the body found by name right before `at`, else a body's noun there."""
    for body in bodies:
        if start <= body.start and _BY_GAP.fullmatch(text, body.end, at):
            # (As the text writes it, never a registry's canonical name.)
            return [(*span, f"{noun} of {body.text}")]
    named = _BY_BODY.search(text, start, at)
    if named:
        return [(*span, f"{noun} of the {named['b'].lower()}")]
    return []
