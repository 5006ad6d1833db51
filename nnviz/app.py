"""Command line and application start-up: `nnviz [FILE] [--chapter N|NAME] [--theme T] [--lang L] [--fullscreen]
[--screenshot DIR] [--export-code DIR] [--handout OUT.pdf]
[--record OUT --chapter N [--steps K] [--fps F] [--size WxH] [--guided]]`."""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

# The app's NumPy work is small enough for one core, and an OpenBLAS that spreads each dot product over every
# core takes the GUI thread's (chapter 2 with 100,000 points: 6.5-19x slower steps, a stuttering window).
# Set before NumPy loads; a value the user set wins. Notebooks that import nnviz.core are not affected.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from nnviz import COURSE, __version__  # noqa: E402
from nnviz.core.lesson import THEMES as THEME_NAMES  # noqa: E402


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
    parser.add_argument(  # checked in main(): a bad value is replaced by the default with a warning
        "--zoom", metavar="FACTOR", help="presenter zoom from 0.5 to 3, e.g. 1.5 (Ctrl+Plus / Ctrl+Minus)"
    )
    parser.add_argument(
        "--chapter", metavar="N|NAME", help="open this chapter (number or name, e.g. 2 or gradient-descent)"
    )
    parser.add_argument("--fullscreen", action="store_true", help="start full screen (F11 toggles)")
    parser.add_argument("--screenshot", metavar="DIR", type=Path,
                        help="render every tab to DIR/<n>-<name>.png and exit, without showing a window")
    parser.add_argument("--export-code", metavar="DIR", type=Path,
                        help="write every chapter (1–5) as DIR/<n>-<name>-numpy.py and DIR/<n>-<name>-torch.py, at "
                             "the lesson's state (the deck's without FILE), and exit")
    parser.add_argument("--size", metavar="WxH", type=parse_size, default=None,
                        help="window size for --screenshot, frame size for --record (default 1280x720)")
    parser.add_argument("--handout", metavar="OUT.pdf", type=Path,
                        help="write the course (or with --chapter, one chapter) as a PDF handout and exit")
    parser.add_argument("--practice", action="store_true",
                        help="with --handout: add a practice sheet, with the answer key on the last page")
    parser.add_argument("--page-size", choices=("a4", "letter"),
                        help="paper size of --handout (default: from the locale, Letter in the US, else A4)")
    parser.add_argument("--record", metavar="OUT", type=Path,
                        help="record --chapter's default training run (or its guided steps with --guided) as an "
                             "animation (.gif, .webp, .png for APNG, .mp4 if imageio-ffmpeg is installed) and exit")
    parser.add_argument("--steps", metavar="K", type=int, help="training steps for --record (default 200)")
    parser.add_argument("--fps", metavar="F", type=float, help="frames per second of --record (default 20)")
    parser.add_argument("--guided", action="store_true", help="--record the chapter's guided steps instead of a run")
    parser.add_argument("--version", action="version", version=f"nnviz {__version__}")
    # Hidden: build the window off screen in the chosen language, print what a tester checks (the language,
    # the menus, a word of Qt's own) as JSON and exit; 1 if a translation is missing. The bundle test uses it.
    parser.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
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


def only_a_file(args: argparse.Namespace) -> bool:
    """`nnviz FILE` and nothing else: what a double-click in a file manager runs (see nnviz.qt.single_instance)."""
    defaults = build_parser().parse_args([])
    return args.file is not None and all(
        getattr(args, key) == value for key, value in vars(defaults).items() if key != "file"
    )


def self_test_report(window) -> dict:
    """What --self-test prints: the language, the menus' titles, the About action and a word of Qt's own."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QAction

    from nnviz.qt import i18n

    return {
        "language": i18n.language(),
        "menus": [action.text().replace("&", "") for action in window.menuBar().actions()],
        "about": window.findChild(QAction, "about-action").text().replace("&", ""),
        # Qt's own translation (qtbase_fr.qm), looked up without pyside6-lupdate seeing it as one of nnviz's
        "qt": getattr(QCoreApplication, "translate")("QPlatformTheme", "Cancel"),  # noqa: B009
    }


def export_code(file: Path | None, folder: Path) -> int:
    """--export-code: the ten scripts, no window. 2 when FILE cannot be opened (or cannot become code), 1 when a
    script cannot be written, else 0."""
    from nnviz.core import codegen
    from nnviz.core import lesson as lesson_file

    states = {}
    if file is not None:
        try:
            states = lesson_file.read(file).chapters
        except lesson_file.LessonError as error:
            print(f"nnviz: {file}: {error}", file=sys.stderr)
            return 2
    try:
        paths = codegen.export_all(states, folder)
    except ValueError as error:
        print(f"nnviz: {file}: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"nnviz: {folder}: {error.strerror or error}", file=sys.stderr)
        return 1
    for path in paths:
        print(path)
    return 0


# An option that only means something beside another: given alone it would be silently ignored, so it is refused.
NEEDS = {"practice": "handout", "page_size": "handout", "steps": "record", "fps": "record", "guided": "record"}


def check_combinations(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Exit with a usage error (status 2) for an option given without the one it works with."""
    if args.record is not None and not args.chapter:
        parser.error("--record needs --chapter N")
    for option, partner in NEEDS.items():
        if getattr(args, option) not in (None, False) and getattr(args, partner) is None:
            parser.error(f"--{option.replace('_', '-')} works only with --{partner}")


