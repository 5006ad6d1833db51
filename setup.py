"""Ships the top-level `resources/` folder inside the wheel as `nnviz/_resources` (nnviz/resources.py finds it),
and the desktop files of packaging/ (the lesson MIME type, the AppStream metainfo) as `nnviz/_resources/desktop/`,
where `nnviz --install-desktop-entry` finds them (nnviz.desktop.packaged_file).

Everything else about the project is in pyproject.toml.
"""

import shutil
from pathlib import Path

from setuptools import find_namespace_packages, find_packages, setup
from setuptools.command.build_py import build_py

#: packaging/ files the installed app needs at run time (a source checkout reads them from packaging/).
DESKTOP_FILES = ["io.github.nnviz.nnviz.mime.xml", "io.github.nnviz.nnviz.metainfo.xml"]


class BuildWithDesktopFiles(build_py):
    """build_py, then copy DESKTOP_FILES into the built package's _resources/desktop/."""

    def run(self):
        super().run()
        here = Path(__file__).resolve().parent
        target = Path(self.build_lib) / "nnviz" / "_resources" / "desktop"
        target.mkdir(parents=True, exist_ok=True)
        for name in DESKTOP_FILES:
            shutil.copyfile(here / "packaging" / name, target / name)


# Every folder of resources/ is listed as a (data) package, so setuptools does not warn that it is "absent".
RESOURCE_PACKAGES = ["nnviz._resources"]
RESOURCE_PACKAGES += [f"nnviz._resources.{name}" for name in find_namespace_packages(where="resources")]

setup(
    packages=find_packages(include=["nnviz", "nnviz.*"]) + RESOURCE_PACKAGES,
    package_dir={"nnviz._resources": "resources"},
    cmdclass={"build_py": BuildWithDesktopFiles},
)
