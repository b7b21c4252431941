"""The Splink model: comparisons, blocking rules, training with a safe fallback.

Default m/u values are set on every level. They are the starting point of EM and the model used
as is when training cannot run (a list of a dozen records has no statistics to learn from); they
were chosen by hand to say "a matching name and year is strong evidence, a mismatching father's
name is strong evidence against" and are documented in docs/linkage.md.
"""

import logging
import uuid
from dataclasses import dataclass
from typing import Any

import pandas as pd
import pyarrow as pa
import splink.comparison_level_library as cll
import splink.comparison_library as cl
from splink import Linker, SettingsCreator, block_on

from sabt.resolve.backends import database_api
from sabt.resolve.extra_comparisons import extra_comparisons, present
from sabt.resolve.levels import jaro_winkler, with_mu

MIN_RECORDS_TO_TRAIN = 200
# Fewer human-confirmed pairs than this are too few to estimate m from; they still override.
MIN_CONFIRMED_TO_RETRAIN = 20


def _name_comparison() -> Any:
    """Given and family name together, so a swap is one level rather than two mismatches."""
    swapped = "given_k_l = family_k_r AND family_k_l = given_k_r"
    return cl.CustomComparison(
        output_column_name="name",
        comparison_levels=[
            cll.And(cll.NullLevel("given_l"), cll.NullLevel("family_l")),
            with_mu(
                cll.And(cll.ExactMatchLevel("given_k"), cll.ExactMatchLevel("family_k")), 0.6, 1e-3
            ),
            with_mu(cll.CustomLevel(swapped, "given/family swapped"), 0.05, 1e-4),
            with_mu(
                cll.ExactMatchLevel("bag_k").configure(label_for_charts="same name words"),
                0.05,
                1e-3,
            ),
            with_mu(
                cll.And(cll.ExactMatchLevel("family_k"), cll.JaroWinklerLevel("given_l", 0.88)),
                0.12,
                2e-3,
            ),
            with_mu(
                cll.And(cll.ExactMatchLevel("given_k"), cll.JaroWinklerLevel("family_l", 0.88)),
                0.08,
                2e-3,
            ),
            # One sound apart in the keys (Bijan/Bizhan, a dropped letter): what spelling leaves.
            with_mu(
                cll.DamerauLevenshteinLevel("name_k", 1).configure(
                    label_for_charts="name keys one edit apart"
                ),
                0.05,
                2e-3,
            ),
            jaro_winkler("full_l", 0.92, 0.05, 5e-3),
            jaro_winkler("full_l", 0.82, 0.03, 0.01),
            with_mu(cll.ElseLevel(), 0.02, 0.99),
        ],
    )


def _father_comparison() -> Any:
    return cl.CustomComparison(
        output_column_name="father",
        comparison_levels=[
            cll.NullLevel("father_l"),
            with_mu(cll.ExactMatchLevel("father_k"), 0.8, 0.01),
            jaro_winkler("father_l", 0.9, 0.1, 0.01),
            jaro_winkler("father_l", 0.8, 0.05, 0.05),
            with_mu(cll.ElseLevel(), 0.05, 0.93),
        ],
    )


def _gap(lo: str, hi: str) -> str:
    """Distance in years between two year ranges (0 when they overlap)."""
    return f"greatest({lo}_l - {hi}_r, {lo}_r - {hi}_l, 0)"


def _birth_comparison() -> Any:
    gap = _gap("birth_lo", "birth_hi")
    return cl.CustomComparison(
        output_column_name="birth_year",
        comparison_levels=[
            cll.Or(cll.NullLevel("birth_lo"), cll.NullLevel("birth_hi")),
            with_mu(cll.CustomLevel(f"{gap} = 0", "birth years overlap"), 0.8, 0.02),
            with_mu(cll.CustomLevel(f"{gap} <= 1", "within 1 year"), 0.1, 0.04),
            with_mu(cll.CustomLevel(f"{gap} <= 2", "within 2 years"), 0.05, 0.04),
            with_mu(cll.ElseLevel(), 0.05, 0.9),
        ],
    )