def main(argv: list[str] | None = None, *, exiting: bool = False) -> int:
    """Run nnviz; `exiting` says the process ends right after (the `nnviz` command), so the window is not deleted."""
    parser = build_parser()
    args = parser.parse_args(argv)
    check_combinations(parser, args)
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        from nnviz import desktop

        return desktop.run(remove=args.uninstall_desktop_entry)
    if args.export_code is not None:
        return export_code(args.file, args.export_code)
    batch = args.screenshot is not None or args.self_test or args.handout is not None or args.record is not None
    size = args.size or (1280, 720)
    if batch and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = make_application()
    from nnviz.qt import single_instance

    if only_a_file(args) and single_instance.enabled() and single_instance.send(args.file):
        print(f"nnviz: {args.file} is opened in the nnviz window already open")
        return 0

    from nnviz.qt import crash

    crash.install(app)  # the log file, faulthandler, and a dialog for an uncaught exception (not in tests)
    from nnviz.core.lesson import LessonError
    from nnviz.qt import i18n, quit_signals, theme
    from nnviz.qt.chapters import find_chapter
    from nnviz.qt.main_window import MainWindow
    from nnviz.qt.screenshots import take_screenshots
    from nnviz.qt.settings import finite_in, read_choice, read_number, settings, warn

    remembered = settings() if not batch else None
    # Every value from the command line or the settings is checked: a bad one is replaced by its default with a
    # warning on stderr, never a traceback (`view/zoom=nan` used to crash every start).
    lang = args.lang or (read_choice(remembered, "view/language", "en", tuple(i18n.LANGUAGES)) if remembered
                         else "en")
    theme_name = args.theme or (read_choice(remembered, "view/theme", "light", THEME_NAMES) if remembered
                                else "light")
    zoom = None
    if args.zoom is not None:
        zoom = finite_in(args.zoom, theme.ZOOM_MIN, theme.ZOOM_MAX)
        if zoom is None:
            warn(f"--zoom {args.zoom!r} is not a zoom factor from {theme.ZOOM_MIN:g} to {theme.ZOOM_MAX:g}; "
                 "using the default")
    if zoom is None and batch:
        zoom = theme.auto_zoom(*size) if args.screenshot is not None else 1.0
    elif zoom is None and remembered is not None and remembered.contains("view/zoom"):
        zoom = read_number(remembered, "view/zoom", 1.0, theme.ZOOM_MIN, theme.ZOOM_MAX)
    elif zoom is None:  # first start: fit the zoom to the screen (a projector gets larger text)
        screen = app.primaryScreen()
        available = screen.availableGeometry().size() if screen is not None else None
        zoom = theme.auto_zoom(available.width(), available.height()) if available is not None else 1.0
    try:
        i18n.install(lang if lang in i18n.LANGUAGES else "en")
    except ValueError as error:
        print(f"nnviz: {error}", file=sys.stderr)
        if args.self_test:
            return 1
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
    # Ctrl+C and SIGTERM quit as Ctrl+Q does, also while the window is being built or a message is open
    signals = quit_signals.install(app) if not batch else None
    window = MainWindow(restore=not batch)
    if signals is not None:
        signals.window = window
    if args.self_test:
        import json

        print(json.dumps(self_test_report(window), ensure_ascii=False))
        _dispose(window)
        return 0
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

        from nnviz.qt import plain
        from nnviz.qt.lesson_messages import lesson_message

        plain.warning(window, QCoreApplication.translate("LessonFiles", "Cannot open this lesson"),
                      f"{args.file.name}: {lesson_message(str(lesson_error))}")
    if args.chapter:
        try:
            window.select_chapter(find_chapter(args.chapter, window.entries))
        except ValueError as error:
            print(f"nnviz: {error}", file=sys.stderr)
            if signals is not None:
                signals.uninstall()
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
    if single_instance.enabled():
        single_instance.serve(window)  # a child of the window: later `nnviz LESSON` starts open their file here
    if args.fullscreen:
        window.showFullScreen()
        window.full_screen_action.setChecked(True)
    else:
        window.show()
    if signals.quitting:  # a signal came during the start: quit now, as the event loop would have
        window.close()
        code = 0
    else:
        code = app.exec()
    signals.uninstall()
    if exiting:  # the process ends now (cli): stop the workers, skip deleting every widget one by one
        window.shutdown()
    else:
        _dispose(window)
    return code


def cli() -> None:
    """The `nnviz` command (and `python -m nnviz`): `main()`, then exit without the interpreter's slow teardown.

    By the time main() returns, the window is closed, every worker stopped and the settings written; what is left
    is the interpreter destroying Qt and NumPy (0.5–1 s measured, no Python frame involved), which made Ctrl+C or
    SIGTERM take over a second to end the process. Output is flushed and the log closed first."""
    import logging

    code = main(exiting=True)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError, AttributeError):
            pass
    logging.shutdown()
    os._exit(code if isinstance(code, int) else 1)

