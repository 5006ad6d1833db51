"""Chapter 4's Digits page: built inside `cnn-views`, stepped and run in the worker, its numbers the core's."""

import numpy as np
import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QScrollArea, QSpinBox

from nnviz.core.cnn import digits
from nnviz.qt.chapters.cnn.digits_page import DigitsPage
from nnviz.qt.chapters.cnn.tab import CnnTab
from nnviz.qt.i18n import localize

from .helpers import click


@pytest.fixture
def tab(make_tab):
    tab = make_tab(CnnTab)
    tab.pages.setCurrentIndex(tab.pages.indexOf(tab.findChild(DigitsPage, "digits-page").scroll))
    return tab


def page(tab) -> DigitsPage:
    return tab.findChild(DigitsPage, "digits-page")


def label(tab, name) -> str:
    return tab.findChild(QLabel, name).text()


def percent(share: float) -> str:
    return localize(f"{100 * share:.1f}") + " %"


def test_the_page_takes_the_whole_tab_while_shown(tab):
    assert tab.findChild(QScrollArea, "digits-controls").isVisible()
    assert not tab.findChild(QScrollArea, "controls").isVisible() and not tab.pipeline.isVisible()
    tab.pages.setCurrentIndex(0)
    assert tab.findChild(QScrollArea, "controls").isVisible() and tab.pipeline.isVisible()
    # the letters keep their own buttons: the page's are digits-run, digits-step …
    assert tab.findChild(QPushButton, "run") is tab.panel.buttons["run"]
    assert page(tab).panel.buttons["run"].objectName() == "digits-run"


def test_steps_show_the_cores_accuracy_and_mistakes(qtbot, tab):
    p = page(tab)
    for _ in range(3):
        click(qtbot, tab, "digits-step")
    step = p.controller.current
    assert step.number == 3
    model, data = p.model, p.data
    test = digits.accuracy(model, step.params, data.test_images, data.test_labels)
    train = digits.accuracy(model, step.params, data.train_images, data.train_labels)
    score = label(tab, "digits-score")
    assert score.startswith("Step 3 ") and percent(test) in score and percent(train) in score
    wrong = int(round((1 - test) * len(data.test_labels)))
    assert label(tab, "digits-score") and f"{wrong} of 359" in p.mistakes_title.text()
    assert "1438 training images, 359 test images; 410 parameters" in label(tab, "digits-sizes")
    # the same three steps as the core's generator from the default start
    core = list(digits.train(digits.Model(), data, rules=digits.DEFAULT_RULES.__class__(None, 3, None)))
    assert core[-1].params == step.params


def test_run_trains_in_the_worker_and_the_curves_follow(qtbot, tab):
    p = page(tab)
    click(qtbot, tab, "digits-run")
    assert p.controller.running
    qtbot.waitUntil(lambda: p.controller.current.number >= 60, timeout=20_000)
    click(qtbot, tab, "digits-pause")
    qtbot.waitUntil(lambda: not p.controller.running)
    xs, ys = p.test_item.getData()
    assert len(xs) >= 2 and xs[-1] == p.controller.current.number
    end = p.controller.current
    assert ys[-1] == pytest.approx(100 * digits.accuracy(p.model, end.params, p.data.test_images, p.data.test_labels))
    assert ys[-1] > 30  # chance is 10 %: it learns
    loss_x, loss_y = p.loss_item.getData()
    assert loss_x[-1] == end.number and np.all(np.isfinite(loss_y))


def test_two_digits_and_a_drawn_one(qtbot, tab):
    p = page(tab)
    classes = tab.findChild(QComboBox, "digits-classes")
    classes.setCurrentIndex(classes.findData("two"))
    tab.findChild(QSpinBox, "digits-first").setValue(0)
    tab.findChild(QSpinBox, "digits-second").setValue(1)
    assert p.data.classes == (0, 1) and p.model.classes == 2
    assert label(tab, "digits-sizes").startswith(f"{len(p.data.train_labels)} training images, 72 test images")
    for _ in range(20):
        p.controller.step()
    p.test_image.setValue(3)
    click(qtbot, tab, "digits-copy-test")
    image = p.data.test_images[2]
    np.testing.assert_array_equal(p.draw.image(), image)
    said = digits.predict(p.model, p.controller.current.params, image[None])[0]
    assert label(tab, "digits-answer").startswith(f"It says: {(0, 1)[said]} (")
    click(qtbot, tab, "digits-clear")
    assert not p.draw.image().any() and label(tab, "digits-answer").startswith("Paint a digit on")


def test_the_same_digits_cannot_be_chosen_twice(tab):
    p = page(tab)
    classes = tab.findChild(QComboBox, "digits-classes")
    classes.setCurrentIndex(classes.findData("two"))
    tab.findChild(QSpinBox, "digits-second").setValue(3)
    tab.findChild(QSpinBox, "digits-first").setValue(3)
    assert label(tab, "digits-sizes") == "Choose two different digits."
    assert p.data.classes == (3, 8)  # the last good choice stays


def test_a_lesson_keeps_the_page_and_a_bad_one_changes_nothing(tab):
    p = page(tab)
    assert "digits" not in tab.get_state()  # as it opened: lessons written before the page read back the same
    for _ in range(4):
        p.controller.step()
    state = tab.get_state()
    assert state["view"] == "digits" and len(state["digits"]["params"]) == 410
    state["digits"].update(classes=[4, 9], filters=2, seed=5, test_percent=25,
                           params=digits.Model(2, 2).start(7).tolist(), drawing=np.eye(8).tolist())
    tab.set_state(state)
    assert (p.data.classes, p.model.filters, p.seed.value(), p.test_share.value()) == ((4, 9), 2, 5, 25)
    assert list(p.controller.current.params) == digits.Model(2, 2).start(7).tolist()
    np.testing.assert_array_equal(p.draw.image(), np.eye(8))
    before = tab.get_state()
    for bad in ({"filters": 9}, {"classes": [3, 3]}, {"params": [0.0] * 5}, {"drawing": [[2.0] * 8] * 8},
                {"learning_rate": float("nan")}, {"seed": True}):
        broken = {**before, "digits": {**before["digits"], **bad}}
        with pytest.raises(ValueError):
            tab.set_state(broken)
        assert tab.get_state() == before


def test_the_loss_plot_moves_its_ranges_in_jumps_not_every_step(qtbot, tab):
    """Autorange redrew both axes of the loss plot at every frame of a run (the page kept 59 % of a 10 ms timer's
    ticks); the ranges now change only when the curve leaves them, and always hold it."""
    p = page(tab)
    plot = tab.findChild(type(p.loss_plot), "digits-loss-plot")
    changes = []
    plot.getPlotItem().vb.sigRangeChanged.connect(lambda *_: changes.append(1))
    for _ in range(30):
        click(qtbot, tab, "digits-step")
    (x0, x1), (y0, y1) = plot.getPlotItem().vb.viewRange()
    numbers, losses = p.controller.history.losses(500)
    assert p.controller.current.number == 30
    assert x0 <= numbers[0] and numbers[-1] <= x1 and y0 <= 0 and np.nanmax(losses) <= y1
    assert not any(plot.getPlotItem().vb.autoRangeEnabled())
    assert 1 <= len(changes) <= 6  # a few jumps for 30 steps, not one a step
