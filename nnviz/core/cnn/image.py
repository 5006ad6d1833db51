"""Chapter 4, your own picture: colour pixels → grey levels → ink 0…1 → the n×n pixel grid.

A photo or a drawing has many more pixels than the grid. Each grid cell takes the average of
the picture's area under it (area averaging), so a thin line becomes a grey cell, not a lost one.
Ink is 1 (black) and paper 0 (white): dark ink on light paper is inverted, light on dark is not.
"""

from __future__ import annotations

import numpy as np

from nnviz.core.numbers import finite, whole

__all__ = ["grey_levels", "to_ink", "pad_square", "resample", "image_to_grid"]

#: How much red, green and blue count towards brightness (ITU-R BT.601, as most image tools use).
LUMA = np.array([0.299, 0.587, 0.114])


def grey_levels(rgba) -> np.ndarray:
    """Brightness 0 (black) … 1 (white) of an H×W×4 (or ×3) uint8 array; transparent pixels count as white paper."""
    a = np.asarray(finite(rgba, "the pixel values"), dtype=float)
    if a.ndim == 2:
        return a / 255.0 if a.max(initial=0) > 1 else a
    if a.ndim != 3 or a.shape[2] not in (3, 4):
        raise ValueError("a picture must be H×W grey values or H×W×3 (RGB) / ×4 (RGBA) colour values")
    brightness = a[..., :3] @ LUMA / 255.0
    if a.shape[2] == 4:
        alpha = a[..., 3] / 255.0
        brightness = brightness * alpha + (1.0 - alpha)  # on white paper
    return np.clip(brightness, 0.0, 1.0)


def to_ink(grey, invert: bool | None = None) -> tuple[np.ndarray, bool]:
    """(ink 0…1, inverted?): with invert=None, a light border means light paper, so dark ink becomes 1."""
    g = np.asarray(finite(grey, "the grey levels"), dtype=float)
    if invert is None:
        border = np.concatenate([g[0], g[-1], g[:, 0], g[:, -1]])
        invert = float(np.median(border)) >= 0.5
    return (1.0 - g if invert else g.copy()), bool(invert)


def pad_square(ink) -> np.ndarray:
    """The picture centred on a square of paper (ink 0), so a wide picture is not squashed."""
    ink = np.asarray(finite(ink, "the ink levels"), dtype=float)
    h, w = ink.shape
    side = max(h, w)
    out = np.zeros((side, side))
    top, left = (side - h) // 2, (side - w) // 2
    out[top:top + h, left:left + w] = ink
    return out


def _area_weights(source: int, target: int) -> np.ndarray:
    """target × source matrix: the share of each source pixel inside each target cell (rows sum to 1)."""
    edges = np.arange(target + 1) * (source / target)
    lo, hi = edges[:-1, None], edges[1:, None]
    j = np.arange(source)[None, :]
    overlap = np.clip(np.minimum(hi, j + 1) - np.maximum(lo, j), 0.0, None)
    return overlap / overlap.sum(axis=1, keepdims=True)


def resample(grey, n: int) -> np.ndarray:
    """The average of the picture's area under each cell of an n×n grid (works for shrinking and growing)."""
    g = np.asarray(grey, dtype=float)
    if g.ndim != 2 or min(g.shape) < 1:
        raise ValueError("a picture must be a 2-D array with at least one pixel")
    if not np.all(np.isfinite(g)):
        raise ValueError("pixel values must be finite numbers")
    n = whole(n, "the grid size", 1, 1000)
    return np.clip(_area_weights(g.shape[0], n) @ g @ _area_weights(g.shape[1], n).T, 0.0, 1.0)


def image_to_grid(pixels, n: int, invert: bool | None = None) -> tuple[np.ndarray, bool]:
    """(n×n ink levels 0…1, inverted?) of a picture: grey levels, ink, padded square, area-averaged."""
    n = whole(n, "the grid size", 1, 1000)
    ink, inverted = to_ink(grey_levels(pixels), invert)
    return resample(pad_square(ink), n), inverted
