"""Every command pays for what the CLI imports before it runs: heavy libraries load only where they are used."""
import json
import subprocess
import sys
from pathlib import Path
from typing import List

import pytest

HEAVY = ("datasketch", "scipy", "trafilatura", "dask", "distributed", "fastapi", "uvicorn", "psycopg", "playwright")


def _loaded_after(statement: str) -> list[str]:
    probe = f"import sys, json; {statement}; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def test_importing_the_cli_loads_no_heavy_library():
    loaded = set(_loaded_after("import summitgraph.cli"))
    assert [name for name in HEAVY if name in loaded] == []


def test_reading_a_page_still_loads_the_page_reader(tmp_path):
    statement = ("from summitgraph.ingest.html import extract_html; "
                 "extract_html('<html><body><article><p>' + 'Hội nghị Cấp cao ASEAN lần thứ 37 khai mạc. ' * 20"
                 " + '</p></article></body></html>', 'page.html')")
    assert "trafilatura" in _loaded_after(statement)


def test_finding_duplicates_at_another_threshold_still_asks_datasketch_for_its_bands():
    """At the default threshold the bands are known and datasketch stays unloaded (test_incremental_cost); a
    user's own threshold has its bands chosen by datasketch, as before."""
    finder = "from summitgraph.kb.build.dedup import DuplicateFinder; DuplicateFinder({})"
    assert "datasketch" not in _loaded_after(finder.format(""))
    assert "datasketch" in _loaded_after(finder.format("0.55"))


# What `--help` must not load: the libraries above, rich and pydantic (Typer loads them only to print styled
# help or to coerce a value), and our own packages that do the work of the commands.
NOT_FOR_HELP = HEAVY + ("underthesea", "rich", "pydantic", "summitgraph.extract", "summitgraph.ingest",
                        "summitgraph.kb", "summitgraph.store", "summitgraph.api", "summitgraph.web",
                        "summitgraph.monitor", "summitgraph.evaluate", "summitgraph.baseline")
# What a command that only reads the record must not load: the reading and extracting side, and the servers.
NOT_FOR_READING = HEAVY + ("underthesea", "pydantic", "summitgraph.extract", "summitgraph.ingest",
                           "summitgraph.api", "summitgraph.web", "summitgraph.monitor")


def _loaded_by_command(*args: str) -> set[str]:
    """The modules loaded once `summitgraph ARGS` has run (in a new process), whatever its exit status."""
    probe = ("import sys, json\nfrom summitgraph.cli import main\nsys.argv = ['summitgraph', *sys.argv[1:]]\n"
             "try:\n    main()\nexcept SystemExit:\n    pass\nprint('MODULES ' + json.dumps(sorted(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True, check=True).stdout
    return set(json.loads(out.rsplit("MODULES ", 1)[1]))


def _among(loaded: set[str], names: tuple[str, ...]) -> list[str]:
    return sorted(m for m in loaded for name in names if m == name or m.startswith(name + "."))


@pytest.mark.parametrize("args", [["--help"], ["meetings", "--help"], ["ingest", "--help"], ["serve", "--help"],
                                  ["token", "--help"]])
def test_help_loads_only_the_command_line(args):
    loaded = _loaded_by_command(*args)
    assert "summitgraph.cli.kb" in loaded   # the probe did import the commands
    assert _among(loaded, NOT_FOR_HELP) == []


@pytest.mark.parametrize("command", [["meetings"], ["timeline"], ["status"], ["person", "nobody"]])
def test_read_only_commands_load_neither_extractor_nor_reader(command, tmp_path):
    loaded = _loaded_by_command(*command, "--db", f"sqlite:///{tmp_path / 'empty.db'}")
    assert "summitgraph.kb.read.queries" in loaded
    assert _among(loaded, NOT_FOR_READING) == []


def test_the_help_of_ingest_shows_the_runners_batch_size():
    from summitgraph.cli import ingest as cli_ingest
    from summitgraph.ingest import runner

    assert cli_ingest.DEFAULT_BATCH == runner.DEFAULT_BATCH


@pytest.mark.parametrize("annotation, limits, value", [
    (str, {}, "sqlite:///a b.db"), (str, {}, "tên \udcff"), (str, {}, ""),
    (int, {}, "2020"), (int, {}, "-3"), (int, {}, "007"), (int, {"min": 1, "max": 1000}, "1000"),
    (int, {"min": 1, "max": 1000}, "1001"), (int, {"min": 1, "max": 1000}, "0"), (int, {"min": 0}, 0),
    (int, {}, " 5"), (int, {}, "5.0"), (int, {}, "1_000"), (int, {}, "+5"), (int, {}, "x"), (int, {}, True),
    (bool, {}, True), (bool, {}, "yes"), (List[str], {}, ("a.txt", "-")), (List[str], {}, ()),
    (float, {}, "1.5"), (Path, {}, "corpus"),
])
def test_coercion_without_pydantic_gives_what_typer_gives(annotation, limits, value):
    """The fast path answers only where it is sure, and then exactly as Typer's own coercion."""
    from typer._adapters import build_adapter
    from typer.models import OptionInfo

    from summitgraph.cli.coercion import fast_value

    info = OptionInfo(**limits)
    done, fast = fast_value(annotation, info, value)
    if not done:
        return
    expected = build_adapter(annotation, info).validate_python(value)
    assert (fast, type(fast)) == (expected, type(expected))


def test_coercion_without_pydantic_leaves_errors_to_typer():
    from typer.models import OptionInfo

    from summitgraph.cli.coercion import fast_value

    for annotation, limits, value in ((int, {"min": 1}, "0"), (int, {}, "x"), (float, {}, "1.5"),
                                      (Path, {}, "corpus"), (str, {}, 5)):
        assert fast_value(annotation, OptionInfo(**limits), value) == (False, None)
