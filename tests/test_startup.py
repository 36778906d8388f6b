"""Every command pays for what the CLI imports before it runs: heavy libraries load only where they are used."""
import json
import subprocess
import sys

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


def test_finding_duplicates_still_loads_minhash():
    statement = "from summitgraph.kb.build.dedup import DuplicateFinder; DuplicateFinder()"
    assert "datasketch" in _loaded_after(statement)
