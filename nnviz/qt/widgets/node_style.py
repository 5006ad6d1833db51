"""One look per hidden node of a bigger network: a theme colour role and a dash style, never colour alone.

Node 1 is the deck's top node and node 2 its bottom node (their roles and dash styles); nodes 3 … 8
cycle through the palette with other dash styles, so that no two nodes look alike.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from nnviz.qt import theme

ROLES = ("top", "bottom", "tangent", "residual")
STYLES = (Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine, Qt.PenStyle.DashDotDotLine)


def role(k: int) -> str:
    """The colour role of hidden node k (from 1)."""
    return ROLES[(k - 1) % len(ROLES)]


def style(k: int) -> Qt.PenStyle:
    """The dash style of hidden node k: the deck's for nodes 1 and 2, then a new pairing each time round."""
    if k <= 2:
        return theme.STYLES[role(k)]
    return STYLES[(k - 1 + (k - 1) // len(ROLES)) % len(STYLES)]


def color(k: int) -> str:
    return theme.COLORS[role(k)]


def pen(k: int, width: float = theme.LINE_WIDTH):
    """The pen of hidden node k's curve (colour and dash style)."""
    return theme.pen(role(k), width, style(k))