def _death_comparison() -> Any:
    day = "death_day_l AND death_day_r"
    overlap = "death_lo_l <= death_hi_r AND death_lo_r <= death_hi_l"
    near = "abs(death_lo_l - death_lo_r) <= 1"
    month = "death_lo_r - death_hi_l <= 31 AND death_lo_l - death_hi_r <= 31"
    return cl.CustomComparison(
        output_column_name="date_of_death",
        comparison_levels=[
            cll.Or(cll.NullLevel("death_lo"), cll.NullLevel("death_hi")),
            with_mu(cll.CustomLevel(f"{day} AND death_lo_l = death_lo_r", "same day"), 0.7, 0.003),
            with_mu(cll.CustomLevel(f"{day} AND {near}", "a day apart"), 0.1, 0.006),
            with_mu(cll.CustomLevel(overlap, "overlap at their precision"), 0.1, 0.05),
            with_mu(cll.CustomLevel(month, "within a month"), 0.04, 0.05),
            with_mu(cll.ElseLevel(), 0.06, 0.9),
        ],
    )


def _place_comparison() -> Any:
    return cl.CustomComparison(
        output_column_name="place",
        comparison_levels=[
            cll.NullLevel("place_l"),
            with_mu(cll.ExactMatchLevel("place_k"), 0.75, 0.1),
            jaro_winkler("place_l", 0.88, 0.1, 0.05),
            with_mu(cll.ElseLevel(), 0.15, 0.85),
        ],
    )


@dataclass
class TrainingReport:
    """How the model got its parameters: reviewers need to know whether EM ran."""

    trained: bool
    note: str


def build_linker(
    records: pd.DataFrame, *, blocking: list[Any], prior: float, backend: str = "duckdb"
) -> Linker:
    """A Splink linker over all records as one table (`uid` unique across lists), on `backend`.

    `blocking` are the rules from `blocking.blocking_rules`.
    """
    extras = present(records)
    settings = SettingsCreator(
        link_type="dedupe_only",
        unique_id_column_name="uid",
        probability_two_random_records_match=prior,
        blocking_rules_to_generate_predictions=blocking,
        comparisons=[
            _name_comparison(),
            _father_comparison(),
            _birth_comparison(),
            _death_comparison(),
            _place_comparison(),
            *extra_comparisons(extras),
        ],
        retain_intermediate_calculation_columns=False,
        retain_matching_columns=False,
    )
    # A table name of its own: a Spark session outlives one linker and keeps the names it saw.
    # Arrow, not pandas: both engines read it as is, nullable integers and booleans included.
    table = database_api(backend).register(
        pa.Table.from_pandas(records, preserve_index=False),
        table_name=f"sabt_records_{uuid.uuid4().hex}",
        dataset_display_name="records",
    )
    return Linker(table, settings, log_level=logging.WARNING)


def _learn_from_confirmed(linker: Linker, confirmed: list[tuple[int, int]]) -> None:
    """Re-estimate m from pairs a person confirmed as one person (Splink's pairwise labels)."""
    labels = pd.DataFrame(
        {
            "source_dataset_l": "records",
            "uid_l": [a for a, _ in confirmed],
            "source_dataset_r": "records",
            "uid_r": [b for _, b in confirmed],
        }
    )
    table = linker.table_management.register_table(labels, "sabt_confirmed", overwrite=True)
    linker.training.estimate_m_from_pairwise_labels(table)  # type: ignore[no-untyped-call]


def train(
    linker: Linker, n_records: int, confirmed: list[tuple[int, int]] | None = None
) -> TrainingReport:
    """u by random sampling, m by EM; the default m/u when that is impossible.

    With at least `MIN_CONFIRMED_TO_RETRAIN` pairs a person judged "same", m is then
    re-estimated from those pairs: human decisions teach the model what a true match looks like.
    """
    if n_records < MIN_RECORDS_TO_TRAIN:
        return TrainingReport(False, f"fewer than {MIN_RECORDS_TO_TRAIN} records: default m/u")
    try:
        linker.training.estimate_u_using_random_sampling(max_pairs=1e6, seed=1)
        # One EM session, on records sharing given- and family-name keys: it learns m for
        # father, birth, death and place and the prior. The name comparison keeps its default
        # m; a second session (on birth and death) measured worse on the synthetic lists.
        linker.training.estimate_parameters_using_expectation_maximisation(
            block_on("given_k", "family_k"), estimate_without_term_frequencies=True
        )
        note = "u by random sampling, m by EM on records sharing name keys"
        if confirmed and len(confirmed) >= MIN_CONFIRMED_TO_RETRAIN:
            _learn_from_confirmed(linker, confirmed)
            note += f", then m from {len(confirmed)} pairs judged the same person"
    except Exception as error:  # Splink raises many types when a sample is degenerate
        logging.getLogger(__name__).warning("training failed, using defaults: %s", error)
        return TrainingReport(False, f"training failed ({type(error).__name__}): default m/u")
    return TrainingReport(True, note)
