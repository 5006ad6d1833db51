"""History memory: bytes a `History` holds for 15,001 kept steps of every training panel's own run (tracemalloc),
against the same steps as a plain list of `Step`s, in one run (issue 26).

The steps come from `descent.descend` on the panel's objective, start and learning rate (every rule off but
the step count), in batches of 200 as the worker sends them; each batch is dropped once the History has it,
so what tracemalloc still counts afterwards is what the History keeps."""

from __future__ import annotations

import gc
import tracemalloc

from common import application, parser, report, training_panels

KEPT = 15_001


def steps_of(controller, count: int):
    """`count` steps of the controller's run, restarted from its last step whenever a run stops sooner."""
    from nnviz.core.descent import StoppingRules, descend

    made, params, number = 0, controller.current.params, 0
    while made < count:
        run = descend(controller.objective, params, controller.learning_rate,
                      StoppingRules(None, number + count - made, None), free=controller.free, first_number=number)
        for step in run:
            if made and step.number == number and made < count:  # the restart repeats the last step: skip it
                continue
            yield step
            made += 1
            params, number = step.next_params, step.number + 1
            if made >= count:
                return
        if step.stop is not None and step.stop.value != "max_steps":
            params = controller.current.params  # diverged or converged: start again from the beginning


def traced(build) -> tuple[float, object]:
    """(MB tracemalloc still counts after `build()` returns, what it returned)."""
    gc.collect()
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    kept = build()
    gc.collect()
    used = tracemalloc.get_traced_memory()[0] - base
    tracemalloc.stop()
    return used / 1e6, kept


def in_history(controller, count: int):
    from nnviz.core.descent import History

    def build():
        history, batch = History(), []
        for step in steps_of(controller, count):
            batch.append(step)
            if len(batch) == 200:
                history.extend(batch, History.pack(batch))
                batch = []
        if batch:
            history.extend(batch, History.pack(batch))
        return history

    return traced(build)


def main() -> None:
    args = parser(__doc__.splitlines()[0]).parse_args()
    count = 2_001 if args.quick else KEPT
    application()
    from nnviz.qt.main_window import MainWindow

    window = MainWindow(restore=False)
    results = {}
    print(f"memory of {count:,} kept steps (tracemalloc):")
    for _, tab, controls in training_panels(window):
        controller = controls["controller"]
        label = f"{tab.number} {tab.title}" + (f" ({controls['name']})" if controls.get("name") else "")
        history_mb, history = in_history(controller, count)
        assert len(history) == count, (label, len(history))
        list_mb, steps = traced(lambda c=controller: list(steps_of(c, count)))
        n = len(history.last.params)
        results[label] = {"parameters": n, "history_mb": history_mb, "step_list_mb": list_mb,
                          "bytes_per_step": history_mb * 1e6 / count}
        print(f"  {label}: {n} parameters — History {history_mb:6.1f} MB ({history_mb * 1e6 / count:,.0f} B a step); "
              f"a list of the Steps {list_mb:6.1f} MB")
        del history, steps
    window.shutdown()
    report("history_memory", {"kept_steps": count, "panels": results}, args.json)


if __name__ == "__main__":
    main()
