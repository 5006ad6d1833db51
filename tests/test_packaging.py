"""Packaging: the resources finder, the per-user desktop entry, launcher/metainfo validity, the wheel, the bundle."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import numpy as np
import pytest

from nnviz import desktop, resources
from nnviz.app import main

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def fake_resources(folder: Path) -> Path:
    """A minimal resources folder (the marker file) at `folder`."""
    (folder / "icons").mkdir(parents=True)
    (folder / "icons" / "nnviz.svg").write_text("<svg/>", encoding="utf-8")
    return folder


def load_module_copy(package: Path):
    """nnviz/resources.py copied into `package` and imported from there (as an installed wheel has it)."""
    package.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "nnviz" / "resources.py", package / "resources.py")
    spec = importlib.util.spec_from_file_location("copied_resources", package / "resources.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pixels(image) -> np.ndarray:
    """The image's ARGB bytes as an array (height, width, 4)."""
    from PySide6.QtGui import QImage

    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, : image.width() * 4].reshape(image.height(), image.width(), 4).copy()


# --- nnviz/resources.py ----------------------------------------------------------------------
def test_resources_found_in_a_source_checkout():
    assert resources.resources_dir() == ROOT / "resources"
    assert (resources.resources_dir() / "icons" / "nnviz.svg").is_file()


def test_resources_found_in_an_installed_package_before_a_neighbouring_folder(tmp_path):
    module = load_module_copy(tmp_path / "site-packages" / "nnviz")
    fake_resources(tmp_path / "site-packages" / "resources")  # a stray top-level folder loses
    packaged = fake_resources(tmp_path / "site-packages" / "nnviz" / "_resources")
    assert module.resources_dir() == packaged


def test_resources_found_in_the_pyinstaller_bundle_first(tmp_path, monkeypatch):
    bundle = fake_resources(tmp_path / "_internal" / "resources")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
    assert resources.resources_dir() == bundle


def test_missing_resources_say_where_they_were_looked_for(tmp_path):
    module = load_module_copy(tmp_path / "lonely" / "nnviz")
    with pytest.raises(FileNotFoundError, match="_resources"):
        module.resources_dir()


