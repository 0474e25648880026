"""The folders of kg/ read as the flow of data, and the imports agree: each stage uses only those before it."""

from __future__ import annotations

import ast
from pathlib import Path

KG = Path(__file__).resolve().parents[2] / "kg"

# The stages in the order data flows through them; a module may import its own stage and earlier ones.
STAGES = ["base", "read", "understand", "graph", "present", "serve", "run", "command"]
STAGE_OF = {
    "kg": "command",  # the package's face: kg.load() and kg.make_doc() hand out the pipeline
    "kg.resources": "base",
    "kg.blas": "base",
    "kg.model": "base",
    "kg.gazetteer": "base",
    "kg.lexicon": "base",
    "kg.read": "read",
    "kg.nlp": "understand",
    "kg.backend": "understand",
    "kg.spacy_import": "understand",
    "kg.extract": "understand",
    "kg.graph": "graph",
    "kg.query": "present",
    "kg.view": "present",
    "kg.serve": "serve",
    "kg.run": "run",
    "kg.evaluate": "run",
    "kg.cli": "command",
    "kg.__main__": "command",
}


def module_name(path: Path) -> str:
    parts = path.relative_to(KG.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in KG.rglob("*.py")}


def stage(module: str) -> str:
    for prefix in sorted(STAGE_OF, key=len, reverse=True):
        if module == prefix or module.startswith(prefix + "."):
            return STAGE_OF[prefix]
    raise AssertionError(f"{module}: in no stage; add it to STAGE_OF")


def imports_of(module: str) -> set[str]:
    """The kg modules `module` imports, at the top or inside functions."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            names = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base for alias in node.names]
        else:
            continue
        found |= {n for n in names if n in MODULES and n != module}
    return found


GRAPH = {module: imports_of(module) for module in MODULES}


def test_every_module_belongs_to_a_stage():
    for module in MODULES:
        stage(module)


def test_stages_import_only_their_own_and_earlier_stages():
    wrong = [
        f"{m} ({stage(m)}) imports {t} ({stage(t)})"
        for m, targets in GRAPH.items()
        for t in targets
        if STAGES.index(stage(t)) > STAGES.index(stage(m))
    ]
    assert not wrong, "\n".join(wrong)


def test_no_import_cycle_between_modules():
    done: set[str] = set()

    def visit(module: str, path: list[str]) -> None:
        if module in path:
            cycle = path[path.index(module) :] + [module]
            raise AssertionError("import cycle: " + " -> ".join(cycle))
        if module in done:
            return
        for target in sorted(GRAPH[module]):
            if target != module.rpartition(".")[0]:  # a package's own __init__ is loaded first anyway
                visit(target, [*path, module])
        done.add(module)

    for module in sorted(MODULES):
        visit(module, [])


def test_the_store_spec_prefix_is_written_once_and_no_private_attributes_are_reached():
    prefixes, private = [], []
    for module, path in MODULES.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and node.value == "oxigraph:":
                prefixes.append(module)
            if isinstance(node, ast.Attribute) and node.attr in ("_inner", "_store"):
                private.append(f"{module}:{node.lineno}")
    assert prefixes == ["kg.graph.oxigraph"]
    assert not private
