"""Shared test setup: headless Qt, and guards against leaked worker threads and windows."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
