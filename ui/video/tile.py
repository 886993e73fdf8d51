"""One remote member's picture in the grid: name and party, a fault bar and border, the
speaker highlight, and a flashing border while the feed keeps the member from taking part.

The picture is either painted by the tile (frames from libvlc's callbacks: offscreen, in tests)
or shown by libvlc itself in a native child window (`video_window`: on a real screen). Nothing
is drawn over the picture, so both look alike: a native window cannot be painted over, and the
name and speaker button sit in a caption strip below it, and a feed's fault in a coloured bar
above it."""

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


STRIP = QColor(24, 24, 24)
"""The caption strip's ground: darker than the panel, so the white name stands out."""


@dataclass(frozen=True, slots=True)
class _Chrome:
    picture: QRect
    """Where the picture goes."""
    panel: QColor
    pen: QPen
    border: QRect
    pieces: tuple[tuple[QPoint, QImage], ...]
    """The caption strip and the fault bar, painted once, with their top left corners."""


class _VideoSurface(QWidget):
    """The native window libvlc shows the picture in (it adds its own child window inside).
    Taps fall through to the tile: libvlc is told not to take them."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_NativeWindow)
        self.setAttribute(Qt.WidgetAttribute.WA_DontCreateNativeAncestors)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor(PANEL))
        self.setPalette(palette)


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
        self._surface: _VideoSurface | None = None
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
        # Only the picture is repainted (the strip and the bar stay): its place as last laid
        # out, as working it out again (with font metrics) cost more than the painting.
        self.update(self._chrome.picture if self._chrome is not None else self.rect())

    def video_window(self) -> int:
        """A native window for libvlc to show the picture in (X11 window id or HWND), made on
        first call; from then on the tile no longer paints frames."""
        if self._surface is None:
            self._surface = _VideoSurface(self)
            self._surface.setGeometry(self._picture_area())
            self._surface.show()
        return int(self._surface.winId())

    @property
    def video_surface(self) -> QWidget | None:
        return self._surface

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
        self._relayout()
        self.update()

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
        """The speaker button's touch area: the caption strip's right end."""
        strip = self._strip()
        return QRect(strip.right() - TOUCH_MIN + 1, strip.top(), TOUCH_MIN, strip.height())

    def size_for_picture(self, picture: QSize) -> QSize:
        """The tile's size for a picture area of exactly `picture` (while the feed is live)."""
        return picture + QSize(2 * _BORDER, 2 * _BORDER + self._strip().height())

    def _inner(self) -> QRect:
        """Inside the border."""
        return self.rect().adjusted(_BORDER, _BORDER, -_BORDER, -_BORDER)

    def _caption_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSize(14)
        font.setBold(True)
        return font

    def _strip(self) -> QRect:
        """The caption strip along the bottom of the inside, tall enough to touch."""
        inner = self._inner()
        height = max(TOUCH_MIN, QFontMetrics(self._caption_font(), self).height() + 12)
        return QRect(inner.x(), inner.bottom() - height + 1, inner.width(), height)

    def _fault_bar(self) -> QRect:
        """The bar naming the feed's fault along the top of the inside (empty while live)."""
        inner = self._inner()
        if self.condition is FeedCondition.LIVE:
            return QRect(inner.topLeft(), QSize(inner.width(), 0))
        height = QFontMetrics(self._caption_font(), self).height() + 10
        return QRect(inner.x(), inner.y(), inner.width(), height)

    def _picture_area(self) -> QRect:
        """Where the picture goes: the inside between the fault bar and the caption strip."""
        top, bottom = self._fault_bar().bottom() + 1, self._strip().top() - 1
        return QRect(QPoint(self._inner().x(), top), QPoint(self._inner().right(), bottom))

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
        self._relayout()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.DevicePixelRatioChange):
            self._relayout()
        super().changeEvent(event)

    def _relayout(self) -> None:
        self._chrome = None
        if self._surface is not None:
            self._surface.setGeometry(self._picture_area())

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
        area = chrome.picture
        shown = QRect()
        if self._surface is None and self._frame is not None and not self._frame.isNull():
            size = self._frame.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            shown = QRect(QPoint(0, 0), size)
            shown.moveCenter(area.center())
            if size != self._frame.size():
                # Scaled while drawn: no scaled copy of every picture.
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(shown, self._frame)
        if shown != area:  # the picture does not cover its area (none yet, or letterboxed)
            for part in QRegion(area).subtracted(QRegion(shown)):
                painter.fillRect(part, chrome.panel)
        if not area.contains(event.rect()):  # not just a new picture
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
        pen, border = self._border()
        font = self._caption_font()
        pieces = [
            (place.topLeft(), self._piece(place.size(), font, paint))
            for place, paint in ((self._strip(), self._paint_strip),
                                 (self._fault_bar(), self._paint_fault))
            if not place.isEmpty()
        ]  # fmt: skip
        return _Chrome(self._picture_area(), QColor(PANEL), pen, border, tuple(pieces))

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
        """The name and the speaker button, in the strip's own coordinates."""
        painter.fillRect(strip, STRIP)
        speaker = self.listen_button().translated(-self._strip().topLeft())
        self._paint_speaker(painter, speaker)
        room = QRect(strip.left() + 10, strip.top(), speaker.left() - 14, strip.height())
        painter.setPen(QColor("#ffffff"))
        painter.drawText(
            room,
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            painter.fontMetrics().elidedText(self.label, Qt.TextElideMode.ElideRight, room.width()),
        )

    def _paint_fault(self, painter: QPainter, bar: QRect) -> None:
        painter.fillRect(bar, QColor(LEVEL_COLOURS[self.condition.level]))
        painter.setPen(QColor("#ffffff"))
        painter.drawText(bar, Qt.AlignmentFlag.AlignCenter, term(SWEDISH[self.condition]).upper())

    def _paint_speaker(self, painter: QPainter, button: QRect) -> None:
        """A loudspeaker: with sound waves on a yellow ground while its sound plays, crossed
        out on a dark one while muted (the default: the room's sound system carries it)."""
        box = QRect(0, 0, TOUCH_MIN - 12, TOUCH_MIN - 12)
        box.moveCenter(button.center())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(SPEAKER) if self.listening else QColor(70, 70, 70))
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
