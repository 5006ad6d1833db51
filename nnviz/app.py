"""Command line and application start-up: `nnviz [FILE] [--chapter N|NAME] [--theme T] [--lang L] [--fullscreen]
[--screenshot DIR] [--handout OUT.pdf] [--record OUT --chapter N [--steps K] [--fps F] [--size WxH] [--guided]]`."""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

from nnviz import COURSE, __version__
from nnviz.core.lesson import THEMES as THEME_NAMES


def parse_size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*", text)
    if not match:
        raise argparse.ArgumentTypeError(f"size must look like 1280x720, not {text!r}")
    width, height = int(match.group(1)), int(match.group(2))
    if not (320 <= width <= 7680 and 240 <= height <= 4320):
        raise argparse.ArgumentTypeError("size must be between 320x240 and 7680x4320")
    return width, height


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nnviz", description=f"nnviz: the course “{COURSE}”, one live tab per chapter."
    )
    parser.add_argument("file", metavar="FILE", nargs="?", type=Path, help="a lesson file to open")
    parser.add_argument("--theme", choices=THEME_NAMES, help="light (default, for a lit room), dark or high-contrast")
    parser.add_argument("--lang", choices=("en", "fr"), help="language of the interface (default: the last one chosen)")
    parser.add_argument(
        "--zoom", type=float, metavar="FACTOR", help="presenter zoom, e.g. 1.5 (Ctrl+Plus / Ctrl+Minus)"
    )
    parser.add_argument(
        "--chapter", metavar="N|NAME", help="open this chapter (number or name, e.g. 2 or gradient-descent)"
    )
    parser.add_argument("--fullscreen", action="store_true", help="start full screen (F11 toggles)")
    parser.add_argument("--screenshot", metavar="DIR", type=Path,
                        help="render every tab to DIR/<n>-<name>.png and exit, without showing a window")
    parser.add_argument("--size", metavar="WxH", type=parse_size, default=None,
                        help="window size for --screenshot, frame size for --record (default 1280x720)")
    parser.add_argument("--handout", metavar="OUT.pdf", type=Path,
                        help="write the course (or with --chapter, one chapter) as a PDF handout and exit")
    parser.add_argument("--page-size", choices=("a4", "letter"),
                        help="paper size of --handout (default: from the locale, Letter in the US, else A4)")
    parser.add_argument("--record", metavar="OUT", type=Path,
                        help="record --chapter's default training run (or its guided steps with --guided) as an "
                             "animation (.gif, .webp, .png for APNG, .mp4 if imageio-ffmpeg is installed) and exit")
    parser.add_argument("--steps", metavar="K", type=int, help="training steps for --record (default 200)")
    parser.add_argument("--fps", metavar="F", type=float, help="frames per second of --record (default 20)")
    parser.add_argument("--guided", action="store_true", help="--record the chapter's guided steps instead of a run")
    parser.add_argument("--version", action="version", version=f"nnviz {__version__}")
    entry = parser.add_mutually_exclusive_group()
    entry.add_argument("--install-desktop-entry", action="store_true",
                       help="add nnviz to this user's applications menu (Linux, no root needed) and exit")
    entry.add_argument("--uninstall-desktop-entry", action="store_true",
                       help="remove what --install-desktop-entry added and exit")
    return parser


def make_application(argv: list[str] | None = None):
    """The QApplication with nnviz's look; created once."""
    from PySide6.QtWidgets import QApplication

    from nnviz.qt import theme

    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("nnviz")
    app.setOrganizationName("nnviz")
    app.setApplicationDisplayName("nnviz")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.nnviz.nnviz")  # nnviz.desktop.APP_ID: Wayland finds the launcher's icon
    theme.apply_to_application(app)
    return app


def _dispose(window) -> None:
    """Stop the window's workers and delete it now (not later, by the garbage collector)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    window.shutdown()
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.record is not None and not args.chapter:
        parser.error("--record needs --chapter N")
    batch = args.screenshot is not None or args.handout is not None or args.record is not None
    size = args.size or (1280, 720)
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        from nnviz import desktop

        return desktop.run(remove=args.uninstall_desktop_entry)
    if batch and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = make_application()
    from nnviz.core.lesson import LessonError
    from nnviz.qt import i18n, theme
    from nnviz.qt.chapters import find_chapter
    from nnviz.qt.main_window import MainWindow
    from nnviz.qt.screenshots import take_screenshots
    from nnviz.qt.settings import settings

    remembered = settings() if not batch else None
    lang = args.lang or (remembered and str(remembered.value("view/language", "en"))) or "en"
    theme_name = args.theme or (remembered and str(remembered.value("view/theme", "light"))) or "light"
    zoom = args.zoom
    if zoom is None and batch:
        zoom = theme.auto_zoom(*size) if args.screenshot is not None else 1.0
    elif zoom is None and remembered is not None and remembered.contains("view/zoom"):
        try:
            zoom = float(remembered.value("view/zoom", 1.0))
        except (TypeError, ValueError):
            zoom = 1.0
    elif zoom is None:  # first start: fit the zoom to the screen (a projector gets larger text)
        screen = app.primaryScreen()
        size = screen.availableGeometry().size() if screen is not None else None
        zoom = theme.auto_zoom(size.width(), size.height()) if size is not None else 1.0
    try:
        i18n.install(lang if lang in i18n.LANGUAGES else "en")
    except ValueError as error:
        print(f"nnviz: {error}", file=sys.stderr)
    theme.set_globals(theme_name if theme_name in THEME_NAMES else "light", zoom)
    theme.apply_to_application(app)
    # A lesson file is read and checked before any window exists: a bad one with --screenshot
    # costs nothing but its message and exit status 2.
    lesson_error = None
    if args.file is not None:
        from nnviz.core import lesson as lesson_file

        try:
            lesson_file.read(args.file)
        except LessonError as error:
            lesson_error = error
            print(f"nnviz: {args.file}: {error}", file=sys.stderr)
            if batch:
                return 2
    window = MainWindow(restore=not batch)
    if args.file is not None and lesson_error is None:
        try:
            window.lessons.load(args.file)
        except LessonError as error:  # a chapter refused its part: nothing was changed
            lesson_error = error
            print(f"nnviz: {args.file}: {error}", file=sys.stderr)
            if batch:
                _dispose(window)
                return 2
    if lesson_error is not None:
        window.show()
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        from nnviz.qt.lesson_messages import lesson_message

        QMessageBox.warning(window, QCoreApplication.translate("LessonFiles", "Cannot open this lesson"),
                            f"{args.file.name}: {lesson_message(str(lesson_error))}")
    if args.chapter:
        try:
            window.select_chapter(find_chapter(args.chapter, window.entries))
        except ValueError as error:
            print(f"nnviz: {error}", file=sys.stderr)
            _dispose(window)
            return 2
    if args.handout is not None or args.record is not None:
        from nnviz.qt.batch import run_batch_export

        try:
            return run_batch_export(window, args, size)
        finally:
            _dispose(window)
    if args.screenshot is not None:
        try:
            files = take_screenshots(window, args.screenshot, size)
        except OSError as error:
            print(f"nnviz: {error}", file=sys.stderr)
            return 1
        finally:
            _dispose(window)
        for path in files:
            print(path)
        return 0
    if args.fullscreen:
        window.showFullScreen()
        window.full_screen_action.setChecked(True)
    else:
        window.show()
    code = app.exec()
    _dispose(window)
    return code
