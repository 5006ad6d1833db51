"""Write the example lesson files in resources/lessons/: one per chapter, each at a moment of the deck.

Each example is the chapter after one of its own guided steps, so the examples follow the deck and
stay valid when a chapter's state format changes: run this again and commit the result.

    python tools/make_example_lessons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# chapter key → (guided step to show, file name)
EXAMPLES = {
    "why-how": (9, "1-why-how-relu-network"),
    "gradient-descent": (7, "2-gradient-descent-first-step"),
    "backpropagation": (9, "3-backpropagation-all-seven-parameters"),
    "cnn": (8, "4-cnn-shifted-letter"),
    "rnn-lstm": (8, "5-rnn-lstm-company-b"),
}


def main() -> int:
    from nnviz.app import make_application
    from nnviz.core import lesson as L
    from nnviz.qt.main_window import MainWindow

    make_application()
    window = MainWindow(restore=False)
    folder = ROOT / "resources" / "lessons"
    folder.mkdir(parents=True, exist_ok=True)
    for tab in window.chapters:
        if tab.key not in EXAMPLES:
            continue
        index, name = EXAMPLES[tab.key]
        steps = tab.guided_steps()
        steps[index].apply()
        lesson = L.Lesson(chapters={tab.key: tab.get_state()}, current=tab.key, theme="light",
                          guided_step=None)
        path = folder / f"{name}.nnviz.json"
        path.write_text(L.dumps(lesson) + "\n", encoding="utf-8")
        print(f"{path.relative_to(ROOT)}: {steps[index].caption}")
    window.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
