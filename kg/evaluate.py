"""Measure extracted events against hand-annotated gold (`kg evaluate`; the rules are in docs/evaluation.md).

Both files hold one article per line in the shape `kg extract` writes. Within an article, predicted and
gold events of one type are paired one to one; a pair counts when its parties agree, read at two levels:
by country code (the primary figure) or by actor name. Over the pairs found at the chosen level, the
location, date, polarity and modality are compared; entities are compared by country code and person name.
"""

from __future__ import annotations

import csv
import json
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from kg.resources import DATA

TYPES = ("visit", "meeting", "condemnation", "cooperation")
UNDIRECTED = frozenset({"meeting", "cooperation"})  # "A met B" is also "B met A"
LEVELS = ("country", "actor")
ATTRIBUTES = ("location", "date", "polarity", "modality")
UNSAID = {"polarity": "positive", "modality": "asserted"}  # what a missing value means

Pairs = list[tuple[int, int]]


class EvaluationError(ValueError):
    """A gold or prediction file that cannot be read; the message names the file and line."""


# ---- reading ----


def read_records(path: str | Path) -> dict[str, dict]:
    """The articles of a JSONL file by id (a later line with the same id replaces an earlier one)."""
    records: dict[str, dict] = {}
    try:
        handle = open(path, encoding="utf-8")
    except OSError as exc:
        raise EvaluationError(f"{path}: cannot read: {exc.strerror or exc}") from None
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise EvaluationError(f"{path}:{number}: not JSON: {exc.msg}") from None
            if not isinstance(record, dict) or "id" not in record:
                raise EvaluationError(f"{path}:{number}: an article needs an 'id'")
            records[str(record["id"])] = record
    return records


# ---- names and places ----


@lru_cache(maxsize=1)
def ignored_name_words() -> frozenset[str]:
    with (DATA / "evaluation" / "name_words.csv").open(encoding="utf-8", newline="") as handle:
        return frozenset(row["word"].strip().lower() for row in csv.DictReader(handle) if row["word"].strip())


def name_tokens(text: str | None) -> list[str]:
    """Lower-case words without accents or punctuation; titles dropped unless nothing else is left."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", text or "") if not unicodedata.combining(c))
    words = "".join(c if c.isalnum() else " " for c in plain.lower()).split()
    kept = [w for w in words if w not in ignored_name_words()]
    return kept or words


def same_name(a: str | None, b: str | None) -> bool:
    """Equal, one name's words within the other's ("Shoigu" in "Sergei Shoigu"), or the same surname."""
    first, second = name_tokens(a), name_tokens(b)
    if not first or not second:
        return False
    if set(first) <= set(second) or set(second) <= set(first):
        return True
    return first[-1] == second[-1] and len(first[-1]) >= 3


def same_place(a: str | None, b: str | None) -> bool:
    """Both unsaid, or one place's words a part of the other's ("Baghdad" and "central Baghdad")."""
    if not a or not b:
        return not a and not b
    first, second = " ".join(name_tokens(a)), " ".join(name_tokens(b))
    return first in second or second in first


# ---- events ----


def country_code(actor) -> str | None:
    code = actor.get("country") if isinstance(actor, dict) else None
    return code.strip().upper() if isinstance(code, str) and code.strip() else None


def same_actor(gold, predicted, level: str) -> bool:
    """At country level, the country codes decide (names only when neither actor has one); at actor level,
    the names decide, except between two countries, which are compared by code."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    if not isinstance(gold, dict) or not isinstance(predicted, dict):
        return False
    codes = country_code(gold), country_code(predicted)
    by_code = level == "country" or gold.get("kind") == predicted.get("kind") == "country"
    if by_code and codes != (None, None):
        return codes[0] == codes[1]
    return same_name(gold.get("name"), predicted.get("name"))


def same_parties(gold: dict, predicted: dict, level: str) -> bool:
    source, target = gold.get("source"), gold.get("target")
    if same_actor(source, predicted.get("source"), level) and same_actor(target, predicted.get("target"), level):
        return True
    return (
        gold.get("type") in UNDIRECTED
        and same_actor(source, predicted.get("target"), level)
        and same_actor(target, predicted.get("source"), level)
    )


