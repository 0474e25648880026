"""kg: diplomatic-event knowledge graphs from news articles."""

from . import blas as _blas  # noqa: F401  first of all: the BLAS threads are set before numpy loads


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
