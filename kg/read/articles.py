"""The READ stage: articles from .txt, .jsonl and .csv files, folders and standard input.

Input is treated as scraped, i.e. untrusted: a bad file or record never stops a run. Each problem goes into the
ReadReport, either as a skip (the article is dropped) or as a warning (the article is kept, repaired). With
strict=True the first problem of either kind raises ArticleError instead. docs/reliability.md lists every case.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import itertools
import json
import math
import os
import re
import stat
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Literal

from kg.model import Article
from kg.read.status import EXIT_NOTHING_READ, EXIT_OK, EXIT_SOME_SKIPPED
from kg.read.text import GARBAGE_RATIO, UTF16_BOMS, Decoder, clean_text, garbage_share
from kg.resources import DATA

SUFFIXES = {".txt": "txt", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}
STDIN = "-"
STDIN_ORIGIN = "<stdin>"
STDIN_ID = "stdin"
MAX_RECORD_BYTES = 50 * 1024 * 1024  # one article or record above this is skipped; below, long texts are kept
MAX_ID_CHARS = 500
SNIFF_BYTES = 8192
YEARS = range(1800, 2201)
FIELDS = ("id", "text", "title", "published", "source", "url")  # what an article is read from
COLUMNS_FILE = DATA / "input_columns.csv"  # the column names of common exports, by field
CSV_DELIMITERS = (",", ";", "\t", "|")
_NUMERIC_DATE = re.compile(r"\s*([0-9]{1,2})([/.-])([0-9]{1,2})\2([0-9]{4}|[0-9]{2})(?![0-9])")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_PLACE = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
# "MANILA, February 12, 2024 (Reuters) -", "KYIV, Ukraine, 12 Feb. 2024 —": places, a date with its year, a dash
_DATELINE = re.compile(
    rf"\s*(?:{_PLACE},\s*){{1,3}}(?P<date>{_MONTH} [0-9]{{1,2}},? [0-9]{{4}}|[0-9]{{1,2}} {_MONTH},? [0-9]{{4}})"
    r"\s*(?:\([^()\n]{1,40}\)\s*)?[-–—:]"
)


@dataclass
class ReadOptions:
    """How to read what the files leave open (the `kg extract` and `kg build` input options)."""

    dayfirst: bool | None = None  # how to read 04/03/2024; None: such a date is ambiguous, set to null, warned
    columns: dict[str, str] = field(default_factory=dict)  # field -> the column (or JSON key) it is read from
    encoding: str | None = None  # None: UTF-8, else the encoding detected
    published: str | None = None  # the date of .txt and plain-text stdin articles (YYYY-MM-DD)


@dataclass(frozen=True)
class Problem:
    origin: str  # "path" or "path:line"
    reason: str
    kind: str = ""  # the short label the summary groups by

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


class Skipped(Problem):
    """An input dropped: a file, a line or a record."""


class ReadWarning(Problem):
    """An article kept after a repair (invalid bytes replaced, a bad date set to null, ...)."""


class ArticleError(Exception):
    """The first problem of a strict read."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason


def read_options(
    dayfirst: bool | None = None, columns: Iterable[str] = (), encoding: str | None = None, published: str | None = None
) -> ReadOptions:
    """The ReadOptions of the command-line options (--column FIELD=NAME ...); a ValueError naming a wrong one."""
    import codecs

    mapping = {}
    for item in columns:
        name, sep, column = item.partition("=")
        name = name.strip().lower()
        if not sep or not column.strip():
            raise ValueError(f"--column {item!r}: expected FIELD=NAME, e.g. published=publish_date")
        if name not in FIELDS:
            raise ValueError(f"--column {item!r}: no field {name!r} (fields: {', '.join(FIELDS)})")
        if name in mapping:
            raise ValueError(f"--column {name} is given twice: give each field once")
        mapping[name] = column.strip()
    if encoding is not None:
        try:
            encoding = codecs.lookup(encoding).name
        except LookupError:
            raise ValueError(f"--encoding {encoding!r}: no such encoding (e.g. utf-8, cp1252, latin-1)") from None
    if published is not None:
        readings = ambiguous_readings(published)
        if readings and dayfirst is None:
            raise ValueError(
                f"--published {published!r} is {readings[0]} day-first or {readings[1]} month-first: "
                "give --dayfirst or --monthfirst, or write it as YYYY-MM-DD"
            )
        day = normalise_date(published, dayfirst=bool(dayfirst))
        if day is None:
            raise ValueError(f"--published {published!r} is not a date (write it as YYYY-MM-DD)")
        published = day
    return ReadOptions(dayfirst=dayfirst, columns=mapping, encoding=encoding, published=published)


