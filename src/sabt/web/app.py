"""The web application: for now the demo case's sources and search, as a page and as JSON.

This is the foundation's served page; the web issue grows it into the full workspace with
sign-in, roles and every view.
"""

from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.templating import Jinja2Templates

from sabt.errors import NotFound, SabtError
from sabt.ingest.grading import find_source
from sabt.store.casefolder import CaseFolder
from sabt.web.context import sources_context

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).with_name("templates")))


def create_app(case: CaseFolder) -> FastAPI:
    app = FastAPI(title="sabt", openapi_url="/api/v1/openapi.json", docs_url="/api/v1/docs")

    @app.exception_handler(SabtError)
    async def _sabt_error(_request: Request, error: SabtError) -> JSONResponse:
        body: dict[str, Any] = {
            "error": {"status": error.status, "message": error.message, "remedy": error.remedy}
        }
        return JSONResponse(body, status_code=error.status)

    @app.get("/", response_class=HTMLResponse)
    def sources_page(request: Request, q: str | None = None) -> Response:
        context = sources_context(case, q)
        return TEMPLATES.TemplateResponse(request, "sources.html", context)

    @app.get("/api/v1/sources")
    def sources_api(q: str | None = None) -> dict[str, Any]:
        return sources_context(case, q)

    @app.get("/sources/{source_id}/original")
    def original(source_id: int) -> Response:
        with case.session() as session:
            source = find_source(session, case.case_id, str(source_id))
            sha256, media_type, filename = source.blob_sha256, source.media_type, source.filename
        path = case.blobs.path_of(sha256)
        if not path.is_file():
            raise NotFound("the original is missing from the blob store")
        return Response(
            path.read_bytes(),
            media_type=media_type,
            headers={
                "Content-Disposition": f"attachment; filename*=UTF-8''{sha256}",
                "X-Content-SHA256": sha256,
                "X-Original-Filename": filename.encode("ascii", "backslashreplace").decode(),
            },
        )

    return app
