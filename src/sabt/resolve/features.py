"""Turn list rows into the columns the linkage model compares.

Comparisons never see raw strings: every name goes through `sabt.text` first, so a Persian-script
record and its Latin-script twin meet on the same Latin form and key, and the comparison is about
the person, not about the keyboard or transliteration habit of whoever typed the list.

Columns made here (all nullable; an empty cell is missing evidence, never a mismatch):
- given_l, family_l, father_l, full_l, place_l: Latin forms, for Jaro-Winkler similarity;
- given_k, family_k, father_k, place_k: transliteration keys, for exact levels and blocking;
- name_k: given and family key together, so keys one sound apart (Bijan/بیژن) can be measured;
- bag_k: the sorted keys of all name tokens, so "Hosseini Mohammad" meets "Mohammad Hosseini";
- birth_lo, birth_hi: the birth year as a range of Gregorian years (a year is its own range);
- death_lo, death_hi, death_day: the date of death as a range of day numbers (proleptic
  Gregorian ordinals, so any engine compares them as integers) and whether it was given to the
  day (only then does "a day off" mean anything);
- id_number, postcode: identifiers as their letters and ASCII digits only ("۱۲۳-45" → "12345");
- address_words: an address as words in Latin letters with its numbers kept ("12 Azadi St").
The last three come from `readers.EXTRA_FIELDS` and are empty for lists that lack them.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd

from sabt.resolve.dates import date_range, year_range
from sabt.text.dates import DateRange
from sabt.text.names import latin_form, name_key, name_tokens
from sabt.text.numbers import fold

_NOT_ALNUM = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class NameParts:
    """The Latin form and key of one name cell (both None when the cell is empty)."""

    latin: str | None
    key: str | None


def name_parts(value: str) -> NameParts:
    """Latin form and key of a name cell, or empty parts when it holds no letters."""
    latin = latin_form(value).strip().lower() if value.strip() else ""
    key = name_key(value) if latin else ""
    return NameParts(latin or None, key or None)


@dataclass(frozen=True)
class ExtraFields:
    """What some lists have beyond a victim list's usual fields, as written (empty: absent)."""

    id_number: str = ""
    address: str = ""
    postcode: str = ""


def identifier_form(value: str) -> str | None:
    """An identifier's letters and digits, digits in ASCII, upper case: typing habits removed."""
    return _NOT_ALNUM.sub("", fold(value)).upper() or None


def address_form(value: str) -> str | None:
    """An address as Latin words and ASCII numbers, so one typed in Persian meets its twin."""
    words = _NOT_ALNUM.sub(" ", fold(value)).split()
    latin = (word if word.isdigit() else latin_form(word).strip().lower() for word in words)
    return " ".join(word for word in latin if word) or None


def bag_key(given: str, family: str) -> str | None:
    """Sorted keys of every token of the full name: word order and spacing stop mattering.

    None for a one-word name: "Ali" = "Ali" is no evidence of one person.
    """
    keys = sorted(k for token in name_tokens(f"{given} {family}") if (k := name_key(token)))
    return "".join(keys) if len(keys) > 1 else None


def feature_row(
    uid: int,
    list_name: str,
    record_id: str,
    names: tuple[str, str, str],
    place_of_death: str,
    birth: tuple[int, int] | None,
    death: DateRange | None,
    extra: ExtraFields | None = None,
) -> dict[str, object]:
    """The match columns of one record: `names` is (given, family, father) as written.

    `birth` is a range of Gregorian years, `death` a parsed date (a range of days); callers that
    hold parsed dates already (ListRecords in a case) pass them without going back to text.
    """
    extra = extra or ExtraFields()
    given, family, father = (name_parts(value) for value in names)
    place = name_parts(place_of_death)
    full = " ".join(p for p in (given.latin, family.latin) if p) or None
    return {
        "uid": uid,
        "list_name": list_name,
        "record_id": record_id,
        "given_l": given.latin,
        "given_k": given.key,
        "family_l": family.latin,
        "family_k": family.key,
        "father_l": father.latin,
        "father_k": father.key,
        "full_l": full,
        "name_k": f"{given.key} {family.key}" if given.key and family.key else None,
        "bag_k": bag_key(names[0], names[1]),
        "place_l": place.latin,
        "place_k": place.key,
        "birth_lo": birth[0] if birth else None,
        "birth_hi": birth[1] if birth else None,
        "death_lo": death.earliest.toordinal() if death else None,
        "death_hi": death.latest.toordinal() if death else None,
        "death_day": (death.precision == "day") if death else None,
        "id_number": identifier_form(extra.id_number),
        "address_words": address_form(extra.address),
        "postcode": identifier_form(extra.postcode),
    }


def feature_frame(rows: Iterable[dict[str, object]]) -> pd.DataFrame:
    """Rows made by `feature_row` as a frame with nullable integer and boolean columns.

    Built column by column as the rows arrive: a million rows held as dicts would cost gigabytes.
    """
    columns: dict[str, list[object]] = {column: [] for column in COLUMNS}
    for row in rows:
        for column, values in columns.items():
            values.append(row[column])
    out = pd.DataFrame(columns, columns=COLUMNS)
    for column in ("birth_lo", "birth_hi", "death_lo", "death_hi"):
        out[column] = out[column].astype("Int64")
    out["death_day"] = out["death_day"].astype("boolean")
    return out


def features(frame: pd.DataFrame, list_name: str, first_uid: int = 0) -> pd.DataFrame:
    """The match columns for one standardised list (see module docstring)."""
    return feature_frame(
        (
            feature_row(
                first_uid + offset,
                list_name,
                rec.id,
                (rec.given_name, rec.family_name, rec.father_name),
                rec.place_of_death,
                year_range(rec.birth_year),
                date_range(rec.date_of_death),
                ExtraFields(rec.id_number, rec.address, rec.postcode),
            )
            for offset, rec in enumerate(frame.itertuples(index=False))
        )
    )


COLUMNS = [
    "uid",
    "list_name",
    "record_id",
    "given_l",
    "given_k",
    "family_l",
    "family_k",
    "father_l",
    "father_k",
    "full_l",
    "name_k",
    "bag_k",
    "place_l",
    "place_k",
    "birth_lo",
    "birth_hi",
    "death_lo",
    "death_hi",
    "death_day",
    "id_number",
    "address_words",
    "postcode",
]
