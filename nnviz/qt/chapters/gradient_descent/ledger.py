"""Chapter 2's ledger: the deck's computation for one step, written out with its numbers in the interface language."""

from __future__ import annotations

from nnviz.core import regression as reg
from nnviz.core.descent import Step
from nnviz.core.numbers import minus, signed
from nnviz.qt import theme
from nnviz.qt.i18n import fill, grouped, localize, number, significant, translate

SHOWN_TERMS = 3  # ledger sums longer than this are shortened with "…"
SHOWN_TIPS = 20  # residuals listed in full in a tooltip


def _n(value: float, decimals: int = 2) -> str:
    """The deck's rounding, typographic minus, the language's decimal point (0.57, −5.7; 0,57 in French)."""
    return minus(number(value, decimals))


def _sig(value: float) -> str:
    return minus(significant(value))


def _full(value: float) -> str:
    """The full value for a tooltip."""
    return localize(repr(float(value)))


def _operand(value: float) -> str:
    """A value as an operand: a negative one in parentheses, so that (−0.14)² is not read as −(0.14²)."""
    text = _n(value)
    return f"({text})" if text.startswith("−") else text


def _terms(term: str, values, count: int) -> str:
    """`term` (a template, %1 = a value) for the first values, joined by +, with how many terms (`count`) in all."""
    shown = " + ".join(fill(term, _operand(v)) for v in values[:SHOWN_TERMS])
    if count <= SHOWN_TERMS:
        return minus(shown)
    return minus(shown) + fill(translate("gradient_descent_ledger", " + … (%1 terms)"), grouped(count))


def ledger_lines(step: Step, x, y, intercept: float, slope: float, both: bool) -> list[tuple[str, str]]:
    """The deck's computation for this step, with its numbers (deck rounding; full values in tooltips)."""
    count = len(x)
    r = reg.residuals(intercept, slope, x[:SHOWN_TIPS], y[:SHOWN_TIPS])  # only the residuals written out
    lr = _n(step.learning_rate, 4)
    d_i, d_s = reg.d_ssr(intercept, slope, x, y)
    head = (translate("gradient_descent_ledger", "<b>Step %1</b>: Intercept = %2, Slope = %3") if both else
            translate("gradient_descent_ledger", "<b>Step %1</b>: Intercept = %2, Slope = %3 (fixed)"))
    more = (fill(translate("gradient_descent_ledger", ", … (%1 in all)"), grouped(count)) if count > SHOWN_TIPS
            else "")
    lines = [(fill(head, step.number, _n(intercept), _n(slope)),
              fill(translate("gradient_descent_ledger", "Intercept = %1\nSlope = %2"), _full(intercept), _full(slope))),
             (fill("SSR = %1 = <b>%2</b>", _terms("%1²", r, count), _n(step.loss)),
              fill(translate("gradient_descent_ledger", "Residuals (Observed − Predicted): %1"),
                   ", ".join(_full(v) for v in r[:SHOWN_TIPS]) + more) + "\nSSR = " + _full(step.loss)),
             (fill(translate("gradient_descent_ledger", "d SSR / d Intercept = %1 = <b>%2</b>"),
                   _terms("−2 × %1", r, count), _sig(d_i)),
              fill(translate("gradient_descent_ledger", "d SSR / d Intercept = %1"), _full(d_i)))]
    sizes = step.step_sizes or (0.0, 0.0)
    if both:
        lines.append((fill(translate("gradient_descent_ledger", "d SSR / d Slope = %1 = <b>%2</b>"),
                           _terms("−2 × %1", r * x[:SHOWN_TIPS], count), _sig(d_s)),
                      fill(translate("gradient_descent_ledger", "d SSR / d Slope = %1"), _full(d_s))))
        size_of = {"intercept": translate("gradient_descent_ledger", "Step Size (Intercept) = %1 × %2 = <b>%3</b>"),
                   "slope": translate("gradient_descent_ledger", "Step Size (Slope) = %1 × %2 = <b>%3</b>")}
        new_of = {"intercept": translate("gradient_descent_ledger", "New Intercept = %1 − %2 = <b>%3</b>"),
                  "slope": translate("gradient_descent_ledger", "New Slope = %1 − %2 = <b>%3</b>")}
        tip_new = {"intercept": translate("gradient_descent_ledger", "New Intercept = %1"),
                   "slope": translate("gradient_descent_ledger", "New Slope = %1")}
        params = [("intercept", intercept, d_i, sizes[0]), ("slope", slope, d_s, sizes[1])]
    else:
        size_of = {"intercept": translate("gradient_descent_ledger", "Step Size = %1 × %2 = <b>%3</b>")}
        new_of = {"intercept": translate("gradient_descent_ledger", "New Intercept = %1 − %2 = <b>%3</b>")}
        tip_new = {"intercept": translate("gradient_descent_ledger", "New Intercept = %1")}
        params = [("intercept", intercept, d_i, sizes[0])]
    for key, _old, d, size in params:
        lines.append((fill(size_of[key], _sig(d), lr, _sig(size)),
                      fill(translate("gradient_descent_ledger", "Step Size = %1"), _full(size))))
    for key, old, _d, size in params:
        lines.append((fill(new_of[key], _n(old), localize(signed(size)), _n(old - size)),
                      fill(tip_new[key], _full(old - size))))
    if not both:
        best = reg.best_intercept(slope, x, y)
        lowest = fill(translate("gradient_descent_ledger", "Lowest SSR possible with this Slope: %1 (Intercept %2)"),
                      _n(reg.ssr(best, slope, x, y)), _n(best))
        lines.append((f"<span style='color:{theme.GREY}'>{lowest}</span>",
                      translate("gradient_descent_ledger", "The bottom of the SSR curve: no Intercept does better "
                                                           "with this Slope.")))
    return lines
