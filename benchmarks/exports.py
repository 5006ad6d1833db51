"""Exports: the time to write the course handout (PDF) and a 10 s recording (GIF, 20 fps, 200 training steps of
chapter 2 fitting Slope and Intercept), through the real window off screen.

Baselines in the same run: for the handout, painting the same guided steps into PNG screenshots of the chapter
(what a teacher did by hand before), so the ratio is the cost of the PDF (vector figures, text, fonts); for the
recording, painting the same 201 frames into QImages without encoding them, so the ratio is the cost of the
GIF encoder, and the recording's time against its own 10 s length. The recording's peak resident memory above
the app's comes from VmHWM after resetting it (Linux `clear_refs`)."""

from __future__ import annotations

import os
import re
import tempfile
import time
from pathlib import Path

from common import application, parser, report


def status_mb(field: str) -> float:
    text = Path("/proc/self/status").read_text()
    return int(re.search(rf"^{field}:\s+(\d+) kB", text, re.M).group(1)) / 1024


def reset_peak() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def timed(work):
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    args = parser(__doc__).parse_args()
    app = application()
    from PySide6.QtCore import Qt

    from nnviz.core.files import write_atomically
    from nnviz.qt.handout import figure_widget, handout_pdf
    from nnviz.qt.long_work import finish, settle, window_kept
    from nnviz.qt.main_window import MainWindow
    from nnviz.qt.recording import Recording, paint_frame, record

    window = MainWindow(restore=False)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    window.resize(1280, 720)
    window.show()
    settle()
    chapters = [1] if args.quick else None
    results: dict = {"load_before": os.getloadavg()}
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "course.pdf"
        data, wall, cpu = timed(lambda: write_atomically(out, finish(handout_pdf(window, chapters))))
        pdf_bytes = out.stat().st_size

        def screenshots():
            count = 0
            with window_kept(window) as touch:
                for i in chapters or range(len(window.entries)):
                    tab = touch(i)
                    for k, step in enumerate(tab.guided_steps()):
                        step.apply()
                        settle()
                        figure_widget(tab).grab().save(str(Path(folder) / f"{i}-{k}.png"))
                        count += 1
            return count

        count, base_wall, base_cpu = timed(screenshots)
        results["handout"] = {"chapters": "chapter 2" if args.quick else "the course", "steps": count,
                              "seconds": round(wall, 2), "cpu_seconds": round(cpu, 2), "bytes": pdf_bytes,
                              "png_screenshots_seconds": round(base_wall, 2),
                              "ratio_to_screenshots": round(wall / base_wall, 2)}
        seconds = 2 if args.quick else 10
        options = Recording(size=(1280, 720), fps=20, steps=20 * seconds)
        tab = window.chapter(1)
        window.tabs.setCurrentIndex(1)
        tab.mode_box.setCurrentIndex(1)  # Slope and Intercept together: 607 steps, so every step is recorded
        settle()
        measured = reset_peak()
        before = status_mb("VmRSS")
        gif = Path(folder) / "run.gif"
        _, rec_wall, rec_cpu = timed(lambda: record(window, 1, gif, options, progress=False))
        peak = status_mb("VmHWM")

        def frames_only():
            with window_kept(window) as touch:
                t = touch(1)
                controller = t.controllers[0]
                controller.reset(controller.history[0].params)
                widget = figure_widget(t)
                paint_frame(widget, options.size)
                for _ in range(options.steps):
                    controller.step()
                    settle(1)
                    paint_frame(widget, options.size)

        _, frame_wall, _ = timed(frames_only)
        results["recording"] = {"length_s": seconds, "frames": options.steps + 1, "size": "1280x720",
                                "seconds": round(rec_wall, 2), "cpu_seconds": round(rec_cpu, 2),
                                "bytes": gif.stat().st_size, "paint_only_seconds": round(frame_wall, 2),
                                "ratio_to_painting": round(rec_wall / frame_wall, 2),
                                "ratio_to_real_time": round(rec_wall / seconds, 2),
                                "peak_rss_above_app_mb": round(peak - before, 1) if measured else None,
                                "app_rss_mb": round(before, 1)}
    results["load_after"] = os.getloadavg()
    window.shutdown()
    window.deleteLater()
    app.processEvents()
    h, r = results["handout"], results["recording"]
    print(f"handout ({h['chapters']}, {h['steps']} steps): {h['seconds']} s, {h['bytes'] / 1e6:.1f} MB; "
          f"PNG screenshots of the same steps {h['png_screenshots_seconds']} s (×{h['ratio_to_screenshots']})")
    print(f"recording {r['length_s']} s ({r['frames']} frames {r['size']}): {r['seconds']} s "
          f"(×{r['ratio_to_real_time']} real time), painting alone {r['paint_only_seconds']} s "
          f"(×{r['ratio_to_painting']}); peak RSS {r['peak_rss_above_app_mb']} MB above the app's {r['app_rss_mb']} MB")
    print(f"load average before {results['load_before']}, after {results['load_after']}")
    report("exports", results, args.json)


if __name__ == "__main__":
    main()
