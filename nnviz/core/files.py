"""The one way nnviz writes a file, and the check every reader makes before it opens one.

`write_atomically` writes beside the target, flushes it to disk and renames it over the target, so a
full disk, a crash or a closed window leaves either the old file or the new one, never a part of it.
It is plain Python (no Qt), so the core, the desktop entry and the Qt side all use the same writer.
`require_regular` refuses what is not an ordinary file (a FIFO or a device would block `open()` or
never end) before anything opens it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path


class FileRefused(OSError):
    """A path nnviz will not read or write; the message says why, in a sentence."""


def require_regular(path: str | os.PathLike) -> Path:
    """`path` as a Path if it names an existing regular file (symbolic links followed); FileRefused if not."""
    path = Path(path)
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise FileRefused(errno.ENOENT, "the file does not exist", str(path)) from None
    except OSError as error:
        raise FileRefused(error.errno, f"the file cannot be read ({error.strerror})", str(path)) from None
    if stat.S_ISDIR(mode):
        raise FileRefused(errno.EISDIR, "this is a folder, not a file", str(path))
    if not stat.S_ISREG(mode):
        raise FileRefused(errno.EINVAL, "this is not an ordinary file (a pipe, a device or a socket)", str(path))
    return path


def read_limited(path: str | os.PathLike, limit: int) -> bytes:
    """The bytes of the regular file `path`, reading at most `limit` + 1 (the caller refuses a longer file).

    The file is opened without blocking and checked again once open, so a FIFO put in its place after
    `require_regular` looked cannot hang the read either."""
    path = require_regular(path)
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(descriptor, "rb") as f:
        if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
            raise FileRefused(errno.EINVAL, "this is not an ordinary file (a pipe, a device or a socket)", str(path))
        return f.read(limit + 1)


def utf16(data: bytes) -> str | None:
    """"utf-16" (with a byte-order mark), "utf-16-le" or "utf-16-be" if `data` looks like UTF-16 text, else None.

    Without a mark, text in a Latin script has a zero in every other byte: that is how it is recognised."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = data[:4096]
    if len(sample) < 4 or sample.count(0) < len(sample) // 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= 0.8 * len(sample[1::2]) and even < 0.2 * len(sample[0::2]):
        return "utf-16-le"
    if even >= 0.8 * len(sample[0::2]) and odd < 0.2 * len(sample[1::2]):
        return "utf-16-be"
    return None


def _reason(error: OSError) -> str:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full"
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "nnviz may not write there"
    return error.strerror or str(error)


def write_atomically(path: str | os.PathLike, data: bytes | str) -> Path:
    """Write `data` (str as UTF-8) to `path`, all or nothing; returns the path.

    On failure raises OSError whose message says why in words ("the disk is full"), removes its
    temporary file and leaves any previous file at `path` exactly as it was."""
    with open_atomically(path) as out:
        out.write(data.encode("utf-8") if isinstance(data, str) else data)
    return Path(path)


def _mode_for(path: Path) -> int:
    """The permissions the written file gets: those of the file it replaces, else the usual ones (0666 − umask);
    never the temporary file's 0600."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


@contextlib.contextmanager
def open_atomically(path: str | os.PathLike):
    """A binary file to stream into; it becomes `path` only if the block ends without an exception (then it is
    flushed to disk and renamed over `path`), else it is removed and any previous file stays as it was. The one
    writer of nnviz: `write_atomically` writes through it, and output too large to hold in memory first (a
    recording's frames) streams into it."""
    path = Path(path)
    if path.is_dir():
        raise FileRefused(errno.EISDIR, "this is a folder, not a file", str(path))
    if path.exists() and not path.is_file():
        raise FileRefused(errno.EINVAL, "this is not an ordinary file (a pipe, a device or a socket)", str(path))
    folder = path.parent if str(path.parent) else Path(".")
    mode = _mode_for(path)
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
    except OSError as error:
        raise OSError(error.errno, _reason(error), str(path)) from None
    try:
        with os.fdopen(handle, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except OSError as error:
        _remove(temporary)
        raise OSError(error.errno, _reason(error), str(path)) from None
    except BaseException:
        _remove(temporary)
        raise


def _remove(temporary: str) -> None:
    try:
        os.unlink(temporary)
    except OSError:
        pass
