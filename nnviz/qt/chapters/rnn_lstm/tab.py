"""Chapter 5 — Recurrent Neural Networks: the feedback loop, unrolling, the exploding/vanishing gradient, and LSTM."""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QTabWidget, QVBoxLayout

from nnviz.core.rnn_lstm import lstm, rnn
from nnviz.core.rnn_lstm import series as series_pairs
from nnviz.qt.chapters.base import ChapterTab, GuidedStep, rules_state
from nnviz.qt.chapters.rnn_lstm.lstm_view import COMPANY_CHOICES, LstmView
from nnviz.qt.chapters.rnn_lstm.lstm_view import MAX_DAYS as LSTM_MAX_DAYS
from nnviz.qt.chapters.rnn_lstm.real_series_page import SeriesView
from nnviz.qt.chapters.rnn_lstm.training import MODELS, TrainingView
from nnviz.qt.chapters.rnn_lstm.views import MAX_DAYS, MAX_UNROLL, GradientView, RnnView
from nnviz.qt.i18n import fill, localize, translate
from nnviz.qt.widgets.practice_card import PracticeCard

VIEWS = {"rnn": QT_TRANSLATE_NOOP("rnn", "RNN"),
         "gradient": QT_TRANSLATE_NOOP("rnn", "Exploding && Vanishing Gradient"),
         "lstm": QT_TRANSLATE_NOOP("rnn", "LSTM"), "training": QT_TRANSLATE_NOOP("rnn", "Training"),
         "series": QT_TRANSLATE_NOOP("rnn", "Real series")}


def _number(value, what: str, lo: float = -math.inf, hi: float = math.inf) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValueError(fill(translate("rnn", "%1 must be a finite number, not %2"), what, repr(value)))
    if not lo <= value <= hi:
        raise ValueError(fill(translate("rnn", "%1 must be between %2 and %3, not %4"), what, localize(f"{lo:g}"),
                              localize(f"{hi:g}"), localize(repr(value))))
    return float(value)


def _params(value, names, what: str, limit: float) -> dict[str, float]:
    if not isinstance(value, dict) or set(value) != set(names):
        raise ValueError(fill(translate("rnn", "%1 must give exactly: %2"), what, ", ".join(names)))
    return {k: _number(value[k], f"{what} {k}", -limit, limit) for k in names}


def _sequence(value, what: str, max_days: int) -> tuple[float, ...]:
    if not isinstance(value, list) or len(value) > max_days:
        raise ValueError(fill(translate("rnn", "%1 must be a list of at most %2 numbers"), what, max_days))
    return tuple(_number(v, fill(translate("rnn", "a day of %1"), what), -100, 100) for v in value)


#: Which view's ledger a practice card stands in, for which exercise kinds.
PRACTICE_VIEWS = {"rnn": ("rnn-day",), "gradient": ("unroll",),
                  "lstm": ("gate-sum", "gate-percent", "long-term", "short-term")}


