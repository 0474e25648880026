"""Cleaning of article text as it arrives from scrapers: encodings, markup, entities, line ends, control characters."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
GARBAGE_RATIO = 0.3  # above this share of undecodable or control characters a file is not text

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

_SKIPPED_TAGS = {"script", "style", "noscript", "template", "title", "svg", "iframe", "object"}
_BLOCK_TAGS = {
    "p", "div", "section", "article", "header", "footer", "nav", "aside", "main", "blockquote", "figure",
    "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "tr", "pre", "hr", "address",
    "dl", "dt", "dd", "body", "html",
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
