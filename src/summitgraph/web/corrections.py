"""The corrections page: the log and a form. Reading is open; writing needs a write token and the form's
CSRF token (see csrf.py)."""
from __future__ import annotations

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError

from summitgraph.api import views
from summitgraph.api.auth import writer_name
from summitgraph.api.corrections import add_correction
from summitgraph.api.params import MAX_TEXT, clean_text
from summitgraph.api.schemas import CorrectionIn
from summitgraph.errors import AuthError, SummitGraphError
from summitgraph.kb import MEETING_FIELDS, PERSON_FIELDS
from summitgraph.web import csrf

router = APIRouter(include_in_schema=False)

TARGET_KINDS = ("meeting", "person")   # what the knowledge base can correct


def render_form(request: Request, *, status: int = 200, notice: str | None = None, refused: str | None = None,
                values: dict[str, str] | None = None) -> HTMLResponse:
    store = request.app.state.store
    rows = [views.correction_view(c) for c in store.corrections()]
    rows.reverse()  # newest first: the one just made is on top
    return request.app.state.pages.render(request, "corrections.html", status=status, items=rows,
                                          notice=notice, refused=refused, values=values or {},
                                          target_kinds=TARGET_KINDS,
                                          fields=sorted(set(MEETING_FIELDS) | set(PERSON_FIELDS)))


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
        # The form's value is text; the knowledge base reads it as the field's type (kb.corrections.coerce).
        body = CorrectionIn(target_kind=target_kind, target_key=target_key.strip(), field=field.strip() or None,
                            value=value if action == "set" else (value.strip() or None),
                            action=action, note=note.strip() or None)
        result = add_correction(store, body, author)
    except ValidationError as exc:
        problem = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:3])
        return render_form(request, status=400, values=values, refused=problem)
    except SummitGraphError as exc:
        return render_form(request, status=400, values=values, refused=exc.one_line())
    return RedirectResponse(f"{result['link']}?corrected={result['correction']['id']}", status_code=303)
