"""A deterministic corpus of news-like paragraphs for the benchmarks (no network).

Paragraphs are filled from seeded templates (benchmarks/corpus_vocab.json) with varied countries,
people, organisations, topics and dates, 60-120 words each.

    python benchmarks/corpus.py 2000 -o corpus.jsonl
"""

from __future__ import annotations

import argparse
import datetime
import itertools
import json
import random
from collections.abc import Iterable, Iterator
from pathlib import Path

VOCAB = Path(__file__).with_name("corpus_vocab.json")
MIN_WORDS, MAX_WORDS = 60, 120


def generate(count: int, seed: int = 7) -> Iterator[dict]:
    """`count` articles as JSON records with id, text, published and source; the same seed gives the same corpus."""
    vocab = json.loads(VOCAB.read_text(encoding="utf-8"))
    rng = random.Random(seed)
    start = datetime.date(2025, 1, 1)
    for number in range(count):
        published = start + datetime.timedelta(days=rng.randrange(365))
        yield {
            "id": f"bench-{number:06d}",
            "text": paragraph(vocab, rng),
            "published": published.isoformat(),
            "source": rng.choice(("Wire Service", "Daily Ledger", "Global Desk")),
            "url": None,
        }


def paragraph(vocab: dict, rng: random.Random) -> str:
    (c1, dem1, cap1), (c2, dem2, cap2) = rng.sample(vocab["countries"], 2)
    slots = {
        "c1": c1, "dem1": dem1, "cap1": cap1, "c2": c2, "dem2": dem2, "cap2": cap2,
        "name1": person(vocab, rng), "name2": person(vocab, rng),
        "role1": rng.choice(vocab["roles"]), "role2": rng.choice(vocab["roles"]),
        "org": rng.choice(vocab["organizations"]), "topic": rng.choice(vocab["topics"]),
        "day": rng.choice(vocab["days"]), "day2": rng.choice(vocab["days"]),
    }
    sentences = [fill(rng.choice(vocab["openings"]), slots)]
    closing = fill(rng.choice(vocab["closings"]), slots)
    middles = rng.sample(vocab["middles"], len(vocab["middles"]))
    while middles and words(sentences) + words([closing]) < MIN_WORDS:
        candidate = fill(middles.pop(), slots)
        if words(sentences) + words([candidate, closing]) <= MAX_WORDS:
            sentences.append(candidate)
    sentences.append(closing)
    return " ".join(sentences)


def fill(template: str, slots: dict) -> str:
    text = template.format(**slots)
    return text[0].upper() + text[1:]


def person(vocab: dict, rng: random.Random) -> str:
    return f"{rng.choice(vocab['first_names'])} {rng.choice(vocab['last_names'])}"


def words(sentences: Iterable[str]) -> int:
    return sum(len(s.split()) for s in sentences)


def read_jsonl(path: str | Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)


def repeat(records: Iterable[dict], count: int) -> Iterator[dict]:
    """`count` records cycling through `records`, each copy under a new id."""
    pool = list(records)
    for number, record in zip(range(count), itertools.cycle(pool)):
        yield {**record, "id": f"{record['id']}-r{number // len(pool)}"}


def write_jsonl(records: Iterable[dict], path: str | Path) -> int:
    count = 0
    with open(path, "w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("-o", "--output", required=True)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    write_jsonl(generate(args.count, args.seed), args.output)


if __name__ == "__main__":
    main()
