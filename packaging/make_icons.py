"""Generate every app icon file from the one SVG source.

Run from anywhere: ``python packaging/make_icons.py`` (add ``--check`` to only
report whether the committed files are current). It writes, next to the SVG in
``resources/icons/app/``:

- ``resume-tailor-<N>.png`` for N in 16, 24, 32, 48, 64, 128, 256, 512 (the
  window icon, the Linux hicolor theme);
- ``resume-tailor.ico`` (Windows: the .exe and the taskbar), 16 to 256 px;
- ``resume-tailor.icns`` (macOS: the .app bundle), 16 to 1024 px.

Qt renders the SVG (QtSvg ships with PySide6-Essentials, a runtime dependency
already), so no image library is added to the project. The .ico and .icns
containers are simple enough to write here with ``struct``: that keeps the
Windows and macOS icons buildable on Linux, where ``iconutil`` does not exist.
"""

from __future__ import annotations

import argparse
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons" / "app"
ICON_NAME = "resume-tailor"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# .icns element types holding PNG data, and the pixel size each must have.
# ic11..ic14 and ic10 are the Retina (@2x) variants of 16, 32, 128, 256 and 512.
ICNS_TYPES: dict[bytes, int] = {
    b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256, b"ic09": 512,
    b"ic10": 1024, b"ic11": 32, b"ic12": 64, b"ic13": 256, b"ic14": 512,
}


def render(svg: Path, size: int) -> QImage:
    """Render the SVG into a square transparent image of ``size`` pixels."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    """The image encoded as PNG (Qt writes no timestamp, so output is reproducible)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def _dib_bytes(image: QImage) -> bytes:
    """A 32-bit BMP body for an .ico entry: header, BGRA rows bottom-up, AND mask.

    Small sizes are stored as BMP rather than PNG because Windows XP-era readers
    (and some resource editors) only understand BMP entries below 256 px.
    """
    size = image.width()
    pixels = bytes(image.constBits())  # Format_ARGB32 is B, G, R, A in memory
    row = size * 4
    xor = b"".join(pixels[y * row:(y + 1) * row] for y in range(size - 1, -1, -1))
    mask_row = ((size + 31) // 32) * 4
    mask = bytearray()
    for y in range(size - 1, -1, -1):
        bits = bytearray(mask_row)
        for x in range(size):
            if pixels[y * row + x * 4 + 3] == 0:  # fully transparent: mask it out
                bits[x // 8] |= 0x80 >> (x % 8)
        mask += bits
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0,
                         len(xor) + len(mask), 0, 0, 0, 0)
    return header + xor + bytes(mask)


def ico_bytes(images: dict[int, QImage]) -> bytes:
    """A Windows .ico holding every image; 256 px as PNG, smaller ones as BMP."""
    sizes = sorted(images)
    bodies = [png_bytes(images[s]) if s >= 256 else _dib_bytes(images[s]) for s in sizes]
    out = struct.pack("<HHH", 0, 1, len(sizes))
    offset = 6 + 16 * len(sizes)
    for size, body in zip(sizes, bodies, strict=True):
        dim = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(body), offset)
        offset += len(body)
    return out + b"".join(bodies)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns with a PNG element for every type in ``ICNS_TYPES``."""
    elements = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for kind, size in ICNS_TYPES.items()
    )
    return b"icns" + struct.pack(">I", 8 + len(elements)) + elements


def build_files(svg: Path) -> dict[str, bytes]:
    """Every generated file's name and content, rendered from ``svg``."""
    sizes = sorted({*PNG_SIZES, *ICO_SIZES, *ICNS_TYPES.values()})
    images = {size: render(svg, size) for size in sizes}
    pngs = {size: png_bytes(image) for size, image in images.items()}
    files = {f"{ICON_NAME}-{size}.png": pngs[size] for size in PNG_SIZES}
    files[f"{ICON_NAME}.ico"] = ico_bytes({s: images[s] for s in ICO_SIZES})
    files[f"{ICON_NAME}.icns"] = icns_bytes(pngs)
    return files


def main(argv: list[str] | None = None) -> int:
    """Write the icon files (exit 0), or with ``--check`` exit 1 when any is stale."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 if a generated file is missing or stale")
    parser.add_argument("--dir", type=Path, default=ICON_DIR,
                        help="folder holding resume-tailor.svg (default: %(default)s)")
    args = parser.parse_args(argv)
    files = build_files(args.dir / f"{ICON_NAME}.svg")
    stale = [name for name, data in files.items()
             if not (args.dir / name).is_file() or (args.dir / name).read_bytes() != data]
    if args.check:
        for name in stale:
            sys.stderr.write(f"stale or missing: {args.dir / name}\n")
        return 1 if stale else 0
    for name in stale:
        (args.dir / name).write_bytes(files[name])
        sys.stdout.write(f"wrote {args.dir / name}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
