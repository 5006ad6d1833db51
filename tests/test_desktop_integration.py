"""The lesson files' MIME type and the AppStream metainfo that `--install-desktop-entry` installs with the launcher,
and a double-clicked lesson file (gio open) reaching nnviz."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from nnviz import desktop
from nnviz.app import main
from nnviz.core.lesson import SUFFIX

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


@pytest.fixture
def data_home(tmp_path, monkeypatch):
    home = tmp_path / "xdg-data"
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def test_the_mime_type_is_the_lesson_suffix_and_the_metainfo_provides_it():
    root = ET.parse(PACKAGING / f"{desktop.APP_ID}.mime.xml").getroot()
    [mime] = root.findall(f"{MIME_NS}mime-type")
    assert mime.get("type") == desktop.LESSON_MIME_TYPE == "application/x-nnviz-lesson"
    assert [g.get("pattern") for g in mime.findall(f"{MIME_NS}glob")] == [f"*{SUFFIX}"] == ["*.nnviz.json"]
    assert mime.find(f"{MIME_NS}sub-class-of").get("type") == "application/json"
    assert mime.find(f"{MIME_NS}icon").get("name") == desktop.APP_ID
    metainfo = ET.parse(PACKAGING / f"{desktop.APP_ID}.metainfo.xml").getroot()
    assert [m.text for m in metainfo.iter("mediatype")] == [desktop.LESSON_MIME_TYPE]
    entry = desktop.desktop_entry(["nnviz"])
    assert f"MimeType={desktop.LESSON_MIME_TYPE};\n" in entry and entry.count(" %f\n") == 1


def test_install_all_adds_the_mime_type_and_the_metainfo_and_uninstall_all_removes_them(data_home):
    files = desktop.install_all(command=["/opt/nnviz/nnviz"])
    mime = data_home / "mime" / "packages" / f"{desktop.APP_ID}.xml"
    metainfo = data_home / "metainfo" / f"{desktop.APP_ID}.metainfo.xml"
    assert files[0] == data_home / "applications" / f"{desktop.APP_ID}.desktop"
    assert files[-2:] == [mime, metainfo]
    assert mime.read_bytes() == (PACKAGING / f"{desktop.APP_ID}.mime.xml").read_bytes()
    assert metainfo.read_bytes() == (PACKAGING / f"{desktop.APP_ID}.metainfo.xml").read_bytes()
    globs = data_home / "mime" / "globs2"
    if shutil.which("update-mime-database"):  # the user's MIME database now knows the type
        assert f"{desktop.LESSON_MIME_TYPE}:*.nnviz.json" in globs.read_text(encoding="utf-8")
    removed = desktop.uninstall_all()
    assert sorted(removed) == sorted(files)
    assert not mime.exists() and not metainfo.exists()
    if shutil.which("update-mime-database"):  # ... and forgets it again
        assert desktop.LESSON_MIME_TYPE not in globs.read_text(encoding="utf-8")
    assert desktop.uninstall_all() == []


def test_the_command_line_installs_and_removes_all_thirteen_files(data_home, capsys):
    assert main(["--install-desktop-entry"]) == 0
    assert "10 icons, the lesson files' type and the metainfo" in capsys.readouterr().out
    assert (data_home / "mime" / "packages" / f"{desktop.APP_ID}.xml").is_file()
    assert main(["--uninstall-desktop-entry"]) == 0
    assert "Removed 13 file(s)." in capsys.readouterr().out


def test_a_wheel_or_the_bundle_reads_the_files_from_resources_desktop(tmp_path, monkeypatch):
    installed = tmp_path / "_resources"
    (installed / "desktop").mkdir(parents=True)
    (installed / "desktop" / f"{desktop.APP_ID}.mime.xml").write_text("<mime-info/>", encoding="utf-8")
    monkeypatch.setattr(desktop, "resources_dir", lambda: installed)
    assert desktop.packaged_file(f"{desktop.APP_ID}.mime.xml") == installed / "desktop" / f"{desktop.APP_ID}.mime.xml"
    # A source checkout has no resources/desktop/: the files are read from packaging/.
    monkeypatch.setattr(desktop, "resources_dir", lambda: ROOT / "resources")
    assert desktop.packaged_file(f"{desktop.APP_ID}.metainfo.xml") == PACKAGING / f"{desktop.APP_ID}.metainfo.xml"


def test_a_failing_install_says_why_and_exits_1(data_home, capsys):
    data_home.mkdir(parents=True)
    (data_home / "metainfo").write_text("a file where the folder should be", encoding="utf-8")
    assert main(["--install-desktop-entry"]) == 1
    assert capsys.readouterr().err.startswith("nnviz: ")


@pytest.mark.skipif(shutil.which("update-mime-database") is None, reason="shared-mime-info not installed")
@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed")
def test_the_installed_launcher_validates(data_home):
    [launcher, *_] = desktop.install_all(command=["/path with space/nnviz"])
    result = subprocess.run(["desktop-file-validate", str(launcher)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout + result.stderr == "", result.stdout + result.stderr


# GLib finds the application for a type in applications/mimeinfo.cache, which update-desktop-database writes (as
# install_all does where it is installed): without it `gio open` has no default application to start.
@pytest.mark.skipif(any(shutil.which(t) is None for t in ("gio", "update-mime-database", "update-desktop-database")),
                    reason="needs gio (GLib), update-mime-database (shared-mime-info), update-desktop-database "
                           "(desktop-file-utils)")
def test_gio_open_of_a_lesson_file_starts_the_installed_launcher_with_the_file(tmp_path, data_home, qtbot):
    """What a file manager does on a double-click: the type from the glob, then the launcher's Exec with %f."""
    record = tmp_path / "opened.txt"
    fake = tmp_path / "fake nnviz.py"  # a space in the path: Exec quoting is exercised too
    fake.write_text(f"import sys\nopen({str(record)!r}, 'w').write('\\n'.join(sys.argv[1:]))\n", encoding="utf-8")
    desktop.install_all(command=[sys.executable, str(fake)])
    lesson = tmp_path / "my lesson.nnviz.json"
    shutil.copyfile(ROOT / "resources" / "lessons" / "2-gradient-descent-first-step.nnviz.json", lesson)
    env = {"HOME": os.environ["HOME"], "XDG_DATA_HOME": str(data_home), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_DIRS": "/usr/local/share:/usr/share", "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    kind = subprocess.run(["gio", "info", "-a", "standard::content-type", str(lesson)], env=env,
                          capture_output=True, text=True, check=True).stdout
    assert f"standard::content-type: {desktop.LESSON_MIME_TYPE}" in kind
    subprocess.run(["gio", "open", str(lesson)], env=env, capture_output=True, text=True, check=True, timeout=30)
    qtbot.waitUntil(lambda: record.is_file() and record.read_text(encoding="utf-8") != "", timeout=15000)
    assert record.read_text(encoding="utf-8") == str(lesson)
