"""The served test case with the demo's synthetic findings added: entities, claims, violations.

Module-scoped like `served`: seeding runs once per served case (a second call finds the
entities there and adds nothing), and returns each entity's id by its canonical name.
"""

import pytest
from sqlalchemy import select
from tests.web.served import Served

from sabt.demo.events import add_demo_findings
from sabt.model import Entity


@pytest.fixture(scope="module")
def findings(served: Served) -> dict[str, int]:
    with served.case.session() as session:
        seeded = session.scalar(select(Entity.id).limit(1)) is not None
    if not seeded:
        add_demo_findings(served.case, "tester")
    with served.case.session() as session:
        rows = session.execute(select(Entity.canonical_name, Entity.id))
        return {name: entity_id for name, entity_id in rows}
