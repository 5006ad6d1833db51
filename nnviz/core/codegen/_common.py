"""What every chapter's generated script shares: the Script it returns, number and array literals, data inline or
in a CSV beside the script, the `show` printer and the gradient-descent loop with the app's stopping rules.

The pieces are text blocks with named slots (`string.Template`), filled by `render`; a chapter module puts its own
blocks between them. Numbers are written with `repr`, the shortest text that reads back as the same float, so the
script starts from exactly the values on screen.
"""

from __future__ import annotations

import csv
import functools
import io
import math
import textwrap
from dataclasses import dataclass, field
from string import Template

from nnviz.core import numbers

INLINE_ROWS = 1000  # data up to this many rows goes into the script; more goes to a CSV file beside it
LINE = 100  # generated lines are wrapped at this width


@dataclass(frozen=True)
class Script:
    """A generated script: its source, and the data files it reads (name → text), written beside it."""

    source: str
    files: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.source


def render(template: str, **slots) -> str:
    """`template` (dedented) with its $slots filled; a missing slot is a KeyError, never a silent gap.
    A line that holds only a slot left empty is dropped (an optional line)."""
    lines = textwrap.dedent(template).strip("\n").split("\n")
    kept = [line for line in lines if not (line.strip().startswith("$") and slots.get(line.strip()[1:]) == "")]
    return Template("\n".join(kept)).substitute(slots)


def num(value) -> str:
    """A float literal that reads back as exactly `value` (ValueError for NaN and infinity)."""
    value = float(value)
    if not math.isfinite(value):
        raise ValueError(f"a script cannot start from {value!r}: every value must be a finite number")
    return repr(value + 0.0)  # + 0.0: no "-0.0"


def whole(value, name: str = "a count") -> str:
    """A whole number's literal (ValueError naming `name` for NaN, infinity, 2.5 or a bool)."""
    return str(numbers.whole(value, name))


def flat_list(values, indent: int = 4) -> str:
    """`[v1, v2, …]` wrapped at LINE characters (continuation lines indented by `indent`)."""
    items = [num(v) for v in values]
    text = "[" + ", ".join(items) + "]"
    if len(text) <= LINE - indent:
        return text
    lines = textwrap.wrap(", ".join(items), LINE - indent - 1, break_on_hyphens=False)
    return "[" + ("\n" + " " * indent).join(lines) + "]"


def nested_list(values, indent: int = 4) -> str:
    """A 2-D (or 3-D) list literal, one row per line when it does not fit on one."""
    values = [list(row) for row in values]
    if values and isinstance(values[0][0], (list, tuple)):
        inner = [nested_list(block, indent + 1) for block in values]
        return "[" + (",\n" + " " * indent).join(inner) + "]"
    rows = ["[" + ", ".join(num(v) for v in row) + "]" for row in values]
    text = "[" + ", ".join(rows) + "]"
    if len(text) <= LINE - indent:
        return text
    return "[" + (",\n" + " " * (indent + 1)).join(rows) + "]"


def _packed(items: list[str], indent: int, opening: str = "{", closing: str = "}") -> str:
    """`items` joined by ", " inside `opening`…`closing`, as many on a line as fit in LINE characters (continuation
    lines indented by `indent`, the column after the opening bracket)."""
    lines, line = [], ""
    for item in items:
        candidate = f"{line}, {item}" if line else item
        if line and indent + len(candidate) + 2 > LINE:
            lines.append(line)
            candidate = item
        line = candidate
    lines.append(line)
    return opening + (",\n" + " " * indent).join(lines) + closing


def csv_text(header: tuple[str, ...], columns) -> str:
    """The columns as CSV text, full precision, one header line (remembered for the last few tables: the Code view
    rebuilds its script during a run, and 100,000 rows take a fifth of a second to write out)."""
    return _csv_text(tuple(header), tuple(tuple(c) for c in columns))


@functools.lru_cache(maxsize=4)
def _csv_text(header: tuple[str, ...], columns: tuple) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows([num(v) for v in row] for row in zip(*columns, strict=True))
    return buffer.getvalue()


