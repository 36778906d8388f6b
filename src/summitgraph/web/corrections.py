"""The corrections page: the log and a form. Reading is open; writing needs a write token and the form's
CSRF token (see csrf.py)."""
from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError

from summitgraph.api import views
from summitgraph.api.auth import writer_name
from summitgraph.api.corrections import add_correction
from summitgraph.api.params import MAX_TEXT, clean_text
from summitgraph.api.schemas import CorrectionIn
from summitgraph.errors import AuthError, SummitGraphError
from summitgraph.web import csrf

router = APIRouter(include_in_schema=False)

TARGET_KINDS = ("meeting", "person", "document", "chair", "article")
INTEGER_FIELDS = frozenset({"ordinal", "prepares", "year"})


def form_value(field: str | None, raw: str) -> Any:
    """What a form's text means as a value. Integer fields take integers; a value written as JSON list, object
    or null is read as JSON (parties: ["KH", "VN"]); anything else is the text itself, so "2020-01" stays a
    date string rather than becoming arithmetic."""
    text = raw.strip()
    if field in INTEGER_FIELDS and text.lstrip("-").isdigit():
        return int(text)
    if text[:1] in "[{" or text == "null":
        try:
            return json.loads(text)
        except ValueError:
            return text
    return text


def target_page(kind: str, key: str) -> str:
    """Where a correction shows once applied."""
    paths = {"meeting": "/meetings/", "person": "/people/", "chair": "/chairs/", "article": "/articles/",
             "document": "/documents/"}
    if kind == "chair":
        year = key.rsplit(":", 1)[-1].rsplit("-", 1)[-1]
        return f"/chairs/{year}" if year.isdigit() else "/chairs"
    return paths.get(kind, "/corrections/") + quote(key, safe="")


def render_form(request: Request, *, status: int = 200, notice: str | None = None, refused: str | None = None,
                values: dict[str, str] | None = None) -> HTMLResponse:
    store = request.app.state.store
    rows = [views.correction_view(c) for c in store.corrections()]
    rows.reverse()  # newest first: the one just made is on top
    return request.app.state.pages.render(request, "corrections.html", status=status, items=rows,
                                          notice=notice, refused=refused, values=values or {},
                                          target_kinds=TARGET_KINDS)


@router.get("/corrections", response_class=HTMLResponse)
def corrections_page(request: Request,
                     target_kind: str | None = Query(None, max_length=40),
                     target_key: str | None = Query(None, max_length=MAX_TEXT),
                     field: str | None = Query(None, max_length=100),
                     saved: int | None = Query(None, ge=0)) -> HTMLResponse:
    values = {"target_kind": clean_text(target_kind, "target_kind") or "meeting",
              "target_key": clean_text(target_key, "target_key") or "", "field": clean_text(field, "field") or ""}
    notice = f"#{saved}" if saved is not None else None
    return render_form(request, notice=notice, values=values)


@router.post("/corrections", response_class=HTMLResponse)
def submit_correction(request: Request,
                      target_kind: str = Form(..., max_length=40), target_key: str = Form(..., max_length=300),
                      field: str = Form("", max_length=100), value: str = Form("", max_length=2000),
                      action: str = Form("set", max_length=10), note: str = Form("", max_length=2000),
                      token: str = Form("", max_length=200),
                      csrf_token: str = Form("", alias=csrf.FIELD, max_length=200)) -> Response:
    pages = request.app.state.pages
    values = {"target_kind": target_kind, "target_key": target_key, "field": field, "value": value,
              "action": action, "note": note}
    if not pages.signer.matches(request.cookies.get(csrf.COOKIE), csrf_token):
        return render_form(request, status=403, values=values,
                           refused="the form's security token is missing or stale: reload the page and submit again")
    store = request.app.state.store
    try:
        author = writer_name(store, token)
    except AuthError as exc:
        return render_form(request, status=401, values=values, refused=exc.one_line())
    try:
        body = CorrectionIn(target_kind=target_kind, target_key=target_key.strip(), field=field.strip() or None,
                            value=form_value(field.strip(), value) if action == "set" else None,
                            action=action, note=note.strip() or None)
        stored = add_correction(store, body, author)
    except ValidationError as exc:
        problem = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:3])
        return render_form(request, status=400, values=values, refused=problem)
    except SummitGraphError as exc:
        return render_form(request, status=400, values=values, refused=exc.one_line())
    destination = target_page(stored["target_kind"], stored["target_key"])
    return RedirectResponse(f"{destination}?corrected={stored['id']}", status_code=303)
