"""The README's example outputs are what the current code prints (scripts/readme_examples.py regenerates them)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_readme_examples_are_current():
    run = subprocess.run(
        [sys.executable, "scripts/readme_examples.py", "--check"], cwd=ROOT, capture_output=True, text=True
    )
    assert run.returncode == 0, "README.md is stale: run python scripts/readme_examples.py\n" + run.stdout + run.stderr
