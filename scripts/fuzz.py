#!/usr/bin/env python3
"""Fuzz the ingest entry point: bytes in any of the accepted formats -> read_bytes -> read_article -> JSON.

    python scripts/fuzz.py --seconds 120                  # built-in mutation fuzzer (no extra package)
    python scripts/fuzz.py --seconds 120 --engine atheris # coverage-guided, when atheris is importable
    python scripts/fuzz.py --replay CRASH_FILE             # run one saved input again, with its traceback

A finding is any exception other than an InputError (the one-line "this file is bad" answer), an input
that takes longer than --timeout seconds, or a broken promise of the output: a span outside the article
text, or JSON that does not survive a round trip. Each distinct finding (exception type and the innermost
summitgraph frame) is saved once under --out with its traceback. Seeds are small Vietnamese articles
written here, in every format and encoding ingest accepts; nothing is read from disk. See docs/robustness.md.
"""
from __future__ import annotations

import argparse
import codecs
import hashlib
import json
import os
import random
import signal
import sys
import time
import traceback
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

FORMATS = ("txt", "html", "jsonl")
DEFAULT_OUT = Path("/tmp/summitgraph-fuzz")


# --- seeds: our own Vietnamese, in every form ingest reads ------------------------------------------------

TITLES = ("Khai mạc Hội nghị Cấp cao ASEAN lần thứ 37", "Hội nghị Bộ trưởng Ngoại giao ASEAN họp trực tuyến",
          "Thủ tướng hội đàm với Thủ tướng Lào tại Viêng Chăn")
BODIES = (
    "Sáng 12/11/2020, tại Hà Nội, Thủ tướng Nguyễn Xuân Phúc, Chủ tịch ASEAN 2020, chủ trì Hội nghị Cấp cao "
    "ASEAN lần thứ 37 theo hình thức trực tuyến với chủ đề \"Gắn kết và chủ động thích ứng\". Các nhà lãnh đạo "
    "thông qua Tuyên bố Hà Nội về Tầm nhìn Cộng đồng ASEAN sau năm 2025.",
    "Chiều 9/9, Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh chủ trì Hội nghị Bộ trưởng Ngoại giao ASEAN "
    "lần thứ 53 (AMM-53). Bộ trưởng Ngoại giao In-đô-nê-xi-a Retno Marsudi đề xuất tăng cường hợp tác y tế.",
    "Từ 18-19/1/2022, Thủ tướng Phạm Minh Chính thăm chính thức Lào. Hai Thủ tướng đồng chủ trì kỳ họp lần thứ 44 "
    "Ủy ban liên Chính phủ Việt Nam - Lào và chứng kiến ký kết 16 văn kiện hợp tác.",
)


def _cp1258(text: str) -> bytes:
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
                   + "".join(c for c in parts if c in tones))
    return "".join(out).encode("cp1258", "replace")


def seeds() -> list[tuple[str, bytes]]:
    """(format, bytes) pairs: each article as UTF-8, UTF-16, cp1258, VNI, TCVN3, NFD, mojibake, HTML, JSONL."""
    from summitgraph.ingest.legacy import encode_tcvn3, encode_vni

    out: list[tuple[str, bytes]] = []
    for title, body in zip(TITLES, BODIES):
        text = f"{title}\nThứ Năm, 12/11/2020, 14:27\n{body}\nMinh Hằng (TTXVN)\n"
        out += [("txt", text.encode()), ("txt", text.encode("utf-16")), ("txt", codecs.BOM_UTF8 + text.encode()),
                ("txt", _cp1258(text)), ("txt", encode_vni(text)), ("txt", encode_tcvn3(text.lower())),
                ("txt", unicodedata.normalize("NFD", text).encode()),
                ("txt", text.encode().decode("cp1252", "replace").encode())]
        html = (f"<html><head><title>{title} | Báo Thế giới</title><meta property='og:site_name' "
                f"content='Báo Thế giới'></head><body><div class='breadcrumb'>Trang chủ &gt; ASEAN</div>"
                f"<article><h1>{title}</h1><p class='sapo'>{body[:90]}</p><div class='date'>12/11/2020 14:27</div>"
                f"<p>{body}</p><table><tr><td>ASEAN</td><td>2020</td></tr></table><p>Tác giả: Minh Hằng</p>"
                f"</article><div class='related'>Tin liên quan</div></body></html>")
        out += [("html", html.encode()), ("html", ("<div>" * 300 + html + "</div>" * 300).encode())]
        lines = [json.dumps({"id": "a1", "title": title, "text": body, "published": "2020-11-12T14:27:00+07:00"},
                            ensure_ascii=False),
                 json.dumps({"id": 2, "url": "https://baoquocte.vn/a", "html": html}, ensure_ascii=False),
                 '{"id": "hong", "text": "Hội nghị',
                 # What the attack run broke the reader with: deep nesting, a lone surrogate, NUL, a script URL.
                 "[" * 2000 + "]" * 2000,
                 json.dumps({"id": "s", "title": "\ud800", "text": body + "\udfff", "url": "javascript:x"}),
                 json.dumps({"id": "n", "title": "Tin\x00", "text": body + "\x00", "url": "data:text/html,x"})]
        out.append(("jsonl", "\n".join(lines).encode()))
    return out


