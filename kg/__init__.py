"""kg: diplomatic-event knowledge graphs from news articles."""

import os as _os

# One BLAS thread per process, fixed before anything imports numpy (numpy starts its BLAS threads on import, and a
# limit set later leaves an idle thread spinning); a value the user set wins. See kg/backend.py.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    _os.environ.setdefault(_name, "1")

__version__ = "0.1.0"
