"""The picture sample the health monitor compares: which pixels, dark, and motion."""

from __future__ import annotations

import pytest

from ui.video.sampling import DARK_LEVEL, GRID_H, GRID_W, motion, sample

pytestmark = pytest.mark.unit

WIDTH, HEIGHT = 320, 180


def frame(pixel) -> bytes:
    """An RV32 frame whose pixel (x, y) is pixel(x, y) as (B, G, R)."""
    out = bytearray()
    for y in range(HEIGHT):
        for x in range(WIDTH):
            out += bytes(pixel(x, y)) + b"\xff"
    return bytes(out)


def test_the_grid_is_32_by_18_pixels_centred_in_their_cells() -> None:
    grid, _ = sample(frame(lambda x, y: (x % 256, y, (x + y) % 256)), WIDTH, HEIGHT)
    step_x, step_y = WIDTH // GRID_W, HEIGHT // GRID_H
    expected = bytearray()
    xs = range(step_x // 2, WIDTH, step_x)
    for y in range(step_y // 2, HEIGHT, step_y):
        expected += bytes(x % 256 for x in xs) + bytes([y] * len(xs))
        expected += bytes((x + y) % 256 for x in xs)
    assert len(grid) == GRID_W * GRID_H * 3
    assert grid == bytes(expected)


def test_a_dark_picture_is_dark_and_a_grey_one_is_not() -> None:
    assert sample(frame(lambda x, y: (DARK_LEVEL - 5,) * 3), WIDTH, HEIGHT)[1]
    assert not sample(frame(lambda x, y: (DARK_LEVEL + 5,) * 3), WIDTH, HEIGHT)[1]


def test_motion_is_the_mean_absolute_difference() -> None:
    still, _ = sample(frame(lambda x, y: (100, 100, 100)), WIDTH, HEIGHT)
    brighter, _ = sample(frame(lambda x, y: (104, 96, 100)), WIDTH, HEIGHT)
    assert motion(still, still) == 0
    assert motion(still, brighter) == pytest.approx(8 / 3)
    assert motion(b"", still) == 255.0  # nothing to compare with: counts as movement


def test_an_image_buffer_samples_as_its_bytes_do() -> None:
    pixels = frame(lambda x, y: (x % 256, y, 7))
    assert sample(memoryview(pixels), WIDTH, HEIGHT) == sample(pixels, WIDTH, HEIGHT)
