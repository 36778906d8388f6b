"""Command-line values without pydantic for the plain types our commands take.

Typer (0.2x) turns every parameter's value into its annotated type through a pydantic TypeAdapter built on
first use, so the first value a command sees (even the unused `--help` flag of the group) imports pydantic:
about as long as the rest of `summitgraph meetings --help`. Our commands take strings, integers (some in a
range), flags and lists of strings. For those, a value that is already what the annotation asks for is
returned here exactly as pydantic would return it; anything else (a malformed or out-of-range number, a path,
a float) goes to Typer's own coercion, its error messages included. tests/test_startup.py checks both
paths give the same values.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any, get_args, get_origin

import typer.core

# What pydantic's lax int parsing surely reads as int() does: no sign but minus, no spaces, no underscores,
# ASCII digits, short enough to stay clear of Python's digit limit.
_INTEGER = re.compile(r"-?[0-9]{1,18}")
_NOT_DONE: tuple[bool, Any] = (False, None)


def fast_value(annotation: Any, info: Any, value: Any) -> tuple[bool, Any]:
    """(True, value) when ``value`` is surely what Typer's coercion would return for ``annotation`` with the
    parameter's ``info`` (min, max, parser); (False, None) when Typer should decide."""
    if getattr(info, "parser", None) is not None:
        return _NOT_DONE
    if annotation is str and type(value) is str:
        return True, value
    if annotation is bool and type(value) is bool:
        return True, value
    if annotation is int:
        number = value if type(value) is int else (
            int(value) if type(value) is str and _INTEGER.fullmatch(value) else None)
        low, high = getattr(info, "min", None), getattr(info, "max", None)
        if number is not None and (low is None or number >= low) and (high is None or number <= high):
            return True, number
        return _NOT_DONE
    if (get_origin(annotation) is list and get_args(annotation) == (str,) and isinstance(value, (list, tuple))
            and all(type(item) is str for item in value)):
        return True, list(value)
    return _NOT_DONE


def install() -> None:
    """Send Typer's coercion through ``fast_value`` first; a Typer without this hook is left as it is."""
    build = getattr(typer.core, "build_runtime_param", None)
    if build is None or getattr(build, "summitgraph_fast", False):
        return
    try:
        from typer._coercion import RuntimeParam
    except ImportError:
        return

    @dataclass(frozen=True)
    class FastRuntimeParam(RuntimeParam):
        descriptor: Any

        @cached_property
        def typer_param(self) -> Any:
            """Typer's own coercion (and pydantic with it), built only when a value needs it."""
            return build(self.descriptor)

        def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
            done, fast = fast_value(self.annotation, self.parameter_info, value)
            return fast if done else self.typer_param._coerce_value(value, param=param, ctx=ctx)

    def build_fast(descriptor: Any) -> Any:
        if descriptor.file_annotation is not None:   # a file parameter opens files: Typer's own job
            return build(descriptor)
        return FastRuntimeParam(parameter_info=descriptor.parameter_info, annotation=descriptor.annotation,
                                descriptor=descriptor)

    build_fast.summitgraph_fast = True  # type: ignore[attr-defined]
    typer.core.build_runtime_param = build_fast
