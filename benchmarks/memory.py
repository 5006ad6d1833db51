"""Memory: resident set size (RSS) of the app after its main window is shown and after every tab has been
visited and painted, and (`--train SECONDS`, issue 26) after every training panel has trained at full speed for
SECONDS in turn (its history kept, as a student leaves it), against a bare PySide6 + pyqtgraph window, each in a
fresh process, in one run."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from common import ROOT, parser, report

CHILD = """
import json, os, sys
sys.path.insert(0, {root!r})
from benchmarks.common import rss_mb, pump_for, application
before = rss_mb()
if {bare}:
    from PySide6.QtWidgets import QApplication, QMainWindow
    import pyqtgraph as pg
    app = QApplication(sys.argv[:1])
    w = QMainWindow(); p = pg.PlotWidget(); p.plot([0, 1, 2], [1.4, 1.9, 3.2], symbol="o"); w.setCentralWidget(p)
    w.resize(1280, 720); w.show(); pump_for(0.5)
    out = {{"start": rss_mb(), "tabs": rss_mb(), "tab_count": 1}}
else:
    application()
    from nnviz.qt.main_window import MainWindow
    w = MainWindow(restore=False); w.resize(1280, 720); w.show(); pump_for(0.5)
    out = {{"start": rss_mb()}}
    per_tab = []
    for i in range(w.tabs.count()):
        w.tabs.setCurrentIndex(i); pump_for(0.3)
        per_tab.append([w.chapters[i].title, rss_mb()])
    out.update(tabs=rss_mb(), tab_count=w.tabs.count(), per_tab=per_tab)
    trained = []
    if {train}:
        from benchmarks.common import training_panels
        from nnviz.core.descent import StoppingRules
        for index, tab, controls in training_panels(w):
            w.tabs.setCurrentIndex(index); controls["reveal"](); pump_for(0.2)
            controller = controls["controller"]
            controls["buttons"]["reset"].click()
            controller.set_rules(StoppingRules(None, 10 ** 9, None))
            first = controller.current.number
            controls["buttons"]["run"].click(); pump_for({train}); controls["buttons"]["pause"].click(); pump_for(0.3)
            label = f"{{tab.number}} {{tab.title}}" + (f" ({{controls['name']}})" if controls.get("name") else "")
            trained.append([label, rss_mb(), controller.current.number - first, len(controller.history)])
    out.update(trained=trained)
    w.shutdown()
print("MEMORY " + json.dumps(out)); sys.stdout.flush(); os._exit(0)
"""


def child(bare: bool, train: float = 0.0) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    code = CHILD.format(root=str(ROOT), bare=bare, train=train)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                            timeout=120 + 10 * train, cwd=str(ROOT))
    line = [ln for ln in result.stdout.splitlines() if ln.startswith("MEMORY ")]
    if not line:
        raise RuntimeError(result.stderr[-2000:])
    return json.loads(line[-1][7:])


def main() -> None:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--train", type=float, default=0.0, metavar="SECONDS",
                   help="then train every panel at full speed for SECONDS in turn and report RSS after each")
    args = p.parse_args()
    runs = 1 if args.quick or args.train else 3
    bare = [child(True) for _ in range(runs)]
    app = [child(False, args.train) for _ in range(runs)]
    bare_mb = min(b["tabs"] for b in bare)
    app_mb = min(a["tabs"] for a in app)
    start_mb = min(a["start"] for a in app)
    print(f"resident memory (smallest of {runs} fresh processes each):")
    print(f"  bare PySide6 + pyqtgraph window:      {bare_mb:6.0f} MB")
    print(f"  nnviz, main window shown:             {start_mb:6.0f} MB")
    print(f"  nnviz, after visiting all {app[0]['tab_count']} tab(s):   {app_mb:6.0f} MB  (target < 250 MB)")
    for title, mb in app[0].get("per_tab", []):
        print(f"    after '{title}': {mb:.0f} MB")
    print(f"  ratio nnviz / bare: {app_mb / bare_mb:.2f}×")
    trained = app[0].get("trained", [])
    if trained:
        print(f"  then {args.train:g} s of full-speed training in each panel in turn (target < 250 MB after all):")
        for label, mb, steps, kept in trained:
            print(f"    after '{label}': {mb:.0f} MB  ({steps:,} steps, {kept:,} kept)")
    report("memory", {"bare_mb": bare_mb, "nnviz_start_mb": start_mb, "nnviz_all_tabs_mb": app_mb,
                      "ratio": app_mb / bare_mb, "tabs": app[0]["tab_count"], "target_mb": 250,
                      "train_seconds": args.train, "trained": trained,
                      "after_training_mb": trained[-1][1] if trained else None}, args.json)


if __name__ == "__main__":
    main()
