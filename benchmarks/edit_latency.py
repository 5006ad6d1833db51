"""Input event to painted frame, for each chapter's main control, through the real main window (offscreen):
chapter 1 dragging the w1 slider, chapter 2 dragging the Intercept slider, chapter 3 typing a weight with the
largest hidden layer it allows (8 nodes) then Enter, chapter 4 one pixel on its largest grid (28×28) with the most
filters (4), chapter 5 typing the RNN's w1 and the LSTM's first weight then Enter. At 1280×720 (zoom 1) and at
1920×1080 with zoom 1.5, each in a fresh process (the zoom is set before any widget is built).

How a sample is timed. The input is a real event: QTest sends it to the widget (a mouse move with the button
held on the slider's handle, a press and release on a grid cell, Return in the field), synchronously, as Qt
delivers a window-system event. What a user sees changes when the window repaints: Qt's widgets only mark
themselves dirty, and the top-level window repaints every dirty widget and flushes its backing store inside
one QEvent.UpdateRequest. An event filter on the main window takes each UpdateRequest, runs it itself
(`window.event(event)`, the same call Qt would make) and records when it began and ended; that is the frame.
From the input's start the loop is pumped until 80 ms pass without another frame (cursor blinking is
switched off so that nothing else paints). Reported per control, median and p95 of 20:
`to_frame_ms` = input start → end of the last frame it caused (what the user waits for; the target is ≤ 16 ms
median, ≤ 33 ms p95), `handler_ms` = that time minus the frames (the Python work and event-loop waits),
`paint_ms` = the frames' time, and `frames` (how many repaints one input caused).
Run: python benchmarks/edit_latency.py [--quick] [--only 1280x720|1920x1080]"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from common import application, median, parser, percentile, report

CONFIGS = {"1280x720": ((1280, 720), 1.0), "1920x1080": ((1920, 1080), 1.5)}
QUIET_MS = 80  # a sample ends when no frame has come for this long
CAP_S = 0.6


def uptime() -> str:
    try:
        return subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()
    except OSError:
        return "unknown"


class FrameClock:
    """Times the main window's repaints (each UpdateRequest: every dirty widget painted, the store flushed)."""

    def __init__(self, window):
        from PySide6.QtCore import QEvent, QObject

        clock = self

        class Filter(QObject):
            def eventFilter(self, obj, event):
                if obj is window and event.type() == QEvent.Type.UpdateRequest:
                    start = time.perf_counter()
                    window.event(event)
                    clock.frames.append((start, time.perf_counter()))
                    return True
                return False

        self.frames: list[tuple[float, float]] = []
        self.filter = Filter()
        window.installEventFilter(self.filter)

    def settle(self) -> None:
        """Pump until no frame has come for QUIET_MS. Waiting blocks until the next event (a 5 ms timer wakes the
        loop to look at the clock), so that a posted repaint is handled as soon as it arrives, as in exec()."""
        from PySide6.QtCore import QEventLoop, QTimer
        from PySide6.QtWidgets import QApplication

        wake = QTimer(interval=5)
        wake.start()
        start = last = time.perf_counter()
        seen = len(self.frames)
        while time.perf_counter() - start < CAP_S:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            if len(self.frames) != seen:
                seen, last = len(self.frames), time.perf_counter()
            elif time.perf_counter() - last > QUIET_MS / 1000:
                break
        wake.stop()

    def sample(self, send) -> dict:
        self.settle()
        self.frames.clear()
        t0 = time.perf_counter()
        t0 = send() or t0  # a typed edit is timed from its Return (the typing before it is not)
        self.settle()
        frames = [f for f in self.frames if f[0] >= t0]
        if not frames:
            return {"to_frame_ms": float("nan"), "handler_ms": float("nan"), "paint_ms": 0.0, "frames": 0}
        total = (frames[-1][1] - t0) * 1000
        paint = sum(b - a for a, b in frames) * 1000
        return {"to_frame_ms": total, "handler_ms": total - paint, "paint_ms": paint, "frames": len(frames)}