@dataclass
class ReadReport:
    read: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[ReadWarning] = field(default_factory=list)
    notes: list[Problem] = field(default_factory=list)  # how a file was read (columns, delimiter): no fault

    def summary(self) -> str:
        """One line, e.g. "15 articles read; 3 skipped: 2 invalid JSON, 1 missing text"."""
        parts = [f"{self.read} article{'' if self.read == 1 else 's'} read"]
        if self.skipped:
            parts.append(f"{len(self.skipped)} skipped: {_grouped(self.skipped)}")
        if self.warnings:
            n = len(self.warnings)
            parts.append(f"{n} warning{'' if n == 1 else 's'}: {_grouped(self.warnings)}")
        return "; ".join(parts)

    def exit_status(self) -> int:
        if self.read == 0:
            return EXIT_NOTHING_READ
        return EXIT_SOME_SKIPPED if self.skipped else EXIT_OK


def _grouped(problems: Sequence[Problem]) -> str:
    counts = Counter(p.kind or p.reason for p in problems)
    return ", ".join(f"{n} {kind}" for kind, n in counts.most_common())


def read_articles(
    inputs: Iterable[str | os.PathLike], report: ReadReport, strict: bool = False, options: ReadOptions | None = None
) -> Iterator[Article]:
    """Articles of each input in turn (a file, a folder read recursively in path order, or "-" for stdin).

    A generator: only the current record is held, plus the ids seen so far (to skip repeated ids).
    """
    reader = _Reader(report, strict, options or ReadOptions())
    for item in inputs:
        yield from reader.read_input(os.fspath(item))


@functools.lru_cache(maxsize=4096)  # a corpus repeats its dates, and dateutil is slow
def normalise_date(value: str, dayfirst: bool = False) -> str | None:
    """The date as YYYY-MM-DD (YYYY-MM or YYYY when only those are given), or None if the value is not a date.

    A datetime gives its date as written, in its own time zone.
    """
    value = value.strip()
    if not value or len(value) > 64:
        return None
    if m := re.fullmatch(r"([0-9]{4})-([0-9]{2})", value):
        return value if int(m[1]) in YEARS and 1 <= int(m[2]) <= 12 else None
    if re.fullmatch(r"[0-9]{4}", value):
        return value if int(value) in YEARS else None
    try:
        return _in_years(datetime.fromisoformat(value).date())
    except ValueError:
        pass
    from dateutil import parser

    try:
        a = parser.parse(value, default=datetime(2000, 1, 1), ignoretz=True, dayfirst=dayfirst)
        b = parser.parse(value, default=datetime(2001, 2, 2), ignoretz=True, dayfirst=dayfirst)
    except (ValueError, OverflowError, ArithmeticError):
        return None
    if a.year != b.year or a.year not in YEARS:  # a part missing from the text takes the default's value
        return None
    if a.month != b.month:
        return f"{a.year:04d}"
    if a.day != b.day:
        return f"{a.year:04d}-{a.month:02d}"
    return a.date().isoformat()


