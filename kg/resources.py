"""Where the files kg ships live, found through importlib.resources.

data/ and ontology/ sit at the top of the repository and are installed as the packages kg.data and
kg.ontology (pyproject.toml maps them); the named queries are kg/query/queries/. Every reader of those
files starts from here, so an editable checkout and an installed wheel find the same files.
"""

from importlib.resources import files
from pathlib import Path


def _folder(package: str, *parts: str) -> Path:
    folder = files(package).joinpath(*parts)
    if not isinstance(folder, Path):  # kg reads these with open(): it must be installed as files, not zipped
        raise RuntimeError(f"{package}: installed in a form kg cannot read its files from ({type(folder).__name__})")
    return folder


DATA = _folder("kg.data")
GAZETTEER = DATA / "gazetteer"
LEXICON = DATA / "lexicon"
SAMPLES = DATA / "samples"
ONTOLOGY = _folder("kg.ontology")
QUERIES = _folder("kg", "query", "queries")