def attribute_agrees(name: str, gold: dict, predicted: dict) -> bool:
    if name == "location":
        return same_place(gold.get("location"), predicted.get("location"))
    unsaid = UNSAID.get(name)
    return (gold.get(name) or unsaid) == (predicted.get(name) or unsaid)


def attributes_agree(gold: dict, predicted: dict) -> bool:
    return all(attribute_agrees(name, gold, predicted) for name in ATTRIBUTES)


# ---- pairing ----


def pair_up(golds: list, predictions: list, fits: Callable, better: Callable | None = None) -> Pairs:
    """A largest one-to-one pairing of golds with predictions that `fits` (augmenting paths).

    With `better`, the pairs that also satisfy it are made first, so that of two events between the same
    parties each is paired with the twin whose attributes agree; the second round keeps the pairing largest.
    """
    holder: dict[int, int] = {}  # prediction -> gold

    def place(g: int, tried: set[int], allowed: Callable) -> bool:
        for p, predicted in enumerate(predictions):
            if p in tried or not allowed(golds[g], predicted):
                continue
            tried.add(p)
            if p not in holder or place(holder[p], tried, allowed):
                holder[p] = g
                return True
        return False

    rounds = [fits] if better is None else [lambda g, p: fits(g, p) and better(g, p), fits]
    for allowed in rounds:
        for g in range(len(golds)):
            if g not in holder.values():
                place(g, set(), allowed)
    return sorted((g, p) for p, g in holder.items())


# ---- scoring ----


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    matched: int = 0

    def add(self, gold: int, predicted: int, matched: int) -> None:
        self.gold += gold
        self.predicted += predicted
        self.matched += matched

    def figures(self) -> dict:
        """Precision, recall, F1 (an empty side counts as perfect only when the other is empty too)."""
        precision = self.matched / self.predicted if self.predicted else float(not self.gold)
        recall = self.matched / self.gold if self.gold else float(not self.predicted)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "gold": self.gold,
            "pred": self.predicted,
            "tp": self.matched,
            "p": round(precision, 4),
            "r": round(recall, 4),
            "f1": round(f1, 4),
        }


@dataclass
class Miss:
    article: str
    kind: str  # "missed" (in gold, not found) or "spurious" (found, not in gold)
    event: dict


@dataclass
class Evaluation:
    articles: int = 0
    unpredicted: list[str] = field(default_factory=list)
    events: dict = field(default_factory=lambda: {lvl: {t: Tally() for t in TYPES} for lvl in LEVELS})
    agreeing: dict = field(default_factory=lambda: {name: [0, 0] for name in ATTRIBUTES})
    entities: dict = field(default_factory=lambda: {"country": Tally(), "person": Tally()})
    misses: list[Miss] = field(default_factory=list)
    level: str = "country"

    def to_json(self) -> dict:
        result: dict = {
            "documents": self.articles,
            "missing_predictions": sorted(self.unpredicted),
            "level": self.level,
        }
        for lvl, per_type in self.events.items():
            block = {t: tally.figures() for t, tally in per_type.items()}
            overall = Tally()
            for tally in per_type.values():
                overall.add(tally.gold, tally.predicted, tally.matched)
            block["overall"] = overall.figures()
            result[lvl] = block
        result["attributes"] = {
            name: round(agree / total, 4) if total else None for name, (agree, total) in self.agreeing.items()
        }
        result["entities"] = {kind: tally.figures() for kind, tally in self.entities.items()}
        return result


def events_of(record: dict, kind: str) -> list[dict]:
    return [e for e in record.get("events") or [] if isinstance(e, dict) and e.get("type") == kind]


def entity_keys(record: dict) -> tuple[set[str], list[str]]:
    """The country codes of the entities, and the names of the persons."""
    codes, persons = set(), []
    for entity in record.get("entities") or []:
        if not isinstance(entity, dict):
            continue
        code = country_code(entity)
        if code:
            codes.add(code)
        if entity.get("kind") == "person" and entity.get("name"):
            persons.append(entity["name"])
    return codes, persons


