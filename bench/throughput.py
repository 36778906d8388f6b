"""End-to-end ingest throughput, peak memory and the peer's cost, measured side by side in one run.

    python bench/throughput.py                          # corpus, 10,000 and 100,000 articles (about 30 min)
    python bench/throughput.py --sizes 2000 --quick     # a few minutes
    python bench/throughput.py --pg postgresql://...    # also the 10,000 run on PostgreSQL
    python bench/throughput.py --resolve                # also the knowledge-base rebuild of each size's store

What it prints:
  1. ``summitgraph ingest`` on ../shared/corpus (dev + train) in one process and with ``--workers N``, then
     on that corpus repeated to each size (ids varied, and a closing line varied so no copy dedups away),
     each run a subprocess timed from outside, its process tree's resident memory sampled every 0.2 s;
  2. re-runs after 1% new articles beside the full run (incremental ingest): every file read again
     (``--reread``), then unchanged files skipped by their stat (as ingest runs by default);
  3. the peer on the same articles in the same run: underthesea's word_tokenize + ner on the full text (what
     a team would otherwise run) and, fairer to it, ner sentence by sentence; on a sample, per article;
  4. HTML: pages built here from the corpus texts in three site layouts, summitgraph's HTML ingest beside a
     bare trafilatura.extract: time per page and how much of the body each recovers, how much furniture leaks;
  5. (``--parts signature``) the near-duplicate signature ingest makes for each article, beside the whole
     read-extract-store path, CPU per article.

Generated inputs and stores go to a temporary folder (``--work``), never into the repository.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from html_layouts import FURNITURE_MARKERS, LAYOUTS, body_paragraphs, scored_paragraphs  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
SUMMITGRAPH = Path(sys.executable).with_name("summitgraph")
FILES_PER_FOLDER = 1000


# --- inputs --------------------------------------------------------------------------------------------------

def corpus_files(corpus: Path) -> list[Path]:
    files = sorted((corpus / "dev").glob("*.txt")) + sorted((corpus / "train").glob("*.txt"))
    if not files:
        raise SystemExit(f"{corpus}: no dev/*.txt or train/*.txt articles (pass --corpus)")
    return files


def varied(text: str, copy: int) -> str:
    """A copy of an article that hashes differently: a closing line with the copy's number, the way a syndicated
    copy differs by its footer. The reading of the article itself does not change."""
    return text.rstrip("\n") + f"\n\nBản tin số {copy}.\n"


def write_scaled(sources: list[Path], size: int, dest: Path, start: int = 0) -> Path:
    """``size`` articles (numbered from ``start``) cycling through ``sources``, 1000 to a folder."""
    texts = [p.read_text(encoding="utf-8") for p in sources]
    for k in range(start, start + size):
        folder = dest / f"{k // FILES_PER_FOLDER:04d}"
        if k % FILES_PER_FOLDER == 0 or k == start:
            folder.mkdir(parents=True, exist_ok=True)
        source = sources[k % len(sources)]
        (folder / f"{k:06d}_{source.name}").write_text(varied(texts[k % len(texts)], k), encoding="utf-8")
    return dest


# --- one ingest run in a subprocess, its memory sampled from outside -------------------------------------------

@dataclass(frozen=True)
class Run:
    label: str
    articles: int
    cores: int
    wall: float
    cpu: float               # CPU seconds of the whole process tree (client, pool or cluster workers)
    summary: str
    client_rss_mb: float
    worker_rss_mb: float     # the largest worker process (0 when extraction ran in the client)
    total_rss_mb: float      # the whole process tree at its peak

    @property
    def per_second(self) -> float:
        return self.articles / self.wall

    @property
    def per_core(self) -> float:
        """Articles per second per core used (wall clock): what a machine of that many free cores gets."""
        return self.per_second / self.cores

    @property
    def per_cpu_second(self) -> float:
        """Articles per CPU-second: the per-core rate with other load on the machine taken out."""
        return self.articles / self.cpu


def ingest_options() -> list[str]:
    """``--no-resolve`` when the ingest command has it: the knowledge-base rebuild after an ingest is a separate
    step with its own cost, timed by its own benchmark; these figures are read + extract + store."""
    help_text = subprocess.run([str(SUMMITGRAPH), "ingest", "--help"], capture_output=True, text=True).stdout
    return ["--no-resolve"] if "--no-resolve" in help_text else []


def timed_ingest(label: str, paths: list[Path], db_url: str, *, workers: int, batch: int, articles: int,
                 options: list[str], dask: str | None = None) -> Run:
    command = [str(SUMMITGRAPH), "ingest", *map(str, paths), "--db", db_url, "--batch", str(batch),
               *options]
    if workers:
        command += ["--workers", str(workers)]
    if dask:
        command += ["--dask", dask]
    return timed_command(label, command, articles=articles, cores=max(workers, 1))


def timed_resolve(label: str, db_url: str, *, articles: int) -> Run:
    """``summitgraph resolve``: the knowledge-base rebuild over a store, in one process."""
    return timed_command(label, [str(SUMMITGRAPH), "resolve", "--db", db_url], articles=articles, cores=1)


def timed_command(label: str, command: list[str], *, articles: int, cores: int) -> Run:
    import psutil

    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    client = psutil.Process(child.pid)
    peak_client = peak_worker = peak_total = 0
    cpu_by_pid: dict[int, float] = {}   # last reading per process: a process's time up to its last sample
    while child.poll() is None:
        try:
            tree = [client, *client.children(recursive=True)]
            sizes = [p.memory_info().rss for p in tree]
            for process in tree:
                times = process.cpu_times()
                cpu_by_pid[process.pid] = times.user + times.system
        except psutil.Error:
            time.sleep(0.05)
            continue  # a process ended between listing and reading it
        peak_client = max(peak_client, sizes[0])
        peak_worker = max([peak_worker, *sizes[1:]])
        peak_total = max(peak_total, sum(sizes))
        time.sleep(0.2)
    _, stderr = child.communicate()
    wall = time.perf_counter() - started
    if child.returncode != 0:
        raise SystemExit(f"{label}: {' '.join(command[1:3])} failed ({child.returncode}):\n{stderr[-2000:]}")
    summary = next((line for line in stderr.splitlines() if line.startswith(("summary:", "resolved "))), "?")
    mb = 1024 * 1024
    return Run(label, articles, cores, wall, sum(cpu_by_pid.values()), summary,
               peak_client / mb, peak_worker / mb, peak_total / mb)


def print_run(run: Run) -> None:
    print(f"  {run.label:<32} {run.articles:>7} art {run.wall:7.1f} s wall {run.cpu:7.1f} s CPU  "
          f"{run.per_second:6.1f} art/s  {run.per_core:5.1f} art/s/core  {run.per_cpu_second:5.1f} art/CPU-s  "
          f"RSS client {run.client_rss_mb:4.0f} MB, worker {run.worker_rss_mb:4.0f} MB, tree {run.total_rss_mb:4.0f} MB"
          f"  [{run.summary.removeprefix('summary: ')}]", flush=True)


# --- the peer ------------------------------------------------------------------------------------------------------

def sample(files: list[Path], count: int) -> list[Path]:
    """``count`` articles spread evenly over the corpus (sorted names, so the same sample every run)."""
    if count >= len(files):
        return files
    step = len(files) / count
    return [files[int(i * step)] for i in range(count)]


def per_article(work: Callable[[Path], object], files: list[Path]) -> float:
    """Mean CPU seconds per article of ``work`` (this process, all its threads), after one warm-up call (models
    and registries load once). CPU, not wall: other work on the machine then weighs on both sides alike."""
    work(files[0])
    started = time.process_time()
    for path in files:
        work(path)
    return (time.process_time() - started) / len(files)


def summitgraph_pipeline(db_url: str) -> Callable[[Path], object]:
    """Read + extract + store one file in this process: the whole per-article path of ``summitgraph ingest``."""
    from summitgraph.ingest.runner import Piece, Reporter, process_batch, write_result
    from summitgraph.store import open_store

    store = open_store(db_url)
    reporter = Reporter(failure=lambda message: print(f"    error: {message}", file=sys.stderr))
    copies: dict[Path, int] = {}

    def run(path: Path) -> object:
        # A new copy each call: the store would otherwise find the content already there and skip the work.
        copies[path] = copies.get(path, 0) + 1
        data = varied(path.read_text(encoding="utf-8"), copies[path]).encode("utf-8")
        piece = Piece(str(path.with_name(f"{copies[path]}_{path.name}")), "txt", data=data)
        result = process_batch([piece], frozenset())
        return [write_result(store, item, result.version, reporter) for item in result.results]

    return run


def underthesea_full_text() -> Callable[[Path], object]:
    from underthesea import ner, word_tokenize

    def run(path: Path) -> object:
        text = path.read_text(encoding="utf-8")
        return word_tokenize(text), ner(text)

    return run


def underthesea_by_sentence() -> Callable[[Path], object]:
    from underthesea import ner, sent_tokenize, word_tokenize

    def run(path: Path) -> object:
        text = path.read_text(encoding="utf-8")
        return [(word_tokenize(s), ner(s)) for s in sent_tokenize(text)]

    return run


# --- HTML ----------------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class HtmlScore:
    seconds_per_page: float
    body_recall: float      # share of the body paragraphs found in the output
    furniture_leak: float   # share of pages whose output holds any of the layout's furniture


def html_pages(files: list[Path]) -> Iterator[tuple[str, str, list[str]]]:
    """(layout name, page, body paragraphs long enough to score) for every article in every layout.

    The pages are built from each text's body as the .txt reader cleans it: the corpus texts still hold some of
    their sites' furniture (photo captions, related headlines), which is not body and would blur the score."""
    from summitgraph.ingest import article_from_text

    for path in files:
        article = article_from_text(path.read_text(encoding="utf-8"), str(path))
        title = article.title or ""
        paragraphs = body_paragraphs(article.text[article.body_start:])
        for name, layout in LAYOUTS.items():
            yield name, layout(title, paragraphs, path.stem), scored_paragraphs(paragraphs)


