"""Build the one-folder nnviz bundle with one command, and say where it is and how big.

    python packaging/build.py            # -> packaging/dist/nnviz/nnviz (nnviz.exe, nnviz.app)
    python packaging/build.py --naive    # the same without exclusions -> packaging/dist-naive/
    python packaging/build.py --measure  # then time `--screenshot` of the bundle vs the pip-installed app
    python packaging/build.py --no-build --measure --runs 11   # time the bundle already built

Run it with the Python whose packages should go into the bundle (one with `pip install .[package]`).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SPEC = HERE / "nnviz.spec"
EXE = {"win32": "nnviz.exe"}.get(sys.platform, "nnviz")


def folder_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) of everything under `folder`, symbolic links counted as links."""
    total = files = 0
    for root, _, names in os.walk(folder):
        for name in names:
            total += os.lstat(os.path.join(root, name)).st_size
            files += 1
    return total, files


def build(dist: Path, work: Path, *, naive: bool = False) -> Path:
    """Run PyInstaller on the spec; returns the bundle's executable."""
    env = dict(os.environ, NNVIZ_NAIVE="1" if naive else "0")
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    subprocess.run(command, check=True, env=env, cwd=HERE)
    return dist / "nnviz" / EXE


def without_python_env(home: Path) -> dict[str, str]:
    """A minimal environment whose PATH holds no Python at all (an empty folder)."""
    empty = home / "empty-bin"
    empty.mkdir(parents=True, exist_ok=True)
    env = {"HOME": str(home), "PATH": str(empty), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    for key in ("SYSTEMROOT", "TEMP", "TMP"):  # Windows needs these to start any program
        if key in os.environ:
            env[key] = os.environ[key]
    return env


def time_screenshot(command: list[str], env: dict[str, str]) -> float:
    """Wall-clock seconds of `command --screenshot` (start, render every tab, write the PNGs, exit)."""
    with tempfile.TemporaryDirectory() as shots:
        start = time.perf_counter()
        subprocess.run([*command, "--screenshot", shots], env=env, check=True, capture_output=True)
        return time.perf_counter() - start


def measure(executable: Path, runs: int) -> None:
    """Print the start-and-render time of the bundle next to the pip-installed app's (runs interleaved)."""
    installed = Path(sys.executable).parent / EXE
    pip_command = [str(installed)] if installed.is_file() else [sys.executable, "-m", "nnviz"]
    pip_env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    bundle, pip = [], []
    with tempfile.TemporaryDirectory() as home:
        bundle_env = without_python_env(Path(home))
        for _ in range(runs):
            bundle.append(time_screenshot([str(executable)], bundle_env))
            pip.append(time_screenshot(pip_command, pip_env))
    b, p = statistics.median(bundle), statistics.median(pip)
    print(f"--screenshot, median of {runs}: bundle {b:.2f} s, pip-installed ({pip_command[0]}) {p:.2f} s, "
          f"bundle/pip = {b / p:.2f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--naive", action="store_true", help="build without exclusions (to measure them)")
    parser.add_argument("--measure", action="store_true", help="time --screenshot: bundle vs pip-installed")
    parser.add_argument("--runs", type=int, default=5, help="runs for --measure (default 5)")
    parser.add_argument("--no-build", action="store_true", help="measure the bundle already built")
    parser.add_argument("--dist", type=Path, help="where the bundle goes (default packaging/dist)")
    parser.add_argument("--work", type=Path, default=HERE / "build", help="PyInstaller's work folder")
    args = parser.parse_args(argv)
    if importlib.util.find_spec("PyInstaller") is None:
        print("PyInstaller is missing: pip install -e '.[package]' (in the Python you run this with)",
              file=sys.stderr)
        return 2
    dist = args.dist or HERE / ("dist-naive" if args.naive else "dist")
    executable = dist.resolve() / "nnviz" / EXE
    if not args.no_build:
        executable = build(dist.resolve(), args.work.resolve(), naive=args.naive)
    size, files = folder_size(executable.parent)
    print(f"Built {executable}  ({size / 1e6:.1f} MB in {files} files)")
    if args.measure:
        measure(executable, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
