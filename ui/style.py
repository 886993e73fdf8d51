"""The consoles' shared look: high contrast, large type, touch-sized controls.

Declared once here so the chair console, the room display and the feed grid agree on what a
health state looks like. Legible from 70 cm: body text 16 pt, actions at least TOUCH_MIN px.
"""

from __future__ import annotations

from app.feeds.states import FeedLevel

TOUCH_MIN = 48
"""Smallest touch target, in pixels (WCAG 2.5.5 asks 44; the chair works with a finger)."""

INK = "#f4f6f8"
MUTED = "#b8c2cc"
PAGE = "#0f1720"
PANEL = "#1b2733"
RAISED = "#263645"
ACCENT = "#4da3ff"
SPEAKER = "#ffd43b"
ALARM = "#e03131"
ALARM_DARK = "#8a1010"
WARN = "#f08c00"
OK = "#2f9e44"

LEVEL_COLOURS = {FeedLevel.LIVE: OK, FeedLevel.DEGRADED: WARN, FeedLevel.LOST: ALARM}

STYLESHEET = f"""
QMainWindow, QDialog {{ background: {PAGE}; }}
QWidget {{ color: {INK}; font-size: 16pt; }}
QFrame#panel {{ background: {PANEL}; border-radius: 10px; }}
QLabel#caption {{ color: {MUTED}; font-size: 12pt; font-weight: 600; }}
QLabel#headline {{ font-size: 24pt; font-weight: 700; }}
QLabel#timer {{ color: {SPEAKER}; font-size: 30pt; font-weight: 700; }}
QLabel#warning {{ color: #111; background: {WARN}; border-radius: 6px; padding: 6px 10px;
    font-weight: 700; }}
QPushButton {{ background: {RAISED}; border: 2px solid #3d5366; border-radius: 10px;
    min-height: {TOUCH_MIN}px; min-width: {TOUCH_MIN}px; padding: 6px 16px; font-weight: 600; }}
QPushButton:pressed {{ background: {ACCENT}; color: #0b1117; }}
QPushButton:checked {{ background: {ACCENT}; color: #0b1117; border-color: {INK}; }}
QPushButton:disabled {{ color: #6b7a88; border-color: #2b3a48; }}
QPushButton#primary {{ background: #1864ab; border-color: {ACCENT}; }}
QPushButton#danger {{ background: {ALARM_DARK}; border-color: {ALARM}; }}
QListView {{ background: {PANEL}; border: none; font-size: 16pt; }}
QListView::item {{ min-height: {TOUCH_MIN}px; padding: 0 8px; }}
QLineEdit {{ background: {RAISED}; border: 2px solid #3d5366; border-radius: 8px;
    min-height: {TOUCH_MIN}px; padding: 0 10px; }}
QScrollArea {{ background: transparent; border: none; }}
QScrollArea > QWidget > QWidget {{ background: transparent; }}
QScrollBar:vertical {{ background: {PANEL}; width: 18px; margin: 0; }}
QScrollBar::handle:vertical {{ background: #4a6378; min-height: {TOUCH_MIN}px;
    border-radius: 8px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
"""
