"""Presenter mode: zoom of the whole app, themes, blank screen (B or full stop), a laser-pointer highlight."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QColor, QCursor, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from nnviz.qt import restyle, theme

ZOOM_STEP = 1.25
LASER_RADIUS = 22


class BlankScreen(QWidget):
    """Covers the whole window in black, as presentation software does on B (a white screen would dazzle)."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("blank-screen")
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.hint = QLabel(self)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        self.hide()

    def cover(self) -> None:
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("#000000"))
        palette.setColor(self.foregroundRole(), QColor("#3A3A3A"))
        self.setPalette(palette)
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()
        self.setFocus()

    def mousePressEvent(self, event) -> None:
        self.hide()


class Laser(QWidget):
    """A translucent red disc that follows the mouse over the window; it never takes a click."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("laser-pointer")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.position = QPointF(-100, -100)
        self.timer = QTimer(self, interval=30)
        self.timer.timeout.connect(self._follow)
        self.hide()

    def start(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.hide()

    def _follow(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        position = QPointF(self.mapFromGlobal(QCursor.pos()))
        if position != self.position:
            self.position = position
            self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = LASER_RADIUS * theme.zoom()
        painter.setPen(QPen(QColor(213, 0, 0, 230), 3))
        painter.setBrush(QColor(255, 23, 68, 90))
        painter.drawEllipse(self.position, r, r)
        painter.end()


class Presenter(QObject):
    """Zoom, theme, blank screen and laser actions for the main window; remembers zoom and theme."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.blank = BlankScreen(window)
        self.laser = Laser(window)
        self.zoom_in = self._action(self.tr("Zoom &in"), ["Ctrl++", "Ctrl+="], self.zoom_in_step, "zoom-in")
        self.zoom_out = self._action(self.tr("Zoom &out"), ["Ctrl+-"], self.zoom_out_step, "zoom-out")
        self.zoom_reset = self._action(self.tr("&Normal size"), ["Ctrl+0"], self.reset_zoom, "zoom-reset")
        self.blank_action = self._action(self.tr("&Blank screen"), ["B", "."], self.toggle_blank, "blank-screen")
        self.laser_action = self._action(self.tr("&Laser pointer"), ["Ctrl+L"], self.toggle_laser, "laser-pointer")
        self.laser_action.setCheckable(True)
        self.theme_group = QActionGroup(self)
        self.theme_actions = {}
        names = {"light": self.tr("&Light"), "dark": self.tr("&Dark"), "high-contrast": self.tr("&High contrast")}
        for name, text in names.items():
            action = QAction(text, window, checkable=True)
            action.setObjectName(f"theme-{name}")
            action.setData(name)
            action.triggered.connect(self._on_theme_action)
            self.theme_group.addAction(action)
            self.theme_actions[name] = action
        self.theme_actions[theme.current_theme().name].setChecked(True)
        window.installEventFilter(self)

    def _action(self, text: str, keys: list[str], slot, name: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    # --- zoom and theme ------------------------------------------------------------
    def set_zoom(self, factor: float) -> None:
        restyle.set_look(self.window, zoom_factor=factor)
        self._refit()

    def zoom_in_step(self) -> None:
        self.set_zoom(theme.zoom() * ZOOM_STEP)

    def zoom_out_step(self) -> None:
        self.set_zoom(theme.zoom() / ZOOM_STEP)

    def reset_zoom(self) -> None:
        self.set_zoom(1.0)

    def set_theme(self, name: str) -> None:
        restyle.set_look(self.window, theme_name=name)
        self.theme_actions[name].setChecked(True)
        self._refit()

    def _on_theme_action(self) -> None:
        self.set_theme(self.sender().data())

    def _refit(self) -> None:
        for overlay in (self.blank, self.laser):
            overlay.setGeometry(self.window.rect())

    # --- blank screen and laser -------------------------------------------------------
    @property
    def blanked(self) -> bool:
        return self.blank.isVisible()

    def toggle_blank(self) -> None:
        if self.blanked:
            self.blank.hide()
        else:
            self.blank.hint.setText(self.tr("Press B or . to come back"))
            self.blank.cover()

    def toggle_laser(self) -> None:
        if self.laser.isVisible():
            self.laser.stop()
        else:
            self.laser.start()
        self.laser_action.setChecked(self.laser.isVisible())

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and watched is getattr(self, "window", None):
            self._refit()
        return False
