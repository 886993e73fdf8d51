"""One remote member's picture in the grid: name and party, a health badge and border, the
speaker highlight, and a flashing border while the feed keeps the member from taking part."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
    QRegion,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.feeds.states import SWEDISH, FeedCondition
from ui.i18n import term
from ui.style import ALARM, LEVEL_COLOURS, PANEL, SPEAKER, TOUCH_MIN

FLASH_MS = 500
_BORDER = 6


@dataclass(frozen=True, slots=True)
class _Chrome:
    inner: QRect
    """Where the picture goes."""
    panel: QColor
    pen: QPen
    border: QRect
    pieces: list[tuple[QPoint, QImage]]
    """The caption strip and the badge, painted once, with their top left corners."""


class FeedTile(QWidget):
    tapped = Signal(str)
    """The tile was tapped or clicked: its feed id (the grid enlarges it)."""
    listen_tapped = Signal(str)
    """The tile's speaker button was tapped: its feed id (the grid plays that feed's sound)."""

    def __init__(self, feed: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feed = feed
        self.label = label
        self.condition = FeedCondition.LIVE
        self.speaking = False
        self.highlighted = False
        self.listening = False
        self._frame: QImage | None = None
        self._chrome: _Chrome | None = None
        """Everything but the picture, made once per state and size: a tile repaints at its
        feed's frame rate, and laying out the text was most of a paint's cost."""
        self._flash_on = False
        self._flash = QTimer(self)
        self._flash.setInterval(FLASH_MS)
        self._flash.timeout.connect(self._on_flash_timeout)
        self.setMinimumSize(4 * TOUCH_MIN, 3 * TOUCH_MIN)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self._describe()

    @property
    def flashing(self) -> bool:
        return self._flash.isActive()

    @property
    def frame(self) -> QImage | None:
        return self._frame

    def show_frame(self, image: QImage) -> None:
        self._frame = image
        self.update()

    def set_condition(self, condition: FeedCondition) -> None:
        self.condition = condition
        if condition.blocks_participation:
            if not self._flash.isActive():
                self._flash_on = True
                self._flash.start()
        else:
            self._flash.stop()
            self._flash_on = False
        self._describe()
        self._restyle()

    def set_speaking(self, speaking: bool) -> None:
        self.speaking = speaking
        self._describe()
        self._recolour()

    def set_highlighted(self, highlighted: bool) -> None:
        self.highlighted = highlighted
        self._recolour()

    def set_listening(self, listening: bool) -> None:
        self.listening = listening
        self._describe()
        self._restyle()

    def listen_button(self) -> QRect:
        """The speaker button's touch area: the picture's top right corner."""
        inner = self._inner()
        return QRect(inner.right() - TOUCH_MIN + 1, inner.top(), TOUCH_MIN, TOUCH_MIN)

    def _inner(self) -> QRect:
        """Where the picture goes, inside the border."""
        return self.rect().adjusted(_BORDER, _BORDER, -_BORDER, -_BORDER)

    def _describe(self) -> None:
        state = term(SWEDISH[self.condition])
        speaking = self.tr(", har ordet") if self.speaking else ""
        listening = self.tr(", ljudet spelas upp") if self.listening else ""
        self.setAccessibleName(f"{self.label}: {state}{speaking}{listening}")

    def _on_flash_timeout(self) -> None:
        self._flash_on = not self._flash_on
        self._recolour()

    def _restyle(self) -> None:
        self._chrome = None
        self.update()

    def _recolour(self) -> None:
        """Only the border changes (flashing, the speaker, the namnupprop): the caption and
        the badge stay as they were drawn."""
        if self._chrome is not None:
            pen, border = self._border()
            self._chrome = replace(self._chrome, pen=pen, border=border)
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._chrome = None
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.DevicePixelRatioChange):
            self._chrome = None
        super().changeEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        # A touch without a touch handler arrives as a synthesized mouse release: one path.
        if event.button() == Qt.MouseButton.LeftButton:
            if self.listen_button().contains(event.position().toPoint()):
                self.listen_tapped.emit(self.feed)
            else:
                self.tapped.emit(self.feed)
        super().mouseReleaseEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._chrome is None:
            self._chrome = self._make_chrome()
        chrome = self._chrome
        painter = QPainter(self)
        inner = chrome.inner
        shown = QRect()
        if self._frame is not None and not self._frame.isNull():
            picture = self._frame
            if picture.size() != inner.size():
                picture = picture.scaled(
                    inner.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            x = inner.x() + (inner.width() - picture.width()) // 2
            y = inner.y() + (inner.height() - picture.height()) // 2
            shown = QRect(x, y, picture.width(), picture.height())
            painter.drawImage(x, y, picture)
        if shown != inner:  # the picture does not cover the inside (none yet, or letterboxed)
            for part in QRegion(inner).subtracted(QRegion(shown)):
                painter.fillRect(part, chrome.panel)
        painter.setPen(chrome.pen)
        painter.drawRect(chrome.border)
        for corner, piece in chrome.pieces:
            painter.drawImage(corner, piece)
        painter.end()

    def _border(self) -> tuple[QPen, QRect]:
        colour = LEVEL_COLOURS[self.condition.level]
        if self.flashing:
            colour = ALARM if self._flash_on else PANEL
        elif self.speaking or self.highlighted:
            colour = SPEAKER
        width = _BORDER * 2 if self.highlighted else _BORDER
        pen = QPen(QColor(colour), width)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)  # square outer corners: nothing unpainted
        half = width // 2
        return pen, self.rect().adjusted(half, half, -half, -half)

    def _make_chrome(self) -> _Chrome:
        inner = self._inner()
        pen, border = self._border()
        font = QFont(self.font())
        font.setPointSize(14)
        font.setBold(True)
        metrics = QFontMetrics(font, self)
        height = metrics.height() + 12
        strip = QRect(inner.x(), inner.bottom() - height + 1, inner.width(), height)
        pieces = [(strip.topLeft(), self._piece(strip.size(), font, self._paint_strip))]
        if self.condition is not FeedCondition.LIVE:
            text = term(SWEDISH[self.condition]).upper()
            badge = QSize(metrics.horizontalAdvance(text) + 20, metrics.height() + 10)
            corner = QPoint(inner.x() + 8, inner.y() + 8)
            pieces.append((corner, self._piece(badge, font, self._paint_badge)))
        button = self.listen_button()
        pieces.append((button.topLeft(), self._piece(button.size(), font, self._paint_speaker)))
        return _Chrome(inner, QColor(PANEL), pen, border, pieces)

    def _piece(self, size: QSize, font: QFont, paint: Callable[[QPainter, QRect], None]) -> QImage:
        """A transparent image of `size` (in the widget's pixels and fonts), painted once."""
        ratio = self.devicePixelRatioF()
        image = QImage(size * ratio, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(ratio)
        # Fonts are sized in points: the image must count points as the widget does.
        image.setDotsPerMeterX(round(self.logicalDpiX() / 0.0254))
        image.setDotsPerMeterY(round(self.logicalDpiY() / 0.0254))
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        paint(painter, QRect(QPoint(0, 0), size))
        painter.end()
        return image

    def _paint_strip(self, painter: QPainter, strip: QRect) -> None:
        painter.fillRect(strip, QColor(0, 0, 0, 190))
        painter.setPen(QColor("#ffffff"))
        painter.drawText(
            strip.adjusted(10, 0, -10, 0),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            self.label,
        )

    def _paint_badge(self, painter: QPainter, badge: QRect) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(LEVEL_COLOURS[self.condition.level]))
        painter.drawRoundedRect(badge, 6, 6)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, term(SWEDISH[self.condition]).upper())

    def _paint_speaker(self, painter: QPainter, button: QRect) -> None:
        """A loudspeaker: with sound waves on a yellow ground while its sound plays, crossed
        out on a dark one while muted (the default: the room's sound system carries it)."""
        box = button.adjusted(6, 6, -6, -6)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(SPEAKER) if self.listening else QColor(0, 0, 0, 150))
        painter.drawRoundedRect(box, 6, 6)
        ink = QColor("#000000") if self.listening else QColor("#ffffff")
        unit = box.width() / 12
        x, y = box.x(), box.y()
        cone = QPolygonF(
            [QPointF(x + unit * a, y + unit * b) for a, b in
             ((2, 4.5), (4, 4.5), (7, 2), (7, 10), (4, 7.5), (2, 7.5))]
        )  # fmt: skip
        painter.setBrush(ink)
        painter.drawPolygon(cone)
        pen = QPen(ink, max(1.5, unit * 0.8))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.listening:
            for radius in (2.0, 3.5):
                arc = QRectF(x + unit * (7 - radius), y + unit * (6 - radius),
                             2 * radius * unit, 2 * radius * unit)  # fmt: skip
                painter.drawArc(arc, -45 * 16, 90 * 16)
        else:
            painter.drawLine(QPointF(x + unit * 8.5, y + unit * 4.5),
                             QPointF(x + unit * 11, y + unit * 7.5))  # fmt: skip
            painter.drawLine(QPointF(x + unit * 11, y + unit * 4.5),
                             QPointF(x + unit * 8.5, y + unit * 7.5))  # fmt: skip
