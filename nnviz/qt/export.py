"""Export: any plot to PNG or SVG, a chapter's training history to CSV, the figure to the clipboard, all tabs as
PNGs."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pyqtgraph as pg
import pyqtgraph.exporters as pg_exporters
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMenu

from nnviz.core.files import write_atomically
from nnviz.core.numbers import fmt
from nnviz.qt.file_dialogs import file_error, replace_files, save_path
from nnviz.qt.screenshots import png_bytes, render_tabs, tab_files

PNG_SCALE = 2  # exported PNGs have twice the on-screen pixels, sharp on a handout


def plots(tab) -> list[pg.PlotWidget]:
    """The plots of a chapter tab that are on screen (or would be, in a hidden tab)."""
    return [p for p in tab.findChildren(pg.PlotWidget) if p.isVisibleTo(tab)]


def plot_title(plot: pg.PlotWidget) -> str:
    text = plot.getPlotItem().titleLabel.text or plot.objectName() or "plot"
    return pg.QtGui.QTextDocumentFragment.fromHtml(text).toPlainText()


def export_plot(plot: pg.PlotWidget, path: str | Path) -> Path:
    """Write `plot` as PNG or SVG (chosen by the suffix), atomically: drawn into memory first, then written by
    the one atomic writer, so a full disk leaves any previous file as it was; returns the path."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".svg":
        data = _svg_bytes(plot, plot_title(plot))
    elif suffix == ".png":
        exporter = pg_exporters.ImageExporter(plot.getPlotItem())
        exporter.parameters()["width"] = max(1, int(plot.width() * PNG_SCALE))
        data = png_bytes(exporter.export(toBytes=True))
    else:
        raise ValueError(f"plots are exported as .png or .svg, not {suffix or 'a file without a suffix'}")
    return write_atomically(path, data)


def _svg_bytes(plot: pg.PlotWidget, title: str) -> bytes:
    """The plot as vector graphics through Qt's SVG generator, into memory (pyqtgraph's SVG exporter cannot
    parse the paths Qt 6.11 writes)."""
    from PySide6.QtCore import QBuffer, QIODevice, QRect, QSize
    from PySide6.QtGui import QPainter
    from PySide6.QtSvg import QSvgGenerator

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(plot.width(), plot.height()))
    generator.setViewBox(QRect(0, 0, plot.width(), plot.height()))
    generator.setTitle(title)
    generator.setDescription("nnviz")
    painter = QPainter()
    if not painter.begin(generator):
        raise OSError("the drawing could not be made")
    try:
        plot.render(painter)
    finally:
        painter.end()
    return bytes(buffer.data())


def history_rows(tab) -> list[list[str]]:
    """The training history of a chapter as table rows (header first); ValueError if it has none."""
    controllers = getattr(tab, "controllers", [])
    if not controllers:
        raise ValueError(f"the chapter “{tab.title}” has no training history")
    controller = controllers[0]
    history = controller.history
    n = len(history[0].params)
    names = list(getattr(controller, "param_names", None) or getattr(tab, "param_names", None) or
                 [f"parameter {i + 1}" for i in range(n)])[:n]
    loss = controller.loss_name
    header = ["step", loss, *names, *(f"d {loss} / d {name}" for name in names), "learning rate",
              *(f"step size ({name})" for name in names)]
    rows = [header]
    for i in range(len(history)):
        step = history[i]
        gradient = list(step.gradient) or [""] * n
        sizes = list(step.step_sizes) or [""] * n
        rows.append([str(step.number), repr(step.loss), *map(repr, step.params),
                     *(repr(g) if g != "" else "" for g in gradient), repr(step.learning_rate),
                     *(repr(s) if s != "" else "" for s in sizes)])
    return rows


