"""Originals out (download, logged as custody) and files in (upload, the CLI's ingest service)."""

import tempfile
from pathlib import Path, PurePath
from typing import Annotated, Any

from fastapi import FastAPI, File, Request, UploadFile
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from sabt.errors import BadInput, NotFound, SabtError
from sabt.ingest.grading import find_source
from sabt.ingest.service import Provenance, ingest_file
from sabt.security.policy import Resource, audit, require
from sabt.store.casefolder import CaseFolder
from sabt.web.auth import Clock, Principal, authorised_change, identify
from sabt.web.openapi import RowId
from sabt.web.render import TEMPLATES

Files = Annotated[list[UploadFile], File(description="One or more files to ingest.", min_length=1)]


def _ingest_uploads(case: CaseFolder, actor: str, files: list[UploadFile]) -> list[dict[str, Any]]:
    """Ingest each uploaded file as the CLI would; a refused file is reported, not fatal."""
    if not files:
        raise BadInput("no files were sent", remedy="choose one or more files")
    outcomes: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="sabt-upload-") as folder:
        for upload in files:
            name = PurePath(upload.filename or "upload").name or "upload"
            path = Path(folder) / name
            path.write_bytes(upload.file.read())
            try:
                outcome = ingest_file(
                    case, path, Provenance(actor, origin=f"web upload: {name}"), filename=name
                )
            except SabtError as error:
                outcomes.append({"filename": name, "status": "failed", "message": error.message})
            else:
                outcomes.append(
                    {"filename": name, "status": outcome.status, "source_id": outcome.source_id}
                )
            path.unlink()
    case.checkpoint()
    return outcomes


def add_file_routes(app: FastAPI, case: CaseFolder, clock: Clock) -> None:

    def original(request: Request, source_id: RowId) -> Response:
        principal = identify(request, case, clock)
        require(
            case,
            principal.actor,
            "source.download",
            Resource(case.case_id, "source", str(source_id)),
        )
        with case.session() as session:
            source = find_source(session, case.case_id, str(source_id))
            sha256, media_type, filename = source.blob_sha256, source.media_type, source.filename
            path = case.blobs.path_of(sha256)
            if not path.is_file():
                raise NotFound(
                    "the original is missing from the blob store", remedy="run `sabt verify`"
                )
            case.record_event(
                session,
                actor=f"user:{principal.actor.username}",
                action="exported",
                object_type="source",
                object_id=str(source_id),
                object_hash=sha256,
                detail={"via": "web download"},
            )
            audit(
                session,
                actor=principal.actor.username,
                action="source.download",
                resource=f"case:{case.case_id}/source:{source_id}",
                case_id=case.case_id,
            )
        case.checkpoint()
        return Response(
            path.read_bytes(),
            media_type=media_type,
            headers={
                "Content-Disposition": f"attachment; filename*=UTF-8''{sha256}",
                "X-Content-SHA256": sha256,
                "X-Original-Filename": filename.encode("ascii", "backslashreplace").decode(),
            },
        )

    app.add_api_route("/sources/{source_id}/original", original, include_in_schema=False)
    app.add_api_route(
        "/api/v1/sources/{source_id}/original",
        original,
        summary="The original bytes of a source.",
        response_class=Response,
        responses={200: {"content": {"*/*": {"schema": {"type": "string", "format": "binary"}}}}},
    )

    async def upload(
        request: Request, files: list[UploadFile]
    ) -> tuple[Principal, list[dict[str, Any]]]:
        resource = Resource(case.case_id)
        principal = await authorised_change(request, case, clock, "source.create", resource)
        actor = f"user:{principal.actor.username}"
        return principal, await run_in_threadpool(_ingest_uploads, case, actor, files)

    @app.post("/upload", include_in_schema=False)
    async def upload_page(request: Request, files: Files) -> Response:
        principal, outcomes = await upload(request, files)
        me = {"username": principal.actor.username, "csrf": principal.csrf}
        return TEMPLATES.TemplateResponse(
            request, "uploaded.html", {"outcomes": outcomes, "me": me}
        )

    @app.post("/api/v1/sources", summary="Ingest uploaded files (multipart, field `files`).")
    async def upload_api(request: Request, files: Files) -> dict[str, Any]:
        return {"outcomes": (await upload(request, files))[1]}
