"""Chapter 2's plots said in a sentence for a screen reader: where the line is now and where the SSR is lowest."""

from __future__ import annotations

from nnviz.core import regression as reg
from nnviz.qt import accessibility
from nnviz.qt.accessibility_describe import num
from nnviz.qt.i18n import fill, translate


def ssr_sentence(tab) -> str:
    """"SSR for each Intercept: the current Intercept 0 has SSR 3.16; the lowest SSR 0.44 is at Intercept 0.95"."""
    x, y = tab.points.arrays()
    intercept, slope = tab.line()
    best = reg.best_intercept(tab.slope_fixed, x, y)
    return fill(translate("gradient_descent_a11y", "SSR for each Intercept: the current Intercept %1 has SSR %2; "
                                                   "the lowest SSR %3 is at Intercept %4"),
                num(intercept), num(reg.ssr(intercept, slope, x, y)), num(reg.ssr(best, tab.slope_fixed, x, y)),
                num(best))


def contour_sentence(tab) -> str:
    """The two-parameter landscape: the current Intercept and Slope with their SSR, and the lowest point."""
    x, y = tab.points.arrays()
    intercept, slope = tab.line()
    best_i, best_s = reg.least_squares(x, y)
    return fill(translate("gradient_descent_a11y", "SSR for each Intercept and Slope: the current Intercept %1 and "
                                                   "Slope %2 have SSR %3; the lowest SSR %4 is at Intercept %5 and "
                                                   "Slope %6"),
                num(intercept), num(slope), num(reg.ssr(intercept, slope, x, y)),
                num(reg.ssr(best_i, best_s, x, y)), num(best_i), num(best_s))


def install(tab) -> None:
    """Give the SSR plots their sentences (the other plots are described from their curves)."""
    accessibility.describe_with(tab.ssr_plot, lambda: ssr_sentence(tab))
    accessibility.describe_with(tab.contour_plot, lambda: contour_sentence(tab))
