"""The OpenAPI description says what every operation can answer, errors included.

All failures leave as the one error shape `{"error": {"status", "message", "remedy"}}`, so each
operation is described with that shape for the statuses the application gives (401 without a
session or token, 403 refused by the policy, 404, 409, 422 bad input) instead of FastAPI's own
validation-error model, which this application never sends. The API is also marked as needing a
Bearer token or the session cookie, which tools such as schemathesis read.
"""

from typing import Annotated, Any

from fastapi import FastAPI, Path

# A row id in a path: positive and within a 64-bit integer, so no database can overflow on it.
RowId = Annotated[int, Path(ge=1, lt=2**63)]

ERROR_STATUSES = {
    "401": "Not signed in: no session cookie or Bearer token.",
    "403": "Refused by the policy, or a form without its security token.",
    "404": "No such object in this case.",
    "409": "Conflicts with what is stored.",
    "422": "Missing or invalid input.",
}
ERROR_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["error"],
    "additionalProperties": False,
    "properties": {
        "error": {
            "type": "object",
            "required": ["status", "message", "remedy"],
            "additionalProperties": False,
            "properties": {
                "status": {"type": "integer"},
                "message": {"type": "string"},
                "remedy": {"type": ["string", "null"]},
            },
        }
    },
}
SECURITY_SCHEMES = {
    "bearer": {"type": "http", "scheme": "bearer", "description": "`sabt user token NAME`"},
    "session": {"type": "apiKey", "in": "cookie", "name": "sabt_session"},
}


def form_body(
    fields: tuple[str, ...], schemas: dict[str, dict[str, Any]] | None = None
) -> dict[str, Any]:
    """The OpenAPI request body of a form post with these required text fields."""
    text = {"type": "string", "pattern": "\\S"}
    schema = {
        "type": "object",
        "required": list(fields),
        "properties": {name: (schemas or {}).get(name, text) for name in fields},
    }
    return {
        "requestBody": {
            "required": True,
            "content": {"application/x-www-form-urlencoded": {"schema": schema}},
        }
    }


def describe(app: FastAPI) -> None:
    """Replace `app.openapi` by one that documents errors and security on every operation."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        spec = build()
        components = spec.setdefault("components", {})
        components.setdefault("schemas", {})["Error"] = ERROR_SCHEMA
        for name in ("HTTPValidationError", "ValidationError"):
            components["schemas"].pop(name, None)
        components["securitySchemes"] = SECURITY_SCHEMES
        error = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
        for operations in spec.get("paths", {}).values():
            for operation in operations.values():
                responses = operation.setdefault("responses", {})
                for status, description in ERROR_STATUSES.items():
                    responses[status] = {"description": description, "content": error}
                operation["security"] = [{"bearer": []}, {"session": []}]
        app.openapi_schema = spec
        return spec

    app.openapi = openapi  # type: ignore[method-assign]
