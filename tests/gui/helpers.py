"""What the chapter GUI tests share: find a control by objectName, click it, type into a field."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from nnviz.qt.widgets.number_field import NumberField


def field(tab, name) -> NumberField:
    """The NumberField called `name` (its objectName)."""
    found = tab.findChild(NumberField, name)
    assert found is not None, f"no field {name!r}"
    return found


def click(qtbot, tab, name) -> None:
    """Click the button called `name`."""
    button = tab.findChild(QPushButton, name)
    assert button is not None, f"no button {name!r}"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot, target, text: str) -> None:
    """Replace the text of a NumberField (or a QLineEdit) by typing, then press Enter."""
    edit = getattr(target, "edit", target)
    edit.setFocus()
    edit.selectAll()
    edit.setText("")
    if text:
        qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