# --- mutations -------------------------------------------------------------------------------------------------

TOKENS = [t.encode() for t in (
    "<div>", "</div>", "<p>", "<script>", "<!--", "-->", "<![CDATA[", "&amp;", "&#x1F600;", "&lol;", "<!DOCTYPE x [",
    "<!ENTITY a \"&b;&b;\">", "{", "}", "[", "\"", "\\u0000", "\\ud800", "\n", "\r\n", "\t", "\u00a0", "\u200b",
    "\ufeff", "\u0301", "\u0323", "…", "“", "”", "lần thứ ", "Hội nghị ", "ASEAN ", "ngày 31/2/2020", "18-19/1",
    "tháng Tư", "năm ngoái", " tới", "Thủ tướng ", "Bộ trưởng Ngoại giao ", "tại ", "Chủ tịch ASEAN 2020",
    "(Ảnh: TTXVN)", "Đọc thêm", "Tin liên quan", "99999999999999999999", "-1", "0", "Ủy ban", "ờ", "Ư",
)] + [b"\x00", b"\xff", b"\xfe", b"\xc3", b"\xe1\xbb", b"\x80", b"\xef\xbb\xbf", b"\xff\xfe", b"\x1f\x8b"]


def mutate(data: bytes, rng: random.Random, pool: list[tuple[str, bytes]], max_size: int) -> bytes:
    """One to four random edits: flips, inserts of bytes or tokens, deletions, repeats, splices."""
    buf = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        choice = rng.randrange(8)
        pos = rng.randint(0, len(buf))
        if choice == 0 and buf:
            i = rng.randrange(len(buf))
            buf[i] ^= 1 << rng.randrange(8)
        elif choice == 1:
            buf[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        elif choice == 2:
            buf[pos:pos] = rng.choice(TOKENS) * rng.choice((1, 1, 2, 10, 100))
        elif choice == 3 and buf:
            end = min(len(buf), pos + rng.randint(1, 64))
            del buf[pos:end]
        elif choice == 4 and buf:
            start = rng.randrange(len(buf))
            chunk = buf[start:start + rng.randint(1, 256)]
            buf[pos:pos] = chunk * rng.choice((2, 3, 50, 500))
        elif choice == 5:
            other = rng.choice(pool)[1]
            cut = rng.randint(0, len(other))
            buf = buf[:pos] + bytearray(other[cut:cut + rng.randint(1, 400)]) + buf[pos:]
        elif choice == 6 and buf:
            del buf[rng.randint(0, len(buf)):]           # truncation, as a crash leaves a file
        else:
            i = rng.randrange(len(buf)) if buf else 0    # a UTF-8 character cut or doubled
            buf[i:i] = "ộẫỡ€".encode()[: rng.randint(1, 5)]
    return bytes(buf[:max_size])


# --- one execution ---------------------------------------------------------------------------------------------

class Finding(Exception):
    """A broken promise that is not an exception of its own (span out of the text, JSON not round-tripping)."""


class Timeout(BaseException):
    """Raised by SIGALRM inside a too-slow execution (a BaseException so no `except Exception` swallows it)."""


def run_one(data: bytes, fmt: str) -> str:
    """Ingest and extract ``data``; return a short signature of the outcome (for the corpus' feedback)."""
    from summitgraph.errors import InputError
    from summitgraph.extract.pipeline import read_article, reading_to_json
    from summitgraph.ingest import iter_bytes
    from summitgraph.store.serialize import reading_records

    outcome = []
    for item in iter_bytes(data, f"fuzz.{fmt}", fmt):
        if isinstance(item, InputError):
            line = item.one_line()
            if "\n" in line or not line.startswith("fuzz."):
                raise Finding(f"error not one line naming the input: {line[:200]!r}")
            outcome.append("E:" + item.problem.split("(")[0][:40])
            continue
        reading = read_article(item, strict=True)   # a stage that raises is a finding, not a flag
        for value in (item.id, item.text, item.original, item.title or "", item.url or ""):
            if "\x00" in value or any(0xD800 <= ord(ch) <= 0xDFFF for ch in value):
                raise Finding("a NUL or lone surrogate reached the article (no backend stores it)")
        if item.url and not item.url.lower().startswith(("http://", "https://")):
            raise Finding(f"a non-web URL became the article's link: {item.url[:60]!r}")
        size = len(item.text)
        for kind, _, record in reading_records(reading):
            for span in record.evidence.spans if record.evidence else ():
                if not 0 <= span.start < span.end <= size:
                    raise Finding(f"{kind} span {span.start}..{span.end} outside the text ({size} characters)")
        out = reading_to_json(reading)
        if json.loads(json.dumps(out, ensure_ascii=False)) != out:
            raise Finding("extract JSON does not survive a round trip")
        outcome.append("A:" + ",".join(f"{k}{len(out[k])}" for k in ("meetings", "people", "documents",
                                                                     "chairmanships")) + "|" + ",".join(item.quality))
    return fmt + ";" + ";".join(outcome)


def _alarm(signum, frame):  # noqa: ARG001 (signal handler signature)
    raise Timeout()


@dataclass
class Stats:
    executions: int = 0
    started: float = field(default_factory=time.monotonic)
    findings: dict[str, str] = field(default_factory=dict)    # key -> saved file
    slowest: float = 0.0

    def as_json(self) -> dict:
        elapsed = time.monotonic() - self.started
        return {"executions": self.executions, "seconds": round(elapsed, 1),
                "executions_per_second": round(self.executions / elapsed, 1) if elapsed else 0.0,
                "findings": len(self.findings), "slowest_execution_seconds": round(self.slowest, 2),
                "saved": sorted(self.findings.values())}


def finding_key(exc: BaseException) -> str:
    """Exception type plus the innermost frame in summitgraph: one bug, however many inputs reach it."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "summitgraph" in f.filename]
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
    return f"{type(exc).__name__}@{where}"


def execute(data: bytes, fmt: str, stats: Stats, out: Path, timeout: float) -> str | None:
    """Run one input, record a finding if it is one; return its outcome signature (None for a finding)."""
    stats.executions += 1
    signal.setitimer(signal.ITIMER_REAL, timeout)
    started = time.monotonic()
    try:
        return run_one(data, fmt)
    except Timeout as exc:
        save_finding(f"Timeout>{timeout}s", data, fmt, exc, stats, out)
    except Exception as exc:  # noqa: BLE001 - anything that is not an InputError is what we look for
        save_finding(finding_key(exc), data, fmt, exc, stats, out)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        stats.slowest = max(stats.slowest, time.monotonic() - started)
    return None


def save_finding(key: str, data: bytes, fmt: str, exc: BaseException, stats: Stats, out: Path) -> None:
    if key in stats.findings:
        return
    digest = hashlib.sha1(data).hexdigest()[:12]
    path = out / f"{digest}.{fmt}"
    out.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    path.with_suffix(path.suffix + ".txt").write_text(
        key + "\n\n" + "".join(traceback.format_exception(exc)))
    stats.findings[key] = str(path)
    print(f"finding {len(stats.findings)}: {key} -> {path}", file=sys.stderr, flush=True)


# --- engines ---------------------------------------------------------------------------------------------------

def builtin_fuzz(args: argparse.Namespace, stats: Stats) -> None:
    """Mutation fuzzing with outcome feedback: a mutant whose outcome signature (formats, errors, record counts,
    quality flags) was never seen joins the pool, so the search keeps what reached somewhere new."""
    rng = random.Random(args.seed)
    pool = seeds()
    seen: set[str] = set()
    for fmt, data in pool:
        signature = execute(data, fmt, stats, args.out, args.timeout)
        if signature:
            seen.add(signature)
    deadline = stats.started + args.seconds
    while time.monotonic() < deadline and (not args.runs or stats.executions < args.runs):
        fmt, data = rng.choice(pool)
        if rng.random() < 0.1:
            fmt = rng.choice(FORMATS)  # the same bytes under another suffix
        mutant = mutate(data, rng, pool, args.max_size)
        signature = execute(mutant, fmt, stats, args.out, args.timeout)
        if signature and signature not in seen and len(pool) < 5000:
            seen.add(signature)
            pool.append((fmt, mutant))
        if stats.executions % 500 == 0:
            print(f"{stats.executions} executions, pool {len(pool)}, findings {len(stats.findings)}",
                  file=sys.stderr, flush=True)


def atheris_fuzz(args: argparse.Namespace, stats: Stats) -> None:
    """libFuzzer's coverage-guided search over the same entry point; the first byte picks the format."""
    import atheris

    with atheris.instrument_imports():
        import summitgraph.extract.pipeline  # noqa: F401
        import summitgraph.ingest  # noqa: F401
    corpus_dir = args.out / "atheris-corpus"
    corpus_dir.mkdir(parents=True, exist_ok=True)
    for number, (fmt, data) in enumerate(seeds()):
        (corpus_dir / f"seed-{number}").write_bytes(bytes([FORMATS.index(fmt)]) + data)

    def one_input(raw: bytes) -> None:
        if not raw:
            return
        fmt = FORMATS[raw[0] % len(FORMATS)]
        execute(raw[1:], fmt, stats, args.out, args.timeout)
        if time.monotonic() - stats.started > args.seconds or (args.runs and stats.executions >= args.runs):
            # libFuzzer takes any exit from here for a crash of the target: print and leave at once.
            print(json.dumps(stats.as_json(), ensure_ascii=False), flush=True)
            os._exit(1 if stats.findings else 0)

    sys.argv = [sys.argv[0], str(corpus_dir), f"-max_len={args.max_size}", "-rss_limit_mb=4096",
                f"-seed={args.seed}", f"-artifact_prefix={args.out}/"]
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


def finish(stats: Stats) -> None:
    summary = stats.as_json()
    print(json.dumps(summary, ensure_ascii=False))
    sys.stdout.flush()
    raise SystemExit(1 if summary["findings"] else 0)


def replay(path: Path, timeout: float) -> None:
    fmt = path.suffix.lstrip(".")
    signal.setitimer(signal.ITIMER_REAL, timeout)
    started = time.monotonic()
    print(run_one(path.read_bytes(), fmt))
    print(f"{time.monotonic() - started:.2f} s", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=120, help="how long to fuzz (default 120)")
    parser.add_argument("--runs", type=int, default=0, help="stop after this many executions (0: no limit)")
    parser.add_argument("--engine", choices=("auto", "builtin", "atheris"), default="auto",
                        help="auto: atheris when importable, else the built-in mutation fuzzer")
    parser.add_argument("--seed", type=int, default=1, help="random seed (runs with one seed repeat)")
    parser.add_argument("--timeout", type=float, default=10.0, help="an execution slower than this is a finding")
    parser.add_argument("--max-size", type=int, default=64 * 1024, help="largest input in bytes")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where findings are saved")
    parser.add_argument("--replay", type=Path, help="run one saved input and show what it does")
    args = parser.parse_args()
    signal.signal(signal.SIGALRM, _alarm)
    if args.replay:
        replay(args.replay, args.timeout)
        return
    engine = args.engine
    if engine == "auto":
        try:
            import atheris  # noqa: F401
            engine = "atheris"
        except ImportError:
            engine = "builtin"
    print(f"fuzzing the ingest entry point with the {engine} engine for {args.seconds:.0f} s; findings in {args.out}",
          file=sys.stderr, flush=True)
    stats = Stats()
    try:
        if engine == "atheris":
            atheris_fuzz(args, stats)
        else:
            builtin_fuzz(args, stats)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
    finish(stats)


if __name__ == "__main__":
    main()
