"""StepRange: a per-step plot's ranges change in jumps, not at every frame."""

import pyqtgraph as pg

from nnviz.qt.widgets.step_range import GROW, StepRange


def test_ranges_change_only_when_the_curve_leaves_them(qtbot):
    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    moves = []
    plot.getPlotItem().getViewBox().sigRangeChanged.connect(lambda *_: moves.append(1))
    steps = StepRange(plot)
    steps.follow(0.0, 100.0, 3.16)
    assert steps.shown == (0.0, GROW * 100.0, 3.16 * 1.25)
    moves.clear()
    for last in range(101, 150):  # a run going on inside the ranges: nothing is redrawn
        steps.follow(0.0, float(last), 3.0)
    assert not moves and steps.shown[1] == 150.0
    steps.follow(0.0, 151.0, 3.0)  # past the end: half as long again
    assert steps.shown[1] == GROW * 151.0 and moves
    steps.follow(0.0, 151.0, 0.5)  # the loss fell below a quarter of the axis: a tighter one
    assert steps.shown[2] == 0.5 * 1.25
    steps.follow(0.0, 151.0, float("nan"))  # a value that is not a number leaves the axis as it is
    assert steps.shown[2] == 0.5 * 1.25


def test_a_new_history_starts_the_step_axis_again(qtbot):
    plot = pg.PlotWidget()
    qtbot.addWidget(plot)
    steps = StepRange(plot)
    steps.follow(0.0, 5000.0, 1.0)
    steps.follow(0.0, 3.0, 1.0)  # Reset: a short run in a long axis gets a short one
    assert steps.shown[1] == 10.0 * GROW  # at least MIN_STEPS steps
    steps.follow(7.0, 20.0, 1.0)  # a history starting elsewhere (Step back to 7, then Run)
    x, _ = plot.getPlotItem().getViewBox().viewRange()
    assert steps.shown[0] == 7.0 and x[0] < 7.0 < x[1]
