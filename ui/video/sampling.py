"""A picture's coarse sample for the health monitor: a 32×18 grid of the RV32 frame.

Cheap enough to take at every picture poll: 18 rows, three strided slices each (no Python loop
over pixels). Movement is the mean absolute difference of two samples; a still picture
re-encoded by the sender still drifts by a fraction of a level as the encoder refines it, so a
threshold (app.feeds.health.MOTION_LEVEL) decides, not equality."""

from __future__ import annotations

from operator import sub

GRID_W, GRID_H = 32, 18
DARK_LEVEL = 20
"""Mean of the samples (0–255) below which a picture counts as black."""


def sample(frame: bytes | memoryview, width: int, height: int) -> tuple[bytes, bool]:
    """(grid, dark) of a BGRA/RV32 frame of width × height: the grid's B, G, R bytes."""
    stride = width * 4
    step_x, step_y = max(1, width // GRID_W), max(1, height // GRID_H)
    first_x, last_x = step_x // 2 * 4, width * 4
    picked = bytearray()
    for y in range(step_y // 2, height, step_y):
        row = bytes(frame[y * stride : y * stride + last_x])  # one row: a strided slice needs bytes
        for channel in range(3):  # B, G, R; the fourth byte is padding
            picked += row[first_x + channel :: step_x * 4]
    grid = bytes(picked)
    return grid, sum(grid) / max(1, len(grid)) < DARK_LEVEL


def motion(previous: bytes, current: bytes) -> float:
    """Mean absolute difference of two grids, in levels (0–255)."""
    if not current or len(previous) != len(current):
        return 255.0
    return sum(map(abs, map(sub, previous, current))) / len(current)
