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
  And its Registry.get_all compares every registered name with the namespace by a generator expression, ~0.5 ms
  a read: it is given a get_all that compares each name's namespace as one tuple (the same result, in one pass).

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
            _registry_read_in_one_pass()
            import spacy  # noqa: F401
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]


def _entry_points_by_group() -> None:
    """catalogue's snapshot of the installed entry points as a dict of groups (see the module's docstring)."""
    import catalogue

    snapshot = catalogue.AVAILABLE_ENTRY_POINTS
    if not (hasattr(snapshot, "select") and hasattr(snapshot, "groups")):
        return
    if isinstance(snapshot, dict):  # Python 3.10 and 3.11's SelectableGroups: already a dict of the groups, read as one
        groups = dict(dict.items(snapshot))  # (its select(group=g) gives each the same entry points, in this order)
    else:
        groups = {group: snapshot.select(group=group) for group in snapshot.groups}
    catalogue.AVAILABLE_ENTRY_POINTS = groups


# What catalogue 2.0's Registry.get_all reads (names, local variables, variables of its inner generator).
GET_ALL_SHAPE = (
    ("entry_points", "update", "get_entry_points", "REGISTRY", "copy", "items", "len", "namespace", "all", "range"),
    ("self", "result", "value"),
    ("self", "keys"),
)


def _registry_read_in_one_pass() -> None:
    """catalogue's Registry.get_all with the same result, in one pass over the registry without a generator per entry.

    srsly reads its msgpack decoders with get_all() at each of the ~130 reads of the model's files, and catalogue's
    get_all() compares each of the ~220 registered names with the registry's namespace by a generator expression:
    about 0.5 ms a read. Here a name's namespace (all but its last part) is compared as one tuple, which gives the
    same functions under the same names, in the same order. Only when get_all is catalogue 2.0's (GET_ALL_SHAPE).
    """
    import catalogue

    code = getattr(catalogue.Registry.get_all, "__code__", None)
    if code is None or (code.co_names, code.co_varnames, code.co_cellvars) != GET_ALL_SHAPE:
        return

    def get_all(self) -> dict:
        result = {}
        if self.entry_points:
            result.update(self.get_entry_points())
        namespace = tuple(self.namespace)
        size = len(namespace) + 1
        for keys, value in catalogue.REGISTRY.copy().items():
            if len(keys) == size and keys[:-1] == namespace:
                result[keys[-1]] = value
        return result

    get_all.__doc__ = catalogue.Registry.get_all.__doc__
    catalogue.Registry.get_all = get_all


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


# ---- the start-up of the `kg` command's own processes ----


def begin_start_up() -> None:
    """From here to end_start_up() (the model loaded and frozen, kg/run/parallel.py): compiled regular expressions
    from kg's cache (cache_regexes) and no automatic garbage collection.

    kg.load() pauses collections while the model loads, and import_spacy() while spaCy is imported, but the first
    collection after each pause then goes through every object made during it (~100,000 after the import, ~80,000
    after the load), to free a few thousand: about a tenth of the one-article run's CPU. Paused from the command's
    start to the gc.freeze() that follows the load, those objects are frozen instead, as the model's always were.
    """
    global _thresholds
    if _thresholds is None:
        import gc

        _thresholds = gc.get_threshold()
        gc.set_threshold(0, *_thresholds[1:])
    cache_regexes()


def end_start_up() -> None:
    """The end of begin_start_up(): the regular expressions compiled since stored, collections as they were."""
    global _thresholds
    save_regexes()
    if _thresholds is not None:
        import gc

        gc.set_threshold(*_thresholds)
        _thresholds = None


_thresholds: tuple[int, ...] | None = None


# ---- compiled regular expressions, kept between runs ----

REGEX_CACHE_ENTRIES = 2000  # past this, only the expressions of the last run are kept


def cache_regexes() -> None:
    """From now on in this process, a regular expression that Python compiles (its `re` module's own cache missed)
    is taken from kg's cache of compiled expressions when it is there; call save_regexes() once start-up is over.

    Python compiles an expression in Python code (re._parser, re._compiler) into a program of integers that its
    C engine (_sre) runs; `re` keeps the result only for the process. spaCy's tokenizer alone compiles five
    expressions of up to 15,000 characters at every load (its prefixes, suffixes, infixes, URLs), and the start-up
    of `kg extract` compiles about 160 in all, some 0.1 s of CPU. The cache holds, per (expression, flags), the
    arguments Python's compiler gave _sre.compile, recorded as it gave them, and makes the same pattern from them
    (equal to the one compiled, which save_regexes() checks before storing it). It is a file in kg's cache folder
    named by the Python build and the _sre engine's version, with a checksum; anything amiss (another Python, a
    damaged or unreadable file, a program _sre refuses) and the expression is compiled as usual. Only the `kg`
    command's own processes use it (begin_start_up(): kg/cli.py, kg/run/parallel.py's workers), as they do
    import_spacy().
    """
    global _regexes
    if _regexes is None and _compiler_module() is not None:
        _regexes = _RegexCache()
        _regexes.start()


