import importlib.util
import sys
from pathlib import Path

_NAME = "kg_test_rdf_fixtures"
if _NAME not in sys.modules:
    _spec = importlib.util.spec_from_file_location(_NAME, Path(__file__).parents[1] / "rdf" / "conftest.py")
    sys.modules[_NAME] = importlib.util.module_from_spec(_spec)
    _spec.loader.exec_module(sys.modules[_NAME])
_fixtures = sys.modules[_NAME]

samples = _fixtures.samples
results = _fixtures.results
sample_graph = _fixtures.sample_graph
sample_ttl = _fixtures.sample_ttl
