"""Render the app icon (resources/icons/helavb.svg) to PNG sizes and a Windows .ico.

Run once before building on Windows: `python packaging/make_icons.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon, QImage

root = Path(__file__).resolve().parent.parent
svg = root / "helavb_desktop" / "resources" / "icons" / "helavb.svg"


def main() -> int:
    QGuiApplication(sys.argv[:1])
    icon = QIcon(str(svg))
    out = root / "packaging" / "windows" / "helavb.ico"
    image: QImage = icon.pixmap(QSize(256, 256)).toImage()
    if not image.save(str(out), "ICO"):
        # Qt's ico plugin is missing in some builds; a PNG-in-ICO still needs it, so say so.
        print(f"could not write {out}: Qt has no ICO writer here", file=sys.stderr)
        return 1
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
