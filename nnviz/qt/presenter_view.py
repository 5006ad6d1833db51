"""View › Presenter view: the class view (the main window, full screen) on the projector, and on the teacher's
own screen a window with the current guided step, the next one, the notes for this step (what to say, what to
ask), a clock and the time since the start. The clicker's keys (Page Down / Page Up, Space, the arrows) work
in either window. With one screen it says why it cannot start.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTime, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nnviz.qt import theme
from nnviz.qt.guided import BACK, FORWARD
from nnviz.qt.i18n import fill, translate
from nnviz.qt.presenter_notes import note_for


def plain_label(name: str, points: float, bold: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # captions and notes are shown as they are, never as markup
    label.setWordWrap(True)
    label.setFont(theme.font(points, bold))
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


def elapsed_text(seconds: float) -> str:
    seconds = int(max(seconds, 0))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60:02d}:{rest % 60:02d}"


class TeacherWindow(QWidget):
    """What only the teacher sees."""

    def __init__(self, view: PresenterView):
        super().__init__(None, Qt.WindowType.Window)
        self.view = view
        self.setObjectName("presenter-window")
        self.setWindowTitle(translate("presenter_view", "nnviz — presenter view"))
        self.chapter = plain_label("presenter-chapter", theme.TITLE_PT, True)
        self.current = plain_label("presenter-current", theme.TITLE_PT + 4, True)
        self.next = plain_label("presenter-next", theme.BASE_PT + 1)
        self.notes = plain_label("presenter-notes", theme.TITLE_PT + 2)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.clock = plain_label("presenter-clock", theme.TITLE_PT + 6, True)
        self.elapsed = plain_label("presenter-elapsed", theme.TITLE_PT + 6, True)
        for label in (self.clock, self.elapsed):
            label.setWordWrap(False)
        self.back = QPushButton(translate("presenter_view", "‹ Back"))
        self.back.setObjectName("presenter-back")
        self.forward = QPushButton(translate("presenter_view", "Next ›"))
        self.forward.setObjectName("presenter-forward")
        self.restart = QPushButton(translate("presenter_view", "Restart the timer"))
        self.restart.setObjectName("presenter-restart")
        for button in (self.back, self.forward, self.restart):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space must reach the window, not press a button
        self.back.clicked.connect(view.back)
        self.forward.clicked.connect(view.forward)
        self.restart.clicked.connect(view.restart_timer)
        grid = QGridLayout()
        heading = {}
        for row, (key, text) in enumerate((("now", translate("presenter_view", "Now")),
                                           ("next", translate("presenter_view", "Next")),
                                           ("notes", translate("presenter_view", "Notes: say, then ask")))):
            heading[key] = plain_label(f"presenter-heading-{key}", theme.BASE_PT, True)
            heading[key].setText(text)
            heading[key].setMinimumWidth(heading[key].fontMetrics().horizontalAdvance(text) + 12)
            grid.addWidget(heading[key], row, 0)
        grid.addWidget(self.current, 0, 1)
        grid.addWidget(self.next, 1, 1)
        grid.addWidget(self.notes, 2, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)
        grid.setVerticalSpacing(18)
        times = QHBoxLayout()
        times.addWidget(self.clock)
        times.addStretch(1)
        times.addWidget(self.elapsed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back)
        buttons.addWidget(self.forward)
        buttons.addStretch(1)
        buttons.addWidget(self.restart)
        layout = QVBoxLayout(self)
        layout.addLayout(times)
        layout.addWidget(self.chapter)
        layout.addLayout(grid, 1)
        layout.addLayout(buttons)

    def keyPressEvent(self, event) -> None:
        if event.key() in FORWARD:
            self.view.forward()
        elif event.key() in BACK:
            self.view.back()
        elif event.key() == Qt.Key.Key_Escape:
            self.view.stop()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        super().closeEvent(event)
        self.view.stop()


class PresenterView(QObject):
    """Starts and stops the presenter view; `screens` gives the screens (the application's, or a test's)."""

    def __init__(self, window, screens=None):
        super().__init__(window)
        self.window = window
        self.screens = screens or QGuiApplication.screens
        self.action = QAction(translate("presenter_view", "&Presenter view (two screens)"), window, checkable=True)
        self.action.setObjectName("presenter-view")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.action.setToolTip(translate("presenter_view", "The class view on the projector, your notes on your "
                                                           "screen"))
        self.action.triggered.connect(self._on_action)
        window.addAction(self.action)
        self.teacher: TeacherWindow | None = None
        self.started = 0.0
        self.timer = QTimer(self, interval=500)
        self.timer.timeout.connect(self._tick)
        self._geometry = None

    @property
    def active(self) -> bool:
        return self.teacher is not None

    def _on_action(self, checked: bool) -> None:
        if checked:
            self.start()
        else:
            self.stop()

    def why_not(self) -> str | None:
        """Why the presenter view cannot start now (None: it can)."""
        if len(self.screens()) < 2:
            return translate("presenter_view", "The presenter view needs two screens: the projector for the class, "
                                               "your own screen for the notes. Only one screen is connected (or "
                                               "the screens mirror each other): connect the projector and choose "
                                               "“Extend” in the display settings.")
        return None

    def choose_screens(self):
        """(class screen, teacher's screen): the teacher keeps the screen the window is on; the class gets another."""
        screens = list(self.screens())
        here = self.window.screen()
        teacher = here if here in screens else screens[0]
        others = [s for s in screens if s is not teacher]
        return (others[0] if others else screens[1]), teacher

    def start(self) -> bool:
        reason = self.why_not()
        if reason is not None:
            self.action.setChecked(False)
            box = QMessageBox(QMessageBox.Icon.Information, translate("presenter_view", "Presenter view"), reason,
                              QMessageBox.StandardButton.Ok, self.window)
            box.setObjectName("presenter-view-refused")
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.open()
            self._box = box
            return False
        if self.active:
            return True
        class_screen, teacher_screen = self.choose_screens()
        self._geometry = self.window.saveGeometry()
        self.teacher = TeacherWindow(self)
        self.teacher.setGeometry(teacher_screen.availableGeometry())
        self.teacher.show()
        self._put_on(self.window, class_screen)
        self.window.showFullScreen()
        self.window.guided.changed.connect(self.refresh)
        if not self.window.guided.active:
            self.window.guided.set_active(True)
        self.action.setChecked(True)
        self.restart_timer()
        self.timer.start()
        self.refresh()
        self.teacher.activateWindow()
        return True

    def _put_on(self, widget: QWidget, screen) -> None:
        handle = widget.windowHandle()
        if handle is not None:
            handle.setScreen(screen)
        widget.setGeometry(screen.geometry())

    def stop(self) -> None:
        if self.teacher is None:
            return
        teacher, self.teacher = self.teacher, None
        self.timer.stop()
        self.window.guided.changed.disconnect(self.refresh)
        teacher.close()
        teacher.deleteLater()
        self.action.setChecked(False)
        self.window.showNormal()
        if self._geometry is not None:
            self.window.restoreGeometry(self._geometry)
        self.window.full_screen_action.setChecked(self.window.isFullScreen())

    def forward(self) -> None:
        self.window.guided.forward()

    def back(self) -> None:
        self.window.guided.back()

    def restart_timer(self) -> None:
        self.started = time.monotonic()
        self._tick()

    def _tick(self) -> None:
        if self.teacher is None:
            return
        self.teacher.clock.setText(QTime.currentTime().toString("HH:mm"))
        self.teacher.elapsed.setText(fill(translate("presenter_view", "%1 since the start"),
                                          elapsed_text(time.monotonic() - self.started)))

    def refresh(self) -> None:
        """Show the step on the projector, the next one and the notes."""
        t = self.teacher
        if t is None:
            return
        guided = self.window.guided
        tab = self.window.current_chapter()
        steps = guided.steps() if guided.active else []
        index = guided.index
        t.chapter.setText(f"{tab.number} {translate('chapters', tab.title)}")
        if index is None or not steps:
            t.current.setText(translate("presenter_view", "This chapter has no guided steps."))
            t.next.setText("")
            t.notes.setText("")
            return
        t.current.setText(fill(translate("presenter_view", "Step %1 of %2: %3"), index + 1, len(steps),
                               steps[index].caption))
        t.next.setText(steps[index + 1].caption if index + 1 < len(steps)
                       else translate("presenter_view", "(the last step of this chapter)"))
        t.notes.setText(note_for(tab.key, index))
        t.back.setEnabled(index > 0)
        t.forward.setEnabled(index + 1 < len(steps))
