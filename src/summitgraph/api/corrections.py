"""/api/corrections: the correction log is open to read; adding to it needs a write token. Corrections go
through the knowledge base (kb.correct), which files them under the target's stable key and applies them."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Path, Query, Request

from summitgraph.api import views
from summitgraph.api.auth import request_writer
from summitgraph.api.params import MAX_TEXT, clean_text
from summitgraph.api.schemas import (
    COMMON_ERRORS,
    CorrectionIn,
    CorrectionList,
    CorrectionOut,
    CorrectionResult,
    ErrorBody,
)
from summitgraph.kb import coerce, correct, withdraw
from summitgraph.store import Store

router = APIRouter(prefix="/api", tags=["corrections"], responses=COMMON_ERRORS)

WRITE_ERRORS = {400: {"model": ErrorBody, "description": "The correction is not valid (the reason says why)."},
                401: {"model": ErrorBody, "description": "No token, or a token the server does not know."},
                404: {"model": ErrorBody, "description": "No such meeting or person."}}


def add_correction(store: Store, body: CorrectionIn, author: str) -> dict[str, Any]:
    """Apply one correction; returns where it was filed and the correction as applied."""
    value = body.value
    if body.field and isinstance(value, str):
        value = coerce(body.target_kind, body.field, value)   # "33" for an ordinal is 33, "vn" is VN
    dossier = correct(store, body.target_kind, body.target_key, body.field, value,
                      reject=body.action == "reject", author=author, note=body.note)
    link = views.meeting_link if body.target_kind == "meeting" else views.person_link
    return {"target_kind": body.target_kind, "target_key": dossier["key"], "correction": dossier["corrections"][-1],
            "link": link(dossier["key"])}


@router.get("/corrections", response_model=CorrectionList, summary="List corrections",
            description="The correction log, oldest first, optionally for one target kind and key.")
def get_corrections(request: Request,
                    target_kind: str | None = Query(None, max_length=40, description="meeting or person."),
                    target_key: str | None = Query(None, max_length=MAX_TEXT, description="The target's key.")) -> dict:
    store: Store = request.app.state.store
    rows = store.corrections(clean_text(target_kind, "target_kind"), clean_text(target_key, "target_key"))
    return {"items": [views.correction_view(c) for c in rows]}


@router.post("/corrections", response_model=CorrectionResult, status_code=201, responses=WRITE_ERRORS,
             summary="Add a correction",
             description="Set a field of a meeting or person, reject a value, or reject the record (action "
                         "'reject' without a field). Needs a write token (`Authorization: Bearer <token>`); the "
                         "author is the token's name. The correction shows at once on the record.")
def post_correction(request: Request, body: CorrectionIn, author: str = Depends(request_writer)) -> dict:
    return add_correction(request.app.state.store, body, author)


@router.delete("/corrections/{correction_id}", response_model=CorrectionOut, responses=WRITE_ERRORS,
               summary="Withdraw a correction",
               description="Take a correction back: it stays in the log, marked withdrawn with the token's name "
                           "and the time, and is no longer applied. Needs a write token. A `note` may be given as "
                           "a query parameter.")
def delete_correction(request: Request, correction_id: int = Path(ge=1, le=2**62),
                      note: str | None = Query(None, max_length=2000, description="Why it is withdrawn."),
                      author: str = Depends(request_writer)) -> dict:
    store: Store = request.app.state.store
    withdraw(store, correction_id, author=author, note=clean_text(note, "note"))
    found = store.correction(correction_id)
    assert found is not None   # withdraw raised NotFoundError otherwise
    return views.correction_view(found)
