"""The chain-rule ledger: dSSR/d(parameter) written as on the slide — the product of its factors, then
the sum over the data points — with every factor's value for every data point, and the total."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from nnviz.core.numbers import minus
from nnviz.core.why_how import wide
from nnviz.core.why_how.dosage import ChainFactors
from nnviz.qt import accessibility, theme
from nnviz.qt.i18n import fill, localize, significant, translate
from nnviz.qt.widgets.insulated import Insulated

SHOWN_TERMS = 4  # longer sums are shortened with "…"
MAX_ROWS = 4  # data points shown at once in the table; more scroll (an imported table: 4 fit under the plots)
TABLE_ROWS = 100  # data points listed in the table at most (the sum still uses every point)

#: dy/dx as the slides write it for each hidden-node activation, and its short form for a column header.
D_ACTIVATION = {"softplus": ("eˣ / (1 + eˣ)", "eˣ/(1+eˣ)"),
                "relu": (QT_TRANSLATE_NOOP("chain_ledger", "(1 if x > 0, else 0)"),
                         QT_TRANSLATE_NOOP("chain_ledger", "1 if x > 0")),
                "sigmoid": ("σ(x) × (1 − σ(x))", "σ(x)(1−σ(x))"), "tanh": ("(1 − tanh²(x))", "1 − tanh²(x)")}


def factors_of(name: str, activation: str) -> list[tuple[str, str, str]]:
    """(the factor as the slide names it, what it equals, a short form for a column header) for each link.
    Any parameter of a network with 1 to 8 hidden nodes: the deck's w1 … b3, or w-k, b-k, v-k, b-out."""
    first = (translate("chain_ledger", "dSSR/dPredicted"), translate("chain_ledger", "−2 × (Observedᵢ − Predictedᵢ)"),
             translate("chain_ledger", "−2 × (Obs − Pred)"))
    d_predicted = translate("chain_ledger", "dPredicted/d%1")
    input_i = translate("chain_ledger", "Inputᵢ")
    if name not in wide.dosage.NAMES:
        kind, k = wide.role(name)
        sub, label = str(k).translate(wide.SUB), wide.label(name)
        if kind == "out" or kind == "v":
            link = "1" if kind == "out" else f"y{sub},ᵢ"
            return [first, (fill(d_predicted, label), link, link.replace(",ᵢ", ""))]
        slope, short = _d_activation(activation)
        link = input_i if kind == "w" else "1"
        return [first, (fill(d_predicted, f"y{sub}"), f"v{sub}", f"v{sub}"), (f"dy{sub}/dx{sub}", slope, short),
                (f"dx{sub}/d{label}", link, link.replace("ᵢ", ""))]
    if name in ("w3", "w4", "b3"):
        link = {"w3": "y₁,ᵢ", "w4": "y₂,ᵢ", "b3": "1"}[name]
        return [first, (fill(d_predicted, name), link, link.replace(",ᵢ", ""))]
    k = "1" if name in ("w1", "b1") else "2"
    sub = {"1": "₁", "2": "₂"}[k]
    weight = "w3" if k == "1" else "w4"
    slope, short = _d_activation(activation)
    link = input_i if name.startswith("w") else "1"
    return [first, (fill(d_predicted, f"y{sub}"), weight, weight), (f"dy{sub}/dx{sub}", slope, short),
            (f"dx{sub}/d{name}", link, link.replace("ᵢ", ""))]


def _d_activation(activation: str) -> tuple[str, str]:
    """dy/dx of `activation` and its short form, in the interface language."""
    slope, short = D_ACTIVATION.get(activation, ("f′(x)", "f′(x)"))
    return translate("chain_ledger", slope), translate("chain_ledger", short)