def score_html(extract: Callable[[str], str], pages: list[tuple[str, str, list[str]]]) -> dict[str, HtmlScore]:
    """Per layout and over all pages ("all")."""
    from summitgraph.text.normalize import normalize

    def squash(text: str) -> str:
        return " ".join(normalize(text).split())

    extract(pages[0][1])  # warm-up
    tallies: dict[str, list[float]] = {}   # layout -> [seconds, paragraphs found, paragraphs, leaking pages, pages]
    for layout, page, paragraphs in pages:
        started = time.process_time()
        output = extract(page) or ""
        elapsed = time.process_time() - started
        flat = squash(output)
        found = sum(1 for p in paragraphs if squash(p) in flat)
        leaked = any(marker in output for marker in FURNITURE_MARKERS)
        for key in (layout, "all"):
            tally = tallies.setdefault(key, [0.0, 0, 0, 0, 0])
            for i, value in enumerate((elapsed, found, len(paragraphs), leaked, 1)):
                tally[i] += value
    return {key: HtmlScore(t[0] / t[4], t[1] / max(t[2], 1), t[3] / t[4]) for key, t in tallies.items()}


def html_extractors() -> dict[str, Callable[[str], str]]:
    import trafilatura

    from summitgraph.extract.pipeline import read_article
    from summitgraph.ingest import iter_bytes
    from summitgraph.model import Article

    def summitgraph_read(page: str) -> str:
        [article] = list(iter_bytes(page.encode("utf-8"), "page.html", "html"))
        assert isinstance(article, Article), article
        return article.text

    def summitgraph_read_and_extract(page: str) -> str:
        [article] = list(iter_bytes(page.encode("utf-8"), "page.html", "html"))
        read_article(article)
        return article.text

    return {
        "trafilatura.extract (bare)": lambda page: trafilatura.extract(page) or "",
        "summitgraph HTML read (Article)": summitgraph_read,
        "summitgraph HTML read + extract": summitgraph_read_and_extract,
    }