def export_history(tab, path: str | Path) -> Path:
    """Write the chapter's training history as CSV (full precision), atomically."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(history_rows(tab))
    write_atomically(Path(path), buffer.getvalue())
    return Path(path)


class Exporter(QObject):
    """File › Export actions and extra entries in every plot's context menu."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.menu = QMenu(self.tr("&Export"), window)
        self.menu.setObjectName("export-menu")
        self.png_action = self._add(self.tr("Plot as &PNG image…"), self.plot_to_png, "export-png")
        self.svg_action = self._add(self.tr("Plot as &SVG drawing…"), self.plot_to_svg, "export-svg")
        self.csv_action = self._add(self.tr("Training &history as CSV…"), self.history_to_csv, "export-csv")
        self.copy_action = self._add(self.tr("&Copy the chapter to the clipboard"), self.copy_figure, "copy-figure")
        self.copy_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.all_action = self._add(self.tr("&All chapters as PNG images…"), self.all_to_png, "export-all")
        self.menu.addSeparator()
        self.numpy_action = self._add(self.tr("Python script (&NumPy)…"), self.script_numpy, "export-numpy")
        self.torch_action = self._add(self.tr("Python script (Py&Torch)…"), self.script_torch, "export-torch")
        self.handout_action = self._add(self.tr("&Handout (PDF)…"), self.handout, "export-handout")
        self.record_action = self._add(self.tr("&Recording (animated image)…"), self.recording, "export-recording")
        for tab in window.built_chapters():
            self._extend_context_menus(tab)
        window.chapterBuilt.connect(self._extend_context_menus)

    def _extend_context_menus(self, tab) -> None:
        for plot in tab.findChildren(pg.PlotWidget):
            self._extend_context_menu(plot)

    def _add(self, text, slot, name) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    def _extend_context_menu(self, plot: pg.PlotWidget) -> None:
        menu = plot.getPlotItem().getViewBox().menu
        if menu is None:
            return
        menu.addSeparator()
        for text, suffix in ((self.tr("Save this plot as PNG…"), ".png"), (self.tr("Save this plot as SVG…"), ".svg")):
            action = menu.addAction(text)
            action.setData((plot, suffix))
            action.triggered.connect(self._on_context_action)

    def _on_context_action(self) -> None:
        plot, suffix = self.sender().data()
        self._save_plot(plot, suffix)

    def current_tab(self):
        return self.window.current_chapter()

    def _choose_plot(self) -> pg.PlotWidget | None:
        candidates = plots(self.current_tab())
        if not candidates:
            self._warn(self.tr("This chapter has no plot to export."))
            return None
        if len(candidates) == 1:
            return candidates[0]
        titles = [plot_title(p) for p in candidates]
        title, ok = QInputDialog.getItem(
            self.window, self.tr("Export a plot"), self.tr("Which plot?"), titles, 0, False
        )
        return candidates[titles.index(title)] if ok else None

    def _save_plot(self, plot, suffix: str) -> None:
        name = plot_title(plot).lower().replace(" ", "-") + suffix
        path = save_path(self.window, self.tr("Export a plot"), name, f"{suffix[1:].upper()} (*{suffix})", suffix)
        if path is not None:
            try:
                export_plot(plot, path)
            except OSError as error:
                self._cannot_write(path, error)
            except ValueError as error:
                self._warn(str(error))

    def plot_to_png(self) -> None:
        plot = self._choose_plot()
        if plot is not None:
            self._save_plot(plot, ".png")

    def plot_to_svg(self) -> None:
        plot = self._choose_plot()
        if plot is not None:
            self._save_plot(plot, ".svg")

    def history_to_csv(self) -> None:
        tab = self.current_tab()
        path = save_path(self.window, self.tr("Export the training history"), f"{tab.key}-history.csv",
                         "CSV (*.csv)", ".csv")
        if path is not None:
            try:
                export_history(tab, path)
            except OSError as error:
                self._cannot_write(path, error)
            except ValueError as error:
                self._warn(str(error))

    def copy_figure(self) -> None:
        """The chapter on screen, as an image, to the clipboard."""
        QApplication.clipboard().setPixmap(self.current_tab().grab())
        self.window.statusBar().showMessage(self.tr("The chapter is on the clipboard."), 4000)

    def all_to_png(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Export all chapters to a folder"))
        if folder and replace_files(self.window, tab_files(self.window, Path(folder))):
            try:
                files = render_tabs(self.window, Path(folder))
            except OSError as error:
                self._cannot_write(Path(error.filename or folder), error)
                return
            self.window.statusBar().showMessage(self.tr("%1 images written.").replace("%1", fmt(len(files), 0)), 5000)

    def _cannot_write(self, path: Path, error: OSError) -> None:
        self._warn(self.tr("“%1” could not be written: %2. Any file that was there is unchanged.")
                   .replace("%1", path.name).replace("%2", file_error(error)))


    def script_numpy(self) -> None:
        self.export_script("numpy")

    def script_torch(self) -> None:
        self.export_script("torch")

    def export_script(self, kind: str) -> None:
        """The chapter on screen as a NumPy or PyTorch script (and its data file, if any, beside it)."""
        from nnviz.core import codegen

        tab = self.current_tab()
        if tab.key not in codegen.CHAPTERS:
            self._warn(self.tr("Only chapters 1 to 5 can be exported as a Python script."))
            return
        try:
            script = codegen.script(tab.key, kind, tab.code_state())
        except ValueError as error:
            self._warn(self.tr("This chapter cannot be written as a script: %1").replace("%1", str(error)))
            return
        title = self.tr("Export a NumPy script") if kind == "numpy" else self.tr("Export a PyTorch script")
        path = save_path(self.window, title, codegen.file_name(tab.key, kind), self.tr("Python script (*.py)"), ".py")
        if path is None:
            return
        data_files = [path.with_name(name) for name in script.files]
        if not replace_files(self.window, data_files):  # the CSV beside a script with over 1,000 rows
            return
        try:
            written = codegen.write(script, path)
        except OSError as error:
            self._cannot_write(path, error)
            return
        self.window.statusBar().showMessage(self.tr("%1 written.").replace("%1", ", ".join(p.name for p in written)),
                                            5000)

    def handout(self) -> None:
        from nnviz.qt.handout_dialog import export_handout

        export_handout(self.window)

    def recording(self) -> None:
        from nnviz.qt.recording_dialog import export_recording

        export_recording(self.window)

    def _warn(self, message: str) -> None:
        from nnviz.qt import plain

        plain.warning(self.window, self.tr("Export"), message)  # quotes a path: plain text