def _item(text: str, tip: str) -> QTableWidgetItem:
    item = QTableWidgetItem(minus(text))
    item.setToolTip(tip)
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class ChainLedger(Insulated):
    """Title, the chain as a product, the chain summed over i = 1…n, a table of factor values, and the total.

    Rewritten during a run, so its layout changes stay inside it (`Insulated`)."""

    def __init__(self, parent=None, *, key: str = "chain-ledger"):
        super().__init__(parent)
        self.setObjectName(key)
        self.body.setFrameShape(QFrame.Shape.StyledPanel)
        self.body.setStyleSheet("Body { background: #FAFAF5; }")  # the panel, not the labels in it
        self.name, self.total = "", 0.0
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(4)
        self.product = QLabel()
        self.product.setObjectName("chain-product")
        self.summed = QLabel()
        self.summed.setObjectName("chain-sum")
        for label in (self.product, self.summed):
            label.setFont(theme.font(theme.LEDGER_PT))
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            layout.addWidget(label)
        self.table = QTableWidget()
        self.table.setObjectName("chain-table")
        self.table.setFont(theme.font(theme.LEDGER_PT - 1))
        self.table.horizontalHeader().setFont(theme.font(theme.BASE_PT))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setMinimumSectionSize(30)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.installEventFilter(self)
        layout.addWidget(self.table)
        self.result = QLabel()
        self.result.setObjectName("chain-total")
        self.step = QLabel()
        self.step.setObjectName("chain-step")
        for label in (self.result, self.step):
            label.setFont(theme.font(theme.LEDGER_PT))
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addStretch(1)

    def set_chain(self, factors: ChainFactors, dose, observed, predicted, activation: str,
                  step_line: str = "", rows: int = TABLE_ROWS) -> None:
        """Show the chain for `factors.name` at these values (model → view): the first `rows` points (at most
        TABLE_ROWS) in the table; `predicted` needs only those. A run shows the rows in sight (MAX_ROWS), since
        filling 100 rows of items took 30 ms a frame with 10,000 points."""
        rows = min(rows, TABLE_ROWS)
        chain = factors_of(factors.name, activation)
        name = wide.label(factors.name)
        values = [factors.d_ssr_d_predicted, factors.d_predicted_d_y, factors.d_y_d_x, factors.d_x_d_param][:len(chain)]
        terms = np.prod(values, axis=0)
        self.name, self.total = factors.name, float(terms.sum())
        self.product.setText(f"dSSR/d{name} = " + " × ".join(f"<b>{label}</b>" for label, _, _ in chain))
        self.summed.setText(f"dSSR/d{name} = Σ<sub>i=1…{len(terms)}</sub> "
                            + " × ".join(expr for _, expr, _ in chain))
        headers = ["i", translate("chain_ledger", "Dosage"), translate("chain_ledger", "Observed"),
                   translate("chain_ledger", "Predicted")] + [f"{label}\n{short}" for label, _, short in chain]
        headers.append(translate("chain_ledger", "Product"))
        n = len(terms)
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(min(n, rows))  # an imported table: its first TABLE_ROWS points
        self.table.setHorizontalHeaderLabels(headers)

        for c in range(len(headers)):
            self.table.horizontalHeaderItem(c).setToolTip(headers[c])
        point, product = translate("chain_ledger", "data point"), translate("chain_ledger", "product = %1")
        for i in range(min(n, rows)):
            row = [(str(i + 1), point)] + [(significant(v[i], 3), localize(repr(float(v[i]))))
                                           for v in (dose, observed, predicted)]
            row += [(significant(v[i], 3), localize(f"{label} = {float(v[i])!r}"))
                    for (label, _, _), v in zip(chain, values, strict=True)]
            row.append((significant(terms[i], 3), fill(product, localize(repr(float(terms[i]))))))
            for c, (text, tip) in enumerate(row):
                self.table.setItem(i, c, _item(text, tip))
        self._bold_products()
        self._fit_height(n)
        self._fit_columns()
        shown = " + ".join(f"({minus(significant(t, 3))})" if t < 0 else significant(t, 3) for t in terms[:SHOWN_TERMS])
        more = fill(translate("chain_ledger", " + … (%1 terms)"), n) if n > SHOWN_TERMS else ""
        self.result.setText(f"dSSR/d{name} = {shown}{more} = <b>{minus(significant(self.total, 3))}</b>")
        self.step.setText(step_line)
        self.step.setVisible(bool(step_line))
        self.result.setToolTip(localize(f"dSSR/d{name} = {self.total!r}"))
        if self.isVisible():  # a screen reader hears a ledger on screen (its total, at most once a second)
            accessibility.announce(self, self.result_text)

    def result_text(self) -> str:
        """The total, as plain text: what a screen reader hears when it changes."""
        return self.lines()[2]

    def accessible_description(self) -> str:
        """The chain, its sum and its total, and the first rows of its table, as a screen reader reads them."""
        head = [self.table.horizontalHeaderItem(c).text().replace("\n", " ") for c in range(self.table.columnCount())]
        rows = [", ".join(f"{head[c]} {self.table.item(r, c).text()}" for c in range(len(head))
                          if self.table.item(r, c) is not None)
                for r in range(min(self.table.rowCount(), 3))]
        return ". ".join([line for line in self.lines() if line] + rows)

    def _bold_products(self) -> None:
        """The last column (each point's product) in bold, at the table's size (which follows the presenter zoom)."""
        bold = QFont(self.table.font())
        bold.setBold(True)
        last = self.table.columnCount() - 1
        for r in range(self.table.rowCount()):
            if self.table.item(r, last) is not None:
                self.table.item(r, last).setFont(bold)

    def _fit_height(self, rows: int) -> None:
        """As tall as its rows (up to MAX_ROWS; more scroll), so the total stays right under the table."""
        header = self.table.horizontalHeader().sizeHint().height()
        row = self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(header + row * min(rows, MAX_ROWS) + 2 * self.table.frameWidth() + 2)

    def _fit_columns(self) -> None:
        """Every column as wide as its contents, and the room left over shared out evenly."""
        header = self.table.horizontalHeader()
        n = self.table.columnCount()
        if not n:
            return
        self.table.resizeColumnsToContents()
        widths = [header.sectionSize(c) for c in range(n)]
        spare = self.table.width() - 2 * self.table.frameWidth() - sum(widths)
        for c in range(n):
            header.resizeSection(c, widths[c] + max(spare, 0) // n)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        elif watched is self.table and event.type() == QEvent.Type.FontChange:  # a new zoom
            self._bold_products()
            self._fit_height(self.table.rowCount())
            self._fit_columns()
        return super().eventFilter(watched, event)

    def lines(self) -> list[str]:
        """The written-out lines as plain text (for tests)."""
        from PySide6.QtGui import QTextDocument

        out = []
        for label in (self.product, self.summed, self.result, self.step):
            doc = QTextDocument()
            doc.setHtml(label.text())
            out.append(doc.toPlainText())
        return out
