"""`import spacy` without spaCy's command line, for the `kg` command's own processes (kg/cli.py main, its workers).

spaCy 3.8's `spacy/__init__.py` runs `from .cli.info import info`, which imports all of `spacy.cli` (typer, requests,
weasel, jinja2, the training quick-start YAML: about 0.2 s of every `kg` run's start-up) for a function kg never
calls; and `spacy.util` imports `langcodes`, whose import compiles a regular expression of every language tag
(about 0.05 s), used only to guess a language spaCy has no module for. Upstream made the first lazy:
explosion/spaCy PR #12962 ("Load the cli module lazily for spacy.info", merged in 2023 on another branch) and PR
#13933 ("lazy spaCy CLI loading", open); the 3.8 wheels still import it.

`import_spacy()` imports spaCy with two stand-ins in `sys.modules`, removed once spaCy is imported (a later
`import spacy.cli` or `import langcodes` gets the real module): `spacy.cli.info`, whose `info` imports the real
`spacy.cli` on its first call (so `spacy.info()` works), and `langcodes`, which imports the real module on the first
use of any of its names. Only for the pinned spaCy (SPACY_VERSION, pyproject.toml): another release is imported as
it is. A user's program that calls `kg.load()` imports spaCy as usual.
"""

from __future__ import annotations

import importlib.util
import sys
import types
from pathlib import Path

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
        import spacy  # noqa: F401
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]


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
