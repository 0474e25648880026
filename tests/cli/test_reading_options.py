"""The input options of `kg extract` and `kg build` at the command line (the reading itself: tests/articles)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INPUTS = ROOT / "tests" / "data" / "inputs"


def _kg(*args):
    return subprocess.run(
        [sys.executable, "-m", "kg.cli", *map(str, args)], capture_output=True, text=True, cwd=ROOT, timeout=300
    )


def test_extract_reads_an_export_with_its_dates_and_says_how(tmp_path):
    output = tmp_path / "events.jsonl"
    run = _kg(
        "extract",
        INPUTS / "export_columns.csv",
        INPUTS / "ambiguous_dates.csv",
        "--dayfirst",
        "-o",
        output,
        "--workers",
        "1",
    )
    assert run.returncode == 0, run.stderr
    records = {r["id"]: r for r in map(json.loads, output.read_text(encoding="utf-8").splitlines())}
    assert records["1001"]["published"] == "2024-02-12"
    assert records["ambiguous"]["published"] == "2024-03-04"
    assert "kg: note: " + str(INPUTS / "export_columns.csv") + ": unknown columns ('sentiment' ignored)" in run.stderr


@pytest.mark.parametrize(
    ("option", "message"),
    [
        (("--encoding", "klingon"), "--encoding 'klingon': no such encoding"),
        (("--column", "body"), "--column 'body': expected FIELD=NAME"),
        (("--column", "headline=title"), "no field 'headline'"),
        (("--column", "text=a", "--column", "text=b"), "--column text is given twice"),
        (("--published", "04/03/2024"), "is 2024-03-04 day-first or 2024-04-03 month-first"),
        (("--published", "soon"), "--published 'soon' is not a date"),
    ],
)
def test_bad_input_options_are_one_line_errors(tmp_path, option, message):
    run = _kg("build", INPUTS / "dateline.txt", "-o", tmp_path / "out", *option)
    assert run.returncode == 1
    assert run.stderr.startswith("kg: error: ") and message in run.stderr, run.stderr
    assert list(tmp_path.iterdir()) == []  # not even the output folder
