"""French for the words written instead of a number (nnviz/qt/i18n.py)."""

FRENCH = {
    "too large to display": "trop grand pour être affiché",
    "undefined": "indéfini",
}
