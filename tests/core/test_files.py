"""The one atomic writer and the regular-file check (nnviz.core.files)."""

from __future__ import annotations

import errno
import os
import stat

import pytest

from nnviz.core import files


def test_writes_text_as_utf8_and_bytes_as_they_are(tmp_path):
    assert files.write_atomically(tmp_path / "a.txt", "Étape −0.57") == tmp_path / "a.txt"
    assert (tmp_path / "a.txt").read_bytes() == "Étape −0.57".encode()
    files.write_atomically(tmp_path / "b.bin", b"\x00\xff")
    assert (tmp_path / "b.bin").read_bytes() == b"\x00\xff"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.bin"]  # no temporary left behind


def test_overwriting_keeps_the_files_permissions(tmp_path):
    target = tmp_path / "lesson.nnviz.json"
    target.write_text("old")
    os.chmod(target, 0o640)
    files.write_atomically(target, "new")
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_new_file_gets_the_usual_permissions_not_the_temporary_files(tmp_path):
    umask = os.umask(0o022)
    try:
        files.write_atomically(tmp_path / "new.csv", "x")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "new.csv").stat().st_mode) == 0o644


@pytest.mark.parametrize("code, words", [(errno.ENOSPC, "the disk is full"), (errno.EACCES, "may not write")])
def test_a_failed_write_leaves_the_old_file_and_says_why(tmp_path, monkeypatch, code, words):
    target = tmp_path / "plot.png"
    target.write_bytes(b"old picture")

    def fail(fd):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(OSError, match=words):
        files.write_atomically(target, b"new picture" * 1000)
    assert target.read_bytes() == b"old picture"
    assert [p.name for p in tmp_path.iterdir()] == ["plot.png"]


def test_a_failed_write_of_a_new_file_leaves_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(os, "fsync", lambda fd: (_ for _ in ()).throw(OSError(errno.ENOSPC, "No space left")))
    with pytest.raises(OSError, match="the disk is full"):
        files.write_atomically(tmp_path / "new.png", b"data")
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_cannot_be_written_is_reported(tmp_path):
    with pytest.raises(OSError):
        files.write_atomically(tmp_path / "missing" / "x.txt", "x")


def test_refuses_to_write_over_a_folder_or_a_fifo(tmp_path):
    (tmp_path / "dir").mkdir()
    with pytest.raises(files.FileRefused, match="folder"):
        files.write_atomically(tmp_path / "dir", "x")
    os.mkfifo(tmp_path / "pipe")
    with pytest.raises(files.FileRefused, match="not an ordinary file"):
        files.write_atomically(tmp_path / "pipe", "x")
    assert stat.S_ISFIFO(os.stat(tmp_path / "pipe").st_mode)


def test_require_regular_refuses_fifos_folders_and_missing_files_without_opening_them(tmp_path):
    os.mkfifo(tmp_path / "pipe")  # open() on it would block forever: the check must not open it
    with pytest.raises(files.FileRefused, match="not an ordinary file"):
        files.require_regular(tmp_path / "pipe")
    with pytest.raises(files.FileRefused, match="folder"):
        files.require_regular(tmp_path)
    with pytest.raises(files.FileRefused, match="does not exist"):
        files.require_regular(tmp_path / "nothing")
    with pytest.raises(files.FileRefused, match="not an ordinary file"):
        files.require_regular("/dev/zero")
    (tmp_path / "ok").write_text("1")
    assert files.require_regular(tmp_path / "ok") == tmp_path / "ok"


def test_read_limited_reads_at_most_one_byte_past_the_limit(tmp_path):
    (tmp_path / "big").write_bytes(b"x" * 1000)
    assert files.read_limited(tmp_path / "big", 10) == b"x" * 11
    assert files.read_limited(tmp_path / "big", 5000) == b"x" * 1000


def test_open_atomically_streams_into_place_and_leaves_the_old_file_on_failure(tmp_path):
    target = tmp_path / "movie.gif"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        with files.open_atomically(target) as out:
            out.write(b"half of a new")
            assert target.read_bytes() == b"old"  # nothing is visible before the end
            raise RuntimeError("cancelled")
    assert target.read_bytes() == b"old" and os.listdir(tmp_path) == ["movie.gif"]
    with files.open_atomically(target) as out:
        for part in (b"GIF", b"89a", b";"):
            out.write(part)
    assert target.read_bytes() == b"GIF89a;" and os.listdir(tmp_path) == ["movie.gif"]
    with pytest.raises(files.FileRefused, match="folder"):
        with files.open_atomically(tmp_path):
            pass
