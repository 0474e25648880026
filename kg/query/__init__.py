"""SPARQL over a graph: named queries (kg/query/queries/*.rq), parameters, and result formatting.

A named query's first comment line says what it returns. A line `# param: NAME ...` declares a
parameter; `--param NAME=VALUE` replaces the values of the query's `VALUES ?NAME { ... }` clauses
with the string VALUE, so every .rq file stays a plain, runnable SPARQL query.

The list queries return a page (default 100 events, newest first): `--param limit=N` and
`--param offset=N` (whole numbers) set the numbers of the query's `OFFSET n LIMIT n` clause and of
its `?newer < OFFSET + LIMIT` filter, which picks the days that hold the page (see kg/graph/totals.py).
Queries that read the totals of kg/graph/totals.py get them counted first when the graph has none.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

from kg.resources import QUERIES


class QueryError(ValueError):
    """A query that cannot be found, parameterised, parsed or run; the message is one line."""


@dataclass(frozen=True)
class NamedQuery:
    name: str
    path: Path
    summary: str
    params: tuple[str, ...]
    required: tuple[str, ...]


def _header(text: str) -> tuple[str, list[str], list[str]]:
    summary, params, required = "", [], []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        body = line.lstrip("#").strip()
        match = re.match(r"param:\s*(\w+)(.*)", body)
        if match:
            params.append(match.group(1))
            if "(required)" in match.group(2):
                required.append(match.group(1))
        elif not summary:
            summary = body
    return summary, params, required


def read_query(path: Path) -> NamedQuery:
    summary, params, required = _header(path.read_text(encoding="utf-8"))
    return NamedQuery(path.stem, path, summary, tuple(params), tuple(required))


def named_queries() -> dict[str, NamedQuery]:
    return {path.stem: read_query(path) for path in sorted(QUERIES.glob("*.rq"))}


def resolve(query: str) -> tuple[str, NamedQuery | None]:
    """The SPARQL text for a named query, a .rq file path, or a query string, with its header if any."""
    if re.fullmatch(r"[\w-]+", query):
        path = QUERIES / f"{query}.rq"
        if path.is_file():
            return path.read_text(encoding="utf-8"), read_query(path)
        if not Path(query).is_file():
            names = ", ".join(named_queries())
            raise QueryError(f"no named query {query!r} (named queries: {names})")
    path = Path(query)
    if path.suffix == ".rq" or path.is_file():
        if not path.is_file():
            raise QueryError(f"{path}: no such query file")
        return path.read_text(encoding="utf-8"), read_query(path)
    return query, None


def _sparql_string(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


PAGE_PARAMS = ("offset", "limit")
_PAGE = re.compile(r"\bOFFSET\s+(\d+)\s+LIMIT\s+(\d+)", re.IGNORECASE)
_PAGE_DAYS = re.compile(r"(\?newer\s*<\s*)\d+\s*\+\s*\d+")


def apply_params(sparql: str, params: dict[str, str], info: NamedQuery | None = None) -> str:
    missing = [name for name in info.required if name not in params] if info is not None else []
    if info is not None and missing:
        raise QueryError(f"query {info.name!r} needs --param {missing[0]}=VALUE ({info.summary})")
    page = {name: value for name, value in params.items() if name in PAGE_PARAMS}
    if page:  # before the strings go in, which could hold text that looks like a page
        sparql = _apply_page(sparql, page)
    for name, value in params.items():
        if name in PAGE_PARAMS:
            continue
        pattern = re.compile(r"VALUES\s+\?" + re.escape(name) + r"\s*\{[^}]*\}")
        if not pattern.search(sparql):
            raise QueryError(f"--param {name}: the query has no 'VALUES ?{name} {{ ... }}' clause to fill")
        clause = f"VALUES ?{name} {{ {_sparql_string(value)} }}"
        sparql = pattern.sub(clause.replace("\\", "\\\\"), sparql)  # backslashes doubled: taken as written
    return sparql


def _apply_page(sparql: str, page: dict[str, str]) -> str:
    """The page of a list query: its `OFFSET n LIMIT n` clause and its `?newer < OFFSET + LIMIT` filters."""
    match = _PAGE.search(sparql)
    if match is None:
        raise QueryError(f"--param {next(iter(page))}: the query has no 'OFFSET n LIMIT n' clause to set")
    numbers = {"offset": int(match.group(1)), "limit": int(match.group(2))}
    for name, value in page.items():
        if not re.fullmatch(r"\s*\d{1,9}\s*", value):
            raise QueryError(f"--param {name}={value!r}: expected a whole number")
        numbers[name] = int(value)
    offset, limit = numbers["offset"], numbers["limit"]
    sparql = _PAGE.sub(f"OFFSET {offset} LIMIT {limit}", sparql)
    return _PAGE_DAYS.sub(lambda m: f"{m.group(1)}{offset} + {limit}", sparql)


def check_nesting(sparql: str) -> None:
    """Refuse, before parsing, a query nested deeper than Oxigraph's parser takes (it crashes)."""
    from kg.query.lexing import nesting_error

    message = nesting_error(sparql)
    if message:
        raise QueryError(f"SPARQL query refused: {message}")


