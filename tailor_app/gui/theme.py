"""Colours and icons that follow the system palette.

Qt 6 already switches the palette with the system's light/dark setting; what we
paint ourselves (status badges, highlights, toolbar icons) must follow it too.
The toolbar SVGs are drawn with ``currentColor`` and recoloured from the palette's
text colour when loaded, so one set of files reads on light and dark windows.
Badge fills are saturated mid-tones with white text: readable on either background
without a second table of colours.
"""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from .. import paths

log = logging.getLogger("tailor_app.gui.theme")

ICON_SIZES = (16, 20, 24, 32, 48)

# status -> (fill, text); the fill keeps >= 4.5:1 contrast against white text.
BADGE_COLOURS: dict[str, tuple[str, str]] = {
    "PENDING": ("#5F6B7A", "#FFFFFF"),
    "PROCESSING": ("#1F62C9", "#FFFFFF"),
    "COMPLETED": ("#1E7B4F", "#FFFFFF"),
    "FAILED": ("#B3261E", "#FFFFFF"),
    "CANCELLED": ("#6D5C3D", "#FFFFFF"),
}

# A notice that is neither a failure nor a status: amber, white text (>= 4.5:1).
NOTICE_COLOURS = ("#8A5300", "#FFFFFF")


def palette() -> QPalette:
    """The application's current palette (the system's, unless a test sets one)."""
    return QGuiApplication.palette()


def is_dark(pal: QPalette | None = None) -> bool:
    """True when the window background is darker than its text."""
    pal = pal or palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < pal.color(
        QPalette.ColorRole.WindowText).lightness()


def badge_colours(status: str) -> tuple[QColor, QColor]:
    """Fill and text colour of a status badge."""
    fill, text = BADGE_COLOURS.get(status, BADGE_COLOURS["PENDING"])
    return QColor(fill), QColor(text)


def notice_colours() -> tuple[QColor, QColor]:
    """Fill and text colour of a notice banner (a finished job that needs attention)."""
    return QColor(NOTICE_COLOURS[0]), QColor(NOTICE_COLOURS[1])


def highlight_colour(pal: QPalette | None = None) -> QColor:
    """Background for posting skills in resume text: a soft amber that keeps the
    palette's text colour readable in both light and dark windows."""
    return QColor(120, 90, 10) if is_dark(pal) else QColor(255, 229, 143)


def missing_colour(pal: QPalette | None = None) -> QColor:
    """Text colour for 'missing' items in the match report."""
    return QColor("#FF8A80") if is_dark(pal) else QColor("#B3261E")


def good_colour(pal: QPalette | None = None) -> QColor:
    """Text colour for 'matched' items in the match report."""
    return QColor("#7BD99A") if is_dark(pal) else QColor("#1E7B4F")


def muted_text(pal: QPalette | None = None) -> QColor:
    """A secondary text colour: halfway between text and background."""
    pal = pal or palette()
    text = pal.color(QPalette.ColorRole.WindowText)
    base = pal.color(QPalette.ColorRole.Window)
    return QColor((text.red() + base.red()) // 2, (text.green() + base.green()) // 2,
                  (text.blue() + base.blue()) // 2)


@cache
def _svg_source(name: str) -> bytes:
    return paths.resource_path(f"icons/{name}.svg").read_bytes()


def icon(name: str, colour: QColor | None = None) -> QIcon:
    """A toolbar icon from ``resources/icons/<name>.svg`` in the palette's text colour."""
    colour = colour or palette().color(QPalette.ColorRole.WindowText)
    svg = _svg_source(name).replace(b"currentColor", colour.name().encode())
    disabled = muted_text()
    svg_disabled = _svg_source(name).replace(b"currentColor", disabled.name().encode())
    result = QIcon()
    for data, mode in ((svg, QIcon.Mode.Normal), (svg_disabled, QIcon.Mode.Disabled)):
        renderer = QSvgRenderer(QByteArray(data))
        if not renderer.isValid():
            continue
        for size in ICON_SIZES:
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            renderer.render(painter)
            painter.end()
            result.addPixmap(pixmap, mode)
    if result.isNull():
        log.warning("icon %s could not be drawn (is the Qt SVG plugin present?)", name)
    return result


def app_icon() -> QIcon:
    """The application's icon (the packaging issue's artwork)."""
    result = QIcon(str(paths.resource_path("icons/app/resume-tailor.svg")))
    for size in (16, 24, 32, 48, 64, 128, 256):
        try:
            result.addFile(str(paths.resource_path(f"icons/app/resume-tailor-{size}.png")))
        except FileNotFoundError:
            continue
    return result
