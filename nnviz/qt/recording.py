"""Recordings for slides: a chapter's training run, or its guided walk-through, as an animated GIF, WebP or APNG
(Pillow, the optional extra `record`).

Frames are painted from the chapter's widgets into a QImage of the chosen size, one per training step (or one
per guided step, held `hold` seconds). Memory stays flat: a GIF is written frame by frame as it is painted
(Pillow's encoder for each frame, with its own palette; the file's blocks written here), so no frame is kept;
WebP and APNG frames go to PNG files in a temporary folder and Pillow assembles them at the end (its writers
for those two hold every frame while they encode: their memory grows with the number of frames). The file
becomes the target only when the recording is complete (`open_atomically`): a cancelled one leaves nothing.
"""

from __future__ import annotations

import importlib.util
import struct
import tempfile
from pathlib import Path
from typing import Generator, NamedTuple

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QWidget

from nnviz.core.files import open_atomically
from nnviz.qt.handout import figure_widget
from nnviz.qt.i18n import fill, translate
from nnviz.qt.long_work import Progress, finish, settle, step_text, window_kept, with_progress

FORMATS = {".gif": "GIF", ".webp": "WEBP", ".png": "PNG", ".apng": "PNG"}


class Recording(NamedTuple):
    size: tuple[int, int] = (1280, 720)  # pixels of every frame
    fps: float = 20.0  # frames a second during a training run
    steps: int = 200  # training steps (a run that stops earlier ends there)
    guided: bool = False  # the guided walk-through instead of a training run
    hold: float = 3.0  # seconds each guided step stays on screen


def pillow_available() -> bool:
    return importlib.util.find_spec("PIL") is not None


def check_target(path: Path) -> str:
    """The Pillow format for `path`'s suffix; ValueError (in words) if nnviz cannot write it."""
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(fill(translate("recording", "a recording is a .gif, .webp or .png (APNG) file, not %1"),
                              suffix or translate("recording", "a file without a suffix")))
    if not pillow_available():
        raise ValueError(translate("recording", "recordings need Pillow: pip install \"nnviz[record]\""))
    return FORMATS[suffix]


def paint_frame(widget: QWidget, size: tuple[int, int]) -> QImage:
    """`widget` painted into a white image of `size`, scaled to fit and centred."""
    width, height = size
    image = QImage(width, height, QImage.Format.Format_RGB888)
    image.fill(QColor("#FFFFFF"))
    w, h = max(widget.width(), 1), max(widget.height(), 1)
    scale = min(width / w, height / h)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.translate((width - w * scale) / 2, (height - h * scale) / 2)
    painter.scale(scale, scale)
    painter.setClipRect(0, 0, w, h)
    QWidget.render(widget, painter, QPoint(0, 0), renderFlags=QWidget.RenderFlag.DrawChildren
                   | QWidget.RenderFlag.DrawWindowBackground)
    painter.end()
    return image


def to_pillow(image: QImage):
    from PIL import Image

    image = image.convertToFormat(QImage.Format.Format_RGB888)
    data = bytes(image.constBits())[: image.sizeInBytes()]
    return Image.frombuffer("RGB", (image.width(), image.height()), data, "raw", "RGB", image.bytesPerLine(), 1)


class GifStream:
    """An animated GIF written as it goes: the header, then each frame (its own 256-colour palette and delay)."""

    def __init__(self, out, size: tuple[int, int]):
        self.out, self.size, self.frames = out, size, 0
        width, height = size
        # GIF89a, the screen size, no global palette; then "loop for ever" (the NETSCAPE2.0 application block)
        out.write(b"GIF89a" + struct.pack("<HHBBB", width, height, 0, 0, 0))
        out.write(b"!\xff\x0bNETSCAPE2.0\x03\x01" + struct.pack("<H", 0) + b"\x00")

    def add(self, image: QImage, duration_ms: int) -> None:
        from PIL import GifImagePlugin, Image

        frame = to_pillow(image).quantize(256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE)
        for block in GifImagePlugin.getdata(frame, duration=max(duration_ms, 10), include_color_table=True):
            self.out.write(block)
        self.frames += 1

    def close(self) -> None:
        self.out.write(b";")


