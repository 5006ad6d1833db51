"""`nnviz.core.rnn` is `nnviz.core.rnn_lstm.rnn`: the public path of the design's core API, kept for notebooks and
scripts."""

import sys

from nnviz.core.rnn_lstm import rnn as _module

sys.modules[__name__] = _module
