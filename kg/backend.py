"""Pick thinc's faster matrix backend (blis or numpy's BLAS) for this machine, by measurement.

spaCy multiplies matrices through thinc's `NumpyOps`, which calls blis by default. On some CPUs
numpy's own BLAS is several times faster, on others it is the other way round, and the outputs
are the same either way. So we time both on the model's own matrix shapes once per machine,
keep the winner in a small JSON cache, and set it before the model loads.

Either way numpy's BLAS is held to one thread per process: spaCy's products are small, a second
thread gains little on a quiet machine, loses badly on a busy one (its threads spin while they
wait for a core), and the workers of kg.run.parallel already fill the cores. The limit is set in the
environment by kg/__init__.py, before numpy is first imported (every entry point imports the kg
package first: the CLI, kg.load(), worker processes and Dask tasks, whose nanny sets the same
variables); limit_blas_threads() applies it again at load only for a process that imported numpy
before kg. OPENBLAS_NUM_THREADS, OMP_NUM_THREADS or MKL_NUM_THREADS set by the user win.

Override with the environment variable KG_OPS=numpy|blis; KG_BACKEND_CACHE names the cache file.
"""

from __future__ import annotations

import json
import os
import platform
import sys
import time
from importlib import metadata
from pathlib import Path
from typing import cast

from .blas import SET_BEFORE_NUMPY, THREAD_VARIABLES

CHOICES = ("numpy", "blis")

# (rows, inputs, outputs) of the large products in en_core_web_sm: the embedding mix and the
# four window-encoder layers of tok2vec (maxout, 3 pieces), and the parser's and NER's
# precomputed first layers (8 and 3 features x 64 hidden x 2 pieces).
MODEL_SHAPES = ((2048, 384, 288), (2048, 288, 288), (2048, 96, 1024), (2048, 96, 384))


def cache_path() -> Path:
    if os.environ.get("KG_BACKEND_CACHE"):
        return Path(os.environ["KG_BACKEND_CACHE"])
    if sys.platform.startswith("linux"):  # what platformdirs gives there, without importing it
        base = os.environ.get("XDG_CACHE_HOME", "").strip() or Path.home() / ".cache"
        return Path(base) / "kg" / "backend.json"
    try:
        from platformdirs import user_cache_dir

        return Path(user_cache_dir("kg")) / "backend.json"
    except ImportError:
        base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
        return Path(base) / "kg" / "backend.json"


def machine_key() -> str:
    """CPU model and the versions that decide the timing: a new machine or library measures again."""
    versions = []
    for package in ("numpy", "blis", "thinc"):
        try:
            versions.append(f"{package}={metadata.version(package)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{package}=none")
    return "|".join([platform.machine(), cpu_model(), f"cores={os.cpu_count()}", *versions, "blas-threads=1"])


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown-cpu"


def make_ops(name: str):
    from thinc.api import NumpyOps

    if name not in CHOICES:
        raise ValueError(f"KG_OPS must be one of {', '.join(CHOICES)}, not {name!r}")
    return NumpyOps(use_blis=(name == "blis"))


def measure(budget: float = 0.3) -> dict[str, float]:
    """Seconds per pass over MODEL_SHAPES for each backend, alternating so that both see the same load."""
    import numpy

    rng = numpy.random.default_rng(0)
    pairs = [
        (rng.standard_normal((n, i), dtype="float32"), rng.standard_normal((o, i), dtype="float32"))
        for n, i, o in MODEL_SHAPES
    ]
    ops = {name: make_ops(name) for name in CHOICES}
    best = dict.fromkeys(CHOICES, float("inf"))
    deadline = time.perf_counter() + budget
    rounds = 0
    while rounds < 3 or (time.perf_counter() < deadline and rounds < 50):
        for name in CHOICES:
            start = time.perf_counter()
            for x, w in pairs:
                ops[name].gemm(x, w, trans2=True)
            best[name] = min(best[name], time.perf_counter() - start)
        rounds += 1
    return {name: round(seconds, 6) for name, seconds in best.items()}


BLAS_THREAD_VARIABLES = THREAD_VARIABLES


def blas_threads() -> int:
    """The BLAS threads asked for in the environment (kg/__init__.py sets 1 unless the user set a number)."""
    for name in BLAS_THREAD_VARIABLES:
        value = os.environ.get(name, "").strip()
        if value.isdigit() and int(value) > 0:
            return int(value)
    return 1


def limit_blas_threads() -> None:
    """Hold the BLAS to blas_threads(), unless numpy loaded after kg/__init__.py set the variables (the BLAS
    then read them as it started, and threadpoolctl's look through the loaded libraries is not needed)."""
    if SET_BEFORE_NUMPY:
        return
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:
        return
    threadpool_limits(blas_threads(), user_api="blas")


def fastest_ops_name() -> str:
    """The env override, else the cached choice for this machine, else measure now and cache it."""
    forced = os.environ.get("KG_OPS", "").strip().lower()
    if forced:
        if forced not in CHOICES:
            raise ValueError(f"KG_OPS must be one of {', '.join(CHOICES)}, not {forced!r}")
        return forced
    path, key = cache_path(), machine_key()
    cache = read_cache(path)
    if key in cache and cache[key].get("ops") in CHOICES:
        return cache[key]["ops"]
    seconds = measure()
    name = min(CHOICES, key=seconds.__getitem__)  # measure() times every choice
    cache[key] = {"ops": name, "seconds_per_pass": seconds, "measured": time.strftime("%Y-%m-%d %H:%M:%S")}
    write_cache(path, cache)
    return name


def read_cache(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_cache(path: Path, cache: dict) -> None:
    """Write atomically, so that workers starting together never read half a file; a read-only home is fine."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(cache, indent=2, sort_keys=True), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass


def use_fastest_ops() -> str:
    """Make the faster backend thinc's current ops; call before the model loads. Returns its name."""
    from thinc.api import NumpyOps, get_current_ops, set_current_ops

    limit_blas_threads()
    current = get_current_ops()
    if type(current).__name__ != "NumpyOps" and not os.environ.get("KG_OPS"):
        return type(current).__name__  # a GPU or Apple backend: already the fast one
    name = fastest_ops_name()
    if type(current) is not NumpyOps or cast(NumpyOps, current).use_blis != (name == "blis"):
        set_current_ops(make_ops(name))
    return name