class FolderFrames:
    """Frames as PNG files in a temporary folder; Pillow assembles them (WebP, APNG) at the end."""

    def __init__(self, out, size: tuple[int, int], pillow_format: str):
        self.out, self.size, self.format = out, size, pillow_format
        self.folder = tempfile.TemporaryDirectory(prefix="nnviz-frames-")
        self.durations: list[int] = []

    def add(self, image: QImage, duration_ms: int) -> None:
        path = Path(self.folder.name) / f"{len(self.durations):06d}.png"
        if not image.save(str(path)):
            raise OSError(fill(translate("recording", "could not write a frame to %1"), self.folder.name))
        self.durations.append(max(duration_ms, 10))

    @property
    def frames(self) -> int:
        return len(self.durations)

    def close(self) -> None:

        paths = sorted(Path(self.folder.name).glob("*.png"))
        if not paths:
            return
        first = _opened(paths[0])
        options = {"save_all": True, "append_images": Reopened(paths[1:]), "duration": self.durations, "loop": 0}
        if self.format == "WEBP":
            options.update(lossless=True, method=0)
        first.save(self.out, format=self.format, **options)
        self.folder.cleanup()

    def discard(self) -> None:
        self.folder.cleanup()


def _opened(path: Path):
    from PIL import Image

    image = Image.open(path)
    image.load()  # and the file is closed
    return image


class Reopened:
    """The frame files as images, read afresh each time they are iterated (Pillow's APNG writer goes over them
    twice; a generator would be spent after the first)."""

    def __init__(self, paths: list[Path]):
        self.paths = paths

    def __iter__(self):
        return (_opened(path) for path in self.paths)


def durations(count: int, fps: float) -> list[int]:
    """Frame durations in ms at `fps` whose running sum stays on the clock (GIF counts in hundredths)."""
    return [int(round((i + 1) * 100 / fps) - round(i * 100 / fps)) * 10 for i in range(count)]


def recording_frames(window, index: int, path: Path, options: Recording) -> Generator[Progress, None, Path]:
    """Record chapter `index` into `path`; yields progress; returns the path once the file is complete."""
    pillow_format = check_target(path)
    width, height = options.size
    if options.fps <= 0 or options.fps > 60:
        raise ValueError(translate("recording", "the frame rate must be between 1 and 60 frames a second"))
    if not options.guided and not (1 <= options.steps <= 100_000):
        raise ValueError(translate("recording", "the number of steps must be between 1 and 100,000"))
    with window_kept(window) as touch, open_atomically(path) as out:
        tab = touch(index)
        if options.guided:
            steps = list(tab.guided_steps())
            if not steps:
                raise ValueError(translate("recording", "this chapter has no guided steps to record"))
        elif not tab.controllers:
            raise ValueError(translate("recording", "this chapter has no training run to record; "
                                                    "record its guided steps instead"))
        sink = GifStream(out, (width, height)) if pillow_format == "GIF" else FolderFrames(out, (width, height),
                                                                                           pillow_format)
        try:
            widget = figure_widget(tab)
            if options.guided:
                for k, step in enumerate(steps):
                    yield Progress(k, len(steps), step_text(tab.number, k + 1, len(steps)))
                    step.apply()
                    settle(2)
                    sink.add(paint_frame(widget, (width, height)), round(options.hold * 1000))
            else:
                controller = tab.controllers[0]
                controller.reset(controller.history[0].params)  # the Run from its start
                settle(2)
                clock = durations(options.steps + 1, options.fps)
                sink.add(paint_frame(widget, (width, height)), clock[0])
                for k in range(options.steps):
                    if k % 5 == 0:
                        yield Progress(k, options.steps, fill(translate("recording", "Chapter %1, training step %2 "
                                                                                     "of %3"),
                                                              tab.number, k + 1, options.steps))
                    if not controller.step():
                        break
                    settle(1)
                    sink.add(paint_frame(widget, (width, height)), clock[k + 1])
            yield Progress(1, 1, translate("recording", "Writing the file"))
            sink.close()
        except BaseException:
            if isinstance(sink, FolderFrames):
                sink.discard()
            raise
    return path


def record(window, index: int, path: str | Path, options: Recording, *, progress: bool = True) -> Path | None:
    """Record chapter `index` to `path`; None if the user cancelled (then no file is written)."""
    work = recording_frames(window, index, Path(path), options)
    if progress:
        return with_progress(window, translate("recording", "Recording"), work)
    return finish(work)
