"""Render packaging/aim-explainer.svg to the PNG, Windows .ico and macOS .icns that the packages use.

Run after changing the drawing, then commit the results:  .venv/bin/python packaging/make_icons.py
Uses only Qt (already a dependency) to draw, and the standard library to pack: .ico and .icns hold PNG images.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
SVG = HERE / "aim-explainer.svg"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
ICNS_TYPES = {b"icp4": 16, b"icp5": 32, b"icp6": 64, b"ic07": 128, b"ic08": 256, b"ic09": 512, b"ic10": 1024}


def draw(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def dib(image: QImage) -> bytes:
    """A 32-bit BGRA device-independent bitmap as .ico wants it: bottom-up, twice the height, empty AND mask."""
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, 2 * size, 1, 32, 0, 0, 0, 0, 0, 0)
    pixels = bytes(image.flipped(Qt.Orientation.Vertical).constBits())  # ARGB32 is stored B, G, R, A on little-endian
    mask = bytes((size + 31) // 32 * 4 * size)
    return header + pixels[: 4 * size * size] + mask


def ico(images: dict[int, QImage]) -> bytes:
    """PNG for 256 px, bitmaps below, which every Windows tool reads."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, image in images.items():
        blob = png(image) if size >= 256 else dib(image)
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset + len(blobs))
        blobs += blob
    return header + entries + blobs


def icns(images: dict[bytes, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(data)) + data for kind, data in images.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> None:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - painting needs the application object
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        sys.exit(f"cannot read {SVG}")
    (HERE / "aim-explainer.png").write_bytes(png(draw(renderer, 256)))
    # the window and the About box show the same icon, from the resources the application ships
    (HERE.parent / "resources" / "icons" / "aim-explainer.png").write_bytes(png(draw(renderer, 256)))
    (HERE / "aim-explainer.ico").write_bytes(ico({size: draw(renderer, size) for size in ICO_SIZES}))
    (HERE / "aim-explainer.icns").write_bytes(
        icns({kind: png(draw(renderer, size)) for kind, size in ICNS_TYPES.items()})
    )
    sys.stdout.write("wrote aim-explainer.png, .ico and .icns\n")


if __name__ == "__main__":
    main()
