"""/api/corrections: the correction log is open to read; adding to it needs a write token."""
from __future__ import annotations

from fastapi import APIRouter, Depends, Query, Request

from summitgraph.api import views
from summitgraph.api.auth import request_writer
from summitgraph.api.params import MAX_TEXT, clean_text
from summitgraph.api.schemas import CorrectionIn, CorrectionList, CorrectionOut, ErrorBody
from summitgraph.store import Store

router = APIRouter(prefix="/api", tags=["corrections"])

WRITE_ERRORS = {400: {"model": ErrorBody, "description": "The correction is not valid."},
                401: {"model": ErrorBody, "description": "No token, or a token the server does not know."}}


def add_correction(store: Store, body: CorrectionIn, author: str) -> dict:
    """Log one correction and return it as stored (the knowledge base applies it on top of the facts)."""
    correction_id = store.add_correction(body.target_kind, body.target_key, body.field, body.value,
                                         action=body.action, author=author, note=body.note)
    stored = next(c for c in store.corrections(body.target_kind, body.target_key) if c.id == correction_id)
    return views.correction_view(stored)


@router.get("/corrections", response_model=CorrectionList, summary="List corrections",
            description="The correction log, oldest first, optionally for one target kind and key.")
def get_corrections(request: Request,
                    target_kind: str | None = Query(None, max_length=40, description="meeting, person, ..."),
                    target_key: str | None = Query(None, max_length=MAX_TEXT, description="The target's key.")) -> dict:
    store: Store = request.app.state.store
    rows = store.corrections(clean_text(target_kind, "target_kind"), clean_text(target_key, "target_key"))
    return {"items": [views.correction_view(c) for c in rows]}


@router.post("/corrections", response_model=CorrectionOut, status_code=201, responses=WRITE_ERRORS,
             summary="Add a correction",
             description="Set a field of a meeting, person, document or chair year to a value, or reject it. "
                         "Needs a write token (`Authorization: Bearer <token>`). The author is the token's name.")
def post_correction(request: Request, body: CorrectionIn, author: str = Depends(request_writer)) -> dict:
    return add_correction(request.app.state.store, body, author)
