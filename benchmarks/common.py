"""Shared by the benchmark scripts: the machine, resident memory, medians, a Qt application, and the
training chapters found through the chapter registry (a chapter whose tab has TrainingControllers and
the Run/Pause/Step/Step back/Reset buttons and a `learning-rate` field, found by objectName)."""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BUTTONS = ("run", "pause", "step", "step-back", "reset")


def parser(description: str) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=description)
    p.add_argument("--quick", action="store_true", help="a short run (seconds), for a smoke check")
    p.add_argument("--json", type=Path, help="also write the results to this file")
    return p


def machine() -> dict:
    """What the figures were measured on."""
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import numpy

    info = {"cpu": cpu, "cores": os.cpu_count(), "os": f"{platform.system()} {platform.release()}",
            "python": platform.python_version(), "numpy": numpy.__version__,
            "qpa": os.environ.get("QT_QPA_PLATFORM", "(default)")}
    try:
        import pyqtgraph
        import PySide6

        info.update(pyside6=PySide6.__version__, pyqtgraph=pyqtgraph.__version__)
    except ImportError:
        pass
    try:
        import torch  # noqa: F401

        info["torch"] = torch.__version__
    except ImportError:
        info["torch"] = "not installed"
    return info


def rss_mb() -> float:
    """Resident set size of this process, MB (Linux /proc; 0 elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def median(values) -> float:
    return statistics.median(values)


def percentile(values, q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]


def report(name: str, results: dict, json_path: Path | None) -> None:
    """Print the machine-readable line run_all.py collects, and write it to `json_path` if given."""
    payload = {"benchmark": name, "machine": machine(), **results}
    print("RESULT " + json.dumps(payload))
    if json_path:
        json_path.write_text(json.dumps(payload, indent=2))


def application():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from nnviz.app import make_application

    return make_application()


def training_controls(tab) -> dict | None:
    """The training controls of a chapter tab, or None when it is not a training chapter."""
    from PySide6.QtWidgets import QPushButton

    from nnviz.qt.widgets.number_field import NumberField
    from nnviz.qt.widgets.training_panel import TrainingPanel

    if not getattr(tab, "controllers", None):
        return None
    panel = tab.findChild(TrainingPanel)
    scope = panel if panel is not None else tab
    buttons = {name: scope.findChild(QPushButton, name) for name in BUTTONS}
    lr = scope.findChild(NumberField, "learning-rate")
    if lr is None or not all(buttons.values()):
        return None
    controller = panel.controller if panel is not None else tab.controllers[0]
    return {"controller": controller, "buttons": buttons, "learning_rate": lr, "panel": panel}


def _model_name(controller) -> str:
    """The core module a controller trains with ("lstm", "rnn", "regression" …), to tell panels apart."""
    objective = getattr(controller.objective, "func", controller.objective)  # a functools.partial, or a function
    return getattr(objective, "__module__", "").rsplit(".", 1)[-1]


def training_panels(window) -> list[tuple[int, object, dict]]:
    """(index, tab, controls) for every training panel of a MainWindow, chapter 5's two included; controls has
    a "reveal" function that brings the panel on screen (its sub-tab and page), as a user would click there."""
    from PySide6.QtWidgets import QPushButton, QTabWidget

    from nnviz.qt.widgets.number_field import NumberField
    from nnviz.qt.widgets.training_panel import TrainingPanel

    found = []
    for index, tab in enumerate(window.chapters):
        for panel in tab.findChildren(TrainingPanel):
            lr = next((f for f in panel.findChildren(NumberField) if f.objectName().endswith("learning-rate")), None)
            if lr is None:
                continue
            prefix = lr.objectName()[:-len("learning-rate")]
            buttons = {name: panel.findChild(QPushButton, prefix + name) for name in BUTTONS}
            if not all(buttons.values()):
                continue

            def reveal(panel=panel, tab=tab):
                """Try the tab's sub-tabs and choice boxes, as a user would, until the panel is on screen."""
                from PySide6.QtWidgets import QApplication, QComboBox

                pages, page = getattr(tab, "pages", None), getattr(tab, "training_page", None)
                if pages is not None and page is not None:  # chapter 4: its loss curve is on its Training page
                    for i in range(pages.count()):
                        if pages.widget(i).isAncestorOf(page):
                            pages.setCurrentIndex(i)
                            QApplication.processEvents()
                choosers = [w for w in tab.findChildren(QTabWidget)] + [w for w in tab.findChildren(QComboBox)
                                                                         if w.objectName().endswith("model")]
                for chooser in choosers:
                    for i in range(chooser.count()):
                        if panel.isVisibleTo(tab):
                            return
                        chooser.setCurrentIndex(i)
                        if isinstance(chooser, QComboBox):
                            chooser.activated.emit(i)
                        QApplication.processEvents()
                        for combo in [w for w in tab.findChildren(QComboBox) if w.objectName().endswith("model")]:
                            for j in range(combo.count()):
                                if panel.isVisibleTo(tab):
                                    return
                                combo.setCurrentIndex(j)
                                combo.activated.emit(j)
                                QApplication.processEvents()
            found.append((index, tab, {"controller": panel.controller, "buttons": buttons, "learning_rate": lr,
                                       "panel": panel, "reveal": reveal, "name": _model_name(panel.controller)}))
    return found


def training_chapters(window) -> list[tuple[int, object, dict]]:
    """(index, tab, controls) for every training chapter of a MainWindow."""
    found = []
    for index, tab in enumerate(window.chapters):
        controls = training_controls(tab)
        if controls is not None:
            found.append((index, tab, controls))
    return found


def pump_for(seconds: float) -> None:
    """Run the Qt event loop for `seconds` of real time."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()
