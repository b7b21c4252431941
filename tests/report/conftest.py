"""The matrix tests' seeded fictional case, reused for the dossier."""

from tests.legal.conftest import sealing_key, seeded

__all__ = ["sealing_key", "seeded"]  # fixtures
