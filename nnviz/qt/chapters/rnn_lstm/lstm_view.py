"""Chapter 5 LSTM view: Company A and Company B stepped day by day through the deck's LSTM unit."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QComboBox, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from nnviz.core.rnn_lstm import lstm
from nnviz.qt import theme
from nnviz.qt.chapters.rnn_lstm import data as rnn_data
from nnviz.qt.chapters.rnn_lstm.lstm_cell import SHORT_NAMES, LstmCell, percent
from nnviz.qt.chapters.rnn_lstm.widgets import SequenceField, deck
from nnviz.qt.chapters.rnn_lstm.widgets import rounded as num
from nnviz.qt.i18n import fill, grouped, localize, translate
from nnviz.qt.widgets.ledger import Ledger
from nnviz.qt.widgets.number_field import NumberField

MAX_DAYS = 1000  # an imported company's days
LISTED_DAYS = 10  # longer sequences are labelled "Days 1…n"; their plots lose the markers
PLAY_MS = 1200
COMPACT_PT = 13
TITLE_ROOM = 270  # widest title of a parameter box that fits the side panel (at zoom 1); wider: the cell's name
COMPANY_CHOICES = {"A": QT_TRANSLATE_NOOP("lstm_view", "Company A"), "B": QT_TRANSLATE_NOOP("lstm_view", "Company B"),
                   "custom": QT_TRANSLATE_NOOP("lstm_view", "Your own days")}
SYMBOLS = {"forget": "o", "input": "s", "candidate": "t", "output": "d"}
PART_LABELS = {"short": QT_TRANSLATE_NOOP("lstm_view", "× Short-Term Memory"),
               "input": QT_TRANSLATE_NOOP("lstm_view", "× Input"), "bias": QT_TRANSLATE_NOOP("lstm_view", "Bias")}
GATE_NAMES = {"forget": QT_TRANSLATE_NOOP("lstm_view", "Forget Gate"),
              "input": QT_TRANSLATE_NOOP("lstm_view", "Input Gate"),
              "candidate": QT_TRANSLATE_NOOP("lstm_view", "Potential Long-Term Memory"),
              "output": QT_TRANSLATE_NOOP("lstm_view", "Output Gate")}  # lstm.GATE_NAMES, for the translators
GATE_LEGEND = {"forget": QT_TRANSLATE_NOOP("lstm_view", "Forget"), "input": QT_TRANSLATE_NOOP("lstm_view", "Input"),
               "candidate": QT_TRANSLATE_NOOP("lstm_view", "Potential"),
               "output": QT_TRANSLATE_NOOP("lstm_view", "Output")}


def gate_name(gate: str) -> str:
    """The deck's name of a gate in the language of the interface (Forget Gate, Porte d'oubli)."""
    return translate("lstm_view", GATE_NAMES[gate])


def gate_legend(gate: str) -> str:
    """A gate's short name for a plot's legend (Forget, Oubli)."""
    return translate("lstm_view", GATE_LEGEND[gate])


SYMBOL_TEXT = {"o": "●", "s": "■", "t": "▼", "d": "◆"}
LEGEND_PT = 12


def title_legend(entries) -> str:
    """A plot title that is its legend: each entry's marker and name in its role's colour (no data covered)."""
    return "&nbsp;&nbsp;".join(f"<span style='color:{theme.COLORS[role]}'>{mark}&nbsp;{name}</span>"
                               for name, role, mark in entries)


def one_decimal(value: float) -> str:
    """The prediction as the deck rounds it: 0.0 or 1.0 (never "−0.0")."""
    text = f"{value:.1f}" if abs(value) < 1e6 else num(value)
    return localize("0.0" if text == "-0.0" else text).replace("-", "−")


def paren(text: str) -> str:
    return f"({text})" if text.startswith("−") else text


class CompactLedger(Ledger):
    """A ledger in a slightly smaller type (13 pt), so that a whole LSTM day fits beside the plots."""

    def set_lines(self, lines) -> None:
        super().set_lines(lines)
        for label in self._labels:
            if label.font().pointSizeF() != COMPACT_PT:
                label.setFont(theme.font(COMPACT_PT))


class LstmView(QObject):
    """Controls (company, days, Step/Play/Step back, the 12 parameters) and the cell, curves and plots."""

    dayChanged = Signal(int)  # the day shown (1-based; 0 before the first day)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.controls = QWidget()
        layout = QVBoxLayout(self.controls)
        layout.setContentsMargins(0, 0, 0, 0)
        self.company = QComboBox()
        self.company.setObjectName("company")
        self.company.setToolTip(translate("lstm_view", "Company A and Company B differ only on Day 1"))
        for key, text in COMPANY_CHOICES.items():
            self.company.addItem(translate("lstm_view", text), key)
        self.company.currentIndexChanged.connect(self._on_company_changed)
        self.sequence = SequenceField("lstm-sequence", translate("lstm_view", "Days 1, 2, 3, 4 (stock values)"),
                                      lstm.COMPANY_A,
                                      max_days=MAX_DAYS)
        self.sequence.changed.connect(self._on_sequence_edited)
        self.day_label = QLabel()
        self.day_label.setObjectName("day-label")
        self.day_label.setFont(theme.font(theme.TITLE_PT, bold=True))
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, tip, slot in (("day-back", QT_TRANSLATE_NOOP("lstm_view", "‹ Back"),
                                      QT_TRANSLATE_NOOP("lstm_view", "Go back one day"), self.step_back),
                                     ("day-play", QT_TRANSLATE_NOOP("lstm_view", "▶ Play"),
                                      QT_TRANSLATE_NOOP("lstm_view", "Step through the days one by one"),
                                      self.toggle_play),
                                     ("day-step", QT_TRANSLATE_NOOP("lstm_view", "Step ›"),
                                      QT_TRANSLATE_NOOP("lstm_view", "Go on to the next day"), self.step)):
            button = QPushButton(translate("lstm_view", text))
            button.setObjectName(key)
            button.setToolTip(translate("lstm_view", tip))
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons[key] = button
        for w in (self.company, self.sequence, self.day_label):
            layout.addWidget(w)
        layout.addLayout(buttons)
        self.fields: dict[str, NumberField] = {}
        for gate in lstm.GATES:
            box = QGroupBox(gate_name(gate))
            box.setStyleSheet(f"QGroupBox {{ color: {theme.COLORS[gate]}; font-weight: bold; }}")
            grid = QVBoxLayout(box)
            grid.setContentsMargins(6, 2, 6, 2)
            for part in ("short", "input", "bias"):
                name = f"{gate}_{part}"
                label = translate("lstm_view", PART_LABELS[part])
                f = NumberField(f"lstm-{gate}-{part}", label, getattr(lstm.DECK_PARAMS, name), -10, 10,
                                slider=False, tooltip=fill(translate("lstm_view", "%1: %2"), gate_name(gate), label))
                f.valueChanged.connect(self._on_params_edited)
                grid.addWidget(f)
                self.fields[name] = f
            box.ensurePolished()
            if QFontMetrics(box.font()).horizontalAdvance(box.title()) > TITLE_ROOM * theme.zoom():  # French
                box.setTitle(translate("lstm_cell", SHORT_NAMES[gate]))
                box.setToolTip(gate_name(gate))
            layout.addWidget(box)
        deck_button = QPushButton(translate("lstm_view", "Deck's values"))
        deck_button.setObjectName("lstm-deck-values")
        deck_button.setToolTip(translate("lstm_view", "The 12 weights and biases of the deck's (StatQuest) LSTM"))
        deck_button.clicked.connect(self.restore_deck)
        layout.addWidget(deck_button)
        self.table_io = rnn_data.lstm_io(self)  # Import data… / Export data…
        layout.addWidget(self.table_io.widget)
        self.timer = QTimer(self)
        self.timer.setInterval(PLAY_MS)
        self.timer.timeout.connect(self._on_tick)
        self._build_content()
        self.days: list[lstm.Day] = []
        self.day = 1
        self.recompute()

    def _build_content(self) -> None:
        self.content = QWidget()
        grid = QGridLayout(self.content)
        grid.setContentsMargins(0, 0, 0, 0)
        self.cell = LstmCell()
        self.ledger = CompactLedger(translate("lstm_view", "Today's math"), key="lstm-ledger")
        self.gates_plot = theme.make_plot("", translate("lstm_view", "Day"), "")
        self.gates_plot.setObjectName("gates-plot")
        gp = self.gates_plot.getPlotItem()
        gp.setMouseEnabled(x=False, y=False)
        self.gate_lines = {g: gp.plot(pen=theme.pen(g), symbol=SYMBOLS[g], symbolSize=10, symbolBrush=theme.brush(g),
                                      symbolPen=theme.NO_PEN,
                                      name=lstm.GATE_NAMES[g].replace("Potential Long-Term Memory", "Potential LTM"))
                           for g in lstm.GATES}
        self.memory_plot = theme.make_plot("", translate("lstm_view", "Day"), "")
        self.memory_plot.setObjectName("memory-plot")
        mp = self.memory_plot.getPlotItem()
        mp.setMouseEnabled(x=False, y=False)
        self.long_line = mp.plot(pen=theme.pen("long-term", 4), symbol="o", symbolSize=9,
                                 symbolBrush=theme.brush("long-term"), symbolPen=theme.NO_PEN,
                                 name="Long-Term Memory")
        self.short_line = mp.plot(pen=theme.pen("short-term"), symbol="s", symbolSize=9,
                                  symbolBrush=theme.brush("short-term"), symbolPen=theme.NO_PEN,
                                  name="Short-Term Memory")
        self.prediction_point = mp.plot(pen=None, symbol="star", symbolSize=22, symbolBrush=theme.brush("prediction"),
                                        symbolPen=pg.mkPen(theme.BLACK, width=1.5), name="Prediction")
        self.observed_point = mp.plot(pen=None, symbol="o", symbolSize=18, symbolBrush=theme.NO_BRUSH,
                                      symbolPen=pg.mkPen(theme.BLACK, width=3), name="Observed")
        self.day_markers = [pg.InfiniteLine(0, angle=90, pen=pg.mkPen(theme.YELLOW, width=10)) for _ in range(2)]
        for plot, marker in zip((gp, mp), self.day_markers, strict=True):
            marker.setZValue(-5)
            plot.addItem(marker)
        self.gates_plot.setTitle(title_legend([(gate_legend(g), g, SYMBOL_TEXT[SYMBOLS[g]]) for g in lstm.GATES]),
                                 size=f"{LEGEND_PT}pt")
        self.memory_plot.setTitle(title_legend([(translate("lstm_view", "Long-Term"), "long-term", "●"),
                                                (translate("lstm_view", "Short-Term"), "short-term", "■"),
                                                (translate("lstm_view", "Predicted"), "prediction", "★"),
                                                (translate("lstm_view", "Observed"), "data", "○")]),
                                  size=f"{LEGEND_PT}pt")
        for plot in (self.gates_plot, self.memory_plot):
            plot.getPlotItem().getAxis("bottom").setTickSpacing(1, 1)
        grid.addWidget(self.cell, 0, 0, 1, 2)
        grid.addWidget(self.ledger, 1, 0, 2, 1)
        grid.addWidget(self.gates_plot, 1, 1)
        grid.addWidget(self.memory_plot, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.cell.setMinimumHeight(190)
        grid.setRowStretch(0, 5)
        grid.setRowStretch(1, 4)
        grid.setRowStretch(2, 4)

    # --- model ----------------------------------------------------------------------------
    def params(self) -> lstm.LSTMParams:
        return lstm.LSTMParams(**{k: f.value() for k, f in self.fields.items()})

    def company_key(self) -> str:
        return self.company.currentData()

    def company_column(self) -> str:
        """The CSV column name of these days: the company's English name (files are not translated)."""
        return COMPANY_CHOICES.get(self.company_key(), "Day value")

    def set_params(self, params: lstm.LSTMParams) -> None:
        for k, f in self.fields.items():
            f.setValue(getattr(params, k))
        self.recompute()

    def restore_deck(self) -> None:
        self.set_params(lstm.DECK_PARAMS)

    def set_company(self, key: str, sequence=None) -> None:
        """Choose Company A, B or your own days (`sequence`), and go back to Day 1."""
        self.company.blockSignals(True)
        self.company.setCurrentIndex(list(COMPANY_CHOICES).index(key))
        self.company.blockSignals(False)
        days = lstm.COMPANIES[key][0] if key in lstm.COMPANIES else tuple(sequence or ())
        self.sequence.set_values(days)
        self.day = 1
        self.recompute()

    def set_day(self, day: int) -> None:
        self.day = max(min(1, len(self.days)), min(int(day), len(self.days)))
        self.refresh()

    def step(self) -> bool:
        if self.day >= len(self.days):
            return False
        self.set_day(self.day + 1)
        return True

    def step_back(self) -> bool:
        if self.day <= 1:
            return False
        self.stop()
        self.set_day(self.day - 1)
        return True

    def toggle_play(self) -> None:
        if self.timer.isActive():
            self.stop()
            return
        if self.day >= len(self.days):
            self.set_day(1)
        self.timer.start()
        self.buttons["day-play"].setText(translate("lstm_view", "❚❚ Pause"))

    def stop(self) -> None:
        self.timer.stop()
        self.buttons["day-play"].setText(translate("lstm_view", "▶ Play"))

    def _on_tick(self) -> None:
        if not self.step() or self.day >= len(self.days):
            self.stop()

    def _on_company_changed(self, _index: int) -> None:
        key = self.company_key()
        self.set_company(key, self.sequence.values())

    def _on_sequence_edited(self, values) -> None:
        self.company.blockSignals(True)
        self.company.setCurrentIndex(list(COMPANY_CHOICES).index("custom"))
        self.company.blockSignals(False)
        self.day = 1
        self.recompute()

    def _on_params_edited(self, _value: float) -> None:
        self.recompute()

    def recompute(self) -> None:
        """Run the LSTM over all the days (cheap), set the fixed plot ranges, then show the current day."""
        self.days = lstm.run(self.params(), self.sequence.values())
        self.day = max(min(1, len(self.days)), min(self.day, len(self.days)))
        n = len(self.days)
        self.gates_plot.setRange(xRange=(0.5, max(n, 1) + 0.5), yRange=(-1.1, 1.15), padding=0)
        memories = [0.0] + [v for d in self.days for v in (d.long_term, d.short_term)]
        lo, hi = min(min(memories), -0.5), max(max(memories), 1.0)
        self.memory_plot.setRange(xRange=(-0.3, n + 1.3), yRange=(lo - 0.1, hi + 0.1), padding=0)
        listed = n <= LISTED_DAYS
        days = ", ".join(str(i + 1) for i in range(n)) if listed else f"1…{grouped(n)}"
        self.sequence.label.setText(fill(translate("lstm_view", "Days %1 (stock values)"), days) if n else
                                    translate("lstm_view", "Days (stock values): none yet"))
        step = next(m * 10 ** e for e in range(4) for m in (1, 2, 5) if (n + 1) / (m * 10 ** e) <= 12)
        for plot in (self.gates_plot, self.memory_plot):
            plot.getPlotItem().getAxis("bottom").setTickSpacing(step, step)
        marks = [(self.gate_lines[g], SYMBOLS[g]) for g in lstm.GATES] + [(self.long_line, "o"), (self.short_line, "s")]
        for line, symbol in marks:
            line.setSymbol(symbol if listed else None)
        self.refresh()

    # --- view --------------------------------------------------------------------------------
    def refresh(self) -> None:
        n, k = len(self.days), self.day
        today = self.days[k - 1] if k else None
        self.cell.set_day(today, k)
        self.day_label.setText(fill(translate("lstm_view", "Day %1 of %2"), k, n) if n else
                               translate("lstm_view", "No days: type some or choose a company"))
        self.buttons["day-back"].setEnabled(k > 1)
        self.buttons["day-step"].setEnabled(k < n)
        shown = self.days[:k]
        xs = np.arange(1, k + 1)
        for g in lstm.GATES:
            self.gate_lines[g].setData(xs, [getattr(d, g) for d in shown])
        xm = np.arange(0, k + 1)
        self.long_line.setData(xm, [0.0] + [d.long_term for d in shown])
        self.short_line.setData(xm, [0.0] + [d.short_term for d in shown])
        finished = n > 0 and k == n
        self.prediction_point.setData([n + 1] if finished else [], [today.short_term] if finished else [])
        target = lstm.COMPANIES.get(self.company_key(), (None, None))[1]
        self.observed_point.setData([n + 1] if finished and target is not None else [],
                                    [target] if finished and target is not None else [])
        for marker in self.day_markers:
            marker.setValue(k)
        self.ledger.set_lines(self.ledger_lines(today, k))
        self.dayChanged.emit(k)

    def ledger_lines(self, d: lstm.Day | None, k: int) -> list[tuple[str, str]]:
        """Day k's gates and memories, computed as the deck does (full values in the tooltips)."""
        if d is None:
            return [(translate("lstm_view", "No days yet: choose Company A or B, or type the days."), ""),
                    (translate("lstm_view", "Both memories start at 0."), "")]
        p = self.params()
        lines = []
        verbs = {"forget": translate("lstm_view", "%1 of the Long-Term Memory is remembered"),
                 "input": translate("lstm_view", "%1 of the Potential Memory is added"),
                 "output": translate("lstm_view", "%1 of the Potential Short-Term Memory is kept")}
        for g in lstm.GATES:
            a, b, bias = p.gate(g)
            s, v = getattr(d, f"{g}_sum"), getattr(d, g)
            sum_text = (f"{num(d.short_before)} × {paren(deck(a))} + {num(d.x)} × {paren(deck(b))} + "
                        f"{paren(deck(bias))} = {num(s)};")
            colour = theme.COLORS[g]
            name = gate_name(g)
            tail = f"tanh → <b>{num(v)}</b>" if g == "candidate" else f"σ → <b>{percent(v)}</b>"
            tip = "" if g == "candidate" else fill(verbs[g], percent(v)) + "\n"
            lines.append((f"<span style='color:{colour}'><b>{name}</b></span>: {sum_text} {tail}",
                          tip + fill(translate("lstm_view", "sum = %1\nvalue = %2"), localize(repr(s)),
                                     localize(repr(v)))))
            if g == "candidate":
                lines.append((fill(translate("lstm_view", "New Long-Term Memory = %1 × %2 + %3 × %4 = <b>%5</b>"),
                                   num(d.long_before), percent(d.forget), percent(d.input), paren(num(d.candidate)),
                                   num(d.long_term)),
                              fill(translate("lstm_view", "Long-Term Memory = %1"), localize(repr(d.long_term)))))
        lines.append((fill(translate("lstm_view", "New Short-Term Memory = tanh(%1) × %2 = <b>%3</b>"),
                           num(d.long_term), percent(d.output), num(d.short_term)),
                      fill(translate("lstm_view", "Short-Term Memory = %1"), localize(repr(d.short_term)))))
        if k == len(self.days):
            target = lstm.COMPANIES.get(self.company_key(), (None, None))[1]
            seen = fill(translate("lstm_view", " (observed: %1)"), num(target)) if target is not None else ""
            head = fill(translate("lstm_view", "<b>Prediction for Day %1</b> = the Short-Term Memory = "), k + 1)
            lines.append((head +
                          f"<b style='color:{theme.themed(theme.BLUE)}'>{one_decimal(d.short_term)}</b>{seen}",
                          fill(translate("lstm_view", "Prediction = %1"), localize(repr(d.short_term)))))
        return lines
