"""numpy's BLAS gets one thread per process from the moment the kg package is imported; a user's setting wins."""

import json
import os
import subprocess
import sys

from kg.backend import BLAS_THREAD_VARIABLES

THREADS = """
import json, kg, numpy
from threadpoolctl import threadpool_info
print(json.dumps([pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]))
"""


def blas_threads_after_import(**env):
    clean = {k: v for k, v in os.environ.items() if k not in BLAS_THREAD_VARIABLES}
    done = subprocess.run(
        [sys.executable, "-c", THREADS], env={**clean, **env}, capture_output=True, text=True, timeout=120, check=True
    )
    return json.loads(done.stdout)


def test_importing_kg_before_numpy_gives_one_blas_thread():
    threads = blas_threads_after_import()
    assert threads and set(threads) == {1}


def test_the_users_blas_setting_wins():
    threads = blas_threads_after_import(OPENBLAS_NUM_THREADS="2", OMP_NUM_THREADS="2", MKL_NUM_THREADS="2")
    assert threads and set(threads) == {2}