def test_the_wheel_ships_the_resources_and_finds_them_when_installed(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps",
                    "-w", str(tmp_path), str(ROOT)], check=True, capture_output=True)
    [wheel] = tmp_path.glob("nnviz-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {"nnviz/_resources/icons/nnviz.svg"}
    expected |= {f"nnviz/_resources/icons/hicolor/{s}x{s}/apps/nnviz.png" for s in SIZES}
    expected |= {f"nnviz/_resources/desktop/{desktop.APP_ID}.{kind}.xml" for kind in ("mime", "metainfo")}
    expected |= {"nnviz/_resources/translations/nnviz_fr.qm", "nnviz-0.1.0.dist-info/licenses/LICENSE"}
    assert expected <= names
    assert not any(name.startswith("resources/") for name in names)
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    found = subprocess.run([sys.executable, "-c", "from nnviz.resources import resources_dir; print(resources_dir())"],
                           cwd=tmp_path, env=dict(os.environ, PYTHONPATH=str(site)), check=True,
                           capture_output=True, text=True).stdout.strip()
    assert Path(found) == site / "nnviz" / "_resources"


# --- icons ----------------------------------------------------------------------------------
def test_png_icons_are_the_svg_rendered_at_every_size(tmp_path, qapp):
    from PySide6.QtGui import QImage

    spec = importlib.util.spec_from_file_location("render_icons", PACKAGING / "render_icons.py")
    render_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(render_icons)
    fresh = render_icons.render(out=tmp_path)
    assert [p.relative_to(tmp_path).as_posix() for p in fresh] == [f"{s}x{s}/apps/nnviz.png" for s in SIZES]
    for size in SIZES:
        committed = QImage(str(ROOT / f"resources/icons/hicolor/{size}x{size}/apps/nnviz.png"))
        assert (committed.width(), committed.height()) == (size, size)
        new = QImage(str(tmp_path / f"{size}x{size}/apps/nnviz.png"))
        # Another Qt version may antialias an edge differently; a changed SVG changes far more.
        difference = np.abs(pixels(new).astype(int) - pixels(committed))
        assert difference.mean() < 1.0, f"the {size}px PNG is stale: run packaging/render_icons.py"


def test_the_main_window_carries_the_icon(qtbot):
    from nnviz.app import make_application
    from nnviz.qt.main_window import MainWindow

    make_application()
    window = MainWindow(restore=False)
    qtbot.addWidget(window)
    try:
        assert not window.windowIcon().pixmap(32, 32).isNull()
    finally:
        window.shutdown()


# --- nnviz/desktop.py -------------------------------------------------------------------------
@pytest.fixture
def data_home(tmp_path, monkeypatch):
    home = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def test_data_home_follows_the_xdg_spec(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    for value in ("", "relative/share"):
        monkeypatch.setenv("XDG_DATA_HOME", value)
        assert desktop.data_home() == tmp_path / ".local" / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert desktop.data_home() == tmp_path / "data"


def test_install_writes_launcher_and_every_icon_and_uninstall_removes_them(data_home):
    files = desktop.install(command=["/opt/nnviz/bin/nnviz"])
    app_id = desktop.APP_ID
    assert files[0] == data_home / "applications" / f"{app_id}.desktop"
    expected_icons = {data_home / f"icons/hicolor/{s}x{s}/apps/{app_id}.png" for s in SIZES}
    expected_icons.add(data_home / f"icons/hicolor/scalable/apps/{app_id}.svg")
    assert set(files[1:]) == expected_icons
    assert all(path.is_file() for path in files)
    text = files[0].read_text(encoding="utf-8")
    assert "Exec=/opt/nnviz/bin/nnviz %f\n" in text and f"Icon={app_id}\n" in text
    assert (data_home / f"icons/hicolor/48x48/apps/{app_id}.png").read_bytes() == \
        (ROOT / "resources/icons/hicolor/48x48/apps/nnviz.png").read_bytes()
    assert sorted(desktop.uninstall()) == sorted(files)
    assert not any(path.exists() for path in files)
    assert desktop.uninstall() == []


def test_exec_arguments_are_quoted_as_the_desktop_entry_spec_asks():
    entry = desktop.desktop_entry(["/opt/my apps/nn$viz", "100%", "plain"])
    assert 'Exec="/opt/my apps/nn\\\\$viz" 100%% plain %f\n' in entry


def test_an_install_path_with_a_line_break_is_refused_before_anything_is_written(data_home, monkeypatch, capsys):
    with pytest.raises(ValueError, match="line break"):
        desktop.desktop_entry(["/opt/nn\nExec=/bin/evil"])  # would write a second Exec= line
    monkeypatch.setattr(desktop, "launch_command", lambda: ["/home/x/nn\nviz/bin/nnviz"])
    assert desktop.run(remove=False) == 1
    assert "line break" in capsys.readouterr().err and not data_home.exists()


def test_a_full_disk_keeps_the_installed_launcher(data_home, monkeypatch, capsys):
    import errno
    import os

    launcher = desktop.install(command=["/opt/nnviz/bin/nnviz"])[0]
    before = launcher.read_bytes()
    monkeypatch.setattr(os, "replace", lambda *a: (_ for _ in ()).throw(OSError(errno.ENOSPC, "No space left")))
    monkeypatch.setattr(desktop, "launch_command", lambda: ["/elsewhere/nnviz"])
    assert desktop.run(remove=False) == 1
    assert "nnviz: the disk is full" in capsys.readouterr().err
    assert launcher.read_bytes() == before and sorted(p.name for p in launcher.parent.iterdir()) == [launcher.name]


def test_the_launcher_starts_the_interpreter_s_own_nnviz():
    command = desktop.launch_command()
    scripts = Path(sys.executable).parent
    if (scripts / "nnviz").is_file():
        assert command == [str(scripts / "nnviz")]
    else:
        assert command[0] == sys.executable or Path(command[0]).name == "nnviz"


def test_command_line_installs_and_uninstalls(data_home, capsys):
    assert main(["--install-desktop-entry"]) == 0
    launcher = data_home / "applications" / f"{desktop.APP_ID}.desktop"
    assert launcher.is_file()
    assert "applications menu" in capsys.readouterr().out
    assert main(["--uninstall-desktop-entry"]) == 0
    assert not launcher.exists()
    assert "Removed 13 file(s)." in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--install-desktop-entry", "--uninstall-desktop-entry"])


def test_the_packaged_desktop_file_is_what_the_installer_writes():
    shipped = (PACKAGING / f"{desktop.APP_ID}.desktop").read_text(encoding="utf-8")
    assert shipped == desktop.desktop_entry(["nnviz"])


# --- validators (skipped where the tools are not installed) ------------------------------------
@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_desktop_files_validate(data_home):
    [launcher, *_] = desktop.install(command=["/path with space/nnviz"])
    for path in (PACKAGING / f"{desktop.APP_ID}.desktop", launcher):
        result = subprocess.run(["desktop-file-validate", str(path)], capture_output=True, text=True)
        assert result.returncode == 0 and result.stdout + result.stderr == "", result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_metainfo_validates_and_matches_the_launcher():
    metainfo = PACKAGING / f"{desktop.APP_ID}.metainfo.xml"
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)], capture_output=True, text=True)
    problems = [line for line in result.stdout.splitlines() if re.match(r"[EW]: ", line)]
    assert result.returncode == 0 and not problems, result.stdout
    root = ET.parse(metainfo).getroot()
    assert root.findtext("id") == desktop.APP_ID
    assert root.findtext("launchable") == f"{desktop.APP_ID}.desktop"
    [image] = root.iter("image")
    assert image.text.startswith("https://")
    local = ROOT / image.text.split("/main/", 1)[1]  # the screenshot is kept in this repository
    assert local.is_file()


