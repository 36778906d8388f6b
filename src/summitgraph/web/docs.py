"""/docs: the API's OpenAPI description rendered as a page on the server.

FastAPI's own /docs page is Swagger UI loaded from a CDN; this one needs nothing but the app, so it works
offline and under the pages' content security policy. The machine-readable schema stays at /openapi.json.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

router = APIRouter(include_in_schema=False)

METHODS = ("get", "post", "put", "patch", "delete")


@dataclass
class Parameter:
    name: str
    where: str
    required: bool
    type: str
    description: str


@dataclass
class Endpoint:
    method: str
    path: str
    summary: str
    description: str
    tag: str
    parameters: list[Parameter] = field(default_factory=list)
    body: str | None = None
    responses: list[tuple[str, str]] = field(default_factory=list)
    secured: bool = False


def schema_type(schema: dict[str, Any]) -> str:
    """A short human name for a parameter's JSON schema: "integer", "string | null", "meeting | person"."""
    if "enum" in schema:
        return " | ".join(str(v) for v in schema["enum"])
    if "anyOf" in schema:
        return " | ".join(schema_type(s) for s in schema["anyOf"])
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    bounds = [f"{word} {schema[key]}" for key, word in (("minimum", "≥"), ("maximum", "≤"),
                                                        ("maxLength", "length ≤")) if key in schema]
    base = str(schema.get("type", "any"))
    return f"{base} ({', '.join(bounds)})" if bounds else base


def endpoints(openapi: dict[str, Any]) -> list[Endpoint]:
    out = []
    for path, item in openapi.get("paths", {}).items():
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            params = [Parameter(p["name"], p.get("in", ""), bool(p.get("required")),
                                schema_type(p.get("schema", {})), p.get("description", ""))
                      for p in op.get("parameters", [])]
            body = None
            content = op.get("requestBody", {}).get("content", {})
            if "application/json" in content:
                body = schema_type(content["application/json"].get("schema", {}))
            responses = [(code, r.get("description", "")) for code, r in op.get("responses", {}).items()]
            out.append(Endpoint(method.upper(), path, op.get("summary", ""), op.get("description", ""),
                                (op.get("tags") or ["api"])[0], params, body, responses, bool(op.get("security"))))
    return out


@router.get("/docs", response_class=HTMLResponse)
def docs_page(request: Request) -> HTMLResponse:
    spec = request.app.openapi()
    return request.app.state.pages.render(request, "docs.html", info=spec.get("info", {}),
                                          endpoints=endpoints(spec))
