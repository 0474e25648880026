"""Checks a SPARQL request before it reaches the engine: the query form, SPARQL Update, SERVICE,
nesting depth, and the result format the client asks for.

The checks read the query with a small lexer that blanks out comments, string literals, IRIs and
the escaped characters of prefixed names, so a keyword counts only where SPARQL's grammar could
see one: `# SERVICE` or `"SERVICE"` pass, `?s ?p ?o.SERVICE <x> {}` or `SERVICE:x {}` do not.
When in doubt the lexer leaves text visible (an unclosed string hides nothing), so it may refuse
an odd query but never lets a SERVICE through.
"""

from __future__ import annotations

import re

from kg.query.lexing import nesting_error, visible_text

# Not a keyword when glued to a name: ?SERVICE, ex:SERVICE, _:SERVICE, "x"@service, ServiceX.
SERVICE = re.compile(r"(?<![\w:?$@])SERVICE(?!\w)", re.IGNORECASE)
FORM = re.compile(
    r"(?<![\w:?$@])(SELECT|ASK|CONSTRUCT|DESCRIBE"
    r"|INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)(?![\w:.-])",
    re.IGNORECASE,
)
UPDATE_FORMS = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}
GRAPH_FORMS = {"CONSTRUCT", "DESCRIBE"}
PREFIX_DECLARED = re.compile(r"(?<![\w:?$@])PREFIX\s+([A-Za-z][\w.-]*)?:", re.IGNORECASE)
PREFIX_USED = re.compile(r"(?<![\w:?$@.-])([A-Za-z][\w.-]*)?:")
CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")

# name: (Content-Type sent, media types that select it); the first of each table is the default.
RESULT_FORMATS = {
    "json": ("application/sparql-results+json", ("application/sparql-results+json", "application/json")),
    "xml": ("application/sparql-results+xml", ("application/sparql-results+xml", "application/xml", "text/xml")),
    "csv": ("text/csv; charset=utf-8", ("text/csv",)),
    "tsv": ("text/tab-separated-values; charset=utf-8", ("text/tab-separated-values", "text/tsv")),
}
GRAPH_FORMATS = {
    "turtle": ("text/turtle; charset=utf-8", ("text/turtle", "application/x-turtle")),
    "ntriples": ("application/n-triples", ("application/n-triples", "text/plain")),
    "rdfxml": ("application/rdf+xml", ("application/rdf+xml",)),
    "jsonld": ("application/ld+json", ("application/ld+json",)),
}


class Refused(Exception):
    """A request the endpoint answers with an error status and a one-line message."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def _decode_codepoints(query: str) -> str:
    def decode(match: re.Match) -> str:
        try:
            return chr(int(match.group(1) or match.group(2), 16))
        except ValueError:
            return match.group()

    return CODEPOINT.sub(decode, query)


def query_form(query: str) -> str | None:
    """SELECT, ASK, CONSTRUCT, DESCRIBE, an update keyword (INSERT, DELETE, ...), or None."""
    match = FORM.search(visible_text(query))
    return match.group(1).upper() if match else None


def uses_service(query: str) -> bool:
    """True when SERVICE appears as a keyword, in the query as written or with its \\u escapes
    decoded (SPARQL 1.1 allows decoding them before parsing; Oxigraph does not, we check both)."""
    return any(SERVICE.search(visible_text(text)) for text in (query, _decode_codepoints(query)))


def undeclared_prefix(query: str, predeclared: dict) -> tuple[str, int] | None:
    """The first prefix the query uses but neither declares nor finds in `predeclared`, and where."""
    text = visible_text(query)
    declared = {name or "" for name in PREFIX_DECLARED.findall(text)} | set(predeclared)
    for match in PREFIX_USED.finditer(text):
        if (match.group(1) or "") not in declared:
            return match.group(1) or "", match.start()
    return None


def check_query(query: str) -> str | None:
    """The query form, or Refused for an update, a federated query or one nested too deep."""
    nesting = nesting_error(query)
    if nesting:
        raise Refused(400, f"Query refused: {nesting}")
    form = query_form(query)
    if form in UPDATE_FORMS:
        raise Refused(403, f"SPARQL Update ({form}) is not allowed: this endpoint is read-only")
    if uses_service(query):
        raise Refused(403, "SERVICE (federated query) is not allowed: this endpoint sends no requests to other hosts")
    return form


def _accept_ranges(accept: str) -> list[str]:
    ranges = []
    for position, part in enumerate(accept.split(",")):
        media, *params = (piece.strip() for piece in part.split(";"))
        quality = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if media and quality > 0:
            ranges.append((-quality, position, media.lower()))
    return [media for _, _, media in sorted(ranges)]


def choose_format(form: str | None, accept: str | None, name: str | None = None) -> str:
    """The format name for a query form, from a `format=` parameter or else the Accept header."""
    table = GRAPH_FORMATS if form in GRAPH_FORMS else RESULT_FORMATS
    if name:
        if name.lower() in table:
            return name.lower()
        raise Refused(406, f"Unknown format {name!r} for this query; use one of: {', '.join(table)}")
    for media in _accept_ranges(accept or "*/*"):
        if media == "*/*":
            return next(iter(table))
        for fmt, (sent, accepted) in table.items():
            if media in accepted or (media.endswith("/*") and sent.startswith(media[:-1])):
                return fmt
    offered = ", ".join(media for _, accepted in table.values() for media in accepted)
    raise Refused(406, f"No acceptable result format in Accept: {accept}; this query can give: {offered}")