def test_the_bundle_takes_every_chapter_module_the_registry_imports_by_name():
    """The bundle broke when the chapters became packages: the spec listed only chapters/*.py."""
    import ast

    from nnviz.qt.chapters import CHAPTERS

    tree = ast.parse((PACKAGING / "nnviz.spec").read_text(encoding="utf-8"))
    [function] = [node for node in tree.body if isinstance(node, ast.FunctionDef) and node.name == "chapter_modules"]
    namespace = {}
    exec(compile(ast.Module(body=[function], type_ignores=[]), "nnviz.spec", "exec"), namespace)
    modules = namespace["chapter_modules"](ROOT)
    assert {entry.module for entry in CHAPTERS} <= set(modules)
    assert "nnviz.qt.chapters.why_how.tab" in modules and "nnviz.qt.chapters.base" in modules


# --- the bundle (slow: only with `pytest -m bundle`) ---------------------------------------------
def built_bundle(tmp_path: Path, build) -> Path:
    """The bundle's executable: the one in $NNVIZ_BUNDLE_DIR (a dist/nnviz folder already built), else built now."""
    if os.environ.get("NNVIZ_BUNDLE_DIR"):
        return Path(os.environ["NNVIZ_BUNDLE_DIR"]).resolve() / build.EXE
    python = os.environ.get("NNVIZ_BUNDLE_PYTHON", sys.executable)
    if subprocess.run([python, "-c", "import PyInstaller"], capture_output=True).returncode != 0:
        pytest.skip(f"PyInstaller is not installed for {python} (pip install '.[package]', or set NNVIZ_BUNDLE_PYTHON)")
    subprocess.run([python, str(PACKAGING / "build.py"), "--dist", str(tmp_path / "dist"),
                    "--work", str(tmp_path / "work")], check=True, timeout=600)
    return tmp_path / "dist" / "nnviz" / build.EXE


@pytest.mark.bundle
def test_bundle_starts_without_python_and_renders_every_tab(tmp_path, request, qapp):
    if "bundle" not in (request.config.getoption("markexpr") or ""):
        pytest.skip("builds the PyInstaller bundle (about a minute): run with -m bundle")
    from PySide6.QtGui import QImage

    from nnviz.qt.chapters import chapter_classes

    spec = importlib.util.spec_from_file_location("build", PACKAGING / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    executable = built_bundle(tmp_path, build)
    internal = executable.parent / "_internal"
    env = build.without_python_env(tmp_path / "home")
    assert all(shutil.which(name, path=env["PATH"]) is None for name in ("python", "python3"))
    shots = tmp_path / "shots"
    result = subprocess.run([str(executable), "--screenshot", str(shots), "--size", "1280x720"], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    expected = [f"{cls.number}-{cls.key}.png" for cls in chapter_classes()]
    assert sorted(p.name for p in shots.iterdir()) == sorted(expected)
    for name in expected:
        image = QImage(str(shots / name))
        assert (image.width(), image.height()) == (1280, 720)
    assert (internal / "resources" / "icons" / "nnviz.svg").is_file()
    # In French: nnviz's own catalogue and Qt's, and nothing of Qt's for languages nnviz does not speak.
    result = subprocess.run([str(executable), "--self-test", "--lang", "fr"], env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report == {"language": "fr", "menus": ["Fichier", "Édition", "Affichage", "Aide"],
                      "about": "À propos de nnviz", "qt": "Annuler"}, report
    assert "translation is missing" not in result.stderr
    assert sorted(p.name for p in (internal / "resources" / "translations").iterdir()) == ["nnviz_fr.qm"]
    assert sorted(p.name for p in (internal / "PySide6" / "Qt" / "translations").iterdir()) == \
        ["qt_en.qm", "qt_fr.qm", "qtbase_en.qm", "qtbase_fr.qm"]
    # The glibc it needs is recorded, and a system older than that gets a sentence, not a crash.
    info_file = internal / "nnviz-build-info.json"
    info = json.loads(info_file.read_text(encoding="utf-8"))
    assert info["glibc"] == os.confstr("CS_GNU_LIBC_VERSION").split(" ", 1)[1] and info["languages"] == ["en", "fr"]
    original = info_file.read_bytes()
    try:
        info_file.write_text(json.dumps(dict(info, glibc="99.0")), encoding="utf-8")
        result = subprocess.run([str(executable), "--version"], env=env, capture_output=True, text=True, timeout=60)
    finally:
        info_file.write_bytes(original)
    assert result.returncode == 3 and "nnviz needs glibc 99.0 or newer; this system has glibc" in result.stderr
    # The bundle also installs its own launcher, pointing at itself, with the lesson type and the metainfo.
    env["XDG_DATA_HOME"] = str(tmp_path / "xdg")
    subprocess.run([str(executable), "--install-desktop-entry"], env=env, check=True, capture_output=True, timeout=60)
    launcher = (tmp_path / "xdg" / "applications" / f"{desktop.APP_ID}.desktop").read_text(encoding="utf-8")
    assert f"Exec={executable.resolve()} %f\n" in launcher
    assert (tmp_path / "xdg" / "mime" / "packages" / f"{desktop.APP_ID}.xml").read_bytes() == \
        (PACKAGING / f"{desktop.APP_ID}.mime.xml").read_bytes()
    assert (tmp_path / "xdg" / "metainfo" / f"{desktop.APP_ID}.metainfo.xml").is_file()
