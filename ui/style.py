"""The consoles' shared look: high contrast, large type, touch-sized controls.

Declared once here so the chair console, the room display and the feed grid agree on what a
health state looks like. Legible from 70 cm: body text 16 pt, actions at least TOUCH_MIN px.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QApplication

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

DESK_STYLESHEET = f"""
QMainWindow, QDialog {{ background: {PAGE}; }}
QWidget {{ color: {INK}; font-size: 11pt; }}
QFrame#panel {{ background: {PANEL}; border-radius: 8px; }}
QLabel#caption {{ color: {MUTED}; font-size: 9pt; font-weight: 600; }}
QLabel#headline {{ font-size: 15pt; font-weight: 700; }}
QLabel#warning {{ color: #111; background: {WARN}; border-radius: 6px; padding: 4px 8px;
    font-weight: 700; }}
QLabel#refusal {{ background: {ALARM_DARK}; border-radius: 6px; padding: 6px 10px;
    font-weight: 600; }}
QLabel#key {{ color: #0b1117; background: {MUTED}; border-radius: 4px; padding: 1px 6px;
    font-family: monospace; font-weight: 700; }}
QPushButton {{ background: {RAISED}; border: 1px solid #3d5366; border-radius: 6px;
    min-height: 30px; padding: 4px 12px; font-weight: 600; }}
QPushButton:focus {{ border: 2px solid {ACCENT}; }}
QPushButton:pressed {{ background: {ACCENT}; color: #0b1117; }}
QPushButton:disabled {{ color: #6b7a88; border-color: #2b3a48; }}
QPushButton#primary {{ background: #1864ab; border-color: {ACCENT}; }}
QPushButton#danger {{ background: {ALARM_DARK}; border-color: {ALARM}; }}
QListView, QListWidget, QTableView, QTextBrowser, QPlainTextEdit {{ background: {PANEL};
    border: 1px solid #2b3a48; border-radius: 6px; alternate-background-color: #213040;
    selection-background-color: {ACCENT}; selection-color: #0b1117; }}
QListView:focus, QListWidget:focus, QTableView:focus {{ border: 2px solid {ACCENT}; }}
QHeaderView::section {{ background: {RAISED}; color: {MUTED}; border: none; padding: 4px 8px;
    font-weight: 600; }}
QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox {{ background: {RAISED};
    border: 1px solid #3d5366; border-radius: 6px; min-height: 28px; padding: 0 8px; }}
QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QDoubleSpinBox:focus {{
    border: 2px solid {ACCENT}; }}
QScrollArea {{ background: transparent; border: none; }}
QScrollArea > QWidget > QWidget {{ background: transparent; }}
QTabWidget::pane {{ border: none; }}
QTabBar::tab {{ background: {PANEL}; color: {MUTED}; padding: 8px 16px; margin-right: 2px;
    border-top-left-radius: 6px; border-top-right-radius: 6px; font-weight: 600; }}
QTabBar::tab:selected {{ background: {RAISED}; color: {INK}; }}
QProgressBar {{ background: {PANEL}; border: 1px solid #3d5366; border-radius: 6px;
    text-align: center; }}
QProgressBar::chunk {{ background: {ACCENT}; border-radius: 6px; }}
"""
"""The secretary's laptop: the same palette, desk-sized type and controls, a visible focus."""


_SCALE = "klubban_font_scale"
_POINTS = re.compile(r"(\d+(?:\.\d+)?)pt\b")


def set_font_scale(factor: float) -> None:
    """The user's text size (setting ui.font_scale), for every window opened after this."""
    app = QApplication.instance()
    if app is not None:
        app.setProperty(_SCALE, float(factor))


def themed(sheet: str) -> str:
    """A stylesheet with its type sizes scaled to the user's text size."""
    app = QApplication.instance()
    factor = float(app.property(_SCALE) or 1.0) if app is not None else 1.0
    if factor == 1.0:
        return sheet
    return _POINTS.sub(lambda m: f"{float(m.group(1)) * factor:.1f}pt", sheet)
