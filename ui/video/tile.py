"""One remote member's picture in the grid: name and party, a health badge and border, the
speaker highlight, and a flashing border while the feed keeps the member from taking part."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.feeds.states import SWEDISH, FeedCondition
from ui.i18n import term
from ui.style import ALARM, LEVEL_COLOURS, PANEL, SPEAKER, TOUCH_MIN

FLASH_MS = 500
_BORDER = 6


class FeedTile(QWidget):
    tapped = Signal(str)
    """The tile was tapped or clicked: its feed id (the grid enlarges it)."""

    def __init__(self, feed: str, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.feed = feed
        self.label = label
        self.condition = FeedCondition.LIVE
        self.speaking = False
        self.highlighted = False
        self._frame: QImage | None = None
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
        self.update()

    def set_speaking(self, speaking: bool) -> None:
        self.speaking = speaking
        self._describe()
        self.update()

    def set_highlighted(self, highlighted: bool) -> None:
        self.highlighted = highlighted
        self.update()

    def _describe(self) -> None:
        state = term(SWEDISH[self.condition])
        speaking = self.tr(", har ordet") if self.speaking else ""
        self.setAccessibleName(f"{self.label}: {state}{speaking}")

    def _on_flash_timeout(self) -> None:
        self._flash_on = not self._flash_on
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        # A touch without a touch handler arrives as a synthesized mouse release: one path.
        if event.button() == Qt.MouseButton.LeftButton:
            self.tapped.emit(self.feed)
        super().mouseReleaseEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = self.rect()
        painter.fillRect(area, QColor(PANEL))
        inner = area.adjusted(_BORDER, _BORDER, -_BORDER, -_BORDER)
        if self._frame is not None and not self._frame.isNull():
            scaled = self._frame.scaled(
                inner.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            x = inner.x() + (inner.width() - scaled.width()) // 2
            y = inner.y() + (inner.height() - scaled.height()) // 2
            painter.drawImage(x, y, scaled)
        self._paint_border(painter, area)
        self._paint_caption(painter, inner)
        painter.end()

    def _paint_border(self, painter: QPainter, area: QRect) -> None:
        colour = LEVEL_COLOURS[self.condition.level]
        if self.flashing:
            colour = ALARM if self._flash_on else PANEL
        elif self.speaking or self.highlighted:
            colour = SPEAKER
        width = _BORDER * 2 if self.highlighted else _BORDER
        painter.setPen(QPen(QColor(colour), width))
        half = width // 2
        painter.drawRect(area.adjusted(half, half, -half, -half))

    def _paint_caption(self, painter: QPainter, inner: QRect) -> None:
        font = QFont(self.font())
        font.setPointSize(14)
        font.setBold(True)
        painter.setFont(font)
        height = painter.fontMetrics().height() + 12
        strip = QRect(inner.x(), inner.bottom() - height + 1, inner.width(), height)
        painter.fillRect(strip, QColor(0, 0, 0, 190))
        painter.setPen(QColor("#ffffff"))
        painter.drawText(
            strip.adjusted(10, 0, -10, 0),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            self.label,
        )
        if self.condition is FeedCondition.LIVE:
            return
        badge_text = term(SWEDISH[self.condition]).upper()
        metrics = painter.fontMetrics()
        badge = QRect(inner.x() + 8, inner.y() + 8, metrics.horizontalAdvance(badge_text) + 20,
                      metrics.height() + 10)  # fmt: skip
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(LEVEL_COLOURS[self.condition.level]))
        painter.drawRoundedRect(badge, 6, 6)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, badge_text)
