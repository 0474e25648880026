"""`kg evaluate` gives the figures of the shared scorer (../shared/eval/score.py) on the dev and PLOVER sets.

The predictions are what `kg extract` writes for those sets. ../shared lies beside the checkout (CI has it);
KG_SHARED names another place for it (a worktree elsewhere).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

CHECKOUT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("KG_SHARED") or CHECKOUT.parent / "shared") / "eval"
SETS = ("dev.jsonl", "plover_gsr.jsonl")

needs_shared = pytest.mark.skipif(
    not (SHARED / "score.py").is_file(),
    reason=f"{SHARED} is absent: the shared scorer and gold sets live beside the checkout",
)


def _figures(args: list) -> dict:
    done = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@needs_shared
@pytest.mark.parametrize("name", SETS)
def test_kg_evaluate_equals_the_shared_scorer(name, tmp_path):
    gold = SHARED / name
    predicted = tmp_path / "predicted.jsonl"
    done = subprocess.run(
        [sys.executable, "-m", "kg", "-q", "extract", gold, "-o", predicted, "--workers", "1"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    ours = _figures([sys.executable, "-m", "kg", "evaluate", gold, predicted, "--json"])
    theirs = _figures([sys.executable, SHARED / "score.py", gold, predicted, "--json"])
    assert ours.pop("level") == "country"
    assert ours == theirs
    assert theirs["country"]["overall"]["tp"] > 0  # a comparison of two empty results would prove nothing
