"""Annotators that read a source's text and propose who, what, when, where and how many.

Everything here is a suggestion for a person to review, never a finding: see
docs/extraction.md for what each annotator does and how well it does it.
"""

from sabt.extract.annotate import Annotations, annotate
from sabt.extract.registry import RegisteredEntity, Registry

__all__ = ["Annotations", "RegisteredEntity", "Registry", "annotate"]