def evaluate(gold: dict[str, dict], predicted: dict[str, dict], level: str = "country") -> Evaluation:
    """Score `predicted` against `gold` (both by article id); articles only in `predicted` are ignored.
    `level` chooses the pairing whose attribute agreement and misses are reported."""
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r} (use country or actor)")
    result = Evaluation(articles=len(gold), unpredicted=[i for i in gold if i not in predicted], level=level)
    for article, gold_record in gold.items():
        record = predicted.get(article, {})
        for kind in TYPES:
            golds, found = events_of(gold_record, kind), events_of(record, kind)
            for lvl in LEVELS:
                pairs = pair_up(golds, found, lambda g, p, lvl=lvl: same_parties(g, p, lvl), attributes_agree)
                result.events[lvl][kind].add(len(golds), len(found), len(pairs))
                if lvl == level:
                    _note_pairs(result, article, golds, found, pairs)
        gold_codes, gold_persons = entity_keys(gold_record)
        codes, persons = entity_keys(record)
        result.entities["country"].add(len(gold_codes), len(codes), len(gold_codes & codes))
        result.entities["person"].add(len(gold_persons), len(persons), len(pair_up(gold_persons, persons, same_name)))
    return result


def _note_pairs(result: Evaluation, article: str, golds: list, found: list, pairs: Pairs) -> None:
    for g, p in pairs:
        for name in ATTRIBUTES:
            result.agreeing[name][0] += attribute_agrees(name, golds[g], found[p])
            result.agreeing[name][1] += 1
    paired_gold, paired_found = {g for g, _ in pairs}, {p for _, p in pairs}
    result.misses += [Miss(article, "missed", e) for i, e in enumerate(golds) if i not in paired_gold]
    result.misses += [Miss(article, "spurious", e) for i, e in enumerate(found) if i not in paired_found]


def evaluate_files(gold_path: str | Path, predicted_path: str | Path, level: str = "country") -> Evaluation:
    return evaluate(read_records(gold_path), read_records(predicted_path), level)


# ---- report ----


def _actor_text(actor) -> str:
    if not isinstance(actor, dict):
        return "-"
    return f"{actor.get('name')}[{actor.get('country') or '-'}]"


def describe(event: dict) -> str:
    return (
        f"{event.get('type')}: {_actor_text(event.get('source'))} -> {_actor_text(event.get('target'))}"
        f" ({event.get('polarity') or 'positive'}, {event.get('modality') or 'asserted'})"
    )


def _rows(title: str, block: dict) -> Iterable[str]:
    yield f"{title:<16}{'gold':>6}{'pred':>6}{'tp':>6}{'P':>7}{'R':>7}{'F1':>7}"
    for name, row in block.items():
        yield (
            f"{name:<16}{row['gold']:>6}{row['pred']:>6}{row['tp']:>6}{row['p']:>7.3f}{row['r']:>7.3f}{row['f1']:>7.3f}"
        )


def report_text(result: Evaluation, errors: bool = False) -> str:
    figures = result.to_json()
    lines = [f"articles: {figures['documents']}, of which without predictions: {len(figures['missing_predictions'])}"]
    for lvl in LEVELS:
        lines += ["", *_rows(f"{lvl} level", figures[lvl])]
    lines += ["", f"attributes of the events paired at {result.level} level (share that agree):"]
    lines += [
        f"  {name:<10}{'-' if share is None else f'{share:.3f}':>7}" for name, share in figures["attributes"].items()
    ]
    lines += ["", *_rows("entities", figures["entities"])]
    if errors:
        lines += ["", f"missed and spurious events ({result.level} level):"]
        lines += [f"  {miss.article:<12} {miss.kind:<9} {describe(miss.event)}" for miss in result.misses]
    return "\n".join(lines) + "\n"


def report_json(result: Evaluation, errors: bool = False) -> str:
    figures = result.to_json()
    if errors:
        figures["errors"] = [{"id": m.article, "kind": m.kind, "event": m.event} for m in result.misses]
    return json.dumps(figures, indent=2, ensure_ascii=False) + "\n"
