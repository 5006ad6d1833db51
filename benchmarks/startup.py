"""Start-up: process start to the first painted main window, nnviz against a bare PySide6 + pyqtgraph window.

Each run is a fresh interpreter (subprocess); the two kinds are interleaved so that disk caches and
CPU frequency treat them alike; the figure is the ratio of the medians. A child prints PAINTED the
moment its main window has finished its first paint event; the time is taken in the parent, from
just before the process is spawned to that line. nnviz paints its window (menus, tab bar) before it
builds a chapter, so its child then prints READY once the chapter on screen is built and painted:
that second figure is start-up to a usable chapter: drawn, and a click on its tab (posted to the event queue as a
user's) answered (for the bare window both are the same paint). `--chapters` times `nnviz --chapter N` too (the
tab chosen before the window is shown, as nnviz.app does), issue 26."""

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
    built = WINDOW._slots[WINDOW.tabs.currentIndex()].chapter  # built before the first paint (the old order)
    if built is not None:
        _built(built)
    else:
        WINDOW.chapterBuilt.connect(_built)
def _built(tab):
    from PySide6.QtCore import QTimer
    if tab is not WINDOW._slots[WINDOW.tabs.currentIndex()].chapter:
        return
    tab.repaint()  # the chapter's first paint, done before the click below
    QTimer.singleShot(0, _click)
def _click():
    # usable: the chapter drawn and a click answered. A press and release on the current tab go through the
    # event queue as a user's would, behind whatever the window does next (building the other chapters).
    from PySide6.QtCore import QCoreApplication, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    bar = WINDOW.tabs.tabBar()
    bar.tabBarClicked.connect(_ready)
    at = QPointF(bar.tabRect(WINDOW.tabs.currentIndex()).center())
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        QCoreApplication.postEvent(bar, QMouseEvent(kind, at, bar.mapToGlobal(at), Qt.MouseButton.LeftButton,
                                                    Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
def _ready(*_):
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
if {chapter} is not None:
    WINDOW.select_chapter({chapter} - 1)  # what `nnviz --chapter N` does before showing the window
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
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=None, help="interleaved runs of each kind (default 7; 3 with --quick)")
    p.add_argument("--chapters", default="1,2,3,4,5,6",
                   help="also time `--chapter N` for these (comma-separated; empty: plain nnviz only)")
    args = p.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    runs = args.runs or (3 if args.quick else 7)
    kinds = [None] + [int(n) for n in args.chapters.split(",") if n.strip()]
    code = {kind: NNVIZ.format(chapter=kind) for kind in kinds}
    time_child(BARE)  # warm the disk cache for both once; not counted
    time_child(code[None])
    bare = []
    painted = {kind: [] for kind in kinds}
    ready = {kind: [] for kind in kinds}
    for _ in range(runs):  # interleaved: a bare window, then every kind, in every round
        bare.append(time_child(BARE)[0])
        for kind in kinds:
            first, usable = time_child(code[kind])
            painted[kind].append(first)
            ready[kind].append(usable)
    base = median(bare)
    print(f"start-up, median of {runs} interleaved runs each (usable = the chapter on screen drawn and a click on "
          "its tab answered):")
    print(f"  bare PySide6 + pyqtgraph window: {base * 1000:7.0f} ms  (runs: "
          + ", ".join(f"{t * 1000:.0f}" for t in bare) + ")")
    results = {"runs": runs, "bare_ms": base * 1000, "target": 1.2, "kinds": {}}
    for kind in kinds:
        name = "nnviz" if kind is None else f"nnviz --chapter {kind}"
        window, usable = median(painted[kind]), median(ready[kind])
        print(f"  {name + ':':31s} window {window * 1000:6.0f} ms = {window / base:.2f}×, "
              f"usable {usable * 1000:6.0f} ms = {usable / base:.2f}× (target ≤ 1.2×)  (usable runs: "
              + ", ".join(f"{t * 1000:.0f}" for t in ready[kind]) + ")")
        results["kinds"][name] = {"window_ms": window * 1000, "usable_ms": usable * 1000, "ratio": window / base,
                                  "usable_ratio": usable / base}
    plain = results["kinds"]["nnviz"]
    results.update(nnviz_ms=plain["window_ms"], nnviz_chapter_ms=plain["usable_ms"], ratio=plain["ratio"],
                   chapter_ratio=plain["usable_ratio"])
    report("startup", results, args.json)


if __name__ == "__main__":
    main()
