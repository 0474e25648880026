"""Cleaning of article text as it arrives from scrapers: encodings, markup, entities, line ends, control characters."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from html.parser import HTMLParser

UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
GARBAGE_RATIO = 0.3  # above this share of undecodable or control characters a file is not text
# The encodings detection chooses from, most likely first: when charset-normalizer rates several of them the same
# (as it does cp1252 and cp1250 for English with a few accents), the first wins.
COMMON_ENCODINGS = (
    "cp1252",
    "cp1250",
    "cp1251",
    "cp1253",
    "cp1254",
    "cp1257",
    "cp1255",
    "cp1256",
    "cp874",
    "iso8859_15",
    "iso8859_2",
    "koi8_r",
    "gb18030",
    "big5",
    "shift_jis",
    "euc_jp",
    "euc_kr",
    "mac_roman",
)

_LOOKS_LIKE_HTML = re.compile(
    r"<(?:!--|!doctype\b|/?(?:p|br|div|span|a|b|i|em|strong|u|small|sup|sub|script|style|noscript|html|body|head"
    r"|title|meta|link|h[1-6]|ul|ol|li|table|thead|tbody|tr|td|th|section|article|header|footer|nav|aside|main"
    r"|blockquote|figure|figcaption|img|iframe|pre|hr|time|font|center)\b[^<>]*>)",
    re.IGNORECASE,
)
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_GARBAGE = re.compile(r"[\ufffd\x00-\x08\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")  # lone halves, from JSON escapes; they cannot be written as UTF-8
_HTML_SPACE = re.compile(r"[ \t\n\r\f\xa0]+")
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")

_SKIPPED_TAGS = {"script", "style", "noscript", "template", "title", "svg", "iframe", "object"}
_BLOCK_TAGS = {
    "p",
    "div",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "aside",
    "main",
    "blockquote",
    "figure",
    "figcaption",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "table",
    "tr",
    "pre",
    "hr",
    "address",
    "dl",
    "dt",
    "dd",
    "body",
    "html",
}


def decode(data: bytes) -> tuple[str, int]:
    """Text of UTF-8 (or BOM-marked UTF-16) bytes, and how many invalid byte sequences were replaced by U+FFFD."""
    if data.startswith(UTF16_BOMS):
        text = data.decode("utf-16", errors="replace")
        return text, text.count("\ufffd")
    try:
        return data.decode("utf-8-sig"), 0
    except UnicodeDecodeError:
        text = data.decode("utf-8-sig", errors="replace")
        return text, text.count("\ufffd")


class Decoder:
    """Bytes of one input to text: in `encoding` when it is given; else UTF-8 (or UTF-16 with a byte-order mark);
    else, from the first bytes that are not UTF-8 on, in the encoding detected in `sample()` and those bytes.
    Bytes that hold valid UTF-8 characters beside invalid ones (a file of mixed encodings) stay UTF-8, with
    the invalid ones replaced.

    on_detect(name) is called once when an encoding is detected. Returns (text, replaced byte sequences).
    """

    def __init__(
        self,
        encoding: str | None = None,
        sample: Callable[[], bytes] | None = None,
        on_detect: Callable[[str], None] | None = None,
    ) -> None:
        self.encoding = encoding
        self.sample = sample
        self.on_detect = on_detect
        self.detected: str | None = None
        self.tried = False

    @property
    def name(self) -> str:
        return self.encoding or self.detected or "UTF-8"

    def __call__(self, data: bytes) -> tuple[str, int]:
        if self.encoding:
            return _decoded(data, self.encoding)
        text, bad = decode(data)
        if not bad or data.startswith(UTF16_BOMS) or _UTF8_MULTIBYTE.search(data):
            return text, bad
        if not self.tried:
            self.tried = True
            head = self.sample() if self.sample is not None else b""
            self.detected = detect_encoding(head + b"\n" + data if head else data)
            if self.detected and self.on_detect is not None:
                self.on_detect(self.detected)
        return _decoded(data, self.detected) if self.detected else (text, bad)


def _decoded(data: bytes, encoding: str) -> tuple[str, int]:
    text = data.decode(encoding, errors="replace")
    text = text.removeprefix("\ufeff")
    return text, text.count("\ufffd")


def detect_encoding(data: bytes) -> str | None:
    """The most likely of COMMON_ENCODINGS for bytes that are not UTF-8, or None when none fits."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data, cp_isolation=list(COMMON_ENCODINGS)))
    if not matches:
        return None
    best = (matches[0].chaos, -matches[0].coherence)
    tied = [m.encoding for m in matches if (m.chaos, -m.coherence) == best and m.encoding in COMMON_ENCODINGS]
    return min(tied, key=COMMON_ENCODINGS.index) if tied else None


def garbage_share(text: str) -> float:
    """Share of characters that are replacement or control characters: high for binary or wrongly encoded files."""
    if not text:
        return 0.0
    return sum(1 for _ in _GARBAGE.finditer(text)) / len(text)


def looks_like_html(text: str) -> bool:
    return _LOOKS_LIKE_HTML.search(text) is not None


def clean_text(text: str) -> str:
    """The article text a reader sees: no BOM, \\n line ends, no markup, entities decoded, no control characters."""
    text = text.replace("\ufeff", "")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    if looks_like_html(text):
        text = strip_html(text)
    elif "&" in text:
        text = _ENTITY.sub(lambda m: html.unescape(m.group()), text)
    text = _CONTROL.sub("", text)
    return _SURROGATE.sub("\ufffd", text).strip()


def strip_html(markup: str) -> str:
    """Visible text of an HTML page or fragment: paragraphs kept as blank-line breaks, scripts and styles dropped."""
    parser = _TextOfHtml()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return re.sub(r" {2,}", " ", text).strip()


class _TextOfHtml(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIPPED_TAGS:
            self.hidden += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(_HTML_SPACE.sub(" ", data))


def strip_span(text: str, start: int) -> tuple[str, int, int]:
    """`text`, found at offset `start` of a longer text, without white space at its ends; and its new offsets.

    The offsets move, the longer text is not changed: the result still indexes it exactly.
    """
    stripped = text.strip()
    begin = start + len(text) - len(text.lstrip())
    return stripped, begin, begin + len(stripped)


_LINK_LIST = re.compile(
    r"(?:related(?: stories| articles| coverage| news| links)?|read more|read also|also read|see also|more on this story)"
    r"\s*:",
    re.IGNORECASE,
)
_NOTICE = re.compile(r"(?:copyright\b|©|\(c\)\s*\d{4}|all rights reserved)", re.IGNORECASE)


def boilerplate_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines of a text that are not its story: a list of links to other stories ("Related:"
    and the headlines under it up to a blank line, or after it on its line) and a copyright notice. A headline
    of another story there ("X accuses Y of ...") is not an event of this one."""
    spans: list[tuple[int, int]] = []
    listing = False
    start = 0
    for line in text.splitlines(keepends=True):
        end = start + len(line)
        words = line.strip()
        links = _LINK_LIST.match(words)
        if not words:
            listing = False
        elif links:
            spans.append((start, end))
            listing = not words[links.end() :].strip()  # the headlines follow on the next lines
        elif listing or _NOTICE.match(words):
            spans.append((start, end))
        start = end
    return spans