class RnnTab(ChapterTab):
    number = 5
    key = "rnn-lstm"
    title = "Recurrent Neural Networks"
    summary = QT_TRANSLATE_NOOP("chapters", "A feedback loop lets yesterday and today both count; unrolled, it "
                                "multiplies by w2 again and again (exploding/vanishing gradient); LSTM's gates keep a "
                                "Long-Term Memory instead.")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rnn_view = RnnView(self)
        self.gradient_view = GradientView(self.rnn_view.params, self)
        self.lstm_view = LstmView(self)
        self.training_view = TrainingView(self)
        self.series_view = SeriesView(self)
        self.controllers.extend(self.training_view.controllers + self.series_view.controllers)
        self.rnn_view.paramsChanged.connect(self.gradient_view.refresh)
        self.views = {"rnn": self.rnn_view, "gradient": self.gradient_view, "lstm": self.lstm_view,
                      "training": self.training_view, "series": self.series_view}
        self.view_tabs = QTabWidget()
        self.view_tabs.setObjectName("view")
        for key, view in self.views.items():
            view.controls.layout().addStretch(1)
            self.controls.addWidget(view.controls)
            self.view_tabs.addTab(view.content, translate("rnn", VIEWS[key]))
        self.view_tabs.currentChanged.connect(self._on_view_changed)
        self._on_view_changed(0)
        self.finish_controls()
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view_tabs)
        self.practice_cards = {key: PracticeCard(self.practice, self.views[key].ledger, kinds)
                               for key, kinds in PRACTICE_VIEWS.items()}  # the exercise in the ledger's place
        self.practice.exerciseChanged.connect(self._on_practice)

    def _on_practice(self, exercise) -> None:
        """Show the view whose ledger the exercise's card stands in."""
        for key, kinds in PRACTICE_VIEWS.items():
            if exercise is not None and exercise.kind in kinds:
                self.view_tabs.setCurrentIndex(list(self.views).index(key))

    def _on_view_changed(self, index: int) -> None:
        for i, view in enumerate(self.views.values()):  # only the controls of the view shown
            view.controls.setVisible(i == index)
        if self.view_key() != "lstm":
            self.lstm_view.stop()

    def view_key(self) -> str:
        return list(self.views)[self.view_tabs.currentIndex()]

    def show_view(self, key: str) -> None:
        self.view_tabs.setCurrentIndex(list(self.views).index(key))

    def shutdown(self) -> None:
        self.lstm_view.stop()
        super().shutdown()

    # --- lesson files -----------------------------------------------------------------
    def get_state(self) -> dict:
        lv, tv = self.lstm_view, self.training_view
        return {
            "view": self.view_key(),
            "rnn": {"params": self.rnn_view.params()._asdict(), "sequence": list(self.rnn_view.sequence.values())},
            "gradient": {"w2": self.gradient_view.w2.value(), "unroll": self.gradient_view.n()},
            "lstm": {"params": lv.params()._asdict(), "company": lv.company_key(),
                     "sequence": list(lv.sequence.values()), "day": lv.day},
            "training": {"model": tv.current_model(), "seed": tv.seed,
                         "lstm_learning_rate": tv.lstm.learning_rate, "rnn_learning_rate": tv.rnn.learning_rate,
                         "series": tv.series},
            **self.series_view.lesson_entry(),
        }

    def code_state(self) -> dict:
        """The lesson state, with both Training panels' stopping rules (the Code view trains as Run does)."""
        state = self.get_state()
        for key, controller in (("lstm", self.training_view.lstm), ("rnn", self.training_view.rnn)):
            state["training"][f"{key}_rules"] = rules_state(controller.rules)
        return state

    def set_state(self, state: dict) -> None:
        if not isinstance(state, dict):
            raise ValueError(translate("rnn", "the chapter 5 state must be a dictionary"))
        unknown = set(state) - {"view", "rnn", "gradient", "lstm", "training", "series"}
        if unknown:
            raise ValueError(fill(translate("rnn", "unknown entries for chapter 5: %1"), ", ".join(sorted(unknown))))
        view = state.get("view", "rnn")
        if view not in self.views:
            raise ValueError(fill(translate("rnn", "unknown view %1; choose one of %2"), repr(view),
                                  ", ".join(self.views)))
        r = state.get("rnn", {"params": rnn.DECK_PARAMS._asdict(), "sequence": list(rnn.DECK_SEQUENCE)})
        if not isinstance(r, dict):
            raise ValueError(fill(translate("rnn", "'%1' must be a dictionary"), "rnn"))
        rnn_params = _params(r.get("params"), rnn.NAMES, "RNN", 5)
        rnn_days = _sequence(r.get("sequence"), translate("rnn", "the RNN's days"), MAX_DAYS)
        g = state.get("gradient", {"w2": 2.0, "unroll": 4})
        if not isinstance(g, dict):
            raise ValueError(fill(translate("rnn", "'%1' must be a dictionary"), "gradient"))
        w2 = _number(g.get("w2"), "w2", -3, 3)
        unroll = _number(g.get("unroll"), translate("rnn", "the number of unrolls"), 1, MAX_UNROLL)
        if unroll != int(unroll):
            raise ValueError(translate("rnn", "the number of unrolls must be a whole number"))
        lo = state.get("lstm", {"params": lstm.DECK_PARAMS._asdict(), "company": "A",
                                "sequence": list(lstm.COMPANY_A), "day": 1})
        if not isinstance(lo, dict):
            raise ValueError(fill(translate("rnn", "'%1' must be a dictionary"), "lstm"))
        lstm_params = _params(lo.get("params"), lstm.NAMES, "LSTM", 10)
        company = lo.get("company")
        if company not in COMPANY_CHOICES:
            raise ValueError(fill(translate("rnn", "company must be one of %1, not %2"), ", ".join(COMPANY_CHOICES),
                                  repr(company)))
        lstm_days = _sequence(lo.get("sequence"), translate("rnn", "the LSTM's days"), LSTM_MAX_DAYS)
        days = len(lstm.COMPANIES[company][0]) if company in lstm.COMPANIES else len(lstm_days)
        day = _number(lo.get("day"), translate("rnn", "the day"), min(1, days), days)
        t = state.get("training", {"model": "lstm", "seed": 0, "lstm_learning_rate": 0.1, "rnn_learning_rate": 0.1})
        if not isinstance(t, dict) or t.get("model") not in MODELS:
            raise ValueError(fill(translate("rnn", "'training' must name a model: %1"), ", ".join(MODELS)))
        seed = _number(t.get("seed"), translate("rnn", "the seed"), 0, 9999)
        rates = [_number(t.get(f"{m}_learning_rate"), translate("rnn", "the learning rate"), 0.0001, 10)
                 for m in ("lstm", "rnn")]
        series = t.get("series")
        if series is not None:
            series = list(_sequence(series, translate("rnn", "the training series"), LSTM_MAX_DAYS))
            series_pairs.windows(series)  # refuses a series too short to train on
        real = SeriesView.validated(state["series"]) if "series" in state else None
        # everything is valid: apply
        self.rnn_view.sequence.set_values(rnn_days)
        self.rnn_view.set_params(rnn.RNNParams(**rnn_params))
        self.gradient_view.set_values(w2, int(unroll))
        lv = self.lstm_view
        lv.stop()
        for k, f in lv.fields.items():
            f.setValue(lstm_params[k])
        lv.set_company(company, lstm_days)
        lv.set_day(int(day))
        tv = self.training_view
        tv.set_model(t["model"])
        for key, rate in zip(("lstm", "rnn"), rates, strict=True):
            tv.panels[key].learning_rate.setValue(rate)
            getattr(tv, key).learning_rate = rate
        tv.set_seed(int(seed))
        tv.use_deck() if series is None else tv.set_series(series)
        if real is not None:
            self.series_view.set_state(real)
        self.show_view(view)

    # --- the deck's narrative -------------------------------------------------------------
    def guided_steps(self) -> list[GuidedStep]:
        def rnn_step(sequence):
            def apply():
                self.rnn_view.set_sequence(sequence)
                self.rnn_view.set_params(rnn.DECK_PARAMS)
                self.gradient_view.refresh()
                self.show_view("rnn")
            return apply

        def gradient_step(w2, n):
            def apply():
                self.gradient_view.set_values(w2, n)
                self.show_view("gradient")
            return apply

        def lstm_step(company, day):
            def apply():
                self.lstm_view.stop()
                self.lstm_view.set_params(lstm.DECK_PARAMS)
                self.lstm_view.set_company(company)
                self.lstm_view.set_day(day)
                self.show_view("lstm")
            return apply

        def training():
            self.training_view.set_model("lstm")
            self.show_view("training")

        return [
            GuidedStep(translate("rnn", "An RNN has weights and biases like any network: "
                                 "Yesterday × w1 + b1 = 0 × 1.8 + 0.0 = 0"), rnn_step(rnn.DECK_SEQUENCE)),
            GuidedStep(translate("rnn", "The feedback loop lets yesterday's and today's values both influence the "
                                 "prediction"), rnn_step((rnn.HIGH, rnn.MEDIUM))),
            GuidedStep(translate("rnn", "Unrolled: one copy of the network per day, the same weights in every copy"),
                       rnn_step(lstm.COMPANY_A)),
            GuidedStep(translate("rnn", "Unrolled 4 times with w2 = 2: Input₁ × 2 × 2 × 2 × 2 = Input₁ × 2⁴"),
                       gradient_step(2.0, 4)),
            GuidedStep(translate("rnn", "Unroll 50 times and the gradient explodes: Input₁ × 2⁵⁰"),
                       gradient_step(2.0, 50)),
            GuidedStep(translate("rnn", "Limit w2 below 1 to stop the explosion… and the gradient vanishes "
                                 "instead"),
                       gradient_step(0.5, 50)),
            GuidedStep(translate("rnn", "LSTM: sigmoid gates say what percent to remember; tanh gives values between "
                                 "−1 and 1"), lstm_step("A", 1)),
            GuidedStep(translate("rnn", "Company A, day by day: the Day 5 prediction is about 0"), lstm_step("A", 4)),
            GuidedStep(translate("rnn", "Company B differs only on Day 1; the Long-Term Memory keeps it: Day 5 is "
                                 "about 1"), lstm_step("B", 4)),
            GuidedStep(translate("rnn", "Train the LSTM and the plain RNN from a random start: which one remembers "
                                 "Day 1?"), training),
        ]
