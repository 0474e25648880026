"""Where the shipped data lives: data/, ontology/ and kg/queries/ of the checkout."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
GAZETTEER = DATA / "gazetteer"
LEXICON = DATA / "lexicon"
ONTOLOGY = ROOT / "ontology"
QUERIES = Path(__file__).resolve().parent / "queries"
