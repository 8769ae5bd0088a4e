"""The app's icons for the web app manifest, drawn here (issue 18).

The same drawing as static/img/favicon.svg: two relays joined by a line, on
the brand blue. The PNG files in lms/static/img/ are written by
`python -m lms.icons`; a test checks they match this drawing.
"""

from pathlib import Path

from PIL import Image, ImageDraw

BRAND = "#1f4fa3"  # --brand in site.css, the manifest's theme colour
YELLOW = "#ffbf47"
WHITE = "#ffffff"
SCALE = 4  # drawn larger, then reduced: smooth edges

ICONS = {
    "icon-192.png": (192, False),
    "icon-512.png": (512, False),
    "icon-maskable-512.png": (512, True),
}
ICON_DIR = Path(__file__).resolve().parent / "static" / "img"


def icon_draw(size: int, *, maskable: bool = False) -> Image.Image:
    """The icon at `size` pixels. A maskable icon fills the square (the
    launcher cuts its own shape) and keeps the drawing inside the middle 80 %."""
    big = size * SCALE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    if maskable:
        draw.rectangle((0, 0, big, big), fill=BRAND)
        unit = big * 0.8 / 64  # the 64-unit drawing inside the safe zone
        origin = big * 0.1
    else:
        unit = big / 64
        origin = 0
        draw.rounded_rectangle((0, 0, big - 1, big - 1), radius=14 * unit, fill=BRAND)

    def at(x: float) -> float:
        return origin + x * unit

    draw.line((at(27), at(32), at(37), at(32)), fill=WHITE, width=round(5 * unit))
    for cx, colour in ((20, WHITE), (44, YELLOW)):
        draw.ellipse((at(cx - 8), at(24), at(cx + 8), at(40)), fill=colour)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def icons_write(directory: Path = ICON_DIR) -> list[Path]:
    """Write the manifest's icons as PNG files; returns their paths."""
    written = []
    for name, (size, maskable) in ICONS.items():
        path = directory / name
        icon_draw(size, maskable=maskable).save(path, optimize=True)
        written.append(path)
    return written


if __name__ == "__main__":
    for path in icons_write():
        print(path)  # noqa: T201
