"""`import spacy` for the `kg` command's own processes (kg/cli.py, its workers): without what kg never uses.

- spaCy 3.8's `spacy/__init__.py` runs `from .cli.info import info`, which imports all of `spacy.cli` (typer,
  requests, weasel, jinja2, the training quick-start YAML): about 0.2 s of every run's start-up, for a function kg
  never calls. Upstream made it lazy: explosion/spaCy PR #12962 ("Load the cli module lazily for spacy.info",
  merged in 2023 on another branch) and PR #13933 ("lazy spaCy CLI loading", open); the 3.8 wheels still import it.
- `spacy.util` imports `langcodes`, whose import compiles a regular expression of every language tag (about
  0.05 s), used only to guess a language spaCy has no module for.
- catalogue, which spaCy's, thinc's and srsly's registries are made with, finds a group of entry points with
  `.select(group=...)` on every registry read, and Python 3.11's SelectableGroups rebuilds the list of all the
  installed entry points each time: srsly reads its msgpack decoders at each of the ~130 reads of the model files.

`import_spacy()` imports spaCy with two stand-ins in `sys.modules`, removed once spaCy is imported (a later
`import spacy.cli` or `import langcodes` gets the real module): `spacy.cli.info`, whose `info` imports the real
`spacy.cli` on its first call (so `spacy.info()` works), and `langcodes`, which imports the real module on the first
use of any of its names; and it gives catalogue its snapshot of the entry points as the dict of groups that catalogue
also reads (the same entry points, in the same order, grouped once). Only for the pinned spaCy (SPACY_VERSION,
pyproject.toml): another release is imported as it is. A user's program that calls `kg.load()` imports spaCy as usual.
"""

from __future__ import annotations

import importlib.util
import sys
import types
from pathlib import Path

from .nlp import collections_paused

SPACY_VERSION = "3.8.7"
CLI_INFO = "spacy.cli.info"


def import_spacy() -> None:
    """Import spaCy (see the module's docstring); nothing when it is imported already or is not SPACY_VERSION."""
    spec = None if "spacy" in sys.modules else importlib.util.find_spec("spacy")
    if spec is None or spec.origin is None:
        return
    about = Path(spec.origin).with_name("about.py")
    if f'__version__ = "{SPACY_VERSION}"\n' not in about.read_text(encoding="utf-8"):
        return
    stand_ins = {CLI_INFO: Deferred(CLI_INFO), "langcodes": Deferred("langcodes")}
    stand_ins[CLI_INFO].info = info  # type: ignore[attr-defined]
    stand_ins = {name: module for name, module in stand_ins.items() if name not in sys.modules}
    sys.modules.update(stand_ins)
    try:
        with collections_paused():  # as in kg.load(): the ~100,000 objects of the import live as long as the run
            _entry_points_by_group()
            import spacy  # noqa: F401
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]


def _entry_points_by_group() -> None:
    """catalogue's snapshot of the installed entry points as a dict of groups (see the module's docstring)."""
    import catalogue

    snapshot = catalogue.AVAILABLE_ENTRY_POINTS
    if hasattr(snapshot, "select") and hasattr(snapshot, "groups"):
        catalogue.AVAILABLE_ENTRY_POINTS = {group: snapshot.select(group=group) for group in snapshot.groups}


class Deferred(types.ModuleType):
    """A module's stand-in that imports the real module on the first use of a name it does not hold (not on the
    import system's look-ups of __path__ and the like)."""

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        if sys.modules.get(self.__name__) is self:
            del sys.modules[self.__name__]
        return getattr(importlib.import_module(self.__name__), name)


def info(*args, **kwargs):
    """spacy.info: the real one, imported with spacy.cli on the first call."""
    from spacy.cli.info import info as real

    sys.modules["spacy"].info = real
    return real(*args, **kwargs)