def reveal(widget) -> None:
    """Bring `widget` on screen: the main window's chapter tab and every tab or stack page above it."""
    from PySide6.QtWidgets import QApplication, QStackedWidget, QTabWidget

    chain, w = [], widget
    while w is not None:
        chain.append(w)
        w = w.parentWidget()
    for child, parent in zip(chain, chain[1:], strict=False):
        if isinstance(parent, QStackedWidget):
            owner = parent.parentWidget()
            if isinstance(owner, QTabWidget) and owner.indexOf(child) >= 0:
                owner.setCurrentIndex(owner.indexOf(child))
            elif parent.indexOf(child) >= 0:
                parent.setCurrentIndex(parent.indexOf(child))
    QApplication.processEvents()
    if not widget.isVisible():
        raise RuntimeError(f"could not bring {widget.objectName()} on screen")


def slider_drag(slider):
    """Press on the handle, then one input per sample: a mouse move of 3 px (back and forth) with the button held."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QStyle

    state = {"i": 0, "at": None}

    def send():
        if state["at"] is None:  # the geometry once the slider is laid out on screen: press on the handle
            length = slider.style().pixelMetric(QStyle.PixelMetric.PM_SliderLength, None, slider)
            x = QStyle.sliderPositionFromValue(slider.minimum(), slider.maximum(), slider.value(),
                                               slider.width() - length) + length // 2
            state["at"] = QPoint(x, slider.height() // 2)
            QTest.mousePress(slider, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, state["at"])
        state["i"] += 1
        QTest.mouseMove(slider, state["at"] + QPoint(3 if state["i"] % 2 else -3, 0))

    def done():
        QTest.mouseRelease(slider, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, state["at"])
    return send, done


def typed(clock, field, values):
    """One input per sample: Return after typing the next of `values` (the typing and its repaints not timed)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    state = {"i": 0}
    field.edit.setFocus()

    def send():
        edit = field.edit
        edit.selectAll()
        QTest.keyClicks(edit, values[state["i"] % len(values)])
        state["i"] += 1
        clock.settle()
        clock.frames.clear()
        t0 = time.perf_counter()
        QTest.keyClick(edit, Qt.Key.Key_Return)
        return t0
    return send, lambda: None


def pixel_clicks(grid):
    """One input per sample: a click (press + release) on a middle cell, painting it and erasing it in turn."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    state = {"i": 0}

    def send():
        rows, cols = grid.image().shape
        centre = grid.cell_rect(rows // 2, cols // 2).center().toPoint()
        state["i"] += 1
        button = Qt.MouseButton.LeftButton if state["i"] % 2 else Qt.MouseButton.RightButton
        QTest.mouseClick(grid, button, Qt.KeyboardModifier.NoModifier, centre)
    return send, lambda: None


def controls(window, clock):
    """(label, widget to reveal, make the inputs) for each chapter's main control, at its largest size."""
    from nnviz.core.cnn.shape import MAX_FILTERS, MAX_SIZE, Shape
    from nnviz.core.why_how import wide

    tabs = {tab.number: tab for tab in window.chapters}
    out = []
    ch1 = tabs[1]
    out.append(("ch1 w1 slider drag", ch1.fields["w1"].slider, lambda: slider_drag(ch1.fields["w1"].slider)))
    ch2 = tabs[2]
    out.append(("ch2 Intercept slider drag", ch2.intercept.slider, lambda: slider_drag(ch2.intercept.slider)))
    ch3 = tabs[3]

    def ch3_inputs():
        ch3.set_nodes(wide.MAX_NODES)
        field = ch3.editor.fields[ch3.names[0]]
        return typed(clock, field, ["0.75", "-0.5", "1.25", "0.2"])
    out.append((f"ch3 weight typed + Enter ({wide.MAX_NODES} hidden nodes)", ch3.editor, ch3_inputs))
    ch4 = tabs[4]

    def ch4_inputs():
        ch4.set_shape(Shape(MAX_SIZE, MAX_FILTERS))
        return pixel_clicks(ch4.pixel_grid)
    out.append((f"ch4 one pixel ({MAX_SIZE}x{MAX_SIZE}, {MAX_FILTERS} filters)", ch4.pixel_grid, ch4_inputs))
    ch5 = tabs[5]
    rnn_w1 = ch5.rnn_view.fields["w1"]
    lstm_first = next(iter(ch5.lstm_view.fields.values()))
    out.append(("ch5 RNN w1 typed + Enter", rnn_w1,
                lambda: (ch5.show_view("rnn"), typed(clock, rnn_w1, ["1.5", "0.8"]))[1]))
    out.append(("ch5 LSTM weight typed + Enter", lstm_first,
                lambda: (ch5.show_view("lstm"), typed(clock, lstm_first, ["2.1", "1.4"]))[1]))
    return out


