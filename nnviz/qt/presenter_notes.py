"""What to say and what to ask the class at every guided step, for the presenter view: `NOTES[chapter key][step]`
(the steps of each chapter's `guided_steps()`, in order; a test checks the counts agree). French in
tools/fr/handouts.py."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from nnviz.qt.i18n import translate

NOTES: dict[str, tuple[str, ...]] = {
    "why-how": (
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: the clinic tried three Dosages; only the middle one helped.\nAsk: what shape would a curve through these three points need?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: this is the best any straight line can do, and it misses every point.\nAsk: why can no line, whatever its slope, do better here?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: two hidden nodes are enough to bend the line into a squiggle with an SSR near 0.\nAsk: what does each hidden node add that a line does not have?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: an activation function is the bent piece each node starts from.\nAsk: which of the three is never negative, and which stays between 0 and 1?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: the top node stretches, shifts and flips one Softplus curve with w1, b1 and w3.\nAsk: what happens to the curve if w3 changes sign?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: the bottom node makes a second bent curve of its own with w2, b2 and w4.\nAsk: where does this curve bend, and why there?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: adding the two curves and b3 gives the squiggle through all three points.\nAsk: what would b3 do to the whole squiggle if we raised it?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: follow Input 0 through the network, node by node, in the ledger.\nAsk: before I show it, what Efficacy do you expect?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: the same path for the medium Dosage gives about 1.\nAsk: which node does most of the work at this Dosage?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: ReLU builds the same idea from straight pieces bent at 0.\nAsk: what is lost and what is gained compared with Softplus?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: real networks start from random weights; training finds good ones, as chapter 3 shows.\nAsk: why not start every weight at 0?'),
    ),
    "gradient-descent": (
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: three points, and we want the line that fits them best.\nAsk: what does “fits best” mean, in numbers?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: the slope stays at 0.64; only the Intercept will move, starting at 0.\nAsk: is this line too high or too low?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: a residual is Observed minus Predicted, the vertical gap to each point.\nAsk: why are all three residuals positive here?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: squaring keeps every gap positive; their sum, the SSR, is about 3.1.\nAsk: why square the residuals instead of just adding them?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: each Intercept gives one SSR; together they draw this curve.\nAsk: could we just try every Intercept? Why is that a bad plan with many parameters?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: the derivative −5.7 is the slope of the tangent at Intercept 0.\nAsk: what does its minus sign tell us about which way to go?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: Step Size = derivative × Learning Rate = −5.7 × 0.1 = −0.57.\nAsk: what would a Learning Rate of 1 do?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: the new Intercept is the old one minus the Step Size: 0 − (−0.57) = 0.57.\nAsk: why minus, and not plus?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: near the bottom the curve flattens, so the steps shrink by themselves.\nAsk: nobody changed the Learning Rate: why do the steps get smaller?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: we stop on a tiny step size, a maximum number of steps, or a small enough SSR.\nAsk: which rule stopped this run, and at which step?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: with the Slope free as well, the path crosses a landscape, one derivative per parameter.\nAsk: why does the path curve instead of heading straight to the bottom?'),
    ),
    "backpropagation": (
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: six parameters are already good; we train b3 alone first.\nAsk: what does b3 do to the squiggle, up to now?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: the chain rule: dSSR/dPredicted times dPredicted/db3, and the second factor is 1; the sum is −15.7.\nAsk: why is dPredicted/db3 exactly 1?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: one step of gradient descent: −15.7 × 0.1 = −1.57, so b3 becomes 1.57.\nAsk: will the next step be larger or smaller? Why?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: step after step, b3 settles near 2.61, the bottom of the SSR curve.\nAsk: how do we know we are at the bottom without looking at the curve?'),
        QT_TRANSLATE_NOOP("presenter_notes", "Say: for w3 the last factor is y₁, the top node's output.\nAsk: if y₁ were 0 for every point, what would happen to w3 during training?"),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: w1 is further back, so the chain has four factors, through w3 and the softplus.\nAsk: which factor comes from the activation function, and what is it for softplus?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: for b1 the chain is the same, except the last factor is 1 instead of the Input.\nAsk: why does a bias always end its chain with 1?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: a finite difference nudges a parameter and measures the SSR; it agrees with the chain rule.\nAsk: why do we not train with finite differences instead?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: real training starts from random weights and zero biases; the seed makes it repeatable.\nAsk: what would change with another seed?'),
        QT_TRANSLATE_NOOP("presenter_notes", "Say: all seven parameters now train together; watch the SSR fall.\nAsk: does the squiggle end up like chapter 1's? Why might it not?"),
    ),
    "cnn": (
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: an image is a grid of numbers: 1 for black, 0 for white.\nAsk: how many numbers are in this 6×6 image?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: move the O one pixel to the right: most input values change.\nAsk: would a network with one input per pixel still say “O”?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: a CNN looks at small neighbourhoods with a filter, so it needs far fewer inputs.\nAsk: why do neighbouring pixels matter more than distant ones?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: multiply each pixel by the filter value under it, add them up, add the bias: 3 − 2 = 1.\nAsk: which pixels of the window count here?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: slide the filter one pixel: this window matches less, 1 − 2 = −1.\nAsk: what kind of pattern gives this filter its highest value?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: ReLU turns every negative cell into 0; only two places match the filter.\nAsk: where are those two places in the letter?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: Max Pooling keeps the largest value of each 2×2 region: 1, 0, 0, 1.\nAsk: what information does pooling throw away, and why is that fine?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: the four pooled values feed a small network; SoftMax and ArgMax pick “O”.\nAsk: what does SoftMax add that ArgMax alone does not give?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: the shifted O gives the same pooled values, so the answer stays “O”.\nAsk: how far could we shift it before the answer changes?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: the X matches the filter along its diagonal, a different pooled pattern.\nAsk: how does the classifier tell X from O with only four numbers?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: training lowers the Cross Entropy until both letters are recognised.\nAsk: why Cross Entropy here and not the SSR?'),
    ),
    "rnn-lstm": (
        QT_TRANSLATE_NOOP("presenter_notes", "Say: an RNN has weights and biases like any network; start with yesterday's value.\nAsk: what is new compared with the networks we have seen?"),
        QT_TRANSLATE_NOOP("presenter_notes", "Say: the feedback loop passes yesterday's output into today's node through w2.\nAsk: how can the same network take sequences of any length?"),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: unrolled, there is one copy per day, all sharing the same weights.\nAsk: how many weights are there to train, whatever the number of days?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: with w2 = 2, unrolling 4 times multiplies the first input by 2⁴ = 16.\nAsk: what happens to this factor with every extra day?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: 50 days give 2⁵⁰, about 10¹⁵: the gradient explodes and the steps are far too large.\nAsk: what would gradient descent do with such a step?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: with w2 below 1 the product shrinks toward 0: the gradient vanishes.\nAsk: what can the network then learn about Day 1?'),
        QT_TRANSLATE_NOOP("presenter_notes", "Say: the LSTM's gates use sigmoids for percentages and tanh for values between −1 and 1.\nAsk: why a percentage for a gate?"),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: follow Company A day by day; the Day 5 prediction is about 0.\nAsk: which memory carries the information from day to day?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: Company B differs only on Day 1, and the Long-Term Memory keeps that: Day 5 is about 1.\nAsk: why does the plain RNN struggle with exactly this?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: both train from a random start; compare how their SSR falls.\nAsk: before it ends, which one do you expect to remember Day 1?'),
    ),
    "conclusion": (
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: a network bends activation curves into a squiggle that fits data no line can.\nAsk: what made the squiggle possible: the nodes, the activations, or both?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: gradient descent walks downhill: Step Size = derivative × Learning Rate.\nAsk: what goes wrong with a Learning Rate that is too large?'),
        QT_TRANSLATE_NOOP("presenter_notes", 'Say: backpropagation is the chain rule, giving the derivative for every weight and bias at once.\nAsk: why is it called “back” propagation?'),
        QT_TRANSLATE_NOOP("presenter_notes", "Say: a CNN's filter finds a pattern anywhere; Max Pooling keeps the strongest match.\nAsk: where else would such a filter be useful besides letters?"),
        QT_TRANSLATE_NOOP("presenter_notes", "Say: an RNN feeds yesterday into today; the LSTM's gates keep a Long-Term Memory.\nAsk: which of today's chapters would you use for a sequence of words?"),
    ),
}


def note_for(chapter_key: str, step: int) -> str:
    """The note of `step` (from 0) in the chapter `chapter_key`, in the interface language."""
    notes = NOTES.get(chapter_key, ())
    if not 0 <= step < len(notes):
        return translate("presenter_notes", "No notes for this step.")
    return translate("presenter_notes", notes[step])
