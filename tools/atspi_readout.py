#!/usr/bin/python3
"""What a screen reader hears: start nnviz on a virtual screen with the AT-SPI bus, read its accessibility tree.

Run it with the system Python, which has pyatspi (Debian: python3-pyatspi, at-spi2-core, xvfb, dbus-x11,
libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0):

    /usr/bin/python3 tools/atspi_readout.py --chapter 2 > docs/accessibility-readout-ch2.txt

It starts Xvfb, a D-Bus session with the accessibility bus, and nnviz (the checkout's .venv, or
--python) with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1; then it walks every object on screen and prints, one a
line and indented by depth, its role, its name, its value (a field's text, a slider's number) and its
description, as Orca would read them. It stops everything it started. This is a tool, not a test.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _start(command: list[str], env: dict, **kw) -> subprocess.Popen:
    return subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True, **kw)


def _session(display: str) -> tuple[dict, list[subprocess.Popen]]:
    """Xvfb on `display`, a D-Bus session and the AT-SPI bus: the environment nnviz and pyatspi share."""
    env = dict(os.environ, DISPLAY=display)
    started = [_start(["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"], env)]
    time.sleep(1.0)
    out = subprocess.run(["dbus-launch", "--sh-syntax"], env=env, capture_output=True, text=True, check=True).stdout
    for line in out.splitlines():
        if "=" in line and line.startswith(("DBUS_SESSION_BUS_ADDRESS", "DBUS_SESSION_BUS_PID")):
            key, value = line.split("=", 1)
            env[key] = value.strip().rstrip(";").strip("'")
    env.update(NO_AT_BRIDGE="0", GTK_MODULES="gail:atk-bridge", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
               QT_ACCESSIBILITY="1", QT_QPA_PLATFORM="xcb")
    started.append(_start(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"], env))
    time.sleep(1.0)
    return env, started


def _value(obj) -> str:
    """A control's value as a screen reader says it: a field's text, a slider's or spin box's number."""
    try:
        text = obj.queryText()
        content = text.getText(0, min(text.characterCount, 400))
        if content and content != obj.name:
            return content
    except (NotImplementedError, Exception):  # noqa: BLE001 - pyatspi raises plain exceptions for "no interface"
        pass
    try:
        return f"{obj.queryValue().currentValue:g}"
    except (NotImplementedError, Exception):  # noqa: BLE001
        return ""


def walk(obj, pyatspi, depth: int = 0, out=None) -> None:
    """Print `obj` and its children that are on screen (role, name, value, description)."""
    try:
        states = obj.getState()
        if depth > 1 and not states.contains(pyatspi.STATE_SHOWING):
            return
        role, name, description = obj.getRoleName(), obj.name or "", obj.description or ""
    except Exception:  # noqa: BLE001 - an object that went away while we read it
        return
    value = _value(obj)
    line = "  " * depth + f"[{role}] {name!r}"
    if value:
        line += f" value={value!r}"
    if description:
        line += f" description={description!r}"
    if name or value or description:
        print(line, file=out)
    for i in range(min(obj.childCount, 500)):
        try:
            child = obj.getChildAtIndex(i)
        except Exception:  # noqa: BLE001
            continue
        if child is not None:
            walk(child, pyatspi, depth + 1, out)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chapter", default="2", help="the chapter nnviz opens (default 2)")
    parser.add_argument("--lang", default="en", choices=("en", "fr"))
    parser.add_argument("--display", default=":91")
    parser.add_argument("--python", default=str(ROOT / ".venv" / "bin" / "python"))
    parser.add_argument("--wait", type=float, default=8.0, help="seconds to let nnviz start")
    args = parser.parse_args(argv)
    env, started = _session(args.display)
    try:
        app = _start([args.python, "-m", "nnviz", "--chapter", args.chapter, "--lang", args.lang], env, cwd=ROOT)
        started.append(app)
        time.sleep(args.wait)
        os.environ.update(env)  # pyatspi reads the bus address when it is imported
        import pyatspi

        desktop = pyatspi.Registry.getDesktop(0)
        apps = [desktop.getChildAtIndex(i) for i in range(desktop.childCount)]
        ours = [a for a in apps if a is not None and "nnviz" in (a.name or "").lower()] or \
            [a for a in apps if a is not None and "python" in (a.name or "").lower()]
        if not ours:
            print(f"nnviz is not on the accessibility bus (applications: {[a.name for a in apps if a]})",
                  file=sys.stderr)
            return 1
        print(f"# AT-SPI read-out of nnviz --chapter {args.chapter} --lang {args.lang} "
              f"(Xvfb 1280x800, QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1)")
        print("# [role] 'name' value='…' description='…', indented by depth; only objects on screen")
        walk(ours[0], pyatspi)
        return 0
    finally:
        for process in reversed(started):
            try:
                os.killpg(process.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            process.wait(timeout=10)
        pid = env.get("DBUS_SESSION_BUS_PID", "")
        if pid.isdigit():
            try:
                os.kill(int(pid), signal.SIGTERM)
            except ProcessLookupError:
                pass


if __name__ == "__main__":
    sys.exit(main())