# --- the report ----------------------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder with dev/ and train/")
    parser.add_argument("--sizes", default="10000,100000", help="corpus repeated to these sizes (comma-separated)")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="worker processes (default: cores)")
    parser.add_argument("--batch", type=int, default=16, help="articles per batch")
    parser.add_argument("--peer-sample", type=int, default=16, help="articles the peer reads (it is slow)")
    parser.add_argument("--incremental-size", type=int, default=10000,
                        help="size at which to time a re-run with 1%% new articles (0: skip)")
    parser.add_argument("--pg", help="also run the first size on this PostgreSQL URL (a fresh schema)")
    parser.add_argument("--resolve", action="store_true",
                        help="also time `summitgraph resolve` (the knowledge-base rebuild) on each size's store")
    parser.add_argument("--dask", action="store_true", help="also run the corpus on a local Dask cluster")
    parser.add_argument("--quick", action="store_true", help="skip the HTML comparison's larger page set")
    parser.add_argument("--work", type=Path, help="folder for generated inputs and stores (default: a temp dir)")
    parser.add_argument("--keep", action="store_true", help="keep the generated files")
    parser.add_argument("--parts", default="ingest,peer,html",
                        help="which parts to run (comma-separated): ingest, peer, html, signature")
    args = parser.parse_args(argv)

    args.ingest_options = ingest_options()
    files = corpus_files(args.corpus)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    work = args.work or Path(tempfile.mkdtemp(prefix="summitgraph-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    cores = os.cpu_count() or 1
    print(f"summitgraph throughput benchmark: {len(files)} corpus articles ({args.corpus}), {cores} cores, "
          f"--workers {args.workers}, --batch {args.batch} {' '.join(args.ingest_options)}, work dir {work}", flush=True)
    print(f"load average at start: {', '.join(f'{x:.1f}' for x in os.getloadavg())} (wall times suffer from other "
          f"work on the machine; CPU-second rates much less)\n", flush=True)
    parts = set(args.parts.split(","))
    try:
        runs = ingest_runs(args, files, sizes, work) if "ingest" in parts else []
        peer = peer_comparison(args, files, work) if "peer" in parts else None
        html = html_comparison(files if not args.quick else sample(files, 40)) if "html" in parts else {}
        if "signature" in parts:
            signature_cost(files, work)
        print_summary(runs, peer, html, args)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


def ingest_runs(args: argparse.Namespace, files: list[Path], sizes: list[int], work: Path) -> list[Run]:
    print("1. summitgraph ingest, end to end (a subprocess per run; SQLite unless stated)", flush=True)
    runs: list[Run] = []
    corpus_dirs = [args.corpus / "dev", args.corpus / "train"]
    one = timed_ingest("corpus, 1 process", corpus_dirs, f"sqlite:///{work / 'corpus-1.db'}", workers=0,
                       batch=args.batch, articles=len(files), options=args.ingest_options)
    runs.append(one)
    print_run(one)
    pool = timed_ingest(f"corpus, --workers {args.workers}", corpus_dirs, f"sqlite:///{work / 'corpus-n.db'}",
                        workers=args.workers, batch=args.batch, articles=len(files), options=args.ingest_options)
    runs.append(pool)
    print_run(pool)
    if args.dask:
        dask = timed_ingest(f"corpus, --dask local ({args.workers})", corpus_dirs,
                            f"sqlite:///{work / 'corpus-dask.db'}", workers=args.workers, batch=args.batch,
                            articles=len(files), options=args.ingest_options, dask="local")
        runs.append(dask)
        print_run(dask)
    for size in sizes:
        folder = write_scaled(files, size, work / f"scaled-{size}")
        run = timed_ingest(f"{size:,} articles, --workers {args.workers}", [folder],
                           f"sqlite:///{work / f'scaled-{size}.db'}", workers=args.workers, batch=args.batch,
                           articles=size, options=args.ingest_options)
        runs.append(run)
        print_run(run)
        if size == sizes[0] and args.pg:
            runs.append(postgres_run(args, folder, size))
        if args.resolve:
            rebuilt = timed_resolve(f"{size:,} articles, resolve", f"sqlite:///{work / f'scaled-{size}.db'}",
                                    articles=size)
            runs.append(rebuilt)
            print_run(rebuilt)
        if size == args.incremental_size:
            runs.extend(incremental_run(args, files, folder, size, work, run))
        shutil.rmtree(folder, ignore_errors=True)
        for leftover in work.glob(f"scaled-{size}.db*"):  # a 100,000-article store is gigabytes
            leftover.unlink()
    print(flush=True)
    return runs


def postgres_run(args: argparse.Namespace, folder: Path, size: int) -> Run:
    import uuid

    import psycopg
    from psycopg import sql as pgsql

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    url = f"{args.pg}{'&' if '?' in args.pg else '?'}schema={schema}"
    try:
        run = timed_ingest(f"{size:,} articles, PostgreSQL", [folder], url, workers=args.workers,
                           batch=args.batch, articles=size, options=args.ingest_options)
    finally:
        with psycopg.connect(args.pg, autocommit=True) as conn:
            conn.execute(pgsql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(pgsql.Identifier(schema)))
    print_run(run)
    return run


def incremental_run(args: argparse.Namespace, files: list[Path], folder: Path, size: int, work: Path,
                    full: Run) -> list[Run]:
    """Two re-runs, each after 1% new articles: with --reread (every file read, decoded, cleaned and hashed; only
    the new content extracted: what a re-run cost before files were stamped), then as ingest runs by default (a
    file unchanged since it was last read whole is skipped by its stat, unread)."""
    new = max(1, size // 100)
    db_url = f"sqlite:///{work / f'scaled-{size}.db'}"
    runs = []
    for number, (label, options) in enumerate([("--reread", ["--reread"]), ("stat skip", [])], start=1):
        write_scaled(files, new, folder, start=size + (number - 1) * new)
        run = timed_ingest(f"re-run, +{new:,} new (1%), {label}", [folder], db_url, workers=args.workers,
                           batch=args.batch, articles=size + number * new, options=args.ingest_options + options)
        print_run(run)
        print(f"  {'':<32} incremental {run.wall:.1f} s wall, {run.cpu:.1f} s CPU vs full {full.wall:.1f} s wall, "
              f"{full.cpu:.1f} s CPU ({run.cpu / full.cpu:.0%} of the full run's CPU for 1% new work)", flush=True)
        runs.append(run)
    return runs


@dataclass(frozen=True)
class Peer:
    sample: int
    summitgraph: float    # s per article, one process, read + extract + store
    full_text: float      # s per article, word_tokenize + ner on the whole text
    by_sentence: float    # s per article, word_tokenize + ner per sentence


def peer_comparison(args: argparse.Namespace, files: list[Path], work: Path) -> Peer:
    chosen = sample(files, args.peer_sample)
    print(f"2. the peer on the same {len(chosen)} articles (a sample spread evenly over the corpus: the peer takes "
          f"seconds per article; CPU time per article, one core each)", flush=True)
    ours = per_article(summitgraph_pipeline(f"sqlite:///{work / 'peer.db'}"), chosen)
    print(f"  summitgraph read + extract + store       {ours * 1000:9.1f} ms CPU/article", flush=True)
    try:
        full = per_article(underthesea_full_text(), chosen)
        print(f"  underthesea word_tokenize + ner, full text {full * 1000:7.1f} ms CPU/article", flush=True)
        sentences = per_article(underthesea_by_sentence(), chosen)
        print(f"  underthesea word_tokenize + ner, by sentence {sentences * 1000:5.1f} ms CPU/article\n", flush=True)
    except ImportError as problem:
        print(f"  underthesea is not installed ({problem}): pip install -e '.[baseline]'\n", flush=True)
        full = sentences = float("nan")
    return Peer(len(chosen), ours, full, sentences)


def signature_cost(files: list[Path], work: Path) -> None:
    """What the near-duplicate signature adds to ingest: each article's read + extract + store (which makes and
    stores the signature) beside the signature alone, CPU per article over the whole corpus."""
    from summitgraph.ingest.runner import Piece, process_batch

    print(f"4. the near-duplicate signature made at ingest, {len(files)} articles (CPU time per article)", flush=True)
    texts = {}
    for path in files:
        results = process_batch([Piece(str(path), "txt", data=path.read_bytes())], frozenset()).results
        texts[path] = getattr(results[0], "article", None)
    pipeline = per_article(summitgraph_pipeline(f"sqlite:///{work / 'signature.db'}"), files)
    print(f"  summitgraph read + extract + store       {pipeline * 1000:9.2f} ms CPU/article", flush=True)
    try:
        from summitgraph.text.minhash import signature
    except ImportError:
        print("  (this tree makes no signature at ingest)\n", flush=True)
        return
    alone = per_article(lambda path: texts[path] is not None and signature(texts[path].text), files)
    print(f"  of which the signature (text/minhash.py) {alone * 1000:9.2f} ms CPU/article "
          f"({alone / pipeline:.1%})\n", flush=True)


def html_comparison(files: list[Path]) -> dict[str, HtmlScore]:
    pages = list(html_pages(files))
    print(f"3. HTML: {len(pages)} pages ({len(files)} articles x {len(LAYOUTS)} layouts: "
          f"{', '.join(LAYOUTS)})", flush=True)
    scores = {}
    for name, extract in html_extractors().items():
        by_layout = score_html(extract, pages)
        scores[name] = by_layout["all"]
        for layout in [*LAYOUTS, "all"]:
            s = by_layout[layout]
            print(f"  {name:<32} {layout:<13} {s.seconds_per_page * 1000:6.1f} ms CPU/page  body recovered "
                  f"{s.body_recall:6.1%}  pages leaking furniture {s.furniture_leak:6.1%}", flush=True)
    print(flush=True)
    return scores


def print_summary(runs: list[Run], peer: Peer | None, html: dict[str, HtmlScore], args: argparse.Namespace) -> None:
    print("Summary (ratios measured in this run)")
    if len(runs) > 1:
        one, pool = runs[0], runs[1]
        print(f"  end to end, one process: {one.per_core:.1f} articles/s/core ({one.per_cpu_second:.1f} per CPU-second); "
              f"with {args.workers} workers: {pool.per_second:.1f} articles/s ({pool.per_core:.1f} per core, "
              f"{pool.per_cpu_second:.1f} per CPU-second)")
    if peer is not None and peer.full_text == peer.full_text:  # not NaN
        print(f"  vs underthesea word_tokenize + ner, full text:   {peer.full_text / peer.summitgraph:6.1f}x faster "
              f"(CPU per article, same {peer.sample} articles; target >= 20x)")
        print(f"  vs underthesea word_tokenize + ner, by sentence: {peer.by_sentence / peer.summitgraph:6.1f}x faster")
    if html:
        bare = html["trafilatura.extract (bare)"].seconds_per_page
        for name, score in html.items():
            if name != "trafilatura.extract (bare)":
                print(f"  {name}: {score.seconds_per_page / bare:.2f}x the CPU time of a bare trafilatura.extract")
    scaled = [r for r in runs if r.label[0].isdigit() and "PostgreSQL" not in r.label and "resolve" not in r.label]
    for run in (r for r in runs if r.label.endswith("resolve")):
        print(f"  {run.articles:>7,} articles, knowledge-base rebuild: {run.wall / 60:5.1f} min wall, "
              f"{run.per_cpu_second:.1f} articles/CPU-s, peak RSS {run.total_rss_mb:.0f} MB")
    for run in scaled:
        print(f"  {run.articles:>7,} articles: {run.wall / 60:5.1f} min wall, {run.per_cpu_second:.1f} articles/CPU-s, "
              f"peak RSS client {run.client_rss_mb:.0f} MB, largest worker {run.worker_rss_mb:.0f} MB")
    if scaled and scaled[-1].articles >= 100_000:
        verdict = "met" if scaled[-1].wall < 600 else "NOT met"
        print(f"  target 100,000 articles in under 10 minutes: {verdict} ({scaled[-1].wall / 60:.1f} min wall; "
              f"{scaled[-1].cpu / (os.cpu_count() or 1) / 60:.1f} min if every core were free for it)")
    if len(scaled) > 1:
        growth = scaled[-1].total_rss_mb / scaled[0].total_rss_mb
        print(f"  memory from {scaled[0].articles:,} to {scaled[-1].articles:,} articles: x{growth:.2f} "
              f"(process tree peak {scaled[0].total_rss_mb:.0f} -> {scaled[-1].total_rss_mb:.0f} MB)")


if __name__ == "__main__":
    sys.exit(main())