def data_block(kind: str, names: tuple[str, ...], columns, csv_name: str, comment: str) -> tuple[str, dict]:
    """Code that defines one array per column (`names`), inline up to INLINE_ROWS rows, else read from
    `csv_name` beside the script; returns (code, files). `kind` is "numpy" or "torch"."""
    columns = [list(map(float, c)) for c in columns]
    rows = len(columns[0])
    make = "np.array" if kind == "numpy" else "torch.tensor"
    if rows <= INLINE_ROWS:
        lines = [f"# {comment}"]
        for name, values in zip(names, columns, strict=True):
            lines.append(f"{name} = {make}({flat_list(values, len(name) + len(make) + 4)})")
        return "\n".join(lines), {}
    read = render("""
        # $comment: $rows rows, read from $csv_name (written beside this script)
        with open(Path(__file__).with_name("$csv_name"), newline="") as data_file:
            rows = [[float(v) for v in row] for row in list(csv.reader(data_file))[1:]]
        """, comment=comment, rows=rows, csv_name=csv_name)
    lines = [read] + [f"{name} = {make}([row[{i}] for row in rows])" for i, name in enumerate(names)]
    return "\n".join(lines), {csv_name: csv_text(names, columns)}


def data_imports(files: dict) -> str:
    """The imports a CSV-reading data block needs (none when the data is inline)."""
    return "import csv\nfrom pathlib import Path\n" if files else ""


SHOW_NUMPY = '''
def show(label, value):
    """Print a label and its number(s) to 12 significant digits (the app shows the same values, rounded)."""
    numbers = np.ravel(np.asarray(value, dtype=float))
    print(f"{label:<30} = " + " ".join(f"{v + 0.0:.12g}" for v in numbers))  # + 0.0: no "-0"
'''

SHOW_TORCH = '''
def show(label, value):
    """Print a label and its number(s) to 12 significant digits (the app shows the same values, rounded)."""
    numbers = torch.as_tensor(value, dtype=torch.float64).detach().flatten().tolist()
    print(f"{label:<30} = " + " ".join(f"{v + 0.0:.12g}" for v in numbers))  # + 0.0: no "-0"
'''

#: The app's Run in NumPy: parameters in a dict (floats or arrays), only the `trained` ones change.
DESCENT_NUMPY = '''
def gradient_descent(loss_and_gradients, params, trained, learning_rate, loss_tolerance, max_steps, min_step_size):
    """The app's Run: New = Old − Step Size, Step Size = derivative × Learning Rate, until a stopping rule fires.

    Returns (steps taken, the parameters, the loss there, why it stopped)."""
    params = {name: np.array(value, dtype=float) for name, value in params.items()}
    step, previous, first, lowest, growth = 0, None, None, np.inf, 0
    while True:
        loss, gradients = loss_and_gradients(params)
        step_sizes = {name: gradients[name] * learning_rate for name in trained}
        growth = growth + 1 if previous is not None and loss > previous + 1e-9 * abs(previous) else 0
        first, lowest = (loss if first is None else first), min(lowest, loss)
        sizes = np.concatenate([np.ravel(s) for s in step_sizes.values()])
        values = np.concatenate([np.ravel(v) for v in params.values()])
        if not (abs(loss) <= 1e12 and np.all(np.abs(values) <= 1e12) and np.all(np.isfinite(sizes))):
            return step, params, loss, "diverged (the numbers blew up)"
        if growth >= 5 and loss - lowest > 0.5 * (first - lowest):
            return step, params, loss, "diverged (the loss kept growing)"
        if loss_tolerance is not None and loss <= loss_tolerance:
            return step, params, loss, f"the loss is at most {loss_tolerance}"
        if min_step_size is not None and np.all(np.abs(sizes) <= min_step_size):
            return step, params, loss, f"every step size is at most {min_step_size}"
        if max_steps is not None and step >= max_steps:
            return step, params, loss, f"{max_steps} steps"
        for name in trained:
            params[name] = params[name] - step_sizes[name]
        previous = loss
        step += 1
'''

