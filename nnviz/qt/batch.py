"""`nnviz --handout OUT.pdf` and `nnviz --record OUT --chapter N`: the exports without a window on screen."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt

from nnviz.qt.long_work import settle


def layout_size(frame: tuple[int, int]) -> tuple[int, int]:
    """The window size to lay the chapters out at for frames of `frame` size: the chapters are made for 1280x720
    or more, so a smaller frame is a scaled-down larger window of the same shape."""
    width, height = frame
    if width >= 1280:
        return width, height
    return 1280, max(480, round(1280 * height / width))


def run_batch_export(window, args, size: tuple[int, int]) -> int:
    """Lay the window out off screen and write what was asked for; the exit status (1 if a file cannot be
    written)."""
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    window.resize(*(layout_size(size) if args.record is not None else size))
    window.show()
    settle()
    indices = [window.tabs.currentIndex()] if args.chapter else None
    try:
        if args.handout is not None:
            from nnviz.qt.handout import default_page_size
            from nnviz.qt.handout_dialog import write_handout

            print(write_handout(window, args.handout, indices, args.page_size or default_page_size(), progress=False,
                                practice=args.practice))
        if args.record is not None:
            from nnviz.qt.recording import Recording, record

            options = Recording(size=args.size or (1280, 720), fps=args.fps or 20.0, steps=args.steps or 200,
                                guided=args.guided)
            print(record(window, window.tabs.currentIndex(), args.record, options, progress=False))
    except (OSError, ValueError) as error:
        print(f"nnviz: {error}", file=sys.stderr)
        return 1
    return 0
