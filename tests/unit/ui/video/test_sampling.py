"""The picture sample the health monitor compares: which pixels, dark, and motion."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage

from ui.video.sampling import DARK_LEVEL, GRID_H, GRID_W, is_dark, motion, sample

pytestmark = pytest.mark.unit

WIDTH, HEIGHT = 320, 180


def picture(red, green=lambda x, y: 0, blue=lambda x, y: 0, size=(WIDTH, HEIGHT)) -> QImage:
    """An RGB32 picture (as libvlc renders) whose channels at (x, y) are given."""
    image = QImage(*size, QImage.Format.Format_RGB32)
    for y in range(size[1]):
        for x in range(size[0]):
            image.setPixelColor(x, y, QColor(red(x, y), green(x, y), blue(x, y)))
    return image


def plain(rgb: tuple[int, int, int]) -> QImage:
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
    image.fill(QColor(*rgb))
    return image


def test_each_cell_of_the_grid_is_a_pixel_of_that_cell() -> None:
    grid = sample(picture(lambda x, y: x * 255 // WIDTH, lambda x, y: y * 255 // HEIGHT))
    assert (grid.width(), grid.height()) == (GRID_W, GRID_H)
    cell_w, cell_h = WIDTH // GRID_W, HEIGHT // GRID_H
    for column in range(GRID_W):
        for row in range(GRID_H):
            colour = grid.pixelColor(column, row)
            xs = range(column * cell_w, (column + 1) * cell_w)
            ys = range(row * cell_h, (row + 1) * cell_h)
            assert colour.red() in {x * 255 // WIDTH for x in xs}
            assert colour.green() in {y * 255 // HEIGHT for y in ys}


def test_a_picture_already_of_the_grids_size_is_taken_as_it_is() -> None:
    small = picture(lambda x, y: 7 * x, lambda x, y: 11 * y, size=(GRID_W, GRID_H))
    grid = sample(small)
    assert all(grid.pixelColor(x, y) == small.pixelColor(x, y)
               for x in range(GRID_W) for y in range(GRID_H))  # fmt: skip


def test_a_dark_picture_is_dark_and_a_grey_one_is_not() -> None:
    assert is_dark(sample(plain((DARK_LEVEL - 5,) * 3)))
    assert not is_dark(sample(plain((DARK_LEVEL + 5,) * 3)))


def test_motion_is_the_mean_absolute_difference() -> None:
    still, brighter = sample(plain((100, 100, 100))), sample(plain((104, 96, 100)))
    assert motion(still, still) == 0
    assert motion(still, brighter) == pytest.approx(8 / 3)
    assert motion(brighter, still) == pytest.approx(8 / 3)
    assert motion(None, still) == 255.0  # nothing to compare with: counts as movement


def test_motion_in_one_cell_counts_for_its_share() -> None:
    before = picture(lambda x, y: 50)
    after = picture(lambda x, y: 50 + 90 * (x < WIDTH // GRID_W and y < HEIGHT // GRID_H))
    assert motion(sample(before), sample(after)) == pytest.approx(90 / (GRID_W * GRID_H * 3))