def ambiguous_readings(value: str) -> tuple[str, str] | None:
    """(day-first, month-first) readings of a date such as 04/03/2024 that can be either; None for any other value."""
    m = _NUMERIC_DATE.match(value)
    if not m or m[1] == m[3] or int(m[1]) > 12 or int(m[3]) > 12 or int(m[1]) == 0 or int(m[3]) == 0:
        return None
    day_first, month_first = normalise_date(value, dayfirst=True), normalise_date(value, dayfirst=False)
    return (day_first, month_first) if day_first and month_first and day_first != month_first else None


def dateline_date(text: str) -> str | None:
    """The date of a dateline opening the text ("MANILA, February 12, 2024 (Reuters) -" gives 2024-02-12)."""
    m = _DATELINE.match(text, 0, 200)
    return normalise_date(m["date"]) if m else None


@functools.cache
def column_names() -> dict[str, tuple[str, ...]]:
    """Field -> the column names of common exports it is also read from (data/input_columns.csv), in order."""
    names: dict[str, list[str]] = {name: [] for name in FIELDS}
    with open(COLUMNS_FILE, encoding="utf-8", newline="") as rows:
        for row in csv.DictReader(rows):
            names[row["field"]].append(row["column"].strip().lower())
    return {name: tuple(columns) for name, columns in names.items()}


def match_columns(present: Iterable[str], mapping: dict[str, str]) -> dict[str, str]:
    """Field -> the column it is read from, among the (lower-case) column names present.

    A field named in `mapping` (--column FIELD=NAME) is read from that column only; any other from the column of
    its own name, else from the first of its export names (column_names) that is present and not taken.
    """
    present = list(present)
    chosen: dict[str, str] = {}
    taken = {name.lower() for name in mapping.values()}
    for name in FIELDS:
        if name in mapping:
            if mapping[name].lower() in present:
                chosen[name] = mapping[name].lower()
            continue
        for column in (name, *column_names()[name]):
            if column in present and column not in taken:
                chosen[name] = column
                taken.add(column)
                break
    return chosen


