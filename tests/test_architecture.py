"""The architecture as rules a test enforces (docs/ARCHITECTURE.md, "Layers"), and ruff clean.

Every `import` of every module counts, including those inside functions: a lazy import is still a
dependency. The rules:
- `nnviz.core` imports no Qt and nothing of `nnviz.qt` or `nnviz.app`;
- `nnviz.qt` never imports `nnviz.app`;
- `nnviz.qt.widgets` never imports a chapter;
- a chapter package never imports another chapter's package (the Conclusion reaches the others
  through the registry);
- no import cycle among modules.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QT_PACKAGES = ("PySide6", "shiboken6", "pyqtgraph", "superqt", "qtpy")
CHAPTERS = "nnviz.qt.chapters."


def module_name(path: Path, root: Path) -> str:
    parts = path.relative_to(root).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(root: Path, package: str = "nnviz") -> dict[str, set[str]]:
    """Every module of `package` under `root` → the names it imports (modules of the package, or any other top name)."""
    modules = {module_name(p, root): p for p in (root / package).rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        here = name if path.name == "__init__.py" else name.rpartition(".")[0]
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parent = here.split(".")[: len(here.split(".")) - node.level + 1]
                    base = ".".join(parent + ([node.module] if node.module else []))
                for alias in node.names:  # `from pkg import module` depends on the module itself
                    found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base)
        graph[name] = {_owner(m, modules) for m in found} - {name}
    return graph


def _owner(name: str, modules) -> str:
    """`name` as the longest module of the package it lies in (`a.b.func` → `a.b`), or as it is."""
    while name and name not in modules and "." in name:
        name = name.rpartition(".")[0]
    return name


def chapter_of(module: str) -> str | None:
    """The chapter package a module lies in (`why_how` for nnviz.qt.chapters.why_how.tab), else None."""
    if not module.startswith(CHAPTERS):
        return None
    rest = module[len(CHAPTERS):].split(".")
    return rest[0] if len(rest) > 1 or rest[0] not in ("base", "data_tables") else None


def violations(graph: dict[str, set[str]]) -> list[str]:
    """Every broken layer rule, one readable line each."""
    found = []
    for module, targets in sorted(graph.items()):
        for target in sorted(targets):
            top = target.split(".")[0]
            if module.startswith("nnviz.core") and (top in QT_PACKAGES or target.startswith(("nnviz.qt", "nnviz.app"))):
                found.append(f"{module} imports {target}: the core never imports Qt, nnviz.qt or nnviz.app")
            if module.startswith("nnviz.qt") and target.startswith("nnviz.app"):
                found.append(f"{module} imports {target}: nnviz.qt never imports nnviz.app")
            if module.startswith("nnviz.qt.widgets") and target.startswith(CHAPTERS):
                found.append(f"{module} imports {target}: widgets never import a chapter")
            mine, theirs = chapter_of(module), chapter_of(target)
            if mine and theirs and mine != theirs:
                found.append(f"{module} imports {target}: a chapter never imports another chapter's package")
    return found


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The import cycles: strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in graph:
                continue
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_layers_hold():
    assert violations(imports(ROOT)) == []


def test_no_import_cycle():
    assert cycles(imports(ROOT)) == []


def test_the_tree_shows_one_package_per_chapter():
    chapters = ROOT / "nnviz" / "qt" / "chapters"
    packages = sorted(p.name for p in chapters.iterdir() if (p / "__init__.py").exists())
    assert packages == ["backpropagation", "cnn", "conclusion", "gradient_descent", "rnn_lstm", "why_how"]
    assert sorted(p.name for p in chapters.glob("*.py")) == ["__init__.py", "base.py", "data_tables.py"]
    from nnviz.qt.chapters import CHAPTERS as REGISTRY

    assert [entry.module.split(".")[3] for entry in REGISTRY] == [
        "why_how", "gradient_descent", "backpropagation", "cnn", "rnn_lstm", "conclusion"]


def test_no_file_is_over_400_lines():
    long = {str(p.relative_to(ROOT)): n for p in (ROOT / "nnviz").rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400}
    assert long == {}


def test_the_design_s_public_core_names_import_where_they_always_did():
    from nnviz.core import activations, cnn, descent, dosage, lstm, regression, rnn

    assert callable(cnn.shift) and callable(cnn.convolve) and callable(cnn.max_pool) and cnn.LETTER_O.shape == (6, 6)
    assert callable(lstm.run) and callable(lstm.step) and lstm.LSTMParams().__class__.__name__ == "LSTMParams"
    assert callable(regression.ssr) and callable(regression.d_ssr) and callable(descent.StoppingRules)
    assert callable(dosage.predict) and callable(dosage.gradients) and callable(rnn.unroll)
    assert activations.softplus(0.0) == pytest.approx(0.6931471805599453)
    import nnviz.core.rnn_lstm.lstm as moved

    assert lstm is moved  # one module, two names: a notebook's monkeypatch reaches the app


# The checker itself must catch what it is for: a tree with each kind of violation.
def _tree(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return tmp_path


def test_the_checker_finds_each_kind_of_violation(tmp_path):
    root = _tree(tmp_path, {
        "nnviz/__init__.py": "", "nnviz/app.py": "",
        "nnviz/core/__init__.py": "", "nnviz/core/maths.py": "import PySide6\nfrom nnviz.qt import theme\n",
        "nnviz/qt/__init__.py": "", "nnviz/qt/theme.py": "def f():\n    from nnviz import app\n",
        "nnviz/qt/widgets/__init__.py": "", "nnviz/qt/widgets/w.py": "from nnviz.qt.chapters.cnn import tab\n",
        "nnviz/qt/chapters/__init__.py": "", "nnviz/qt/chapters/cnn/__init__.py": "",
        "nnviz/qt/chapters/cnn/tab.py": "from nnviz.qt.chapters.why_how.tab import WhyHowTab\n",
        "nnviz/qt/chapters/why_how/__init__.py": "",
        "nnviz/qt/chapters/why_how/tab.py": "from . import views\nclass WhyHowTab: pass\n",
        "nnviz/qt/chapters/why_how/views.py": "from nnviz.qt.chapters.why_how import tab\n",
    })
    graph = imports(root)
    found = "\n".join(violations(graph))
    assert "nnviz.core.maths imports PySide6" in found and "nnviz.core.maths imports nnviz.qt.theme" in found
    assert "nnviz.qt.theme imports nnviz.app" in found
    assert "nnviz.qt.widgets.w imports nnviz.qt.chapters.cnn.tab: widgets never import a chapter" in found
    assert "nnviz.qt.chapters.cnn.tab imports nnviz.qt.chapters.why_how.tab: a chapter never" in found
    assert cycles(graph) == [["nnviz.qt.chapters.why_how.tab", "nnviz.qt.chapters.why_how.views"]]


def test_ruff_is_clean():
    """ruff with the project's configuration (pyproject.toml: pyflakes, pycodestyle, bugbear, import order)."""
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        pytest.fail("ruff is not installed: it is part of the [test] extra (pip install -e '.[test]')")
    result = subprocess.run([ruff, "check", "--no-cache", str(ROOT)], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