#: The app's Run in PyTorch: autograd for the gradient, torch.optim.SGD for the step.
DESCENT_TORCH = '''
def gradient_descent(model, loss_function, learning_rate, loss_tolerance, max_steps, min_step_size):
    """The app's Run with torch.optim.SGD: New = Old − Learning Rate × gradient, until a stopping rule fires.

    Only the parameters that require a gradient are trained. Returns (steps taken, the loss, why it stopped)."""
    trained = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.SGD(trained, lr=learning_rate)
    step, previous, first, lowest, growth = 0, None, None, math.inf, 0
    while True:
        optimizer.zero_grad()
        loss = loss_function()
        loss.backward()  # autograd: the chain rule, from the loss back to every trained parameter
        value = loss.item()
        with torch.no_grad():
            sizes = torch.cat([p.grad.flatten() * learning_rate for p in trained])
            values = torch.cat([p.flatten() for p in model.parameters()])
        growth = growth + 1 if previous is not None and value > previous + 1e-9 * abs(previous) else 0
        first, lowest = (value if first is None else first), min(lowest, value)
        if not (abs(value) <= 1e12 and bool((values.abs() <= 1e12).all()) and bool(sizes.isfinite().all())):
            return step, value, "diverged (the numbers blew up)"
        if growth >= 5 and value - lowest > 0.5 * (first - lowest):
            return step, value, "diverged (the loss kept growing)"
        if loss_tolerance is not None and value <= loss_tolerance:
            return step, value, f"the loss is at most {loss_tolerance}"
        if min_step_size is not None and bool((sizes.abs() <= min_step_size).all()):
            return step, value, f"every step size is at most {min_step_size}"
        if max_steps is not None and step >= max_steps:
            return step, value, f"{max_steps} steps"
        optimizer.step()
        previous = value
        step += 1
'''


TORCH_PREAMBLE = """
import math

import torch

torch.set_default_dtype(torch.float64)  # the app computes in float64: the same numbers, digit for digit
torch.set_num_threads(1)  # tensors this small are fastest on one thread
"""


def rules(state_rules, default: tuple) -> tuple:
    """(loss tolerance, max steps, min step size): a state's rules ({"ssr_tolerance", "max_steps", "min_step_size"},
    as the Training panel sets them; None switches one off), else `default`."""
    if state_rules is None:
        return tuple(default)
    if not isinstance(state_rules, dict):
        raise ValueError("the stopping rules must be a mapping")
    tolerance, steps, size = (state_rules.get(k) for k in ("ssr_tolerance", "max_steps", "min_step_size"))
    return (None if tolerance is None else float(numbers.finite(tolerance, "the SSR tolerance")),
            None if steps is None else numbers.whole(steps, "the maximum number of steps", 0),
            None if size is None else float(numbers.finite(size, "the smallest step size")))


def rule(value) -> str:
    """A stopping rule's value as Python: None when the rule is off."""
    return "None" if value is None else (whole(value) if isinstance(value, int) else num(value))


def header(title: str, kind: str, chapter: str, extra: str = "", trains: bool = True) -> str:
    """The script's opening docstring."""
    library = "NumPy" if kind == "numpy" else "PyTorch (float64)"
    text = (f"{title}\n\nGenerated by nnviz from the chapter “{chapter}” as it was on screen. It needs only "
            f"{library}; run it with `python <this file>`. It prints, labelled, the numbers the app shows"
            + (", then trains as the app's Run does and prints the result." if trains else "."))
    if extra:
        text += "\n\n" + extra
    wrapped = "\n\n".join(textwrap.fill(part, LINE - 4) for part in text.split("\n\n"))
    return f'"""{wrapped}\n"""'


def assemble(*blocks: str) -> str:
    """Blocks joined by blank lines (two before a def, as PEP 8 asks), ending with one newline."""
    parts = [textwrap.dedent(b).strip("\n") for b in blocks if b and b.strip()]
    out = parts[0]
    for part in parts[1:]:
        code = [line for line in part.split("\n") if not line.startswith("#")]
        gap = "\n\n\n" if (code and code[0].startswith(("def ", "class ", "@"))) or _ends_block(out) else "\n\n"
        out += gap + part
    return out + "\n"


def _ends_block(text: str) -> bool:
    """True when `text` ends inside a def or class (its last line is indented)."""
    last = text.rstrip("\n").rsplit("\n", 1)[-1]
    return last.startswith(" ")