def summary(samples: list[dict]) -> dict:
    out = {}
    for key in ("to_frame_ms", "handler_ms", "paint_ms"):
        values = [s[key] for s in samples]
        out[key] = {"median": median(values), "p95": percentile(values, 95)}
    out["frames"] = median([s["frames"] for s in samples])
    return out


def run_config(name: str, repeat: int) -> dict:
    from PySide6.QtWidgets import QApplication

    size, zoom = CONFIGS[name]
    app = application()
    app.setCursorFlashTime(0)  # no blinking cursor: nothing but the edit repaints
    from nnviz.qt import theme

    theme.set_globals("light", zoom)
    from nnviz.qt.main_window import MainWindow

    window = MainWindow(restore=False)
    window.resize(*size)
    window.show()
    for _ in range(20):
        QApplication.processEvents()
    clock = FrameClock(window)
    rows = {}
    for label, widget, make in controls(window, clock):
        send, done = make()
        reveal(widget)
        clock.settle()
        send()  # a first input, not counted (first-use caches)
        samples = [clock.sample(send) for _ in range(repeat)]
        done()
        rows[label] = summary(samples)
        r = rows[label]
        print(f"{name} {label:44} to frame median {r['to_frame_ms']['median']:5.1f} ms, p95 "
              f"{r['to_frame_ms']['p95']:5.1f}  (handler {r['handler_ms']['median']:5.1f}, paint "
              f"{r['paint_ms']['median']:5.1f}, {r['frames']:g} frame(s))", flush=True)
    window.shutdown()
    window.close()
    return {"size": size, "zoom": zoom, "rows": rows}


def main() -> None:
    p = parser(__doc__.splitlines()[0])
    p.add_argument("--only", choices=tuple(CONFIGS), help="one configuration, in this process")
    args = p.parse_args()
    repeat = 5 if args.quick else 20
    if args.only:
        result = run_config(args.only, repeat)
        print("CONFIG " + json.dumps(result))
        return
    load_before = uptime()
    print(f"load before: {load_before}", flush=True)
    configs = {}
    for name in CONFIGS:
        cmd = [sys.executable, str(Path(__file__).resolve()), "--only", name] + (["--quick"] if args.quick else [])
        proc = subprocess.run(cmd, capture_output=True, text=True)
        for line in proc.stdout.splitlines():
            if line.startswith("CONFIG "):
                configs[name] = json.loads(line[7:])
            else:
                print(line, flush=True)
        if proc.returncode != 0:
            print(proc.stderr[-3000:], file=sys.stderr)
            raise SystemExit(f"{name} failed")
    load_after = uptime()
    print(f"load after: {load_after}")
    worst = max(r["to_frame_ms"]["median"] for c in configs.values() for r in c["rows"].values())
    worst_p95 = max(r["to_frame_ms"]["p95"] for c in configs.values() for r in c["rows"].values())
    print(f"worst median {worst:.1f} ms (target ≤ 16), worst p95 {worst_p95:.1f} ms (target ≤ 33)")
    report("edit_latency", {"repeat": repeat, "load_before": load_before, "load_after": load_after,
                            "worst_median_ms": worst, "worst_p95_ms": worst_p95, "configs": configs}, args.json)


if __name__ == "__main__":
    main()
