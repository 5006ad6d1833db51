"""Divergence everywhere: a learning rate of 10 in every training chapter stops the run with a message a
student understands, nothing non-finite reaches a plot or a label, and Reset recovers. Every training panel
of a tab is tried (chapter 5: the LSTM's and the plain RNN's, reached through its Training sub-tab)."""

import math

import pytest
from PySide6.QtWidgets import QLabel

from nnviz.core.descent import StopReason

from .reliability_helpers import (
    all_controls,
    chapter_class,
    chapter_ids,
    non_finite_plot_data,
    non_finite_texts,
    pump,
    type_into,
)


@pytest.fixture
def tab(qtbot, request):
    from nnviz.app import make_application

    make_application()
    widget = chapter_class(request.param)()
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.shutdown()


@pytest.mark.parametrize("tab", chapter_ids(), indirect=True)
def test_learning_rate_10_stops_with_a_message_and_reset_recovers(qtbot, tab):
    panels = all_controls(tab)
    if not all(c.is_training_chapter for c in panels):
        pytest.skip(f"not a training chapter (missing {panels[0].missing() or 'controllers'})")
    for controls in panels:  # every training panel of the tab (chapter 5: LSTM and plain RNN), reached as a user does
        controls.reveal()
        diverge_and_recover(qtbot, tab, controls)


def diverge_and_recover(qtbot, tab, controls) -> None:
    controller = controls.controller
    default_lr = controls.learning_rate.value()
    # The first step at the default rate, from the start: after Reset the same step must give the same loss.
    # (Not necessarily a lower loss: the Real series LSTM's default 0.01 climbs for its first steps, then
    # reaches a lower SSR and test error than the rates whose first step goes down.)
    controls.click("step")
    assert controller.current.number == 1
    fresh = controller.current.loss
    controls.click("reset")
    pump(3)
    assert controller.current.number == 0
    type_into(controls.learning_rate, "10")
    assert controller.learning_rate == 10.0
    with qtbot.waitSignal(controller.stopped, timeout=10_000) as blocker:
        controls.click("run")
    reason, message = blocker.args
    qtbot.waitUntil(lambda: not controller.running, timeout=2000)
    pump(3)
    # The dosage, RNN and LSTM networks diverge at 10. The CNN's Cross Entropy is bounded below and its
    # ReLU units saturate, so there a rate of 10 may even reach the tolerance: any rule may stop it,
    # as long as the message says which and nothing on screen is NaN or infinite.
    # The LSTM's gates saturate too (sigmoid, tanh): at 10 its SSR may fall to the tolerance, or its gradients
    # vanish so that every step is below the minimum step size; neither is a divergence, and each says so.
    # Which one happens depends on the last bits of the first few steps (it changed with d tanh's formula).
    if reason is StopReason.TOLERANCE and tab.key == "rnn-lstm":
        assert controller.current.loss <= controller.rules.loss_tolerance and message.startswith("Stopped:")
    elif reason is StopReason.MIN_STEP_SIZE and tab.key == "rnn-lstm":  # gates saturated: every gradient ~ 0
        assert all(abs(s) <= controller.rules.min_step_size for s in controller.current.step_sizes)
        assert message.startswith("Stopped:")
    elif tab.key == "cnn":
        assert isinstance(reason, StopReason) and message.startswith("Stopped:")
    else:
        assert reason is StopReason.DIVERGED, f"learning rate 10 did not diverge but stopped by {reason}: {message}"
        assert "smaller learning rate" in message
    assert "nan" not in message.lower() and "inf" not in message.lower()
    assert controls.status is not None and controls.status.isVisibleTo(tab) and controls.status.text() == message
    assert all(math.isfinite(s.loss) for s in controller.history), "a loss in the history is not finite"
    assert non_finite_plot_data(tab) == []
    assert non_finite_texts(tab) == []

    controls.click("reset")
    pump(3)
    now = controller.current
    assert now.number == 0 and math.isfinite(now.loss) and all(map(math.isfinite, now.params))
    assert len(controller.history) == 1
    assert non_finite_plot_data(tab) == [] and non_finite_texts(tab) == []
    type_into(controls.learning_rate, f"{default_lr:.6g}")
    assert controller.learning_rate == pytest.approx(default_lr)
    controls.click("step")
    assert controller.current.number == 1 and controller.current.stop is not StopReason.DIVERGED
    assert math.isfinite(fresh) and controller.current.loss == pytest.approx(fresh, rel=1e-12)


def test_the_finiteness_checks_can_fail(qtbot):
    """The helpers above see a NaN in a plot and "nan" in a label."""
    import pyqtgraph as pg
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    root = QWidget()
    qtbot.addWidget(root)
    plot = pg.PlotWidget()
    plot.setObjectName("probe")
    label = QLabel("SSR = nan")
    layout = QVBoxLayout(root)
    layout.addWidget(plot)
    layout.addWidget(label)
    plot.plot([0.0, 1.0], [1.0, float("nan")])
    assert non_finite_plot_data(root) == ["probe:PlotDataItem"]
    assert non_finite_texts(root) == ["SSR = nan"]
    label.setText("Intercept = 0.57 (infinite patience)")
    assert non_finite_texts(root) == []


def test_a_converged_run_is_not_called_diverged():
    from nnviz.core import regression as reg
    from nnviz.core.descent import StoppingRules, descend

    x = [0.5637032200998103, 0.16543988199920456, 0.8249081037181143]
    y = [1.1446232099366629, 1.3491517598173015, 1.3847742223818473]
    steps = list(descend(reg.line_objective(x, y), (0.0, 1.0), 0.01, StoppingRules(None, 20_000, None)))
    best = reg.least_squares(x, y)
    assert steps[-1].params == pytest.approx(best, abs=1e-6)  # it converged …
    assert steps[-1].stop is StopReason.MAX_STEPS  # … so it must not be reported as diverged
