"""Run every benchmark (`--quick` for a short smoke run) and collect their RESULT lines in one JSON file."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = ("startup", "training_speed", "edit_latency", "responsiveness", "big_data", "throughput", "memory",
           "history_memory", "scaling", "soak", "exports", "real_data")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--quick", action="store_true")
    p.add_argument("--only", nargs="*", choices=SCRIPTS, help="run only these")
    p.add_argument("--out", type=Path, default=None, help="results file (default benchmarks/results[-quick].json)")
    args = p.parse_args()
    out = args.out or HERE / ("results-quick.json" if args.quick else "results.json")
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    results, failed = {}, []
    for name in args.only or SCRIPTS:
        print(f"=== {name} ===", flush=True)
        start = time.perf_counter()
        proc = subprocess.run([sys.executable, str(HERE / f"{name}.py")] + (["--quick"] if args.quick else []),
                              capture_output=True, text=True, env=env, cwd=str(HERE))
        lines = proc.stdout.splitlines()
        for line in lines:
            if not line.startswith("RESULT "):
                print(line)
        found = [json.loads(line[7:]) for line in lines if line.startswith("RESULT ")]
        if proc.returncode != 0 or not found:
            failed.append(name)
            print(proc.stderr[-3000:])
        else:
            results[name] = found[-1]
        print(f"({time.perf_counter() - start:.0f} s)\n", flush=True)
    out.write_text(json.dumps(results, indent=2))
    print(f"results written to {out}" + (f"; FAILED: {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
