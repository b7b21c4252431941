"""The name functions linkage uses, in one place so the source of truth is `sabt.text`.

Linkage must not grow its own transliteration: this module only adapts `sabt.text`.
"""

from sabt.text.normalise import normalise_for_search


def latin_form(name: str) -> str:
    """Latin form of a name (lower case) for similarity."""
    return normalise_for_search(name)


def name_key(name: str) -> str:
    """Key of a name: equal keys mean 'same name, maybe spelt differently'."""
    return normalise_for_search(name).replace(" ", "").replace("-", "")


def name_tokens(name: str) -> list[str]:
    """The words of a name."""
    return normalise_for_search(name).replace("-", " ").split()