def run_query(graph, sparql: str, params: dict[str, str] | None = None) -> tuple[list[str], list[tuple]]:
    """(variable names, rows of rdflib terms or None). ASK gives one row (bool); CONSTRUCT/DESCRIBE s, p, o."""
    if params:
        sparql = apply_params(sparql, params)
    check_nesting(sparql)
    from kg.graph.oxigraph import oxigraph_of
    from kg.graph.totals import TOTALS, ensure_totals

    store = oxigraph_of(graph)
    if store is not None and TOTALS in sparql:
        ensure_totals(store)
    try:
        if store is not None:
            return _run_oxigraph(store, graph, sparql)
        result = graph.query(sparql)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {exc}") from None
    except Exception as exc:  # rdflib's own engine (non-Oxigraph graphs) raises pyparsing errors
        if type(exc).__name__ in ("ParseException", "ParseSyntaxException"):
            raise QueryError(f"SPARQL syntax error: {exc}") from None
        if isinstance(exc, (RuntimeError, ValueError, OSError)):
            raise QueryError(f"SPARQL query failed: {exc}") from None
        raise
    if result.type == "ASK":
        return ["ask"], [(bool(result.askAnswer),)]
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return ["subject", "predicate", "object"], [tuple(t) for t in result.graph]
    names = [str(v) for v in result.vars]
    return names, [tuple(row) for row in result]


def _run_oxigraph(store, graph, sparql: str) -> tuple[list[str], list[tuple]]:
    """run_query on an Oxigraph store, straight through pyoxigraph: each distinct term becomes an rdflib
    term once (converting every cell, as rdflib's wrapper does, costs more than the query on a page)."""
    import pyoxigraph as ox
    from rdflib import BNode, Literal, URIRef

    from kg.graph.oxigraph import graph_name

    terms: dict = {}

    def term(value):
        if value is None:
            return None
        found = terms.get(value)
        if found is None:
            if isinstance(value, ox.NamedNode):
                found = URIRef(value.value)
            elif isinstance(value, ox.BlankNode):
                found = BNode(value.value)
            elif isinstance(value, ox.Literal):
                found = (
                    Literal(value.value, lang=value.language)
                    if value.language
                    else Literal(value.value, datatype=URIRef(value.datatype.value))
                )
            else:  # an RDF-star triple
                found = (term(value.subject), term(value.predicate), term(value.object))
            terms[value] = found
        return found

    prefixes = {prefix: str(namespace) for prefix, namespace in graph.namespaces()}
    result = store.query(sparql, prefixes=prefixes, default_graph=graph_name(graph))
    if isinstance(result, ox.QueryBoolean):
        return ["ask"], [(bool(result),)]
    if isinstance(result, ox.QueryTriples):
        triples = (tuple(term(t) for t in (triple.subject, triple.predicate, triple.object)) for triple in result)
        return ["subject", "predicate", "object"], list(dict.fromkeys(triples))
    return [v.value for v in result.variables], [tuple(term(t) for t in row) for row in result]


# ---- formatting


def _plain(term) -> str:
    if term is None:
        return ""
    if isinstance(term, bool):
        return "true" if term else "false"
    return str(term)


def _short(term, prefixes: dict[str, str]) -> str:
    from rdflib import URIRef

    if isinstance(term, URIRef):
        text = str(term)
        for prefix, namespace in prefixes.items():
            if text.startswith(namespace):
                return f"{prefix}:{text[len(namespace) :]}"
        return text
    return _plain(term)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?")


def _spreadsheet_safe(cell: str) -> str:
    """A cell a spreadsheet will not run as a formula: one starting with = + - @ (OWASP) gets a leading quote.

    Plain numbers such as -3 are left as they are.
    """
    if cell.startswith(_FORMULA_START) and not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def format_csv(names: list[str], rows: list[tuple], raw: bool = False) -> str:
    """CSV with a header row; cells that would run as spreadsheet formulas are neutralised unless `raw`."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    cell = _plain if raw else (lambda term: _spreadsheet_safe(_plain(term)))
    writer.writerow(names if raw else [_spreadsheet_safe(name) for name in names])
    for row in rows:
        writer.writerow([cell(term) for term in row])
    return buffer.getvalue()


def _json_term(term) -> dict:
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    if isinstance(term, Literal):
        data = {"type": "literal", "value": str(term)}
        if term.language:
            data["xml:lang"] = term.language
        elif term.datatype and str(term.datatype) != "http://www.w3.org/2001/XMLSchema#string":
            data["datatype"] = str(term.datatype)
        return data
    return {"type": "literal", "value": _plain(term)}


def format_json(names: list[str], rows: list[tuple]) -> str:
    """SPARQL 1.1 Query Results JSON."""
    if names == ["ask"] and len(rows) == 1 and isinstance(rows[0][0], bool):
        return json.dumps({"head": {}, "boolean": rows[0][0]}, indent=2) + "\n"
    bindings = [{name: _json_term(term) for name, term in zip(names, row) if term is not None} for row in rows]
    return json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}}, indent=2, ensure_ascii=False) + "\n"


def _cell(text: str, width: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_table(names: list[str], rows: list[tuple], prefixes: dict[str, str] | None = None) -> str:
    """A plain aligned table: IRIs shortened with the graph's prefixes, long cells cut at 80 characters."""
    from kg.graph.rdf import PREFIXES

    prefixes = prefixes or PREFIXES
    cells = [[_cell(_short(term, prefixes)) for term in row] for row in rows]
    widths = [max([len(name)] + [len(row[i]) for row in cells]) for i, name in enumerate(names)]
    lines = ["  ".join(name.ljust(w) for name, w in zip(names, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


FORMATTERS = {"table": format_table, "csv": format_csv, "json": format_json}