def save_regexes() -> None:
    """Stop taking compiled expressions from the cache (cache_regexes) and store those compiled since; nothing when
    the cache was not started."""
    global _regexes
    cache, _regexes = _regexes, None
    if cache is not None:
        cache.stop()
        cache.save()


_regexes: _RegexCache | None = None


def _compiler_module():
    """re._compiler (Python 3.11 and later, CPython), or None."""
    if sys.implementation.name != "cpython":
        return None
    try:
        import re._compiler as compiler
    except ImportError:
        return None
    return compiler if callable(getattr(compiler, "compile", None)) and hasattr(compiler, "_sre") else None


def _regex_cache_file() -> Path:
    import _sre
    import hashlib

    from .backend import cache_path

    build = "|".join(map(str, (sys.version, sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT)))
    return cache_path().with_name(f"regex-{hashlib.sha256(build.encode()).hexdigest()[:16]}.marshal")


class _RecordingSre(types.ModuleType):
    """re._compiler's `_sre` while the cache is on: the real module, whose compile() also notes its arguments."""

    def __init__(self, real, recorded: dict):
        super().__init__(real.__name__)
        self._real = real
        self._recorded = recorded

    def __getattr__(self, name: str):
        return getattr(self._real, name)

    def compile(self, pattern, flags, code, groups, groupindex, indexgroup):
        compiled = self._real.compile(pattern, flags, code, groups, groupindex, indexgroup)
        self._recorded[id(compiled)] = (flags, code, groups, groupindex, indexgroup)
        return compiled


class _RegexCache:
    def __init__(self):
        import _sre

        self.sre = _sre
        self.compiler = _compiler_module()
        self.path = _regex_cache_file()
        self.stored = self._read()
        self.used: set = set()
        self.new: dict = {}  # (pattern, flags) -> (arguments of _sre.compile, the pattern compiled)
        self.recorded: dict = {}
        self.original = self.compiler.compile

    def _read(self) -> dict:
        import hashlib
        import marshal

        try:
            data = self.path.read_bytes()
            if hashlib.sha256(data[32:]).digest() == data[:32]:
                stored = marshal.loads(data[32:])
                if isinstance(stored, dict):
                    return stored
        except (OSError, EOFError, ValueError, TypeError):
            pass
        return {}

    def start(self) -> None:
        self.compiler._sre = _RecordingSre(self.sre, self.recorded)
        self.compiler.compile = self.compile

    def stop(self) -> None:
        if self.compiler.compile == self.compile:
            self.compiler.compile = self.original
        if isinstance(self.compiler._sre, _RecordingSre):
            self.compiler._sre = self.sre

    def compile(self, p, flags=0):
        """re._compiler.compile(p, flags) for an expression in the cache, else it as it is (and note the result)."""
        if type(p) not in (str, bytes) or type(flags) is not int or flags & self.compiler.SRE_FLAG_DEBUG:
            return self.original(p, flags)
        key = (p, flags)
        arguments = self.stored.get(key)
        if arguments is not None:
            try:
                compiled = self.sre.compile(p, *arguments)
            except (RuntimeError, TypeError, ValueError, OverflowError):
                del self.stored[key]
            else:
                self.used.add(key)
                return compiled
        compiled = self.original(p, flags)
        arguments = self.recorded.pop(id(compiled), None)
        if arguments is not None and len(self.new) < REGEX_CACHE_ENTRIES:
            self.new[key] = (arguments, compiled)
        return compiled

    def save(self) -> None:
        """Add the expressions compiled since start() whose arguments give back an equal pattern."""
        import hashlib
        import marshal
        import os

        checked = {}
        for (p, flags), ((final_flags, code, groups, groupindex, indexgroup), compiled) in self.new.items():
            try:
                arguments = (int(final_flags), [int(c) for c in code], int(groups), dict(groupindex), tuple(indexgroup))
                again = self.sre.compile(p, *arguments)
                if again == compiled and again.groupindex == compiled.groupindex and again.groups == compiled.groups:
                    marshal.dumps(arguments)
                    checked[(p, flags)] = arguments
            except (RuntimeError, TypeError, ValueError, OverflowError):
                continue
        if not checked:
            return
        entries = dict(self.stored)
        if len(entries) + len(checked) > REGEX_CACHE_ENTRIES:
            entries = {key: entries[key] for key in self.used if key in entries}
        entries.update(checked)
        payload = marshal.dumps(entries)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(f"{self.path.stem}.{os.getpid()}.tmp")
            tmp.write_bytes(hashlib.sha256(payload).digest() + payload)
            os.replace(tmp, self.path)
        except OSError:
            pass