def sniff_delimiter(head: str) -> str:
    """The delimiter of a CSV file: the one of CSV_DELIMITERS found most often in its first line (a comma if none)."""
    first = next((line for line in head.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in CSV_DELIMITERS}
    best = max(CSV_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _in_years(day: date) -> str | None:
    return day.isoformat() if day.year in YEARS else None


def _open(path: Path):
    return open(path, "rb")


def _lines(stream) -> Iterator[tuple[int, bytes, bool]]:
    """(line number, raw line, too long) for each line; a line over MAX_RECORD_BYTES is drained, not held."""
    for lineno in itertools.count(1):
        line = stream.readline(MAX_RECORD_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_RECORD_BYTES and not line.endswith(b"\n"):
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield lineno, b"", True
        else:
            yield lineno, line, False


def _blank(line: bytes) -> bool:
    return not line.lstrip(b"\xef\xbb\xbf").strip()


def _sniff(stream) -> bytes:
    """The first bytes of the stream (up to SNIFF_BYTES), left unread."""
    if hasattr(stream, "peek"):
        return stream.peek(SNIFF_BYTES)[:SNIFF_BYTES]
    pos = stream.tell()
    head = stream.read(SNIFF_BYTES)
    stream.seek(pos)
    return head


def _whole_characters(head: bytes) -> bytes:
    """The head of a file without the UTF-8 character its end may have cut in two."""
    end = len(head)
    while end > max(len(head) - 3, 0) and head[end - 1] & 0xC0 == 0x80:  # continuation bytes
        end -= 1
    if end and head[end - 1] >= 0xC0:  # the first byte of a character
        end -= 1
    return head[:end]


def _type_name(value) -> str:
    names = {
        dict: "an object",
        list: "a list",
        str: "a string",
        bool: "a boolean",
        int: "a number",
        float: "a number",
        type(None): "null",
    }
    return names.get(type(value), type(value).__name__)


def _shown(value, limit: int = 40) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


class _Reader:
    def __init__(self, report: ReadReport, strict: bool, options: ReadOptions) -> None:
        self.report = report
        self.strict = strict
        self.options = options
        self.first_origin: dict[str, str] = {}
        self.key_columns: dict[tuple, dict[str, str]] = {}  # JSON keys -> field: key, for the key sets seen

    def skip(self, origin: str, kind: str, detail: str | None = None) -> None:
        reason = f"{kind} ({detail})" if detail else kind
        if self.strict:
            raise ArticleError(origin, reason)
        self.report.skipped.append(Skipped(origin, reason, kind))

    def warn(self, origin: str, kind: str, detail: str | None = None) -> None:
        reason = f"{kind} ({detail})" if detail else kind
        if self.strict:
            raise ArticleError(origin, reason)
        self.report.warnings.append(ReadWarning(origin, reason, kind))

    def note(self, origin: str, kind: str, detail: str) -> None:
        self.report.notes.append(Problem(origin, f"{kind} ({detail})", kind))

    def decoder(self, origin: str, path: Path | None = None) -> Decoder:
        """The decoder of one input; the first 1 MB of the file is the sample an encoding is detected from."""

        def sample() -> bytes:
            assert path is not None  # the Decoder gets this sample only when there is a path
            with _open(path) as head:
                return head.read(1 << 20)

        def detected(name: str) -> None:
            self.warn(origin, "encoding detected", f"not UTF-8: read as {name}; set --encoding if that is wrong")

        return Decoder(self.options.encoding, sample if path is not None else None, detected)

    # ---- inputs ----

    def read_input(self, item: str) -> Iterator[Article]:
        if item == STDIN:
            yield from self.read_stdin()
            return
        path = Path(item)
        try:
            mode = path.stat().st_mode
        except FileNotFoundError:
            self.skip(item, "missing file", "no such file or directory")
            return
        except (OSError, ValueError) as exc:  # ValueError: a NUL byte in the path
            self.skip(item, "unreadable", getattr(exc, "strerror", None) or str(exc))
            return
        if stat.S_ISDIR(mode):
            yield from self.read_folder(path)
        elif stat.S_ISREG(mode):
            yield from self.read_file(path)
        else:
            self.skip(item, "unsupported file type", "not a regular file or folder")

    def read_folder(self, folder: Path) -> Iterator[Article]:
        """Files with a known suffix, recursively, in path order; hidden files and folders are left out."""
        found = False
        problems_before = len(self.report.skipped)
        stack = [self.entries(folder)]
        while stack:
            entry = next(stack[-1], None)
            if entry is None:
                stack.pop()
            elif entry.name.startswith("."):
                continue
            elif entry.is_dir(follow_symlinks=False):
                stack.append(self.entries(Path(entry.path)))
            elif Path(entry.name).suffix.lower() in SUFFIXES:
                found = True
                yield from self.read_file(Path(entry.path))
        if not found and len(self.report.skipped) == problems_before:
            self.skip(str(folder), "no article files", "no .txt, .jsonl or .csv files in the folder")

    def entries(self, folder: Path) -> Iterator[os.DirEntry]:
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            self.skip(str(folder), "unreadable folder", exc.strerror or str(exc))
            entries = []
        return iter(entries)

    def read_file(self, path: Path) -> Iterator[Article]:
        origin = str(path)
        kind = SUFFIXES.get(path.suffix.lower())
        if kind is None:
            self.skip(origin, "unsupported file type", f"{path.suffix or 'no suffix'}: use .txt, .jsonl or .csv")
            return
        decoder = self.decoder(origin, path)
        try:
            with _open(path) as stream:
                if kind == "txt":
                    data = stream.read(MAX_RECORD_BYTES + 1)
                    yield from self.read_text(data, origin, path.stem, decoder)
                elif self.looks_binary(head := _sniff(stream), origin, decoder):
                    return
                elif kind == "jsonl":
                    yield from self.read_jsonl(_lines(stream), origin, decoder)
                else:
                    delimiter = sniff_delimiter(decoder(_whole_characters(head))[0])
                    yield from self.read_csv(_lines(stream), origin, decoder, delimiter)
        except OSError as exc:
            self.skip(origin, "unreadable", exc.strerror or str(exc))

    def read_stdin(self) -> Iterator[Article]:
        """JSON lines if the first non-blank character is "{", else the whole input is one article, id "stdin"."""
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:  # a replaced sys.stdin without bytes underneath
            stream = io.BytesIO(sys.stdin.read().encode("utf-8", "surrogateescape"))
        lines = _lines(stream)
        leading = []
        for item in lines:
            leading.append(item)
            if item[2] or not _blank(item[1]):
                break
        if not leading or (_blank(leading[-1][1]) and not leading[-1][2]):
            self.skip(STDIN_ORIGIN, "empty file", "standard input is empty")
            return
        first = leading[-1][1].lstrip(b"\xef\xbb\xbf").lstrip()
        decoder = self.decoder(STDIN_ORIGIN)
        if first.startswith(b"{"):
            yield from self.read_jsonl(itertools.chain(leading, lines), STDIN_ORIGIN, decoder)
            return
        if leading[-1][2]:
            self.skip(STDIN_ORIGIN, "too large", f"over {MAX_RECORD_BYTES // 2**20} MB")
            return
        data = b"".join(line for _, line, _ in leading)
        data += stream.read(MAX_RECORD_BYTES + 1 - len(data))
        yield from self.read_text(data, STDIN_ORIGIN, STDIN_ID, decoder)

    # ---- formats ----

    def looks_binary(self, head: bytes, origin: str, decoder: Decoder) -> bool:
        if head.startswith(UTF16_BOMS):
            self.skip(origin, "binary file", "UTF-16 text: convert it to UTF-8")
            return True
        if b"\0" in head:
            self.skip(origin, "binary file", "contains NUL bytes")
            return True
        share = garbage_share(decoder(_whole_characters(head))[0])
        if share > GARBAGE_RATIO:
            self.skip(origin, "binary file", f"{share:.0%} of the start is not {decoder.name} text")
            return True
        return False

    def read_text(self, data: bytes, origin: str, article_id: str, decoder: Decoder) -> Iterator[Article]:
        """A whole file (or stdin) as one article."""
        if len(data) > MAX_RECORD_BYTES:
            self.skip(origin, "too large", f"over {MAX_RECORD_BYTES // 2**20} MB")
            return
        if not data.strip():
            self.skip(origin, "empty file")
            return
        if b"\0" in data and not data.startswith(UTF16_BOMS):
            self.skip(origin, "binary file", "contains NUL bytes")
            return
        text, bad = decoder(data)
        share = garbage_share(text)
        if share > GARBAGE_RATIO:
            self.skip(origin, "binary file", f"{share:.0%} of the content is not {decoder.name} text")
            return
        yield from self.emit(origin, {"id": article_id, "text": text, "published": self.options.published}, bad)

    def read_jsonl(self, lines: Iterable[tuple[int, bytes, bool]], path: str, decoder: Decoder) -> Iterator[Article]:
        records = 0
        noted: set[tuple[str, str]] = set()
        for lineno, line, too_long in lines:
            origin = f"{path}:{lineno}"
            if too_long:
                records += 1
                self.skip(origin, "too large", f"record over {MAX_RECORD_BYTES // 2**20} MB")
                continue
            if _blank(line):
                continue
            records += 1
            text, bad = decoder(line.rstrip(b"\r\n"))
            try:
                value = json.loads(text)
            except RecursionError:
                self.skip(origin, "invalid JSON", "nested too deeply")
                continue
            except ValueError as exc:
                self.skip(origin, "invalid JSON", _json_error(exc))
                continue
            if not isinstance(value, dict):
                self.skip(origin, "not a JSON object", f"the line holds {_type_name(value)}")
                continue
            keys = self.fields_of_keys(tuple(value))
            for name, key in keys.items():
                if key.lower() != name and (name, key) not in noted:
                    noted.add((name, key))
                    self.note(path, "column read", f"{name} read from the key {key!r}")
            yield from self.emit(origin, {name: value[key] for name, key in keys.items()}, bad)
        if not records:
            self.skip(path, "empty file", "no records")

    def fields_of_keys(self, keys: tuple) -> dict[str, str]:
        """Field -> the key of a JSON record it is read from (keys matched without regard to case)."""
        found = self.key_columns.get(keys)
        if found is None:
            lower = {k.lower(): k for k in reversed(keys) if isinstance(k, str)}
            found = {name: lower[column] for name, column in match_columns(lower, self.options.columns).items()}
            if len(self.key_columns) < 1000:
                self.key_columns[keys] = found
        return found

    def read_csv(
        self, lines: Iterable[tuple[int, bytes, bool]], path: str, decoder: Decoder, delimiter: str = ","
    ) -> Iterator[Article]:
        """A CSV file with a header row naming the columns (id, text, published, source, url; text required)."""
        state = {"line": 0, "bad": 0, "too_long": 0}

        def physical() -> Iterator[str]:
            for lineno, line, too_long in lines:
                state["line"] = lineno
                if too_long:
                    state["too_long"] = lineno
                    yield "\n"
                    continue
                text, bad = decoder(line)
                state["bad"] += bad
                yield text

        csv.field_size_limit(max(csv.field_size_limit(), MAX_RECORD_BYTES + 1))
        reader = csv.reader(physical(), delimiter=delimiter)
        header = None
        while not header:
            try:
                header = next(reader)
            except StopIteration:
                self.skip(path, "empty file")
                return
            except csv.Error as exc:
                self.skip(f"{path}:{state['line']}", "malformed CSV", str(exc))
                return
        columns = [c.strip().lower() for c in header]
        chosen = match_columns(columns, self.options.columns)
        if "text" not in chosen:
            named = self.options.columns.get("text")
            self.skip(
                f"{path}:{state['line']}",
                "no text column",
                f"no column {named!r} (--column text=...)"
                if named
                else f"the header row names {', '.join(repr(c) for c in columns if c) or 'no column'}; "
                "name the text column 'text' or give --column text=NAME",
            )
            return
        self.report_columns(path, columns, chosen, delimiter)
        first = {name: i for i, name in reversed(list(enumerate(columns))) if name}
        index = {name: first[column] for name, column in chosen.items()}
        done = state["line"]
        while True:
            start = done + 1
            state["bad"] = 0
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                self.skip(f"{path}:{start}", "malformed CSV", str(exc))
                done = state["line"]
                continue
            done = state["line"]
            if state["too_long"]:
                self.skip(f"{path}:{state['too_long']}", "too large", f"over {MAX_RECORD_BYTES // 2**20} MB")
                state["too_long"] = 0
                continue
            if not any(cell.strip() for cell in row):
                continue
            record = {name: row[i] if i < len(row) else None for name, i in index.items()}
            yield from self.emit(f"{path}:{start}", record, state["bad"])

    def report_columns(self, path: str, columns: list[str], chosen: dict[str, str], delimiter: str) -> None:
        """Notes on how a CSV file's columns were read; a warning for a --column naming no column of the file."""
        if delimiter != ",":
            self.note(path, "delimiter", f"columns separated by {delimiter!r}")
        for name, column in self.options.columns.items():
            if name not in chosen:
                self.warn(path, "no such column", f"--column {name}={column}: the header row has no {column!r}")
        aliased = [f"{name} from {column!r}" for name, column in chosen.items() if column != name]
        if aliased:
            self.note(path, "columns read", ", ".join(aliased))
        unknown = [repr(c) for c in dict.fromkeys(columns) if c and c not in chosen.values()]
        if unknown:
            self.note(path, "unknown columns", f"{', '.join(unknown)} ignored")
        missing = [name for name in ("id", "published", "source", "url") if name not in chosen]
        if missing:
            self.note(
                path,
                "missing columns",
                f"no column for {', '.join(missing)}: those fields are empty (give --column FIELD=NAME to name one)",
            )

    # ---- one record ----

    def emit(self, origin: str, record: dict, bad_bytes: int) -> Iterator[Article]:
        """The article of one record, after checks (which may skip it) and repairs (which warn)."""
        text = record.get("text")
        if text is None:
            self.skip(origin, "missing text", "no 'text' field")
            return
        if not isinstance(text, str):
            self.skip(origin, "text not a string", f"'text' is {_type_name(text)}")
            return
        if len(text) > MAX_RECORD_BYTES:
            self.skip(origin, "too large", f"text over {MAX_RECORD_BYTES // 2**20} MB")
            return
        text = clean_text(text)
        if not text:
            self.skip(origin, "empty text")
            return
        body = text
        title = _optional_text(record.get("title"))
        if title and not text.startswith(title):
            text = f"{title}\n\n{text}"
        warnings = []
        article_id = _article_id(record.get("id"))
        if article_id is None:
            self.skip(origin, "bad id", f"'id' is {_type_name(record.get('id'))}, not a string or number")
            return
        if len(article_id) > MAX_ID_CHARS:
            self.skip(origin, "bad id", f"'id' is longer than {MAX_ID_CHARS} characters")
            return
        if not article_id:
            article_id = "text-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
            warnings.append(("missing id", f"no 'id': using {article_id}, from a hash of the text"))
        first = self.first_origin.get(article_id)
        if first is not None:
            self.skip(origin, "duplicate id", f"id {_shown(article_id)} was first read at {first}")
            return
        self.first_origin[article_id] = origin
        if bad_bytes:
            warnings.append(("invalid UTF-8 replaced", f"{bad_bytes} invalid byte sequence(s) replaced by U+FFFD"))
        published = record.get("published")
        if published is not None and published != "":
            published = self.published_date(published, warnings)
        else:
            published = dateline_date(body)
        source = _optional_text(record.get("source"))
        if source is False:
            warnings.append(("bad source", f"'source' is {_type_name(record.get('source'))}: set to null"))
        url = _optional_text(record.get("url"))
        if url is False or url and not re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:\S+", url):
            warnings.append(("bad url", f"'url' {_shown(record.get('url'))} is not a URL: set to null"))
            url = None
        for kind, detail in warnings:
            self.warn(origin, kind, detail)
        self.report.read += 1
        yield Article(
            id=article_id,
            text=text,
            published=published or None,
            source=source or None,
            url=url or None,
            origin=origin,
        )

    def published_date(self, value, warnings: list) -> str | None:
        """The date of a 'published' value, or None with a warning (not a date, or ambiguous without an option)."""
        dayfirst = self.options.dayfirst
        if isinstance(value, str) and dayfirst is None and (readings := ambiguous_readings(value)):
            warnings.append(
                (
                    "ambiguous date",
                    f"'published' {_shown(value)} is {readings[0]} day-first or "
                    f"{readings[1]} month-first: set to null; give --dayfirst or --monthfirst",
                )
            )
            return None
        day = normalise_date(value, dayfirst=bool(dayfirst)) if isinstance(value, str) else None
        if day is None:
            warnings.append(("published not a date", f"'published' {_shown(value)} set to null"))
        return day


def _article_id(value) -> str | None:
    """The id as text; "" when there is none; None when it is of a type that cannot be an id."""
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        return str(int(value)) if value.is_integer() else repr(value)
    return _plain(str(value))


def _optional_text(value) -> str | None | Literal[False]:
    """A metadata field as clean text, None when absent, False when it is of the wrong type."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return False
    return _plain(str(value)) or None


def _plain(value: str) -> str:
    """A one-line metadata value: control characters and runs of white space become one space."""
    value = re.sub(r"[\ud800-\udfff]", "\ufffd", value)
    return " ".join(re.sub(r"[\x00-\x1f\x7f-\x9f\ufeff]", " ", value).split())


def _json_error(exc: ValueError) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg.removesuffix(' at')} at column {exc.colno}"
    return str(exc)
