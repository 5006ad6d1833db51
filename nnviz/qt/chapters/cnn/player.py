"""Chapter 4, the convolution step by step: the filter moved one window at a time, played, or shown whole.

A mixin of the CNN tab: it uses the tab's `shape`, `position` (the window shown, None for the whole map),
`play_timer`, `step_page` and `refresh()`.
"""

from __future__ import annotations

from nnviz.qt.chapters.cnn.pages import PLAY_INTERVALS, play_text


class ConvolutionPlayer:
    """Step, Play / Pause and Show all for the filter sliding over the image."""

    def conv_step(self) -> None:
        """Move the filter to the next window (from the first one after the whole map)."""
        last = self.shape.map_side ** 2 - 1
        self.position = 0 if self.position is None or self.position >= last else self.position + 1
        self.refresh()

    def conv_play(self) -> None:
        """Play (or pause) the filter sliding over the whole image."""
        button = self.step_page.buttons["conv-play"]
        if self.play_timer.isActive():
            self.play_timer.stop()
            button.setText(play_text(False))
            return
        if self.position is None or self.position >= self.shape.map_side ** 2 - 1:
            self.position = 0
            self.refresh()
        self.play_timer.start()
        button.setText(play_text(True))

    def conv_show_all(self) -> None:
        self.play_timer.stop()
        self.step_page.buttons["conv-play"].setText(play_text(False))
        self.position = None
        self.refresh()

    def _on_play_tick(self) -> None:
        if self.position is not None and self.position >= self.shape.map_side ** 2 - 1:
            self.conv_show_all()
            return
        self.conv_step()

    def _on_play_speed(self, index: int) -> None:
        self.play_timer.setInterval(PLAY_INTERVALS[index])
