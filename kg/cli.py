"""The `kg` command line: a thin layer over the pipeline stages.

Heavy libraries (spaCy above all) are imported inside the commands that need them, so that
`kg query`, `kg stats`, `kg view` and `kg serve` start quickly.
"""

from __future__ import annotations

import sys

import click

from .read.status import EXIT_NOTHING_READ


class KgError(click.ClickException):
    """An error the user can act on: printed as one line, no traceback."""


class NothingReadError(KgError):
    exit_code = EXIT_NOTHING_READ


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show full tracebacks on errors.")
@click.option("--quiet", "-q", is_flag=True, help="Print only errors.")
@click.version_option(package_name="kg")
@click.pass_context
def cli(ctx: click.Context, debug: bool, quiet: bool) -> None:
    """Build a knowledge graph of diplomatic events from news articles.

    \b
    Example:
      kg build data/samples -o out      # graph.ttl and graph.html in out/
      kg query out/graph.ttl visits     # a named SPARQL query
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug
    ctx.obj["quiet"] = quiet


# ---- commands are registered below, one section each ----


# ---- kg view ----


@cli.command("view")
@click.argument("graph")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    default=None,
    help="The HTML file to write (default: GRAPH with the suffix .html).",
)
@click.option(
    "--level",
    type=click.Choice(["actor", "country"]),
    default="actor",
    show_default=True,
    help="Every actor, or people and organisations folded into their countries.",
)
@click.option("--title", default=None, help="Page title (default: the graph file name).")
@click.option("--open", "open_browser", is_flag=True, help="Open the page in a web browser.")
@click.pass_context
def view_command(ctx, graph, output, level, title, open_browser):
    """Write an interactive, offline HTML network of GRAPH (a .ttl/.nt/.jsonld/.trig file or oxigraph:DIR).

    \b
    Example:
      kg view out/graph.ttl                  # writes out/graph.html
      kg view out/graph.ttl --level country -o out/countries.html --open
    """
    from pathlib import Path

    from .graph.oxigraph import SPEC_PREFIX
    from .view import write_html

    if output is None:
        if graph.startswith(SPEC_PREFIX):
            raise KgError(f"{graph}: give the page's file name with -o FILE.html")
        output = Path(graph).with_suffix(".html")
    loaded = _open_graph(graph)
    try:
        summary = write_html(loaded, output, level=level, title=title or f"kg: {Path(graph).name}")
    except OSError as exc:
        raise KgError(f"{output}: cannot write: {exc.strerror or exc}") from None
    if summary.warning:
        click.echo(f"kg: warning: {summary.warning}", err=True)
    if not ctx.obj["quiet"]:
        click.echo(f"wrote {output}: {summary.nodes} nodes, {summary.edges} edges, {summary.events} events")
    if open_browser:
        import webbrowser

        webbrowser.open(Path(output).resolve().as_uri())


# ---- kg query ----


def _open_graph(spec: str):
    """A graph file or oxigraph:DIR, loaded; a KgError naming it when that fails."""
    from .graph.store import GraphLoadError, load_graph

    try:
        return load_graph(spec)
    except GraphLoadError as exc:
        raise KgError(str(exc)) from None


class _QueryCommand(click.Command):
    """Lists the named queries (kg/query/queries/*.rq) at the end of the help text."""

    def format_epilog(self, ctx, formatter):
        from .query import named_queries

        with formatter.section("Named queries"):
            formatter.write_dl(
                [
                    (q.name, q.summary + (f" [--param {', '.join(q.params)}]" if q.params else ""))
                    for q in named_queries().values()
                ]
            )
        super().format_epilog(ctx, formatter)


@cli.command("query", cls=_QueryCommand)
@click.argument("graph", required=False)
@click.argument("query", required=False)
@click.option("-q", "--sparql", "sparql", default=None, help="A SPARQL query given inline.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default=None,
    help="Result format (default: table on a terminal, csv otherwise). json is SPARQL 1.1 JSON results.",
)
@click.option(
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="Fill the query's VALUES ?NAME clause with the string VALUE; limit=N and offset=N "
    "page a list query (default: the newest 100 events). Repeatable.",
)
@click.option(
    "--raw-csv",
    is_flag=True,
    help="Write CSV cells as they are: by default a cell starting with = + - @ gets a leading ' so that "
    "a spreadsheet shows it instead of running it as a formula.",
)
@click.option("--list", "list_queries", is_flag=True, help="List the named queries and exit.")
def query_command(graph, query, sparql, fmt, params, raw_csv, list_queries):
    """Run a SPARQL query on GRAPH (a .ttl/.nt/.jsonld/.trig file or oxigraph:DIR).

    QUERY is a named query (listed below), a .rq file, or use -q 'SPARQL'.
    Prefixes dip:, kgr:, nif:, prov:, schema:, rdfs:, ... need no PREFIX lines.

    \b
    Example:
      kg query out/graph.ttl visits
      kg query out/graph.ttl visits --param limit=20 --param offset=20   # the second page of 20
      kg query out/graph.ttl actor --param actor=Shoigu --format json
      kg query out/graph.ttl -q 'SELECT (COUNT(*) AS ?n) WHERE { ?e a dip:Visit }'
    """
    from .query import FORMATTERS, QueryError, apply_params, format_csv, named_queries, resolve, run_query

    if list_queries:
        for q in named_queries().values():
            click.echo(f"{q.name:<16} {q.summary}")
        return 0
    if not graph:
        raise KgError("missing GRAPH: kg query GRAPH (NAME | FILE.rq | -q SPARQL); kg query --list names the queries")
    if (query is None) == (sparql is None):
        raise KgError("give one query: a NAME, a FILE.rq, or -q 'SPARQL' (kg query --list names the queries)")
    values = {}
    for item in params:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise KgError(f"--param {item!r}: expected NAME=VALUE")
        if name.strip() in values:
            raise KgError(f"--param {name.strip()} is given twice: give each parameter once")
        values[name.strip()] = value
    try:
        text, info = resolve(query) if query is not None else (sparql, None)
        text = apply_params(text, values, info)
        loaded = _open_graph(graph)
        names, rows = run_query(loaded, text)
    except QueryError as exc:
        raise KgError(str(exc)) from None
    fmt = fmt or ("table" if sys.stdout.isatty() else "csv")
    click.echo(format_csv(names, rows, raw=raw_csv) if fmt == "csv" else FORMATTERS[fmt](names, rows), nl=False)
    return 0


# ---- kg validate ----


@cli.command("validate")
@click.argument("graph")
def validate_command(graph):
    """Check GRAPH against the SHACL shapes of ontology/shapes.ttl; exit 1 on any violation.

    \b
    Example:
      kg validate out/graph.ttl
    """
    from .graph.validate import validate_graph

    loaded = _open_graph(graph)
    conforms, violations = validate_graph(loaded)
    if conforms:
        click.echo(f"{graph}: conforms ({len(loaded)} triples)")
        return 0
    for line in violations:
        click.echo(f"{graph}: {line}")
    click.echo(f"{graph}: does not conform: {len(violations)} violation(s)", err=True)
    return 1


# ---- kg stats ----


@cli.command("stats")
@click.argument("graph")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option(
    "--top", default=10, show_default=True, type=click.IntRange(min=1), help="Rows of the country and dyad rankings."
)
def stats_command(graph, fmt, top):
    """Count actors by kind and events by type, country and month; rank the most active dyads.

    \b
    Example:
      kg stats out/graph.ttl --format json
    """
    from .query.stats import graph_stats, stats_json, stats_text

    stats = graph_stats(_open_graph(graph), top=top)
    click.echo(stats_json(stats) if fmt == "json" else stats_text(stats), nl=False)
    return 0


# ---- kg push ----


@cli.command("push")
@click.argument("graph")
@click.option(
    "--endpoint", required=True, help="Graph Store endpoint URL, e.g. http://127.0.0.1:7878/store for `oxigraph serve`."
)
@click.option("--graph", "graph_iri", default=None, help="Target named graph IRI (default: the default graph).")
@click.option("--replace", is_flag=True, help="Replace the target graph (HTTP PUT) instead of adding to it (POST).")
@click.pass_context
def push_command(ctx, graph, endpoint, graph_iri, replace):
    """Send GRAPH to a SPARQL 1.1 Graph Store HTTP Protocol endpoint as N-Triples.

    \b
    Example:
      oxigraph serve --location store --bind 127.0.0.1:7878 &
      kg push out/graph.ttl --endpoint http://127.0.0.1:7878/store
    """
    from .graph.push import PushError, push_graph

    loaded = _open_graph(graph)
    try:
        sent = push_graph(loaded, endpoint, graph_iri=graph_iri, replace=replace)
    except PushError as exc:
        raise KgError(str(exc)) from None
    if not ctx.obj["quiet"]:
        click.echo(f"pushed {sent} triples to {endpoint} ({'graph ' + graph_iri if graph_iri else 'default graph'})")
    return 0


# ---- kg serve ----


@cli.command("serve")
@click.argument("graph")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535),
              help="Port to listen on (0: any free port).")  # fmt: skip
@click.option("--timeout", default=10.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds a query may run before it is stopped (503).")  # fmt: skip
@click.option("--max-rows", default=10_000, show_default=True, type=click.IntRange(min=1),
              help="Rows (triples for CONSTRUCT) per answer; longer results are cut and marked "
                   "with the X-KG-Truncated header.")  # fmt: skip
@click.option("--workers", default=4, show_default=True, type=click.IntRange(1, 64),
              help="Queries run at the same time (one worker process each; more wait their turn). A query "
                   "running past 0.5 s hands its place to a new worker, for up to as many slow queries.")  # fmt: skip
@click.option("--log", is_flag=True, help="Print one line per request on stderr.")
def serve_command(graph: str, host: str, port: int, timeout: float, max_rows: int, workers: int,
                  log: bool) -> None:  # fmt: skip
    """Serve GRAPH (a graph file or oxigraph:DIR) as a read-only SPARQL 1.1 endpoint.

    \b
    GET /sparql?query=... or POST (application/sparql-query, or form field query=);
    results as JSON, XML, CSV or TSV (CONSTRUCT: Turtle, N-Triples, RDF/XML, JSON-LD)
    by the Accept header or format=. A query page with the named queries is at /.
    SPARQL Update and SERVICE are refused. Runs until Ctrl-C.
    """
    from kg.serve import ServeError, serve

    try:
        serve(
            graph, host=host, port=port, timeout=timeout, max_rows=max_rows, workers=workers, log=log, echo=click.echo
        )
    except ServeError as exc:
        raise KgError(str(exc)) from None


# ---- kg extract ----


def _input_options(f):
    """The options of `kg extract` and `kg build` that say how to read the inputs (kg.read.articles.ReadOptions)."""
    options = [
        click.option(
            "--dayfirst/--monthfirst",
            "dayfirst",
            default=None,
            help="Read a date such as 04/03/2024 day-first (4 March) or month-first (April 3). Without "
            "either, such a date is ambiguous: set to null with a warning.",
        ),
        click.option(
            "--column",
            "columns",
            multiple=True,
            metavar="FIELD=NAME",
            help="Read FIELD (id, text, title, published, source, url) from the column or JSON key NAME, "
            "e.g. --column published=publish_date. Repeatable. Common export names are known "
            "(data/input_columns.csv).",
        ),
        click.option(
            "--encoding",
            default=None,
            help="The encoding of the input files, e.g. cp1252 (default: UTF-8, else detected, with a warning).",
        ),
        click.option(
            "--published",
            default=None,
            metavar="DATE",
            help="The publication date of .txt and plain-text stdin articles (default: the date of a "
            "dateline opening the text, e.g. 'MANILA, February 12, 2024 (Reuters) -').",
        ),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def _read(inputs, strict: bool, progress, reading: dict):
    """The articles of the inputs, and the report of what was skipped; `reading`: the input options."""
    from .read.articles import ArticleError, ReadReport, read_articles, read_options

    report = ReadReport()
    try:
        options = read_options(**reading)
    except ValueError as exc:
        raise KgError(str(exc)) from None

    def articles():
        try:
            yield from read_articles(inputs, report, strict=strict, options=options)
        except ArticleError as exc:
            raise KgError(str(exc)) from exc

    return articles(), report


def _import_spacy() -> None:
    """spaCy imported without its command line (kg/spacy_import.py): only here, in the `kg` command's own process."""
    from .spacy_import import import_spacy

    import_spacy()


def _begin_start_up() -> None:
    """Until the model is loaded: compiled regular expressions from kg's cache, no automatic garbage collection
    (kg/spacy_import.py). `kg extract` and `kg build` only."""
    from .spacy_import import begin_start_up

    begin_start_up()


def _end_start_up() -> None:
    """The end of _begin_start_up(), if it began (kg.run.parallel ends it as soon as the model is loaded)."""
    if "kg.spacy_import" in sys.modules:
        from .spacy_import import end_start_up

        end_start_up()


def _notes(report, progress) -> None:
    for problem in report.notes:
        progress.note(f"note: {problem}")
    for problem in report.skipped + report.warnings:
        progress.note(f"warning: {problem}")


def _nothing_read(report, progress) -> KgError:
    """The error that ends a run in which not one article could be read (exit status 4)."""
    _notes(report, progress)
    progress.note(report.summary())
    return NothingReadError("no article could be read: nothing was written")


def _nothing_extracted(report, failures: list, progress) -> KgError:
    """The error that ends a run in which articles were read but not one was extracted (exit status 4)."""
    for failure in failures:
        progress.note(f"warning: {failure.message()}")
    _notes(report, progress)
    progress.note(report.summary() + f"; {len(failures)} failed in extraction")
    return NothingReadError(
        f"none of the {report.read} articles read could be extracted: nothing was written, "
        "earlier outputs are left as they were"
    )


def _finish(report, failures: list, extracted: int, progress) -> int:
    """Print the failures and the summary of skipped input, and give the exit status."""
    from .read.status import EXIT_SOME_SKIPPED

    for failure in failures:
        progress.note(f"warning: {failure.message()}")
    _notes(report, progress)
    progress.note(report.summary() + (f"; {len(failures)} failed in extraction" if failures else ""))
    if len(failures) > extracted:  # loud even with --quiet: the output holds less than half of what was read
        click.echo(
            f"kg: warning: MOST ARTICLES FAILED: {len(failures)} of {len(failures) + extracted} articles "
            f"failed in extraction, only {extracted} went in (the reasons are above)",
            err=True,
        )
    status = report.exit_status()
    if failures and status == 0:
        status = EXIT_SOME_SKIPPED
    return status


def _workers_option(f):
    return click.option(
        "--workers", "-w", type=int, default=None, help="Processes to use (default: the number of cores)."
    )(f)


def _known_people_option(f):
    return click.option(
        "--known-people/--no-known-people",
        default=True,
        show_default=True,
        help="Use data/gazetteer/people.csv to name and place political figures.",
    )(f)


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), default="-", help="Output JSONL (default: stdout).")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, help="Drop events below this confidence.")
@click.option("--strict", is_flag=True, help="Stop at the first bad file or record.")
@_input_options
@_workers_option
@_known_people_option
@click.pass_context
def extract(ctx, inputs, output, min_confidence, strict, workers, known_people, **reading):
    """Extract actors and events: one JSON line per article, in the shape of docs/evaluation.md.

    INPUTS are .txt, .jsonl or .csv files, folders (read recursively), or - for standard input.

    \b
    Example:
      kg extract data/samples -o events.jsonl
      kg evaluate GOLD.jsonl events.jsonl     # how good: see docs/evaluation.md
    """
    from contextlib import nullcontext
    from functools import partial

    from .run.parallel import default_workers, json_line
    from .run.pipeline import extract_articles
    from .run.progress import Progress

    progress = Progress(quiet=ctx.obj["quiet"])
    _begin_start_up()
    ctx.call_on_close(_end_start_up)  # at the latest (kg.run.parallel ends it once the model is loaded)
    articles, report = _read(inputs, strict, progress, reading)
    _import_spacy()
    failures = []
    out = sys.stdout if output == "-" else None
    from .graph.export import atomic_writer

    extracted = 0
    try:
        with atomic_writer(output) if out is None else nullcontext(out) as handle:
            for line, events in extract_articles(
                articles,
                workers=workers or default_workers(),
                on_error=failures.append,
                known_people=known_people,
                encode=partial(json_line, min_confidence=min_confidence),  # made in the workers
            ):
                handle.write(line)
                extracted += 1
                progress.update(events)
            if report.read == 0:
                raise _nothing_read(report, progress)
            if extracted == 0:
                raise _nothing_extracted(report, failures, progress)
    finally:
        progress.close()
    status = _finish(report, failures, extracted, progress)
    _quick_exit["ok"] = True  # the output is written and in place (atomic_writer), the workers stopped
    return status


# ---- kg evaluate ----


@cli.command("evaluate")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.argument("predicted", type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--level",
    type=click.Choice(["country", "actor"]),
    default="country",
    show_default=True,
    help="The pairing whose attribute agreement and errors are reported (both levels are scored).",
)
@click.option("--errors", is_flag=True, help="List the missed and the spurious events.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@click.option(
    "--fail-under",
    type=click.FloatRange(0, 1),
    default=None,
    help="Exit 1 when the overall country-level F1 is below this.",
)
def evaluate_command(gold, predicted, level, errors, as_json, fail_under):
    """Score PREDICTED (from kg extract) against GOLD, both JSONL, one article per line.

    Events are paired one to one per type; precision, recall and F1 at country and actor level, then
    the agreement of location, date, polarity and modality, and the entity scores. The gold format and
    the annotation rules are in docs/evaluation.md.

    \b
    Example:
      kg extract gold.jsonl -o predicted.jsonl
      kg evaluate gold.jsonl predicted.jsonl --errors
    """
    from .evaluate import EvaluationError, evaluate_files, report_json, report_text

    try:
        result = evaluate_files(gold, predicted, level)
    except EvaluationError as exc:
        raise KgError(str(exc)) from None
    click.echo(report_json(result, errors) if as_json else report_text(result, errors), nl=False)
    overall = result.to_json()["country"]["overall"]["f1"]
    if fail_under is not None and overall < fail_under:
        click.echo(f"kg: overall country-level F1 {overall:.3f} is under {fail_under}", err=True)
        return 1
    return 0


# ---- kg build ----

FORMAT_SUFFIXES = {"turtle": "ttl", "nt": "nt", "json-ld": "jsonld", "trig": "trig"}


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "-o",
    "--outdir",
    type=click.Path(file_okay=False),
    default="out",
    show_default=True,
    help="Folder for graph.ttl and graph.html.",
)
@click.option(
    "--format",
    "formats",
    multiple=True,
    type=click.Choice(sorted(FORMAT_SUFFIXES)),
    help="Also write the graph in these formats (repeatable); Turtle is always written.",
)
@click.option(
    "--store",
    "store_spec",
    default=None,
    help="Where the graph lives: memory (default) or oxigraph:DIR, persistent; new articles are appended.",
)
@click.option(
    "--level",
    type=click.Choice(["actor", "country"]),
    default="actor",
    show_default=True,
    help="The HTML view: every actor, or people folded into their countries.",
)
@click.option(
    "--dask",
    "dask_address",
    default=None,
    help="Run extraction on a Dask cluster: a scheduler address, or 'local' for a LocalCluster.",
)
@click.option(
    "--keep-shards",
    is_flag=True,
    help="With --dask: keep OUTDIR/shards/ (a copy of every article's text, and its triples) after loading.",
)
@click.option("--strict", is_flag=True, help="Stop at the first bad file or record.")
@_input_options
@_workers_option
@_known_people_option
@click.pass_context
def build(
    ctx, inputs, outdir, formats, store_spec, level, dask_address, keep_shards, strict, workers, known_people, **reading
):
    """Build the graph: extract events and write OUTDIR/graph.ttl and OUTDIR/graph.html.

    \b
    Example:
      kg build data/samples -o out
      kg build news/ --store oxigraph:kgstore --format nt --workers 2
    """
    from pathlib import Path

    from .graph.export import write_graph
    from .graph.people import join_people
    from .graph.store import open_store
    from .graph.totals import refresh_totals
    from .query.stats import graph_summary_lines
    from .run.parallel import default_workers
    from .run.pipeline import BuildSummary, add_results, extract_articles
    from .run.progress import Progress

    progress = Progress(quiet=ctx.obj["quiet"])
    _begin_start_up()
    ctx.call_on_close(_end_start_up)  # at the latest (kg.run.parallel ends it once the model is loaded)
    articles, report = _read(inputs, strict, progress, reading)
    _import_spacy()
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    graph = open_store(store_spec)
    summary = BuildSummary()
    failures: list = []
    try:
        if dask_address:
            from .run.dask_build import build_with_dask

            _end_start_up()  # the model is loaded by the Dask workers
            build_with_dask(
                articles,
                dask_address,
                out,
                graph=graph,
                summary=summary,
                on_error=failures.append,
                keep_shards=keep_shards,
                known_people=known_people,
            )
        else:
            results = extract_articles(
                articles, workers=workers or default_workers(), on_error=failures.append, known_people=known_people
            )
            add_results(graph, results, summary, on_result=lambda r: progress.update(len(r.events)))
    finally:
        progress.close()
    if summary.articles == 0 and report.read == 0:
        raise _nothing_read(report, progress)
    if summary.articles == 0:
        raise _nothing_extracted(report, failures, progress)
    join_people(graph)  # one node per person: a name read without its country joins the one with it
    refresh_totals(graph)  # the counts the named queries read (kg/graph/totals.py), kept in the store
    written = [write_graph(graph, out / "graph.ttl")]
    for fmt in formats:
        if fmt != "turtle":
            written.append(write_graph(graph, out / f"graph.{FORMAT_SUFFIXES[fmt]}", fmt))
    from .view import write_html

    view = write_html(graph, out / "graph.html", level=level)
    if view.warning:
        progress.note(f"warning: {view.warning}")
    written.append(out / "graph.html")
    if not ctx.obj["quiet"]:
        scope = "store, all runs" if store_spec and store_spec != "memory" else "graph"
        for line in summary.lines() + graph_summary_lines(graph, scope):
            click.echo(line)
        click.echo("wrote: " + ", ".join(str(p) for p in written))
    return _finish(report, failures, summary.articles, progress)


def _show_error(exc: click.ClickException) -> None:
    """Every error as `kg: error: ...` (click's own would say `Error: ...`); usage errors keep their usage line."""
    ctx = getattr(exc, "ctx", None)
    if isinstance(exc, click.UsageError) and ctx is not None:
        click.echo(ctx.get_usage(), err=True)
        click.echo(f"Try '{ctx.command_path} {ctx.help_option_names[0]}' for help.", err=True)
    click.echo(f"kg: error: {exc.format_message()}", err=True)


def main(argv: list[str] | None = None) -> None:
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    _quick_exit["ok"] = False
    try:
        status = cli.main(args=argv, prog_name="kg", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("kg: interrupted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        _show_error(exc)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        click.echo("kg: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # the one place that turns any failure into one clear line
        if debug:
            raise
        click.echo(f"kg: error: {type(exc).__name__}: {exc} (run with --debug for the traceback)", err=True)
        sys.exit(1)
    status = status if isinstance(status, int) else 0
    if argv is None and _quick_exit["ok"]:
        _exit_now(status)
    sys.exit(status)


# Set by a command whose outputs are written and closed when it returns (kg extract): the process may then end
# without Python's shutdown, which frees the model's ~180,000 objects one by one and tears down every module
# (0.2 to 0.5 s of CPU on every run, nothing written; docs/workers.md).
_quick_exit = {"ok": False}


def _exit_now(status: int) -> None:
    """os._exit(status) once the standard streams are flushed; the usual sys.exit when a flush fails (a closed
    pipe), so that Python reports it as it would."""
    import os

    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        sys.exit(status)
    os._exit(status)


if __name__ == "__main__":
    main()
