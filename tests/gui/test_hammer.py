"""Fault hammering: per training chapter, 500 random presses of Run, Pause, Step, Step back, Reset,
learning-rate edits and tab switches (seeded), then the window is closed mid-run. A chapter with several
training panels gets 500 per panel (chapter 5: the LSTM's and the plain RNN's, in its Training sub-tab, one
shown at a time by the model list); the panel is brought on screen as a user would before each press, and
its tab switches also pick its sub-tab and model list.

No crash, no Qt warning (pytest-qt fails on them), no leaked thread (the conftest guard), and the
state stays consistent: the step the tab shows is the history's last, the history follows the
update rule, and the parameters shown in the fields (or, where the weights are not shown, the last point of
a loss curve) are those of the current step. The test never waits for real time between actions: it
processes pending events once and goes on."""

import math
import random
import re
import sys

import pytest

from .reliability_helpers import (
    StepRecorder,
    all_controls,
    chapter_class,
    chapter_ids,
    check_history,
    choose,
    curves,
    deliver,
    loss_shown,
    params_shown,
    pump,
    type_into,
)

ACTIONS = 500
PAINT_EVERY = 20  # a full event-loop round (with repaints) every this many actions; signals after each
KINDS = ("run", "pause", "step", "step-back", "reset", "learning-rate", "switch-tab")


def learning_rates(field, rng: random.Random, default: float) -> str:
    """A learning rate to type: mostly sensible, sometimes extreme, now and then refused text."""
    lo, hi = math.log10(max(field.minimum, 1e-6)), math.log10(max(field.maximum, 1e-5))
    choice = rng.random()
    if choice < 0.4:
        return f"{default * rng.choice((0.5, 1, 2)):.6g}"
    if choice < 0.85:
        return f"{10 ** rng.uniform(lo, hi):.4g}"
    return rng.choice(("abc", "", "nan", "-1", "0", "1e308"))


@pytest.mark.parametrize("chapter", chapter_ids())
def test_hammer_then_close_mid_run(window, qtbot, chapter, capfd):
    """The hammer, then the close mid-run; no action may write a traceback to stderr (issue 24 item 3): no
    exception reaches sys.excepthook or sys.unraisablehook, and nothing that looks like one is printed."""
    caught = []
    hooks = sys.excepthook, sys.unraisablehook  # pytest-qt's and pytest's: each still sees what it saw

    def excepthook(*args):
        caught.append(args[1])
        hooks[0](*args)

    def unraisablehook(unraisable):
        caught.append(unraisable.exc_value)
        hooks[1](unraisable)

    sys.excepthook, sys.unraisablehook = excepthook, unraisablehook
    try:
        hammer_then_close(window, chapter)
    finally:
        sys.excepthook, sys.unraisablehook = hooks
    err = capfd.readouterr().err
    assert not caught, caught
    assert "Traceback" not in err and not re.search(r"^\w*(Error|Exception)\b", err, re.M), err


def hammer_then_close(window, chapter) -> None:
    cls = chapter_class(chapter)
    index = next(i for i, t in enumerate(window.chapters) if type(t) is cls)
    tab = window.chapters[index]
    panels = all_controls(tab)
    if not all(c.is_training_chapter for c in panels):
        pytest.skip(f"{chapter} is not a training chapter (missing {panels[0].missing() or 'controllers'})")
    window.tabs.setCurrentIndex(index)
    defaults = []
    for number, controls in enumerate(panels):  # every training panel of the tab (chapter 5: LSTM and plain RNN)
        defaults.append(controls.learning_rate.value())
        hammer(window, index, controls, random.Random(9000 + cls.number + 100 * number))
    for controller in tab.controllers:
        check_history(controller.history)

    # Close the window while a run is going in every panel (slow motion keeps them running until the close).
    for controls, default_lr in zip(panels, defaults, strict=True):
        window.tabs.setCurrentIndex(index)
        controls.reveal()
        controls.click("pause")
        type_into(controls.learning_rate, f"{default_lr:.6g}")
        if controls.speed is not None:
            controls.speed.setValue(controls.speed.minimum() + 1)
        controls.click("reset")
        controls.click("run")
        pump()
        assert controls.controller.running, "Run did not start a run"
    assert all(c.controller.running for c in panels)
    window.close()
    assert not any(c.running for t in window.chapters for c in t.controllers)
    from nnviz.qt.worker import running_threads

    assert running_threads() == 0


