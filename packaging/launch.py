"""The bundle's entry point (PyInstaller needs a script): start nnviz as `python -m nnviz` would."""

import sys

from nnviz.app import main

if __name__ == "__main__":
    sys.exit(main())
