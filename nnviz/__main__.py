"""python -m nnviz"""

from nnviz.app import cli

cli()
