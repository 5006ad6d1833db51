"""Start-up: process start to the first painted main window, nnviz against a bare PySide6 + pyqtgraph window.

Each run is a fresh interpreter (subprocess); the two kinds are interleaved so that disk caches and
CPU frequency treat them alike; the figure is the ratio of the medians. A child prints PAINTED the
moment its main window has finished its first paint event; the time is taken in the parent, from
just before the process is spawned to that line. nnviz paints its window (menus, tab bar) before it
builds a chapter, so its child then prints READY once the chapter on screen is built and painted:
that second figure is start-up to a usable chapter (for the bare window both are the same paint)."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from common import ROOT, median, parser, report

PAINT_HOOK = """
import sys
from PySide6.QtCore import QEvent, QObject
class _Painted(QObject):
    seen = False
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not self.seen and obj.isWidgetType() and obj.window() is WINDOW:
            # the first widget of the window is being painted: report once this whole paint pass is done
            from PySide6.QtCore import QTimer
            self.seen = True
            QTimer.singleShot(0, _done)
        return False
def _done():
    sys.stdout.write("PAINTED\\n"); sys.stdout.flush()
    if not hasattr(WINDOW, "chapterBuilt"):
        import os; os._exit(0)
    WINDOW.chapterBuilt.connect(_built)
def _built(tab):
    from PySide6.QtCore import QTimer
    tab.repaint()  # the chapter's first paint, done before READY is written
    QTimer.singleShot(0, _ready)
def _ready():
    sys.stdout.write("READY\\n"); sys.stdout.flush()
    import os; os._exit(0)
"""

BARE = PAINT_HOOK + """
from PySide6.QtWidgets import QApplication, QMainWindow
import pyqtgraph as pg
app = QApplication(sys.argv[:1])
WINDOW = QMainWindow()
plot = pg.PlotWidget(title="bare")
plot.plot([0, 1, 2], [1.4, 1.9, 3.2], symbol="o")
WINDOW.setCentralWidget(plot)
WINDOW.resize(1280, 720)
_filter = _Painted(); app.installEventFilter(_filter)
WINDOW.show()
app.exec()
"""

NNVIZ = PAINT_HOOK + """
from nnviz.app import make_application
app = make_application()
from nnviz.qt.main_window import MainWindow
WINDOW = MainWindow(restore=False)
_filter = _Painted(); app.installEventFilter(_filter)
WINDOW.show()
app.exec()
"""


def time_child(code: str) -> tuple[float, float]:
    """(seconds to the first paint, seconds to a chapter on screen) of one fresh process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, env=env, cwd=str(ROOT))
    line = child.stdout.readline()
    painted = time.perf_counter() - start
    if line.strip() != "PAINTED":
        raise RuntimeError(f"the child did not paint: {line!r} {child.stderr.read()[-2000:]}")
    line = child.stdout.readline()
    ready = time.perf_counter() - start if line.strip() == "READY" else painted
    child.wait(timeout=60)
    return painted, ready


def main() -> None:
    args = parser(__doc__.splitlines()[0]).parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    runs = 3 if args.quick else 11
    time_child(BARE)  # warm the disk cache for both once; not counted
    time_child(NNVIZ)
    bare, app = [], []
    ready = []
    for _ in range(runs):
        bare.append(time_child(BARE)[0])
        painted, usable = time_child(NNVIZ)
        app.append(painted)
        ready.append(usable)
    ratio, ready_ratio = median(app) / median(bare), median(ready) / median(bare)
    print(f"start-up to first paint, median of {runs} interleaved runs each:")
    print(f"  bare PySide6 + pyqtgraph window: {median(bare) * 1000:7.0f} ms  (runs: "
          + ", ".join(f"{t * 1000:.0f}" for t in bare) + ")")
    print(f"  nnviz main window:               {median(app) * 1000:7.0f} ms  (runs: "
          + ", ".join(f"{t * 1000:.0f}" for t in app) + ")")
    print(f"  nnviz first chapter on screen:   {median(ready) * 1000:7.0f} ms  (runs: "
          + ", ".join(f"{t * 1000:.0f}" for t in ready) + ")")
    print(f"  ratio nnviz / bare: {ratio:.2f}× to the window (target ≤ 1.2×), {ready_ratio:.2f}× to the chapter")
    report("startup", {"runs": runs, "bare_ms": median(bare) * 1000, "nnviz_ms": median(app) * 1000,
                       "nnviz_chapter_ms": median(ready) * 1000, "ratio": ratio, "chapter_ratio": ready_ratio,
                       "target": 1.2}, args.json)


if __name__ == "__main__":
    main()
