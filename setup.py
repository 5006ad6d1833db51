"""Ships the top-level `resources/` folder inside the wheel as `nnviz/_resources` (nnviz/resources.py finds it).

Everything else about the project is in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["nnviz", "nnviz.*"]) + ["nnviz._resources"],
    package_dir={"nnviz._resources": "resources"},
)
