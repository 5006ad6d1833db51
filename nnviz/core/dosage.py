"""`nnviz.core.dosage` is `nnviz.core.why_how.dosage`: the public path of the design's core API, kept for notebooks
and scripts."""

import sys

from nnviz.core.why_how import dosage as _module

sys.modules[__name__] = _module
