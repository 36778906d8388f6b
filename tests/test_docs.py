"""Every command, option and API endpoint is documented in the README."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer.main

from summitgraph.api.app import create_app
from summitgraph.cli import app
from summitgraph.store import open_store

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
COMMANDS = typer.main.get_command(app).commands


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_is_documented(name: str) -> None:
    assert f"summitgraph {name}" in README


@pytest.mark.parametrize("name, option", sorted(
    (name, opt) for name, command in COMMANDS.items() for param in command.params
    for opt in list(param.opts) + list(param.secondary_opts) if opt.startswith("--") and opt != "--help"))
def test_every_option_is_documented(name: str, option: str) -> None:
    assert re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", README), f"{option} of `summitgraph {name}`"


def test_every_command_has_help() -> None:
    for name, command in COMMANDS.items():
        assert command.help and len(command.help.strip()) > 20, name


def test_every_api_endpoint_is_documented() -> None:
    with open_store("sqlite:///:memory:") as store:
        spec = create_app(store).openapi()
    for path, operations in spec["paths"].items():
        for method in operations:
            assert f"{method.upper()} {path}" in README, f"{method.upper()} {path}"
