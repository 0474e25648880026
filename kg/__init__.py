"""kg: diplomatic-event knowledge graphs from news articles."""

import os as _os
import sys as _sys

# One BLAS thread per process, fixed before anything imports numpy (numpy starts its BLAS threads on import, and a
# limit set later leaves an idle thread spinning); a value the user set wins. See kg/backend.py.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    _os.environ.setdefault(_name, "1")
# Whether numpy will load after the variables are set (then kg.backend need not apply the limit again).
BLAS_THREADS_SET_BEFORE_NUMPY = "numpy" not in _sys.modules


def __getattr__(name: str):
    """kg.__version__, read from the installed metadata when first asked for (not at every import of kg)."""
    if name != "__version__":
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("kg")
    except PackageNotFoundError:  # imported from a checkout that was never installed
        found = "0+unknown"
    globals()["__version__"] = found
    return found


def load(known_people: bool = True):
    """kg's spaCy pipeline: `nlp = kg.load(); doc = nlp(text)` gives `doc._.events` and `doc._.actors`."""
    from .nlp import load as load_pipeline

    return load_pipeline(known_people)


def make_doc(nlp, article):
    """A Doc of the article's text that carries the article (publication date, id) to the extractor."""
    from .nlp import make_doc as make

    return make(nlp, article)
