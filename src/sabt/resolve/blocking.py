"""Which pairs of records are scored at all: blocking rules on transliteration keys.

A rule pairs two records when some expressions of the one equal expressions of the other (the
given-name key of both, or the given-name key of one and the family-name key of the other, for a
swap). Keys, never raw strings, so blocking survives script and spelling differences; pairs of
keys rather than single keys, so a family name shared by thousands (Hosseini) does not make a
block of millions of pairs.

Some rules pair a given-name key with one field of few values (a birth year, a father's name:
Iranian given names are few and shared by very many). Their cost grows with the square of a
list's size: at 100,000 records one of them asks for millions of pairs, at a million for
hundreds of millions. So each rule's number of pairs is counted first (from block sizes, in
DuckDB, without making the pairs), and a rule over its budget is narrowed by one more equal
field at a time (`NARROWERS`) until it fits. Small lists keep every rule as written; what was
narrowed is reported with the training note.
"""

from dataclasses import dataclass

import duckdb
import pandas as pd

# Fields that narrow a rule over budget, in order: each keeps most true pairs (a typo in a birth
# year or a father's name is rarer than in a surname) and divides a block by tens. A record
# missing the field stays in a block with the others that miss it (the 0 and '' below), rather
# than leaving the rule.
# Each is kept with the column it reads: a rule that already pairs that column on both sides
# (family name and birth year) gains nothing from it, and is not narrowed by it.
NARROWERS = (
    ("{t}birth_lo", "coalesce({t}birth_lo, 0)"),
    ("{t}father_k", "coalesce({t}father_k, '')"),
    ("{t}family_k", "substr({t}family_k, 1, 1)"),
    ("{t}place_k", "coalesce({t}place_k, '')"),
)
# Pairs a rule may ask for: never fewer than this, else this many per record.
MIN_BUDGET = 1_000_000
PAIRS_PER_RECORD = 20


@dataclass(frozen=True)
class Rule:
    """Pair records whose `left` expressions equal the other's `right` ones, in order."""

    left: tuple[str, ...]
    right: tuple[str, ...]
    across_lists_only: bool = False

    def sql(self) -> str:
        """The rule as Splink reads it (`l.` and `r.` prefixes on the record columns)."""
        sides = zip(self.left, self.right, strict=True)
        terms = [f"{a.format(t='l.')} = {b.format(t='r.')}" for a, b in sides]
        if self.across_lists_only:
            terms.append("l.list_name <> r.list_name")
        return " AND ".join(terms)

    def pairs(self, column: str) -> bool:
        """Whether the rule already asks `column` to be equal on both sides."""
        return any(a == b == column for a, b in zip(self.left, self.right, strict=True))

    def narrowed(self, field: str) -> "Rule":
        """The rule with `field` equal on both sides as well."""
        return Rule((*self.left, field), (*self.right, field), self.across_lists_only)


def _same(*fields: str) -> Rule:
    return Rule(fields, fields)


# Expressions name a record's columns as {t}column: `l.`/`r.` in Splink's rule, nothing when
# counting.
BASE_RULES = (
    _same("{t}given_k", "{t}family_k"),
    Rule(("{t}given_k", "{t}family_k"), ("{t}family_k", "{t}given_k")),
    _same("{t}bag_k"),
    _same("{t}given_k", "substr({t}family_k, 1, 3)"),
    _same("{t}family_k", "substr({t}given_k, 1, 3)"),
    _same("{t}family_k", "{t}birth_lo"),
    _same("{t}given_k", "{t}birth_lo"),
    _same("{t}family_k", "{t}father_k"),
    _same("{t}given_k", "{t}father_k"),
    Rule(("{t}given_k", "{t}birth_lo"), ("{t}family_k", "{t}birth_lo")),
    Rule(("{t}family_k", "{t}birth_lo"), ("{t}given_k", "{t}birth_lo")),
    _same("{t}given_k", "{t}death_lo"),
    _same("{t}family_k", "{t}death_lo"),
    # A typo in the other name and no birth year or father: the place may be all that is left.
    _same("{t}given_k", "{t}place_k"),
    _same("{t}family_k", "{t}place_k"),
)


def count_pairs(records: pd.DataFrame, rule: Rule) -> int:
    """Pairs `rule` makes among `records`, counted from block sizes (the pairs are not made).

    Each pair is found once from either end, and each record meets itself: halved, that is the
    number of pairs to score, give or take the list's size.
    """
    keys = [f"k{i}" for i in range(len(rule.left))]

    def blocks(templates: tuple[str, ...]) -> str:
        expressions = [template.format(t="") for template in templates]
        selected = ", ".join(f"{e} AS {k}" for e, k in zip(expressions, keys, strict=True))
        present = " AND ".join(f"{e} IS NOT NULL" for e in expressions)
        return f"SELECT {selected}, count(*) AS n FROM records WHERE {present} GROUP BY ALL"

    sql = (
        f"SELECT coalesce(sum(a.n * b.n), 0) FROM ({blocks(rule.left)}) a "
        f"JOIN ({blocks(rule.right)}) b USING ({', '.join(keys)})"
    )
    with duckdb.connect() as connection:
        connection.register("records", records)
        row = connection.execute(sql).fetchone()
    return int(row[0]) // 2 if row else 0


def fit_to_budget(records: pd.DataFrame, rule: Rule, budget: int) -> Rule:
    """`rule`, narrowed by `NARROWERS` it lacks until it makes at most `budget` pairs."""
    for column, field in NARROWERS:
        if rule.pairs(column):
            continue
        if count_pairs(records, rule) <= budget:
            break
        rule = rule.narrowed(field)
    return rule


@dataclass
class Blocking:
    """The rules to score with, and a note on any that the list's size made narrower."""

    rules: list[str]
    note: str


def blocking_rules(
    records: pd.DataFrame, *, across_lists_only: bool, extra: list[str] | None = None
) -> Blocking:
    """The rules for `records` (`extra`: rules on fields only some lists have, see
    `extra_comparisons`), each within the budget for a list of this size."""
    budget = max(MIN_BUDGET, PAIRS_PER_RECORD * len(records))
    small = len(records) * len(records) <= 2 * budget  # no rule can exceed it
    rules, narrowed = [], 0
    for base in BASE_RULES:
        rule = Rule(base.left, base.right, across_lists_only)
        fitted = rule if small else fit_to_budget(records, rule, budget)
        narrowed += fitted != rule
        rules.append(fitted.sql())
    suffix = " AND l.list_name <> r.list_name" if across_lists_only else ""
    rules += [f"({rule}){suffix}" for rule in extra or []]
    note = f"; {narrowed} blocking rules narrowed to fit {budget:,} pairs" if narrowed else ""
    return Blocking(rules, note)
