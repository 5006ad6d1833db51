"""Insulated panels keep their contents' layout changes from relaying out the whole window each frame."""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from nnviz.qt.widgets import insulated
from nnviz.qt.widgets.insulated import Insulated


class LayoutRequests(QObject):
    def __init__(self):
        super().__init__()
        self.count = 0

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def _window(qtbot, wrap: bool):
    window = QWidget()
    layout = QVBoxLayout(window)
    label = QLabel("SSR = 3.16")
    label.setWordWrap(True)
    if wrap:
        panel = Insulated()
        QVBoxLayout(panel.body).addWidget(label)
        layout.addWidget(panel)
    else:
        layout.addWidget(label)
    layout.addStretch(1)
    qtbot.addWidget(window)
    window.resize(400, 600)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(2 * insulated.SETTLE_MS)  # the first layout and its settling are over
    requests = LayoutRequests()
    window.installEventFilter(requests)
    return window, label, requests


def _rewrite(qtbot, label, times: int) -> None:
    for i in range(times):
        label.setText(f"SSR = {3.16 - i / 1000:.3f}")
        qtbot.wait(1)


def test_a_plain_label_relays_out_the_window_every_time_its_text_changes(qtbot):
    window, label, requests = _window(qtbot, wrap=False)
    _rewrite(qtbot, label, 20)
    assert requests.count >= 10  # the cost Insulated removes: this is why it exists


def test_text_changes_that_still_fit_stay_inside_the_panel(qtbot):
    window, label, requests = _window(qtbot, wrap=True)
    _rewrite(qtbot, label, 20)
    assert requests.count == 0
    assert label.text() == "SSR = 3.141" and label.isVisible()


def test_the_window_catches_up_once_the_text_stops_changing(qtbot, monkeypatch):
    window, label, requests = _window(qtbot, wrap=True)
    panel = label.parentWidget().parentWidget()
    before = panel.height()
    label.setText("a much longer line " * 12)  # wraps to several lines: no longer fits
    qtbot.waitUntil(lambda: panel.height() > before, timeout=2000)
    assert panel.height() >= panel.body.heightForWidth(panel.width())
    assert requests.count >= 1
    short = panel.height()
    label.setText("short")  # fits: the panel keeps its size for now, and shrinks once settled
    qtbot.wait(insulated.SETTLE_MS // 3)
    assert panel.height() == short
    qtbot.waitUntil(lambda: panel.height() < short, timeout=2000)
    assert panel.body.geometry() == panel.rect()
