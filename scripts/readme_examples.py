"""Regenerate the example outputs of README.md from the current code.

Builds data/samples into a temporary folder with `kg build`, runs each example command of the README
there, and rewrites the blocks between `<!-- example: NAME -->` and `<!-- /example -->` markers.

    python scripts/readme_examples.py           # rewrite README.md
    python scripts/readme_examples.py --check   # exit 1 (and show the difference) when README.md is stale
"""

from __future__ import annotations

import difflib
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
BLOCK = re.compile(r"(<!-- example: (?P<name>[\w-]+) -->\n```\n)(?P<body>.*?)(```\n<!-- /example -->)", re.S)

VISITS_CSV = ("SELECT ?visitor ?host WHERE { ?e a dip:Visit ; dip:source/rdfs:label ?visitor ; "
              "dip:target/rdfs:label ?host } ORDER BY ?visitor ?host LIMIT 3")
# Each example: (the command as the README shows it, its arguments to `kg` with OUT for the output folder,
# the number of output lines kept or None for all).
EXAMPLES = {
    "build": [("kg build data/samples -o out", ["build", "data/samples", "-o", "OUT", "--workers", "1"], None)],
    "queries": [
        ("kg query out/graph.ttl actor --param actor=Shoigu",
         ["query", "OUT/graph.ttl", "actor", "--param", "actor=Shoigu", "--format", "table"], None),
        ("kg query out/graph.ttl event_types",
         ["query", "OUT/graph.ttl", "event_types", "--format", "table"], None),
        ("kg query out/graph.ttl condemnations --format csv | head -3",
         ["query", "OUT/graph.ttl", "condemnations", "--format", "csv"], 3),
    ],
    "stats": [("kg stats out/graph.ttl | head -3", ["stats", "OUT/graph.ttl"], 3)],
    "serve": [(None, ["query", "OUT/graph.ttl", "-q", VISITS_CSV, "--format", "csv"], None)],
}


def _kg(args: list[str], out: Path) -> str:
    args = [str(out) + a[3:] if a.startswith("OUT") else a for a in args]
    run = subprocess.run([sys.executable, "-m", "kg.cli", *args], cwd=ROOT, capture_output=True, text=True)
    if run.returncode != 0:
        raise SystemExit(f"kg {' '.join(args)} failed ({run.returncode}): {run.stderr}")
    return run.stdout.replace(str(out), "out")


def _trim(text: str, width: int = 150) -> str:
    """Long table lines cut at `width` characters, as a terminal of that width would show them."""
    return "\n".join(line if len(line) <= width else line[: width - 1] + "…" for line in text.splitlines()) + "\n"


def render(out: Path) -> dict[str, str]:
    blocks = {}
    for name, examples in EXAMPLES.items():
        parts = []
        for shown, args, keep in examples:
            output = _kg(args, out)
            if keep is not None:
                output = "".join(output.splitlines(True)[:keep])
            parts.append((f"$ {shown}\n" if shown else "") + _trim(output))
        blocks[name] = "\n".join(parts)
    return blocks


def rewrite(text: str, blocks: dict[str, str]) -> str:
    missing = set(blocks) - {m.group("name") for m in BLOCK.finditer(text)}
    if missing:
        raise SystemExit(f"{README}: no example block for {', '.join(sorted(missing))}")
    return BLOCK.sub(lambda m: m.group(1) + blocks.get(m.group("name"), m.group("body")) + m.group(4), text)


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory(prefix="kg-readme-") as folder:
        blocks = render(Path(folder) / "out")  # the build example comes first and makes the graph the others read
    old = README.read_text(encoding="utf-8")
    new = rewrite(old, blocks)
    if "--check" in argv:
        if new != old:
            sys.stdout.writelines(difflib.unified_diff(old.splitlines(True), new.splitlines(True), "README.md",
                                                       "regenerated"))
            return 1
        return 0
    if new != old:
        README.write_text(new, encoding="utf-8")
        print(f"rewrote the examples of {README}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
