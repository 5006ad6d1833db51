"""Start-up: process start to the first painted main window, nnviz against a bare PySide6 + pyqtgraph window.

Each run is a fresh interpreter (subprocess); the two kinds are interleaved so that disk caches and
CPU frequency treat them alike; the figure is the ratio of the medians. A child prints PAINTED the
moment its main window has finished its first paint event; the time is taken in the parent, from
just before the process is spawned to that line. nnviz paints its window (menus, tab bar) before it
builds a chapter, so its child then prints READY once the chapter on screen is built and painted:
that second figure is start-up to a drawn chapter (for the bare window both are the same paint). Then each child
posts a mouse click (press and release, queued behind whatever the window still has to do) on the chapter's first
visible button (the bare window: its plot) and prints USABLE once the release has been handled: start-up to
"drawn and answering a click", the figure issue 17 targets (≤ 1.2× the bare window)."""

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
        _click(WINDOW.centralWidget().viewport())
        return
    WINDOW.chapterBuilt.connect(_built)
def _built(tab):
    from PySide6.QtCore import QTimer
    tab.repaint()  # the chapter's first paint, done before READY is written
    QTimer.singleShot(0, lambda: _ready(tab))
def _ready(tab):
    sys.stdout.write("READY\\n"); sys.stdout.flush()
    from PySide6.QtWidgets import QPushButton
    _click(next(b for b in tab.findChildren(QPushButton) if b.isVisible()))
class _Released(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.MouseButtonRelease:
            from PySide6.QtCore import QTimer
            QTimer.singleShot(0, _usable)  # once the release has been handled
        return False
def _click(widget):
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication
    global _released
    _released = _Released(); widget.installEventFilter(_released)
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        QApplication.postEvent(widget, QMouseEvent(kind, centre, widget.mapToGlobal(centre), Qt.MouseButton.LeftButton,
                                                   Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
def _usable():
    sys.stdout.write("USABLE\\n"); sys.stdout.flush()
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


def time_child(code: str) -> tuple[float, float, float]:
    """(seconds to the first paint, to a chapter on screen, to a click answered) of one fresh process."""
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
    ready = painted
    if line.strip() == "READY":
        ready = time.perf_counter() - start
        line = child.stdout.readline()
    usable = time.perf_counter() - start
    if line.strip() != "USABLE":
        raise RuntimeError(f"the child did not answer a click: {line!r} {child.stderr.read()[-2000:]}")
    child.wait(timeout=60)
    return painted, ready, usable


def main() -> None:
    args = parser(__doc__.splitlines()[0]).parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    runs = 3 if args.quick else 7
    # nnviz's bytecode compiled once, as an installed package has it (with PYTHONDONTWRITEBYTECODE set, as on the
    # machine these figures come from, every start compiled all of nnviz's modules again: ~0.4 s of CPU)
    import compileall

    compileall.compile_dir(str(ROOT / "nnviz"), quiet=1)
    time_child(BARE)  # warm the disk cache for both once; not counted
    time_child(NNVIZ)
    bare, app, ready, bare_usable, usable = [], [], [], [], []
    for _ in range(runs):
        painted, _, answered = time_child(BARE)
        bare.append(painted)
        bare_usable.append(answered)
        painted, drawn, answered = time_child(NNVIZ)
        app.append(painted)
        ready.append(drawn)
        usable.append(answered)
    ratio, ready_ratio = median(app) / median(bare), median(ready) / median(bare)
    usable_ratio = median(usable) / median(bare_usable)
    print(f"start-up to first paint, median of {runs} interleaved runs each:")
    print(f"  bare PySide6 + pyqtgraph window: {median(bare) * 1000:7.0f} ms  (runs: "
          + ", ".join(f"{t * 1000:.0f}" for t in bare) + ")")
    print(f"  nnviz main window:               {median(app) * 1000:7.0f} ms  (runs: "
          + ", ".join(f"{t * 1000:.0f}" for t in app) + ")")
    print(f"  nnviz first chapter on screen:   {median(ready) * 1000:7.0f} ms  (runs: "
          + ", ".join(f"{t * 1000:.0f}" for t in ready) + ")")
    print(f"  bare window answering a click:   {median(bare_usable) * 1000:7.0f} ms  (runs: "
          + ", ".join(f"{t * 1000:.0f}" for t in bare_usable) + ")")
    print(f"  nnviz chapter answering a click: {median(usable) * 1000:7.0f} ms  (runs: "
          + ", ".join(f"{t * 1000:.0f}" for t in usable) + ")")
    print(f"  ratio nnviz / bare: {ratio:.2f}× to the window, {ready_ratio:.2f}× to the chapter drawn, "
          f"{usable_ratio:.2f}× to the chapter answering a click (target ≤ 1.2×)")
    report("startup", {"runs": runs, "bare_ms": median(bare) * 1000, "nnviz_ms": median(app) * 1000,
                       "nnviz_chapter_ms": median(ready) * 1000, "ratio": ratio, "chapter_ratio": ready_ratio,
                       "bare_usable_ms": median(bare_usable) * 1000, "nnviz_usable_ms": median(usable) * 1000,
                       "usable_ratio": usable_ratio,
                       "target": 1.2}, args.json)


if __name__ == "__main__":
    main()
