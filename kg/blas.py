"""One BLAS thread per process, fixed before anything imports numpy: numpy starts its BLAS threads on import, and a
limit set later leaves an idle thread spinning. A value the user set wins. kg/__init__.py imports this first; see
kg/backend.py."""

import os
import sys

THREAD_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")

for _name in THREAD_VARIABLES:
    os.environ.setdefault(_name, "1")

# Whether numpy loads after the variables are set (then kg.backend need not apply the limit again).
SET_BEFORE_NUMPY = "numpy" not in sys.modules
