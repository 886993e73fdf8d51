"""A picture's coarse sample for the health monitor: a 32×18 grid of the picture.

Qt shrinks the picture to the grid (the nearest pixel of each cell: no averaging that would
smooth a change away) and compares two grids with a painter's difference mode, both in C++:
at 16 feeds sampled ten times a second, comparing in Python cost ~1 % of a core. Movement is
the mean absolute difference of two samples; a still picture re-encoded by the sender still
drifts by a fraction of a level as the encoder refines it, so a threshold
(app.feeds.health.MOTION_LEVEL) decides, not equality."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter

GRID_W, GRID_H = 32, 18
DARK_LEVEL = 20
"""Mean of the samples (0–255) below which a picture counts as black."""
_VALUES = GRID_W * GRID_H * 3
"""Red, green and blue of every cell; a 32-pixel row of RGB888 has no padding."""


def sample(picture: QImage) -> QImage:
    """The picture as a 32 × 18 grid of 8-bit red, green and blue."""
    nearest = Qt.TransformationMode.FastTransformation
    grid = picture.scaled(GRID_W, GRID_H, Qt.AspectRatioMode.IgnoreAspectRatio, nearest)
    return grid.convertToFormat(QImage.Format.Format_RGB888)


def is_dark(grid: QImage) -> bool:
    return sum(bytes(grid.constBits())) / _VALUES < DARK_LEVEL


def motion(previous: QImage | None, current: QImage) -> float:
    """Mean absolute difference of two grids, in levels (0–255); no previous grid counts as
    movement."""
    if previous is None:
        return 255.0
    difference = current.copy()
    painter = QPainter(difference)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Difference)
    painter.drawImage(0, 0, previous)
    painter.end()
    return sum(bytes(difference.constBits())) / _VALUES
