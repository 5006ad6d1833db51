"""`nnviz.core.lstm` is `nnviz.core.rnn_lstm.lstm`: the public path of the design's core API, kept for notebooks and
scripts."""

import sys

from nnviz.core.rnn_lstm import lstm as _module

sys.modules[__name__] = _module
