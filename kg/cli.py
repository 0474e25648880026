"""The `kg` command line: a thin layer over the pipeline stages.

Heavy libraries (spaCy above all) are imported inside the commands that need them, so that
`kg query`, `kg stats`, `kg view` and `kg serve` start quickly.
"""

from __future__ import annotations

import sys

import click


class KgError(click.ClickException):
    """An error the user can act on: printed as one line, no traceback."""


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
@click.option("--log", is_flag=True, help="Print one line per request on stderr.")
def serve_command(graph: str, host: str, port: int, timeout: float, max_rows: int, log: bool) -> None:
    """Serve GRAPH (a graph file or oxigraph:DIR) as a read-only SPARQL 1.1 endpoint.

    \b
    GET /sparql?query=... or POST (application/sparql-query, or form field query=);
    results as JSON, XML, CSV or TSV (CONSTRUCT: Turtle, N-Triples, RDF/XML, JSON-LD)
    by the Accept header or format=. A query page with the named queries is at /.
    SPARQL Update and SERVICE are refused. Runs until Ctrl-C.
    """
    from kg.serve import ServeError, serve

    try:
        serve(graph, host=host, port=port, timeout=timeout, max_rows=max_rows, log=log, echo=click.echo)
    except ServeError as exc:
        raise KgError(str(exc)) from None


# ---- kg extract ----


def _read(inputs, strict: bool, progress):
    """The articles of the inputs, and the report of what was skipped."""
    from .articles import ArticleError, ReadReport, read_articles

    report = ReadReport()

    def articles():
        try:
            yield from read_articles(inputs, report, strict=strict)
        except ArticleError as exc:
            raise KgError(str(exc)) from exc

    return articles(), report


def _finish(report, failures: list, progress) -> int:
    """Print the summary of skipped input and give the exit status."""
    from .status import EXIT_SOME_SKIPPED

    for problem in report.skipped + report.warnings:
        progress.note(f"warning: {problem}")
    progress.note(report.summary() + (f"; {len(failures)} failed in extraction" if failures else ""))
    status = report.exit_status()
    if failures and status == 0:
        status = EXIT_SOME_SKIPPED
    return status


def _workers_option(f):
    return click.option("--workers", "-w", type=int, default=None,
                        help="Processes to use (default: the number of cores).")(f)


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), default="-", help="Output JSONL (default: stdout).")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, help="Drop events below this confidence.")
@click.option("--strict", is_flag=True, help="Stop at the first bad file or record.")
@_workers_option
@click.pass_context
def extract(ctx, inputs, output, min_confidence, strict, workers):
    """Extract actors and events: one JSON line per article, in the shape of SCHEMA.md.

    INPUTS are .txt, .jsonl or .csv files, folders (read recursively), or - for standard input.

    \b
    Example:
      kg extract data/samples -o events.jsonl
      python ../shared/eval/score.py GOLD.jsonl events.jsonl
    """
    import json
    from contextlib import nullcontext

    from .parallel import default_workers
    from .pipeline import extract_articles
    from .progress import Progress

    progress = Progress(quiet=ctx.obj["quiet"])
    articles, report = _read(inputs, strict, progress)
    failures = []
    out = sys.stdout if output == "-" else None
    from .export import atomic_writer

    try:
        with (atomic_writer(output) if out is None else nullcontext(out)) as handle:
            for result in extract_articles(articles, workers=workers or default_workers(), on_error=failures.append):
                result.events = [e for e in result.events if e.confidence >= min_confidence]
                handle.write(json.dumps(result.to_json(), ensure_ascii=False) + "\n")
                progress.update(len(result.events))
    finally:
        progress.close()
    for failure in failures:
        progress.note(f"warning: {failure.message()}")
    return _finish(report, failures, progress)


# ---- kg build ----

FORMAT_SUFFIXES = {"turtle": "ttl", "nt": "nt", "json-ld": "jsonld", "trig": "trig"}


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--outdir", type=click.Path(file_okay=False), default="out", show_default=True,
              help="Folder for graph.ttl and graph.html.")
@click.option("--format", "formats", multiple=True, type=click.Choice(sorted(FORMAT_SUFFIXES)),
              help="Also write the graph in these formats (repeatable); Turtle is always written.")
@click.option("--store", "store_spec", default=None,
              help="Where the graph lives: memory (default) or oxigraph:DIR, persistent; new articles are appended.")
@click.option("--level", type=click.Choice(["actor", "country"]), default="actor", show_default=True,
              help="The HTML view: every actor, or people folded into their countries.")
@click.option("--dask", "dask_address", default=None,
              help="Run extraction on a Dask cluster: a scheduler address, or 'local' for a LocalCluster.")
@click.option("--strict", is_flag=True, help="Stop at the first bad file or record.")
@_workers_option
@click.pass_context
def build(ctx, inputs, outdir, formats, store_spec, level, dask_address, strict, workers):
    """Build the graph: extract events and write OUTDIR/graph.ttl and OUTDIR/graph.html.

    \b
    Example:
      kg build data/samples -o out
      kg build news/ --store oxigraph:kgstore --format nt --workers 2
    """
    from pathlib import Path

    from .export import write_graph
    from .parallel import default_workers
    from .pipeline import BuildSummary, add_results, extract_articles
    from .progress import Progress
    from .store import open_store

    progress = Progress(quiet=ctx.obj["quiet"])
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    graph = open_store(store_spec)
    summary = BuildSummary()
    failures: list = []
    articles, report = _read(inputs, strict, progress)
    try:
        if dask_address:
            from .dask_build import build_with_dask

            build_with_dask(articles, dask_address, out, graph=graph, summary=summary)
        else:
            results = extract_articles(articles, workers=workers or default_workers(), on_error=failures.append)
            add_results(graph, results, summary, on_result=lambda r: progress.update(len(r.events)))
    finally:
        progress.close()
    if summary.articles == 0 and report.read == 0:
        progress.note(report.summary())
        raise KgError("no article could be read: nothing was written")
    written = [write_graph(graph, out / "graph.ttl")]
    for fmt in formats:
        if fmt != "turtle":
            written.append(write_graph(graph, out / f"graph.{FORMAT_SUFFIXES[fmt]}", fmt))
    from .view import write_html

    write_html(graph, out / "graph.html", level=level)
    written.append(out / "graph.html")
    if not ctx.obj["quiet"]:
        for line in summary.lines():
            click.echo(line)
        click.echo(f"triples: {len(graph)}")
        click.echo("wrote: " + ", ".join(str(p) for p in written))
    for failure in failures:
        progress.note(f"warning: {failure.message()}")
    return _finish(report, failures, progress)


def main(argv: list[str] | None = None) -> None:
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    try:
        status = cli.main(args=argv, prog_name="kg", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("kg: interrupted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        click.echo("kg: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # the one place that turns any failure into one clear line
        if debug:
            raise
        click.echo(f"kg: error: {type(exc).__name__}: {exc} (run with --debug for the traceback)", err=True)
        sys.exit(1)
    sys.exit(status if isinstance(status, int) else 0)


if __name__ == "__main__":
    main()