def hammer(window, index, controls, rng: random.Random) -> None:
    """ACTIONS random actions on one training panel; the panel is brought back on screen (main tab, then its
    sub-tab and list choice) before each press, as a user would, and its state is checked after each."""
    tab = window.chapters[index]
    controls.reveal()
    controller = controls.controller
    recorder = StepRecorder(controller)
    default_lr = controls.learning_rate.value()
    shows_params = params_shown(tab, controller.current.params)
    plotted = curves(tab)
    shows_loss = not shows_params and loss_shown(plotted, controller.current)  # chapter 5: no weight in a field
    assert shows_params or shows_loss, "neither the parameters nor the loss of the current step are on screen"
    switches = [chooser for chooser, _ in controls.route]  # besides the chapter tabs: the sub-tab, the model list
    window.setUpdatesEnabled(False)  # repaint only every PAINT_EVERY actions: painting costs real time
    done = {kind: 0 for kind in KINDS}
    for n in range(ACTIONS):
        kind = rng.choice(KINDS)
        if kind != "switch-tab":
            window.tabs.setCurrentIndex(index)
            controls.reveal()
        if kind == "learning-rate":
            before = controls.learning_rate.value()
            type_into(controls.learning_rate, learning_rates(controls.learning_rate, rng, default_lr))
            value = controls.learning_rate.value()
            assert math.isfinite(value) and value > 0
            if value != before:
                assert controller.learning_rate == value
        elif kind == "switch-tab":
            chooser = rng.choice([window.tabs] + switches) if switches else window.tabs
            if chooser is window.tabs:
                window.tabs.setCurrentIndex(rng.randrange(window.tabs.count()))
            else:
                choose(chooser, rng.randrange(chooser.count()))
        else:
            controls.click(kind)
        done[kind] += 1
        if n % PAINT_EVERY == 0:
            window.setUpdatesEnabled(True)
            pump()  # a full round of the event loop, painting included
            window.setUpdatesEnabled(False)
        else:
            deliver()
        current = controller.current
        assert current == controller.history.last  # the history keeps plain tuples: an equal Step, made again
        if not controller.running:
            assert recorder.last.number == current.number and recorder.last.params == current.params, (
                f"after {kind} (action {n}) the tab shows step {recorder.last!r}, the history ends at {current!r}")
            if shows_params:
                assert params_shown(tab, current.params), (
                    f"after {kind} (action {n}) the fields do not show {current!r}"
                )
            if shows_loss and math.isfinite(current.loss) and current.loss < 1e6:
                assert loss_shown(plotted, current), f"after {kind} (action {n}) no curve ends at {current!r}"
        if n % 50 == 49:
            check_history(controller.history)
    assert min(done.values()) > 0, done
    check_history(controller.history)
    print(f"\nhammer, {tab.title}, {controls.panel.title() if controls.panel else 'training'}: {done}, "
          f"{len(switches)} sub-tab/list choice(s) besides the chapter tabs")
    window.setUpdatesEnabled(True)
    pump()


def test_a_learning_rate_sent_mid_run_keeps_each_step_true_to_its_record():
    from nnviz.core import regression as reg
    from nnviz.core.descent import StoppingRules, descend

    steps = descend(reg.intercept_objective(reg.DECK_SLOPE, reg.DECK_X, reg.DECK_Y), (0.0,), 0.1,
                    StoppingRules(None, 100, None))
    first = next(steps)
    second = steps.send({"learning_rate": 0.01})
    assert second.params == pytest.approx(first.next_params)  # 0.57, as the ledger of step 0 said
