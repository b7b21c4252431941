"""schemathesis against the served API's own OpenAPI description, signed in and not.

Signed in (the owner's token, who may do most), every generated request must get an answer the
description allows, in the described shape, never a 500. A well-formed request the service turns
down on its meaning (a list record that does not exist, a user who is not a member) may get 422:
schemathesis's "positive data acceptance" check is left out for that reason only. Signed out,
every operation must answer 401 in the error shape: nothing of the API is open without a session
or a token (sign-in is a page, not an operation). Examples are few and derandomised so that the
file stays fast and repeatable. (Hypothesis is driven directly: schemathesis's pytest plugin
does not run under pytest 9.)
"""

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import positive_data_acceptance
from schemathesis.openapi import from_url
from tests.web.served import Served

FAST = settings(
    max_examples=6,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)


def _each_operation(served: Served, examples: int, check: Callable[[Any], None]) -> list[str]:
    """Run `check` on generated cases of each operation; then fail naming every one that failed."""
    schema = from_url(f"{served.base}/api/v1/openapi.json")
    seen, failed = [], []
    for result in schema.get_all_operations():
        operation = result.ok()
        name = f"{operation.method.upper()} {operation.path}"
        seen.append(name)

        @given(case=operation.as_strategy())
        @settings(FAST, max_examples=examples)
        def run(case: Any) -> None:
            check(case)

        try:
            run()
        except (Exception, BaseExceptionGroup) as error:  # all reported together below
            failed.append(f"{name}: {str(error)[:600]}")
    assert not failed, "\n\n".join(failed)
    return seen


def test_signed_in_answers_match_the_description(served: Served) -> None:
    owner = {"Authorization": f"Bearer {served.tokens['owner']}"}

    def conforms(case: Any) -> None:
        case.call_and_validate(headers=owner, excluded_checks=[positive_data_acceptance])

    seen = _each_operation(served, 6, conforms)
    assert "GET /api/v1/sources/{source_id}" in seen and len(seen) >= 20


def test_signed_out_gets_401_everywhere(served: Served) -> None:
    def refused(case: Any) -> None:
        response = case.call()
        assert response.status_code == 401, (case.method, case.path, response.text[:200])
        assert response.json()["error"]["status"] == 401

    _each_operation(served, 2, refused)


@pytest.mark.parametrize("path", ["/api/v1/openapi.json"])
def test_only_the_description_itself_is_open(served: Served, path: str) -> None:
    assert served.client().get(path).status_code == 200
