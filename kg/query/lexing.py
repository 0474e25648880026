"""The visible text of a SPARQL query: comments, string literals, IRIs and escaped characters blanked out, so
that a keyword or a bracket counts only where SPARQL's grammar could see one. `kg query` uses it to refuse
queries nested too deep before parsing them, and the endpoint's guard (kg/serve/guard.py) for its checks."""

from __future__ import annotations

import re

HIDDEN = re.compile(
    r"""
      \\.                                            # escaped character in a prefixed name (ex:a\#b)
    | \#[^\n\r]*                                     # comment
    | \"\"\"(?:(?:"|"")?(?:[^"\\]|\\.))*\"\"\"       # long string literals
    | '''(?:(?:'|'')?(?:[^'\\]|\\.))*'''
    | "(?:[^"\\\n\r]|\\.)*"                          # string literals
    | '(?:[^'\\\n\r]|\\.)*'
    | <[^<>"{}|^`\\\x00-\x20]*>                      # IRIs
    """,
    re.VERBOSE | re.DOTALL,
)
# Oxigraph's parser recurses once per bracket: 4,000 nested braces overflow its stack (a crash, not
# an error) and nested lists parse in time that grows with the cube of the depth.
MAX_NESTING = 64


def visible_text(query: str) -> str:
    """The query with comments, literals and IRIs blanked by spaces (escapes by `_`), each
    character for one, so a place in it is the same place in the query."""
    return HIDDEN.sub(lambda m: ("_" if m.group().startswith("\\") else " ") * len(m.group()), query)


def nesting_depth(query: str) -> int:
    """The deepest nesting of (), {} and [] outside comments, literals and IRIs."""
    depth = deepest = 0
    for char in visible_text(query):
        if char in "({[":
            depth += 1
            deepest = max(deepest, depth)
        elif char in ")}]":
            depth -= 1
    return deepest


def nesting_error(query: str) -> str | None:
    """A one-line message when the query nests brackets deeper than MAX_NESTING, else None."""
    depth = nesting_depth(query)
    if depth <= MAX_NESTING:
        return None
    return f"the query nests brackets {depth} deep; at most {MAX_NESTING} levels are allowed"
