"""Several runs at once: Qt's global thread pool has as many threads as cores (2 on the machine this was found
on), so with chapters 2 and 3 training, chapter 4's Run showed "Training…" and stayed at step 0. Training has
a pool of its own that grows with the runs: five runs at once (chapters 2, 3, 4 and chapter 5's two models)
all advance."""

import time

from PySide6.QtCore import QThreadPool

from nnviz.core.descent import StoppingRules

ENDLESS = StoppingRules(None, 10**9, None)


def test_five_runs_at_once_all_advance(window, qtbot):
    tabs = {tab.key: tab for tab in window.chapters}
    controllers = [tabs["gradient-descent"].controllers[0], tabs["backpropagation"].controllers[0],
                   tabs["cnn"].controllers[0], *tabs["rnn-lstm"].training_view.controllers]
    assert len(controllers) == 5
    # As on a 2-core machine, whatever this one has: the global pool must not be what runs training.
    pool = QThreadPool.globalInstance()
    cores = pool.maxThreadCount()
    pool.setMaxThreadCount(2)
    started = []
    for controller in controllers:
        controller.set_rules(ENDLESS)
        started.append(controller.current.number)
        controller.run()
        assert controller.running
    try:
        # A run queued behind the others would stay at its step forever (the rules are endless), so a generous
        # timeout tells the two apart; 2 s was once too little at the end of a full suite on a loaded machine.
        qtbot.waitUntil(lambda: all(c.current.number > n for c, n in zip(controllers, started, strict=True)),
                        timeout=10_000)
        from nnviz.qt.worker import running_threads

        assert running_threads() == 5
        # Closing stops every run before it waits: waiting for the pool with other runs still going took the
        # whole one-second timeout per chapter (chapter 5's two runs alone made Ctrl+C take 1.2 s).
        began = time.perf_counter()
        window.shutdown()
        seconds = time.perf_counter() - began
        assert running_threads() == 0
        assert seconds < 0.9, f"{seconds:.2f} s to stop five runs"
    finally:
        for controller in controllers:
            controller.shutdown()
        pool.setMaxThreadCount(cores)
    assert not any(c.running for c in controllers)
