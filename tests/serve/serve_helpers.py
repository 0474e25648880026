"""Start `kg serve` as a real process on a free port of 127.0.0.1, and talk to it over HTTP."""

from __future__ import annotations

import queue
import subprocess
import sys
import threading
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KGR = "https://w3id.org/kg-diplomacy/id/"
PREFIXES = """\
@prefix dip: <https://w3id.org/kg-diplomacy/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix schema: <https://schema.org/> .
"""
QUERY_PREFIXES = """\
PREFIX dip: <https://w3id.org/kg-diplomacy/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


def write_graph(path: Path, articles: int = 3000) -> Path:
    """Two countries, a minister, a visit with its evidence, and `articles` article nodes."""
    rus, chn = f"<{KGR}country/RUS>", f"<{KGR}country/CHN>"
    person = f"<{KGR}person/test-minister--RUS>"
    event = f"<{KGR}event/visit/0123456789abcdef>"
    evidence = f"<{KGR}evidence/fedcba9876543210>"
    article = f"<{KGR}article/a0>"
    lines = [
        PREFIXES,
        f'{rus} a dip:Country, dip:Actor ; rdfs:label "Russia" ; dip:kind "country" ; dip:isoCode "RUS" ;'
        f" dip:country {rus} ; owl:sameAs <http://www.wikidata.org/entity/Q159> .",
        f'{chn} a dip:Country, dip:Actor ; rdfs:label "China" ; dip:kind "country" ; dip:isoCode "CHN" ;'
        f" dip:country {chn} .",
        f'{person} a dip:Person, dip:Actor ; rdfs:label "Test <img src=x onerror=alert(1)> Minister" ;'
        f' dip:kind "person" ; dip:country {rus} ; dip:role "minister" .',
        f'{event} a dip:Visit, dip:DiplomaticEvent ; dip:eventType "visit" ; dip:source {person} ; dip:target {chn} ;'
        ' dip:location "Beijing" ; dip:date "2024-05-16"^^xsd:date ; dip:polarity "positive" ;'
        f' dip:modality "asserted" ; dip:trigger "visited" ; dip:confidence 0.9 ; dip:evidence {evidence} .',
        f'{evidence} a dip:Evidence ; nif:anchorOf "The minister, said to be a \\"SERVICE\\" fan, visited Beijing." ;'
        f' nif:beginIndex "0"^^xsd:nonNegativeInteger ; nif:endIndex "61"^^xsd:nonNegativeInteger ;'
        f' prov:wasDerivedFrom {article} ; dip:trigger "visited" .',
    ]
    lines += [
        f'<{KGR}article/a{i}> a dip:Article ; dip:articleId "a{i}" ; schema:datePublished "2024-05-17"^^xsd:date .'
        for i in range(articles)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@dataclass
class Reply:
    status: int
    headers: dict
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


def http(url: str, *, query: str | None = None, method: str = "GET", accept: str | None = None,
         body: bytes | None = None, content_type: str | None = None, params: dict | None = None,
         timeout: float = 30) -> Reply:  # fmt: skip
    fields = dict(params or {})
    if query is not None and method == "GET":
        fields["query"] = query
    if fields:
        url += "?" + urllib.parse.urlencode(fields)
    headers = {}
    if accept:
        headers["Accept"] = accept
    if content_type:
        headers["Content-Type"] = content_type
    request = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return Reply(response.status, {k.lower(): v for k, v in response.headers.items()}, response.read())
    except urllib.error.HTTPError as error:
        return Reply(error.code, {k.lower(): v for k, v in error.headers.items()}, error.read())


def post_query(url: str, query: str, accept: str | None = None, **options) -> Reply:
    return http(url, method="POST", body=query.encode("utf-8"), content_type="application/sparql-query",
                accept=accept, **options)  # fmt: skip


class Server:
    """`python -m kg.cli serve GRAPH --port 0 ...`; `url` is the endpoint it printed."""

    def __init__(self, graph: str, *options: str, log: Path):
        self.log = log
        self.stderr = open(log, "wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "kg.cli", "serve", graph, "--port", "0", *options],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=self.stderr, text=True,
        )  # fmt: skip
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read_stdout, daemon=True).start()
        self.url = self._wait_for("SPARQL endpoint").split()[-1]
        self.page_url = self.url.rsplit("/", 1)[0] + "/"

    def _read_stdout(self) -> None:
        for line in self.process.stdout:
            self.lines.put(line)
        self.lines.put("")

    def _wait_for(self, text: str, timeout: float = 60) -> str:
        while True:
            try:
                line = self.lines.get(timeout=timeout)
            except queue.Empty:
                raise AssertionError(f"kg serve printed no {text!r} within {timeout} s") from None
            if not line:
                raise AssertionError(f"kg serve exited: {self.log.read_text(errors='replace')}")
            if text in line:
                return line.strip()

    def remaining_output(self, timeout: float = 10) -> list[str]:
        """What kg serve printed after its start-up lines, up to its exit."""
        lines = []
        while line := self.lines.get(timeout=timeout):
            lines.append(line.strip())
        return lines

    def children(self) -> list[int]:
        """The query workers: children of any thread of kg serve (Linux /proc)."""
        tasks = Path(f"/proc/{self.process.pid}/task").glob("*/children")
        return sorted(int(pid) for path in tasks for pid in path.read_text().split())

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.stderr.close()
        return self.process.returncode
