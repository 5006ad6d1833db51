"""Real data (issue 21): chapter 4's CNN on the UCI 8×8 digits and chapter 5's models on the Nile, in the core.

1. One epoch of the ten-digit training split (1,438 images) with 4 filters, mini-batches of 32 (and 1, 128),
   through `descend` exactly as the page's worker runs it: median of repeats. Target < 0.5 s.
2. From the default start (all ten digits, 4 filters, seed 0, the page's learning rate and batch size): the
   wall-clock time until the test accuracy passes 90 % (checked after every epoch, the checks included in the
   time). Target < 60 s.
3. The Nile: each model's test RMSE against "next year equals this year", and its training time.
4. Through the real window (1280×720, offscreen): while the Digits page and the Real series LSTM train at full
   speed in the worker, the share of a 10 ms timer's ticks the GUI keeps (`responsiveness.measure_chapter`).
   Target ≥ 90 %.

The machine is shared: the load average (`uptime`) before and after is part of the result.
"""

from __future__ import annotations

import os
import time

import common  # noqa: F401 - puts the repository on sys.path

from nnviz.core.cnn import digits
from nnviz.core.descent import StoppingRules


def load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def epoch_seconds(data, batch_size: int, repeats: int) -> float:
    model = digits.Model(4, 10)
    per = digits.steps_per_epoch(len(data.train_labels), batch_size)
    times = []
    for r in range(repeats):
        gen = digits.train(model, data, rules=StoppingRules(None, per, None), batch_size=batch_size, seed=r)
        start = time.perf_counter()
        digits.last(gen)
        times.append(time.perf_counter() - start)
    return common.median(times)


def time_to_accuracy(data, target: float = 0.9, limit_s: float = 60.0) -> dict:
    model = digits.Model(digits.DEFAULT_FILTERS, data.n_classes)
    per = digits.steps_per_epoch(len(data.train_labels), digits.DEFAULT_BATCH)
    start = time.perf_counter()
    accuracy, step = 0.0, None
    for step in digits.train(model, data, rules=StoppingRules(None, None, None)):
        if step.number and step.number % per == 0:
            accuracy = digits.accuracy(model, step.params, data.test_images, data.test_labels)
            if accuracy > target or time.perf_counter() - start > limit_s:
                break
    return {"seconds": round(time.perf_counter() - start, 3), "epochs": step.number // per, "steps": step.number,
            "test_accuracy": round(accuracy, 4), "passed": accuracy > target}


def nile(quick: bool) -> dict:
    try:
        from nnviz.core.rnn_lstm import real_series
    except ImportError:
        return {}
    return real_series.benchmark(quick)


def gui_ticks(quick: bool) -> dict:
    """Ticks kept by the GUI while each new panel trains at full speed (digits-…, series-lstm-…)."""
    import responsiveness

    common.application()
    from nnviz.qt.main_window import MainWindow

    window = MainWindow(restore=False)
    window.resize(1280, 720)
    window.show()
    responsiveness.pump_for(0.5)
    ticks, out = responsiveness.TickRecorder(), {}
    for index, tab, controls in common.training_panels(window):
        name = controls["learning_rate"].objectName()[:-len("learning-rate")].rstrip("-")
        if tab.number == 4 and not name:
            name = "letters (reference: chapter 4's O and X, measured in the same run)"
        elif name not in ("digits", "series-lstm", "series-rnn"):
            continue
        r = responsiveness.measure_chapter(window, index, tab, controls, 2.0 if quick else 6.0, ticks)
        out[name] = {"tick_share": round(r["training"]["share"], 3), "idle_tick_share": round(r["idle"]["share"], 3),
                     "p95_ms": round(r["training"]["p95_delay_ms"], 1),
                     "steps_per_s": round(r["steps_per_s"], 1), "redraws_per_s": round(r["redraws_per_s"], 1)}
    out["digits_run_to_90_percent"] = gui_time_to_90(window)
    window.shutdown()
    window.close()
    return out


def gui_time_to_90(window, limit_s: float = 60.0) -> dict:
    """Run on the Digits page from its default start; seconds until the test accuracy the page shows passes 90 %."""
    import responsiveness
    from PySide6.QtWidgets import QPushButton

    from nnviz.qt.chapters.cnn.digits_page import DigitsPage

    index = next(i for i, t in enumerate(window.chapters) if t.findChild(DigitsPage) is not None)
    window.tabs.setCurrentIndex(index)
    tab = window.chapters[index]
    page = tab.findChild(DigitsPage)
    tab.pages.setCurrentWidget(page.scroll)
    page.findChild(QPushButton, "digits-reset").click()
    responsiveness.pump_for(0.3)
    start = time.perf_counter()
    page.findChild(QPushButton, "digits-run").click()
    while time.perf_counter() - start < limit_s and not (page.curve and page.curve[-1][2] > 90):
        responsiveness.pump_for(0.05)
    seconds = time.perf_counter() - start
    page.findChild(QPushButton, "digits-pause").click()
    step, accuracy = page.curve[-1][0], page.curve[-1][2] / 100
    return {"seconds": round(seconds, 2), "step": step, "test_accuracy": round(accuracy, 4), "passed": accuracy > 0.9}


def main() -> None:
    args = common.parser(__doc__).parse_args()
    before = load()
    data = digits.split(*digits.load())
    repeats = 3 if args.quick else 7
    epochs = {f"batch_{b}": round(epoch_seconds(data, b, repeats if b > 1 else max(1, repeats // 3)), 4)
              for b in (32, 1, 128)}
    reach = time_to_accuracy(data)
    series = nile(args.quick)
    gui = gui_ticks(args.quick)
    after = load()
    print(f"load average before {before}, after {after} (1, 5, 15 min; the machine is shared)")
    print(f"one epoch, 10 digits, 4 filters: {epochs} s (target < 0.5 s at batch 32)")
    print(f"test accuracy > 90 %: {reach} (target < 60 s)")
    for name, figures in series.items():
        print(f"Nile, {name}: {figures}")
    for name, figures in gui.items():
        if name == "digits_run_to_90_percent":
            print(f"Digits page, Run from the default start to a test accuracy > 90 %: {figures} (target < 60 s)")
        else:
            print(f"GUI while {name} trains: {figures} (target ≥ 0.90 of the ticks)")
    common.report("real_data", {"load_before": before, "load_after": after, "epoch_s": epochs,
                                "to_90_percent": reach, "nile": series, "gui": gui}, args.json)


if __name__ == "__main__":
    main()
