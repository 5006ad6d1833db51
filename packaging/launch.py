"""The bundle's entry point (PyInstaller needs a script): start nnviz as `python -m nnviz` would."""

from nnviz.app import cli

if __name__ == "__main__":
    cli()
