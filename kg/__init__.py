"""kg: diplomatic-event knowledge graphs from news articles."""

import os as _os
from importlib.metadata import PackageNotFoundError, version

# One BLAS thread per process, fixed before anything imports numpy (numpy starts its BLAS threads on import, and a
# limit set later leaves an idle thread spinning); a value the user set wins. See kg/backend.py.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    _os.environ.setdefault(_name, "1")

try:
    __version__ = version("kg")
except PackageNotFoundError:  # imported from a checkout that was never installed
    __version__ = "0+unknown"


def load(known_people: bool = True):
    """kg's spaCy pipeline: `nlp = kg.load(); doc = nlp(text)` gives `doc._.events` and `doc._.actors`."""
    from .nlp import load as load_pipeline

    return load_pipeline(known_people)


def make_doc(nlp, article):
    """A Doc of the article's text that carries the article (publication date, id) to the extractor."""
    from .nlp import make_doc as make

    return make(nlp, article)
