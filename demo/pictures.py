"""Illustrations of the demo lessons, drawn by the project in code (Pillow).

Flat, high-contrast drawings of fictitious screens: no photo, no real brand or
logo, French words only where a screen shows text. Each drawing is registered
under a key; ``picture_png(key)`` draws it and ``picture_image(key)`` stores it
once as a Wagtail image in the « Illustrations de la démo » collection.
"""

import hashlib
import math
from collections.abc import Callable, Iterable
from functools import cache
from io import BytesIO
from pathlib import Path

from django.core.files.images import ImageFile
from PIL import Image, ImageDraw, ImageFont
from wagtail.images import get_image_model
from wagtail.models import Collection

COLLECTION_NAME = "Illustrations de la démo"

# Final size of every drawing (4:3); it is drawn at SCALE times this size and
# scaled down, which smooths the edges.
WIDTH, HEIGHT = 720, 540
SCALE = 2

BG = "#DCEBFA"
INK = "#1B2A41"
BODY = "#2E3D57"
WHITE = "#FFFFFF"
MUTED = "#4E5D72"
LINE = "#B8C4D2"
SOFT = "#EEF3F9"
PRIMARY = "#1D5FBF"
HILITE = "#D9480F"
GOOD = "#2B8A3E"
BAD = "#C92A2A"
SKIN = "#F3C89B"
SKIN_LINE = "#8A5A35"
PAPER = "#FFFDF5"
YELLOW = "#FFD43B"
TABLE = "#5B4636"

_FONT_DIRS = (
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu",
    "/usr/share/fonts/TTF",
)


@cache
def _font(size: int, bold: bool) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    for folder in _FONT_DIRS:
        path = Path(folder) / name
        if path.exists():
            return ImageFont.truetype(str(path), size)
    # Pillow's bundled font: the drawings stay legible on a machine without DejaVu.
    return ImageFont.load_default(size)


class Pen:
    """A canvas addressed in final pixels, drawn at SCALE for smooth edges."""

    def __init__(self, background: str = BG):
        self.image = Image.new("RGB", (WIDTH * SCALE, HEIGHT * SCALE), background)
        self.draw = ImageDraw.Draw(self.image)

    @staticmethod
    def _s(values):
        return [round(v * SCALE) for v in values]

    def rect(self, box, fill=None, outline=None, width=0, radius=0, corners=None):
        self.draw.rounded_rectangle(
            self._s(box),
            radius=radius * SCALE,
            fill=fill,
            outline=outline,
            width=round(width * SCALE),
            corners=corners,
        )

    def ellipse(self, box, fill=None, outline=None, width=0):
        self.draw.ellipse(
            self._s(box), fill=fill, outline=outline, width=round(width * SCALE)
        )

    def circle(self, cx, cy, r, fill=None, outline=None, width=0):
        self.ellipse((cx - r, cy - r, cx + r, cy + r), fill, outline, width)

    def arc(self, box, start, end, fill=INK, width=4):
        self.draw.arc(self._s(box), start, end, fill=fill, width=round(width * SCALE))

    def pie(self, box, start, end, fill=INK):
        self.draw.pieslice(self._s(box), start, end, fill=fill)

    def line(self, points, fill=INK, width=4):
        flat = [c for point in points for c in point]
        self.draw.line(
            self._s(flat), fill=fill, width=round(width * SCALE), joint="curve"
        )
        r = width / 2
        for x, y in (points[0], points[-1]):
            self.circle(x, y, r, fill=fill)

    def poly(self, points, fill=None, outline=None, width=0):
        flat = [c for point in points for c in point]
        self.draw.polygon(
            self._s(flat), fill=fill, outline=outline, width=round(width * SCALE)
        )

    def text(self, xy, value, size=26, fill=INK, bold=False, anchor="la"):
        self.draw.text(
            tuple(self._s(xy)),
            value,
            font=_font(size * SCALE, bold),
            fill=fill,
            anchor=anchor,
        )

    def text_width(self, value, size=26, bold=False) -> float:
        return self.draw.textlength(value, font=_font(size * SCALE, bold)) / SCALE

    def png(self) -> bytes:
        # A box filter at an exact 2x is the cheapest smoothing, and keeps flat
        # colours flat (smaller files than Lanczos, which rings at the edges).
        final = self.image.reduce(SCALE)
        out = BytesIO()
        final.save(out, format="PNG", compress_level=3)
        return out.getvalue()


# --------------------------------------------------------------------------
# Building blocks: devices, screen widgets, hands, marks
# --------------------------------------------------------------------------


def highlight(p: Pen, box, pad=8, radius=14):
    """The orange frame that says « here »."""
    x0, y0, x1, y1 = box
    p.rect(
        (x0 - pad, y0 - pad, x1 + pad, y1 + pad), outline=HILITE, width=6, radius=radius
    )


def ring(p: Pen, cx, cy, r):
    p.circle(cx, cy, r, outline=HILITE, width=6)


def finger(p: Pen, x, y, tap=True):
    """A hand pointing up, the tip of the index finger at (x, y)."""
    if tap:
        p.arc((x - 34, y - 34, x + 34, y + 34), 200, 340, fill=HILITE, width=5)
        p.arc((x - 52, y - 52, x + 52, y + 52), 215, 325, fill=HILITE, width=5)
    p.rect(
        (x - 34, y + 62, x + 50, y + 170),
        fill=SKIN,
        outline=SKIN_LINE,
        width=3,
        radius=28,
    )
    p.ellipse((x - 58, y + 80, x - 18, y + 140), fill=SKIN, outline=SKIN_LINE, width=3)
    p.rect(
        (x - 16, y, x + 16, y + 110), fill=SKIN, outline=SKIN_LINE, width=3, radius=16
    )
    p.rect((x - 9, y + 6, x + 9, y + 24), fill="#F8DEC2", radius=6)


def arrow(p: Pen, start, end, fill=HILITE, width=9, head=24):
    (x0, y0), (x1, y1) = start, end
    angle = math.atan2(y1 - y0, x1 - x0)
    bx, by = x1 - head * math.cos(angle), y1 - head * math.sin(angle)
    p.line([(x0, y0), (bx, by)], fill=fill, width=width)
    left = (bx + head * 0.7 * math.sin(angle), by - head * 0.7 * math.cos(angle))
    right = (bx - head * 0.7 * math.sin(angle), by + head * 0.7 * math.cos(angle))
    p.poly([(x1, y1), left, right], fill=fill)


def cursor(p: Pen, x, y, size=1.0):
    pts = [(0, 0), (0, 46), (12, 35), (21, 55), (30, 51), (21, 32), (37, 32)]
    p.poly(
        [(x + a * size, y + b * size) for a, b in pts], fill=WHITE, outline=INK, width=3
    )


def check_mark(p: Pen, cx, cy, r, color=GOOD):
    p.circle(cx, cy, r, fill=color)
    p.line(
        [
            (cx - r * 0.45, cy + r * 0.02),
            (cx - r * 0.1, cy + r * 0.38),
            (cx + r * 0.5, cy - r * 0.35),
        ],
        fill=WHITE,
        width=max(4, r * 0.2),
    )


def cross_mark(p: Pen, cx, cy, r, color=BAD):
    p.circle(cx, cy, r, fill=color)
    d = r * 0.42
    p.line([(cx - d, cy - d), (cx + d, cy + d)], fill=WHITE, width=max(4, r * 0.2))
    p.line([(cx - d, cy + d), (cx + d, cy - d)], fill=WHITE, width=max(4, r * 0.2))


def no_entry(p: Pen, box):
    """A red « forbidden » stroke across a box."""
    x0, y0, x1, y1 = box
    p.line([(x0, y1), (x1, y0)], fill=BAD, width=8)
    p.line([(x0, y0), (x1, y1)], fill=BAD, width=8)


def wifi_symbol(p: Pen, cx, cy, size, color=INK):
    """The fan-shaped Wi-Fi sign, (cx, cy) at its bottom point."""
    for k in (1.0, 0.68, 0.36):
        r = size * k
        p.arc((cx - r, cy - r, cx + r, cy + r), 225, 315, fill=color, width=size * 0.14)
    p.circle(cx, cy - size * 0.04, size * 0.1, fill=color)


def signal_bars(p: Pen, x, y, h, color=INK):
    for i in range(4):
        bh = h * (i + 1) / 4
        p.rect(
            (x + i * h * 0.3, y + h - bh, x + i * h * 0.3 + h * 0.2, y + h), fill=color
        )


def battery(p: Pen, x, y, w, h, color=INK):
    p.rect((x, y, x + w, y + h), outline=color, width=2, radius=3)
    p.rect((x + w, y + h * 0.3, x + w + 3, y + h * 0.7), fill=color)
    p.rect((x + 3, y + 3, x + w * 0.7, y + h - 3), fill=color)


def gear(p: Pen, cx, cy, r, color=MUTED, hole=WHITE):
    for i in range(8):
        a = i * math.pi / 4
        tx, ty = cx + r * 0.95 * math.cos(a), cy + r * 0.95 * math.sin(a)
        p.circle(tx, ty, r * 0.22, fill=color)
    p.circle(cx, cy, r * 0.8, fill=color)
    p.circle(cx, cy, r * 0.32, fill=hole)


def globe(p: Pen, cx, cy, r, color=PRIMARY):
    p.circle(cx, cy, r, fill=WHITE, outline=color, width=r * 0.14)
    p.ellipse(
        (cx - r * 0.45, cy - r, cx + r * 0.45, cy + r), outline=color, width=r * 0.1
    )
    p.line([(cx - r, cy), (cx + r, cy)], fill=color, width=r * 0.1)
    p.line([(cx, cy - r), (cx, cy + r)], fill=color, width=r * 0.1)


def envelope(p: Pen, box, fill=WHITE, color=INK, width=4):
    x0, y0, x1, y1 = box
    p.rect(box, fill=fill, outline=color, width=width, radius=6)
    p.line(
        [(x0 + 4, y0 + 4), ((x0 + x1) / 2, (y0 + y1) / 2 + 4), (x1 - 4, y0 + 4)],
        fill=color,
        width=width,
    )


def magnifier(p: Pen, cx, cy, r, color=INK):
    p.circle(cx - r * 0.2, cy - r * 0.2, r * 0.6, outline=color, width=r * 0.2)
    p.line(
        [(cx + r * 0.25, cy + r * 0.25), (cx + r * 0.8, cy + r * 0.8)],
        fill=color,
        width=r * 0.24,
    )


def pencil(p: Pen, cx, cy, r, color=WHITE):
    p.line(
        [(cx - r * 0.6, cy + r * 0.6), (cx + r * 0.45, cy - r * 0.45)],
        fill=color,
        width=r * 0.35,
    )
    p.poly(
        [
            (cx - r * 0.8, cy + r * 0.8),
            (cx - r * 0.75, cy + r * 0.4),
            (cx - r * 0.4, cy + r * 0.75),
        ],
        fill=color,
    )


def paperclip(p: Pen, cx, cy, h, color=INK):
    w, t = h * 0.44, max(2.5, h * 0.09)
    r, r2 = w / 2, w * 0.3
    bottom = cy + h / 2 - r
    top = cy - h / 2 + r2
    # outer U, small top arch, inner stem: the usual paperclip
    p.arc((cx - r, bottom - r, cx + r, bottom + r), 0, 180, fill=color, width=t)
    p.line([(cx - r, bottom), (cx - r, top)], fill=color, width=t)
    p.arc((cx - r, top - r2, cx - r + 2 * r2, top + r2), 180, 360, fill=color, width=t)
    p.line(
        [(cx - r + 2 * r2, top), (cx - r + 2 * r2, bottom - h * 0.05)],
        fill=color,
        width=t,
    )
    p.line([(cx + r, bottom), (cx + r, cy - h * 0.12)], fill=color, width=t)


def person(p: Pen, cx, cy, r, color=PRIMARY):
    p.circle(cx, cy - r * 0.35, r * 0.38, fill=color)
    p.pie(
        (cx - r * 0.75, cy + r * 0.1, cx + r * 0.75, cy + r * 1.4), 180, 360, fill=color
    )


def lock_icon(p: Pen, cx, cy, r, color=GOOD):
    p.arc(
        (cx - r * 0.5, cy - r * 1.1, cx + r * 0.5, cy - r * 0.1),
        180,
        360,
        fill=color,
        width=r * 0.2,
    )
    p.line(
        [
            (cx - r * 0.5 + r * 0.1, cy - r * 0.6),
            (cx - r * 0.5 + r * 0.1, cy - r * 0.2),
        ],
        fill=color,
        width=r * 0.2,
    )
    p.line(
        [
            (cx + r * 0.5 - r * 0.1, cy - r * 0.6),
            (cx + r * 0.5 - r * 0.1, cy - r * 0.2),
        ],
        fill=color,
        width=r * 0.2,
    )
    p.rect(
        (cx - r * 0.75, cy - r * 0.3, cx + r * 0.75, cy + r * 0.8),
        fill=color,
        radius=r * 0.15,
    )


def trash_can(p: Pen, cx, cy, h, color=INK):
    w = h * 0.7
    p.rect(
        (cx - w / 2 - 6, cy - h / 2, cx + w / 2 + 6, cy - h / 2 + h * 0.1),
        fill=color,
        radius=4,
    )
    p.rect(
        (cx - w * 0.15, cy - h / 2 - h * 0.08, cx + w * 0.15, cy - h / 2 + 2),
        fill=color,
        radius=3,
    )
    p.poly(
        [
            (cx - w / 2, cy - h / 2 + h * 0.16),
            (cx + w / 2, cy - h / 2 + h * 0.16),
            (cx + w * 0.4, cy + h / 2),
            (cx - w * 0.4, cy + h / 2),
        ],
        fill=color,
    )
    for dx in (-w * 0.2, 0, w * 0.2):
        p.line(
            [(cx + dx, cy - h * 0.2), (cx + dx, cy + h * 0.36)],
            fill=WHITE,
            width=h * 0.06,
        )


def document(p: Pen, box, title="", lines=5, fill=PAPER, outline=INK):
    x0, y0, x1, y1 = box
    p.rect(box, fill=fill, outline=outline, width=3, radius=4)
    y = y0 + 20
    if title:
        p.text(((x0 + x1) / 2, y0 + 16), title, size=20, bold=True, anchor="mt")
        y += 34
    step = (y1 - y - 16) / max(lines, 1)
    for i in range(lines):
        inset = 18 if x1 - x0 > 80 else 10
        end = x1 - inset - ((x1 - x0) * 0.25 if i % 3 == 2 else 0)
        p.rect((x0 + inset, y + i * step, end, y + i * step + 7), fill=LINE, radius=3)


# --- Devices ---------------------------------------------------------------


def phone(p: Pen, cx=360, top=22, w=250, h=496, side_buttons=False):
    """A phone seen from the front; returns its screen box."""
    x0, x1 = cx - w / 2, cx + w / 2
    if side_buttons:
        p.rect((x1 - 4, top + 110, x1 + 10, top + 170), fill=BODY, radius=4)  # power
        p.rect((x1 - 4, top + 190, x1 + 10, top + 230), fill=BODY, radius=4)  # volume +
        p.rect((x1 - 4, top + 240, x1 + 10, top + 280), fill=BODY, radius=4)  # volume -
    p.rect((x0, top, x1, top + h), fill=BODY, radius=36)
    p.rect((cx - 30, top + 16, cx + 30, top + 24), fill="#52627D", radius=4)
    screen = (x0 + 12, top + 40, x1 - 12, top + h - 40)
    p.rect(screen, fill=WHITE, radius=8)
    return screen


def phone_closeup(p: Pen, status=True):
    """A phone seen very close: its screen fills the picture. Returns the box below
    the status bar."""
    p.rect((34, 4, 686, 620), fill=BODY, radius=60)
    screen = (58, 28, 662, 600)
    p.rect(screen, fill=WHITE, radius=40)
    if status:
        p.text((100, 40), "10:30", size=22, bold=True)
        wifi_symbol(p, 548, 62, 24)
        signal_bars(p, 570, 42, 20)
        battery(p, 604, 44, 30, 16)
        return (58, 76, 662, 600)
    return (58, 28, 662, 600)


def app_bar(p: Pen, box, title, back=False, menu=False, color=PRIMARY, height=66):
    x0, y0, x1, _ = box
    p.rect((x0, y0, x1, y0 + height), fill=color)
    tx = x0 + 28
    if back:
        arrow(
            p,
            (x0 + 70, y0 + height / 2),
            (x0 + 26, y0 + height / 2),
            fill=WHITE,
            width=7,
            head=20,
        )
        tx = x0 + 90
    if menu:
        for i in range(3):
            p.rect(
                (x0 + 26, y0 + 20 + i * 11, x0 + 62, y0 + 25 + i * 11),
                fill=WHITE,
                radius=2,
            )
        tx = x0 + 90
    p.text((tx, y0 + height / 2), title, size=28, bold=True, fill=WHITE, anchor="lm")
    return y0 + height


def field(p: Pen, x0, y, x1, label, value="", focused=False, secret=False, size=24):
    """A labelled text field; returns the y below it."""
    p.text((x0, y), label, size=size - 2, bold=True)
    top = y + size + 6
    p.rect(
        (x0, top, x1, top + 52),
        fill=WHITE,
        outline=PRIMARY if focused else MUTED,
        width=4 if focused else 2,
        radius=8,
    )
    shown = "•" * len(value) if secret else value
    if shown:
        p.text((x0 + 16, top + 26), shown, size=size, anchor="lm")
    if focused:
        cx = x0 + 18 + p.text_width(shown, size)
        p.line([(cx, top + 12), (cx, top + 40)], fill=INK, width=3)
    return top + 52


def button(p: Pen, box, label, primary=True, size=26):
    fill, color = (PRIMARY, WHITE) if primary else (WHITE, PRIMARY)
    p.rect(box, fill=fill, outline=PRIMARY, width=3, radius=12)
    x0, y0, x1, y1 = box
    p.text(
        ((x0 + x1) / 2, (y0 + y1) / 2),
        label,
        size=size,
        bold=True,
        fill=color,
        anchor="mm",
    )


def toggle(p: Pen, x, y, on=True):
    p.rect((x, y, x + 78, y + 42), fill=GOOD if on else LINE, radius=21)
    p.circle(x + (57 if on else 21), y + 21, 16, fill=WHITE)


def checkbox(p: Pen, x, y, checked=True, size=36):
    p.rect(
        (x, y, x + size, y + size),
        fill=PRIMARY if checked else WHITE,
        outline=PRIMARY,
        width=3,
        radius=6,
    )
    if checked:
        p.line(
            [
                (x + size * 0.2, y + size * 0.52),
                (x + size * 0.42, y + size * 0.74),
                (x + size * 0.8, y + size * 0.28),
            ],
            fill=WHITE,
            width=5,
        )


def text_lines(p: Pen, x0, y, x1, count, gap=26, color=LINE):
    for i in range(count):
        end = x1 - (80 if i % 3 == 2 else 0)
        p.rect((x0, y + i * gap, end, y + i * gap + 10), fill=color, radius=5)


def monitor(p: Pen, box=(70, 20, 650, 420)):
    """A computer screen on its stand; returns the screen box."""
    x0, y0, x1, y1 = box
    cx = (x0 + x1) / 2
    p.poly(
        [(cx - 40, y1), (cx + 40, y1), (cx + 60, y1 + 70), (cx - 60, y1 + 70)],
        fill=BODY,
    )
    p.rect((cx - 130, y1 + 62, cx + 130, y1 + 84), fill=BODY, radius=8)
    p.rect(box, fill=BODY, radius=18)
    return (x0 + 16, y0 + 16, x1 - 16, y1 - 16)


def browser(p: Pen, box, address="", focused=False, back_hilite=False):
    """A browser window with its address bar; returns the page box."""
    x0, y0, x1, y1 = box
    p.rect(box, fill=WHITE)
    p.rect((x0, y0, x1, y0 + 70), fill=SOFT)
    arrow(p, (x0 + 58, y0 + 35), (x0 + 18, y0 + 35), fill=INK, width=6, head=17)
    if back_hilite:
        highlight(p, (x0 + 12, y0 + 12, x0 + 64, y0 + 58), pad=4)
    bar = (x0 + 84, y0 + 12, x1 - 16, y0 + 58)
    p.rect(bar, fill=WHITE, outline=PRIMARY if focused else LINE, width=3, radius=23)
    if address:
        lock_icon(p, bar[0] + 26, bar[1] + 26, 13)
        p.text((bar[0] + 48, bar[1] + 23), address, size=22, anchor="lm")
    else:
        magnifier(p, bar[0] + 28, bar[1] + 23, 18, color=MUTED)
        p.text(
            (bar[0] + 52, bar[1] + 23),
            "Rechercher ou saisir une adresse",
            size=20,
            fill=MUTED,
            anchor="lm",
        )
    return (x0, y0 + 70, x1, y1), bar


def home_icons(p: Pen, screen, hilite: str | None = None):
    """A home screen of generic apps, each a shape and a one-word label."""
    x0, y0, x1, y1 = screen
    apps = [
        ("phone", "Appel", GOOD),
        ("sms", "SMS", PRIMARY),
        ("camera", "Photo", "#6741D9"),
        ("clock", "Horloge", INK),
        ("settings", "Réglages", MUTED),
        ("browser", "Internet", "#0B7285"),
        ("mail", "E-mail", "#C2255C"),
        ("files", "Fichiers", "#E67700"),
    ]
    size, cols = 84, 4
    gap = (x1 - x0 - cols * size) / (cols + 1)
    for i, (key, label, color) in enumerate(apps):
        col, row = i % cols, i // cols
        ax = x0 + gap + col * (size + gap)
        ay = y0 + 40 + row * 170
        p.rect((ax, ay, ax + size, ay + size), fill=color, radius=20)
        cx, cy = ax + size / 2, ay + size / 2
        if key == "settings":
            gear(p, cx, cy, 22, color=WHITE, hole=color)
        elif key == "browser":
            globe(p, cx, cy, 22, color=color)
        elif key == "mail":
            envelope(
                p,
                (cx - 22, cy - 15, cx + 22, cy + 15),
                fill=WHITE,
                color=color,
                width=3,
            )
        elif key == "camera":
            p.rect((cx - 24, cy - 14, cx + 24, cy + 18), fill=WHITE, radius=6)
            p.circle(cx, cy + 2, 10, fill=color)
        elif key == "files":
            p.rect((cx - 24, cy - 16, cx + 24, cy + 18), fill=WHITE, radius=4)
            p.rect((cx - 24, cy - 22, cx - 4, cy - 12), fill=WHITE, radius=3)
        elif key == "phone":
            p.rect((cx - 8, cy - 22, cx + 8, cy + 22), fill=WHITE, radius=6)
        elif key == "sms":
            p.rect((cx - 22, cy - 16, cx + 22, cy + 12), fill=WHITE, radius=8)
            p.poly([(cx - 12, cy + 10), (cx - 16, cy + 22), (cx, cy + 10)], fill=WHITE)
        else:
            p.circle(cx, cy, 22, fill=WHITE)
            p.line([(cx, cy), (cx, cy - 14), (cx, cy)], fill=color, width=4)
            p.line([(cx, cy), (cx + 10, cy)], fill=color, width=4)
        p.text((cx, ay + size + 10), label, size=22, bold=True, anchor="mt")
        if key == hilite:
            highlight(p, (ax - 14, ay, ax + size + 14, ay + size + 40), pad=8)
            finger(p, cx, ay + size + 70, tap=False)


# --------------------------------------------------------------------------
# The drawings
# --------------------------------------------------------------------------


def _phone_side(p: Pen):
    """A phone from the front with its side buttons; the power button at (378, 162)."""
    screen = phone(p, cx=250, side_buttons=True)
    p.rect(screen, fill="#0E1524", radius=8)
    return screen


def draw_phone_power_button(p: Pen):
    _phone_side(p)
    ring(p, 380, 162, 44)
    arrow(p, (490, 160), (432, 160), width=10, head=28)
    p.text((500, 160), "Marche", size=44, bold=True, fill=HILITE, anchor="lm")
    arrow(p, (490, 285), (398, 262), fill=MUTED, width=6, head=20)
    p.text((500, 285), "Volume", size=34, bold=True, fill=MUTED, anchor="lm")


def draw_phone_power_hold(p: Pen):
    _phone_side(p)
    ring(p, 380, 162, 44)
    # A thumb pressing the button from the right
    p.rect((392, 128, 560, 196), fill=SKIN, outline=SKIN_LINE, width=3, radius=34)
    p.rect((520, 118, 680, 250), fill=SKIN, outline=SKIN_LINE, width=3, radius=40)
    # A stopwatch: three seconds
    p.circle(560, 370, 70, fill=WHITE, outline=INK, width=6)
    p.rect((545, 282, 575, 302), fill=INK, radius=4)
    p.pie((505, 315, 615, 425), -90, 30, fill=HILITE)
    p.text((560, 500), "3 secondes", size=36, bold=True, anchor="mm")


def draw_phone_boot(p: Pen):
    x0, y0, x1, y1 = phone(p)
    p.rect((x0, y0, x1, y1), fill="#FFF8E1", radius=8)
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2 - 20
    for i in range(12):
        a = i * math.pi / 6
        color = PRIMARY if i < 8 else LINE
        p.line(
            [
                (cx + 34 * math.cos(a), cy + 34 * math.sin(a)),
                (cx + 58 * math.cos(a), cy + 58 * math.sin(a)),
            ],
            fill=color,
            width=9,
        )
    p.text((cx, cy + 110), "Patientez…", size=26, bold=True, anchor="mm")


def draw_phone_pin_pad(p: Pen):
    x0, y0, x1, y1 = phone(p, w=290)
    cx = (x0 + x1) / 2
    p.text((cx, y0 + 26), "Code PIN", size=28, bold=True, anchor="mt")
    for i in range(4):
        p.circle(
            cx - 54 + i * 36,
            y0 + 84,
            10,
            fill=INK if i < 2 else None,
            outline=INK,
            width=3,
        )
    keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "", "0", "OK"]
    for i, key in enumerate(keys):
        col, row = i % 3, i // 3
        kx, ky = cx - 84 + col * 84, y0 + 150 + row * 70
        if not key:
            continue
        fill = GOOD if key == "OK" else SOFT
        p.circle(kx, ky, 30, fill=fill)
        p.text(
            (kx, ky),
            key,
            size=28 if key != "OK" else 22,
            bold=True,
            fill=WHITE if key == "OK" else INK,
            anchor="mm",
        )
    finger(p, cx, y0 + 220)


def draw_phone_unlock_swipe(p: Pen):
    x0, y0, x1, y1 = phone(p)
    p.rect((x0, y0, x1, y1), fill="#25406B", radius=8)
    cx = (x0 + x1) / 2
    p.text((cx, y0 + 50), "10:30", size=58, bold=True, fill=WHITE, anchor="mt")
    p.text((cx, y0 + 126), "lundi 30 novembre", size=20, fill=WHITE, anchor="mt")
    lock_icon(p, cx, y0 + 210, 20, color=WHITE)
    arrow(p, (cx, y1 - 40), (cx, y0 + 260), fill=YELLOW, width=12, head=30)
    finger(p, cx + 60, y1 - 110, tap=False)


def draw_laptop_power(p: Pen):
    # Open laptop: screen above, keyboard base below, power key top right.
    p.rect((130, 30, 590, 310), fill=BODY, radius=16)
    p.rect((150, 50, 570, 290), fill="#0E1524", radius=4)
    p.poly([(130, 310), (590, 310), (680, 470), (40, 470)], fill="#8393AB")
    p.rect((40, 470, 680, 490), fill="#5C6B80", radius=6)
    for row in range(4):
        y = 330 + row * 30
        inset = 20 * (3 - row) / 3
        for col in range(12):
            x = 110 - row * 14 + col * 42 + inset
            p.rect((x, y, x + 34, y + 22), fill="#D8DEE8", radius=4)
    p.rect((290, 452 - 12, 430, 462), fill="#D8DEE8", radius=5)
    p.rect((560, 318, 600, 340), fill=WHITE, radius=5)
    p.circle(580, 329, 7, outline=INK, width=3)
    ring(p, 580, 329, 28)
    arrow(p, (650, 230), (598, 304))
    p.text((640, 200), "Marche", size=28, bold=True, fill=HILITE, anchor="mm")


def draw_computer_login(p: Pen):
    x0, y0, x1, y1 = monitor(p)
    p.rect((x0, y0, x1, y1), fill="#25406B")
    cx = (x0 + x1) / 2
    p.circle(cx, y0 + 80, 48, fill=WHITE)
    person(p, cx, y0 + 86, 46, color="#25406B")
    p.text((cx, y0 + 146), "Marie", size=28, bold=True, fill=WHITE, anchor="mt")
    p.rect((cx - 150, y0 + 200, cx + 110, y0 + 250), fill=WHITE, radius=6)
    p.text((cx - 134, y0 + 225), "••••••", size=28, anchor="lm")
    p.rect((cx + 112, y0 + 200, cx + 162, y0 + 250), fill=PRIMARY, radius=6)
    arrow(p, (cx + 122, y0 + 225), (cx + 152, y0 + 225), fill=WHITE, width=5, head=14)
    highlight(p, (cx - 150, y0 + 200, cx + 162, y0 + 250), pad=6)
    p.rect((490, 440, 700, 500), fill=WHITE, outline=INK, width=3, radius=10)
    p.text((595, 470), "Entrée ↵", size=28, bold=True, anchor="mm")
    highlight(p, (490, 440, 700, 500), pad=6)


def _mouse(p: Pen, cx, top, hilite=None, color=HILITE):
    w, h, split = 170, 260, 110
    x0, x1 = cx - w / 2, cx + w / 2
    p.rect(
        (x0, top + split, x1, top + h),
        fill=WHITE,
        outline=INK,
        width=4,
        radius=80,
        corners=(False, False, True, True),
    )
    for side, bx0, bx1, corners in (
        ("left", x0, cx, (True, False, False, False)),
        ("right", cx, x1, (False, True, False, False)),
    ):
        fill = color if hilite == side else WHITE
        p.rect(
            (bx0, top, bx1, top + split),
            fill=fill,
            outline=INK,
            width=4,
            radius=80,
            corners=corners,
        )
    p.rect((cx - 10, top + 30, cx + 10, top + 76), fill=MUTED, radius=10)


def draw_mouse_move(p: Pen):
    x0, y0, x1, y1 = monitor(p, (40, 20, 420, 300))
    p.rect((x0, y0, x1, y1), fill=SOFT)
    arrow(p, (130, 170), (240, 150), fill=MUTED, width=5, head=16)
    cursor(p, 250, 140, 1.3)
    p.rect((420, 380, 700, 520), fill=TABLE, radius=6)
    _mouse(p, 560, 250)
    arrow(p, (460, 400), (400, 400))
    arrow(p, (660, 400), (710, 400))


def _mouse_click(p: Pen, side: str, clicks: int):
    _mouse(p, 190, 120, hilite=side)
    label = {1: "1 clic", 2: "2 clics rapides"}[clicks]
    if side == "right":
        label = "Clic droit"
    p.text((190, 430), label, size=32, bold=True, fill=HILITE, anchor="mt")
    # The screen effect on the right
    p.rect((360, 40, 690, 500), fill=WHITE, outline=BODY, width=10, radius=12)
    if side == "left" and clicks == 1:
        p.rect(
            (400, 120, 650, 190), fill="#D0E2FA", outline=PRIMARY, width=3, radius=10
        )
        p.text((420, 155), "Documents", size=28, anchor="lm")
        cursor(p, 590, 160)
    elif side == "left":
        p.rect((420, 90, 530, 170), fill="#F7B733", radius=8)
        p.rect((420, 74, 470, 96), fill="#F7B733", radius=5)
        p.text((475, 184), "Photos", size=24, bold=True, anchor="mt")
        cursor(p, 500, 130)
        arrow(p, (475, 230), (475, 290), fill=MUTED, width=5, head=16)
        p.rect((390, 300, 660, 470), fill=SOFT, outline=LINE, width=2, radius=6)
        p.text((410, 320), "Photos", size=22, bold=True)
        for i in range(3):
            p.rect((410 + i * 82, 360, 476 + i * 82, 420), fill="#A5D8FF", radius=4)
    else:
        cursor(p, 420, 110)
        p.rect((440, 150, 660, 370), fill=WHITE, outline=INK, width=3, radius=8)
        for i, item in enumerate(("Ouvrir", "Copier", "Renommer", "Supprimer")):
            p.text((460, 180 + i * 48), item, size=24, anchor="lm")


def draw_mouse_click(p: Pen):
    _mouse_click(p, "left", 1)


def draw_mouse_double_click(p: Pen):
    _mouse_click(p, "left", 2)


def draw_mouse_right_click(p: Pen):
    _mouse_click(p, "right", 1)


def draw_phone_shutdown_menu(p: Pen):
    x0, y0, x1, y1 = phone(p, cx=290, w=300, side_buttons=True)
    p.rect((x0, y0, x1, y1), fill="#5C6B80", radius=8)
    p.rect((x0 + 20, y0 + 90, x1 - 20, y0 + 330), fill=WHITE, radius=18)
    for i, (label, color) in enumerate((("Éteindre", BAD), ("Redémarrer", PRIMARY))):
        ty = y0 + 140 + i * 110
        p.circle(x0 + 60, ty, 26, fill=color)
        p.text((x0 + 96, ty), label, size=22, bold=True, anchor="lm")
    p.arc((x0 + 46, y0 + 126, x0 + 74, y0 + 154), 300, 240, fill=WHITE, width=4)
    p.line([(x0 + 60, y0 + 122), (x0 + 60, y0 + 138)], fill=WHITE, width=4)
    highlight(p, (x0 + 28, y0 + 108, x1 - 28, y0 + 172), pad=4)
    ring(p, 447, 162, 40)
    p.text((495, 120), "Marche", size=26, bold=True, fill=HILITE)


def draw_computer_start_menu(p: Pen):
    x0, y0, x1, y1 = monitor(p)
    p.rect((x0, y0, x1, y1), fill="#3B5B8C")
    p.rect((x0, y1 - 46, x1, y1), fill="#1B2A41")
    # A generic start button: a white circle, no brand.
    p.circle(x0 + 36, y1 - 23, 16, fill=WHITE)
    highlight(p, (x0 + 14, y1 - 44, x0 + 58, y1 - 2), pad=3, radius=8)
    p.rect((x0 + 10, y1 - 290, x0 + 300, y1 - 56), fill=WHITE, radius=10)
    p.text((x0 + 30, y1 - 272), "Démarrer", size=22, bold=True)
    text_lines(p, x0 + 30, y1 - 230, x0 + 240, 3, gap=30)
    menu = (x0 + 150, y1 - 170, x0 + 420, y1 - 60)
    p.rect(menu, fill=WHITE, outline=INK, width=3, radius=8)
    p.text((menu[0] + 20, menu[1] + 30), "Mettre en veille", size=22, anchor="lm")
    p.text((menu[0] + 60, menu[1] + 80), "Arrêter", size=24, bold=True, anchor="lm")
    highlight(
        p, (menu[0] + 8, menu[1] + 58, menu[2] - 8, menu[1] + 102), pad=2, radius=8
    )
    cursor(p, menu[0] + 170, menu[1] + 80)
    # Power symbol
    px, py = menu[0] + 34, menu[1] + 80
    p.circle(px, py, 18, fill=SOFT)
    p.arc((px - 11, py - 11, px + 11, py + 11), 300, 240, fill=INK, width=4)
    p.line([(px, py - 15), (px, py - 3)], fill=INK, width=4)


def draw_devices_off(p: Pen):
    phone_screen = phone(p, cx=150, top=80, w=180, h=380)
    p.rect(phone_screen, fill="#05070C", radius=6)
    s = monitor(p, (300, 60, 690, 360))
    p.rect(s, fill="#05070C")
    check_mark(p, 150, 500, 30)
    check_mark(p, 600, 500, 30)
    p.text((360, 500), "Écrans noirs", size=30, bold=True, anchor="mm")


# --- Keyboards -------------------------------------------------------------

_PHONE_ROWS_ABC = [
    list("azertyuiop"),
    list("qsdfghjklm"),
    ["shift", *"wxcvbn", "'", "erase"],
    ["?123", ",", "space", ".", "enter"],
]
_PHONE_ROWS_123 = [
    list("1234567890"),
    list("@#€_&-+()/"),
    ["=\\<", *"*\"':;!?", "erase"],
    ["ABC", ",", "space", ".", "enter"],
]


def _phone_keyboard(p: Pen, page="abc", hilite=None, typed="", label="Rechercher"):
    x0, y0, x1, y1 = phone_closeup(p)
    field_bottom = field(
        p, x0 + 30, y0 + 20, x1 - 30, label, typed, focused=True, size=28
    )
    if hilite == "field":
        highlight(p, (x0 + 30, field_bottom - 52, x1 - 30, field_bottom), pad=8)
        finger(p, x1 - 140, field_bottom - 20)
    ky = 250
    p.rect((x0, ky, x1, 600), fill="#D7DEE8")
    rows = _PHONE_ROWS_ABC if page == "abc" else _PHONE_ROWS_123
    key_w, gap = 54, 5
    wide = {
        "shift": 1.4,
        "erase": 1.4,
        "?123": 1.6,
        "ABC": 1.6,
        "=\\<": 1.4,
        "space": 4.2,
        "enter": 1.6,
    }
    targets = {}
    for r, row in enumerate(rows):
        widths = [wide.get(k, 1) * key_w + (wide.get(k, 1) - 1) * gap for k in row]
        total = sum(widths) + gap * (len(row) - 1)
        x = (x0 + x1) / 2 - total / 2
        y = ky + 14 + r * 68
        for key, w in zip(row, widths, strict=True):
            special = key in wide and key != "space"
            lit = key == hilite and key != "r"
            ink = WHITE if lit else INK
            fill = HILITE if lit else ("#AEB9C9" if special else WHITE)
            p.rect((x, y, x + w, y + 58), fill=fill, radius=8)
            box = (x, y, x + w, y + 58)
            targets[key] = box
            cx, cy = x + w / 2, y + 29
            if key == "shift":
                p.poly(
                    [
                        (cx, cy - 16),
                        (cx + 16, cy + 2),
                        (cx + 7, cy + 2),
                        (cx + 7, cy + 15),
                        (cx - 7, cy + 15),
                        (cx - 7, cy + 2),
                        (cx - 16, cy + 2),
                    ],
                    fill=ink,
                )
            elif key == "erase":
                p.poly(
                    [
                        (cx - 24, cy),
                        (cx - 10, cy - 14),
                        (cx + 22, cy - 14),
                        (cx + 22, cy + 14),
                        (cx - 10, cy + 14),
                    ],
                    outline=ink,
                    width=3,
                )
                p.line([(cx - 4, cy - 6), (cx + 10, cy + 7)], fill=ink, width=3)
                p.line([(cx - 4, cy + 7), (cx + 10, cy - 6)], fill=ink, width=3)
            elif key == "enter":
                p.rect(box, fill=PRIMARY, radius=8)
                arrow(
                    p,
                    (cx + 14, cy - 10),
                    (cx - 16, cy + 6),
                    fill=WHITE,
                    width=4,
                    head=12,
                )
            elif key != "space":
                p.text(
                    (cx, cy),
                    key,
                    size=26 if len(key) == 1 else 20,
                    bold=len(key) > 1 or lit,
                    fill=ink,
                    anchor="mm",
                )
            x += w + gap
    if hilite and hilite in targets:
        box = targets[hilite]
        highlight(p, box, pad=6, radius=12)
        if hilite == "r":
            finger(p, (box[0] + box[2]) / 2, (box[1] + box[3]) / 2 + 6)


def draw_phone_keyboard_field(p: Pen):
    _phone_keyboard(p, hilite="field")


def draw_phone_keyboard_letters(p: Pen):
    _phone_keyboard(p, hilite="r", typed="bonjou")


def draw_phone_keyboard_shift(p: Pen):
    _phone_keyboard(p, hilite="shift", typed="")


def draw_phone_keyboard_123(p: Pen):
    _phone_keyboard(p, hilite="?123", typed="Rue des Lilas ")


def draw_phone_keyboard_at(p: Pen):
    _phone_keyboard(
        p, page="123", hilite="@", typed="marie.exemple", label="Adresse e-mail"
    )


def draw_phone_keyboard_abc(p: Pen):
    _phone_keyboard(
        p, page="123", hilite="ABC", typed="marie.exemple@", label="Adresse e-mail"
    )


def draw_phone_keyboard_erase(p: Pen):
    _phone_keyboard(p, hilite="erase", typed="Bonjourr")


_PC_ROWS = [
    [
        ("²", 1),
        ("1\n&", 1),
        ("2\né", 1),
        ('3\n"', 1),
        ("4\n'", 1),
        ("5\n(", 1),
        ("6\n-", 1),
        ("7\nè", 1),
        ("8\n_", 1),
        ("9\nç", 1),
        ("0\nà @", 1),
        (")", 1),
        ("=", 1),
        ("backspace", 1.9),
    ],
    [("Tab", 1.4), *[(c, 1) for c in "AZERTYUIOP"], ("^", 1), ("$", 1), ("enter", 1.5)],
    [
        ("Verr.\nMaj", 1.7),
        *[(c, 1) for c in "QSDFGHJKLM"],
        ("ù", 1),
        ("*", 1),
        ("", 1.2),
    ],
    [
        ("shift", 1.3),
        ("<", 1),
        *[(c, 1) for c in "WXCVBN"],
        (",", 1),
        (";", 1),
        (":", 1),
        ("!", 1),
        ("shift2", 2.7),
    ],
    [("Ctrl", 1.4), ("Alt", 1.4), ("space", 7.0), ("Alt Gr", 1.6), ("Ctrl ", 1.4)],
]


def _pc_keyboard(p: Pen, hilites=(), typed="", formula=None):
    """A French (AZERTY) computer keyboard; ``formula`` shows the keys to press."""
    # The text field above, with the blinking bar
    p.rect((40, 22, 680, 92), fill=WHITE, outline=PRIMARY, width=4, radius=10)
    p.text((62, 57), typed, size=32, anchor="lm")
    bar_x = 66 + p.text_width(typed, 32)
    p.line([(bar_x, 36), (bar_x, 78)], fill=INK, width=4)
    if formula:
        x = 360 - sum(p.text_width(part, 30, True) + 44 for part in formula) / 2
        for i, part in enumerate(formula):
            if i:
                p.text((x - 22, 150), "+", size=34, bold=True, anchor="mm")
            w = p.text_width(part, 30, True) + 24
            p.rect((x, 120, x + w, 180), fill=WHITE, outline=HILITE, width=5, radius=10)
            p.text((x + w / 2, 150), part, size=30, bold=True, anchor="mm")
            x += w + 44
    unit, gap, top = 42, 4, 220
    p.rect((14, top - 12, 706, top + 5 * 58 + 6), fill="#8393AB", radius=16)
    for r, row in enumerate(_PC_ROWS):
        x, y = 24, top + r * 58
        for key, width in row:
            w = width * unit + (width - 1) * gap
            box = (x, y, x + w, y + 52)
            fill = HILITE if key in hilites else WHITE
            color = WHITE if key in hilites else INK
            p.rect(box, fill=fill, radius=6)
            cx, cy = x + w / 2, y + 26
            if key in ("shift", "shift2"):
                p.poly(
                    [
                        (cx, cy - 14),
                        (cx + 14, cy + 1),
                        (cx + 6, cy + 1),
                        (cx + 6, cy + 13),
                        (cx - 6, cy + 13),
                        (cx - 6, cy + 1),
                        (cx - 14, cy + 1),
                    ],
                    outline=color,
                    width=3,
                )
            elif key == "backspace":
                arrow(p, (cx + 24, cy), (cx - 24, cy), fill=color, width=4, head=14)
            elif key == "enter":
                p.line([(cx + 14, cy - 14), (cx + 14, cy + 6)], fill=color, width=4)
                arrow(
                    p,
                    (cx + 14, cy + 6),
                    (cx - 18, cy + 6),
                    fill=color,
                    width=4,
                    head=12,
                )
            elif key != "space" and "\n" in key:
                top_label, bottom = key.split("\n")
                p.text((x + 7, y + 4), top_label, size=15, bold=True, fill=color)
                p.text(
                    (x + 7, y + 48), bottom, size=15, bold=True, fill=color, anchor="ld"
                )
            elif key != "space":
                p.text(
                    (cx, cy),
                    key.strip(),
                    size=17 if len(key) > 2 else 20,
                    bold=True,
                    fill=color,
                    anchor="mm",
                )
            x += w + gap


def draw_keyboard_text_cursor(p: Pen):
    _pc_keyboard(p, typed="Bonjour")
    cursor(p, 400, 50)
    highlight(p, (40, 22, 680, 92), pad=8)
    p.text(
        (360, 150),
        "Le trait clignote : le texte s'écrit là",
        size=26,
        bold=True,
        anchor="mm",
    )


def draw_keyboard_shift(p: Pen):
    _pc_keyboard(p, hilites={"shift", "shift2", "M"}, typed="M", formula=["Maj ⇧", "M"])


def draw_keyboard_digits(p: Pen):
    _pc_keyboard(
        p, hilites={"shift", "2\né"}, typed="Rendez-vous le 2", formula=["Maj ⇧", "2"]
    )


def draw_keyboard_at_key(p: Pen):
    _pc_keyboard(
        p,
        hilites={"Alt Gr", "0\nà @"},
        typed="marie.exemple@",
        formula=["Alt Gr", "à 0 @"],
    )


def draw_keyboard_backspace(p: Pen):
    _pc_keyboard(
        p, hilites={"backspace"}, typed="Bonjourr", formula=["Retour arrière ←"]
    )


def draw_keyboard_enter(p: Pen):
    _pc_keyboard(p, hilites={"enter"}, typed="horaires mairie", formula=["Entrée ↵"])


# --- Wi-Fi and settings ----------------------------------------------------


def draw_phone_settings_app(p: Pen):
    home_icons(p, phone_closeup(p), hilite="settings")


def draw_phone_browser_app(p: Pen):
    home_icons(p, phone_closeup(p), hilite="browser")


def draw_phone_files_app(p: Pen):
    home_icons(p, phone_closeup(p), hilite="files")


def draw_phone_settings_menu(p: Pen):
    x0, y0, x1, y1 = phone_closeup(p)
    y = app_bar(p, (x0, y0, x1, y1), "Réglages")
    items = ["Réseau et Internet", "Appareils connectés", "Applications", "Batterie"]
    for i, item in enumerate(items):
        ry = y + 20 + i * 90
        p.circle(x0 + 64, ry + 36, 26, fill=SOFT)
        if i == 0:
            wifi_symbol(p, x0 + 64, ry + 52, 30, color=PRIMARY)
        p.text((x0 + 110, ry + 36), item, size=30, bold=i == 0, anchor="lm")
        p.line([(x0 + 30, ry + 82), (x1 - 30, ry + 82)], fill=LINE, width=2)
    highlight(p, (x0 + 24, y + 14, x1 - 24, y + 96), pad=2)
    finger(p, x1 - 140, y + 60)


def _wifi_list(p: Pen, hilite: str):
    x0, y0, x1, y1 = phone_closeup(p)
    y = app_bar(p, (x0, y0, x1, y1), "Wi-Fi", back=True)
    p.text((x0 + 30, y + 48), "Utiliser le Wi-Fi", size=30, bold=True, anchor="lm")
    toggle(p, x1 - 120, y + 27, on=True)
    if hilite == "toggle":
        highlight(p, (x1 - 120, y + 27, x1 - 42, y + 69), pad=8, radius=28)
        finger(p, x1 - 70, y + 52)
    p.line([(x0 + 30, y + 96), (x1 - 30, y + 96)], fill=LINE, width=2)
    networks = [
        ("Maison-Martin", 1.0, True),
        ("Bibliotheque-Wifi", 0.8, False),
        ("Voisin-42", 0.55, True),
    ]
    for i, (name, strength, locked) in enumerate(networks):
        ry = y + 130 + i * 96
        wifi_symbol(p, x0 + 70, ry + 30, 34 * strength + 8, color=INK)
        p.text((x0 + 130, ry + 10), name, size=30, bold=i == 0, anchor="lm")
        if locked:
            lock_icon(p, x1 - 60, ry + 12, 14, color=MUTED)
    if hilite == "network":
        highlight(p, (x0 + 26, y + 98, x1 - 26, y + 184), pad=2)
        finger(p, x0 + 420, y + 150)


def draw_wifi_list_toggle(p: Pen):
    _wifi_list(p, "toggle")


def draw_wifi_list_choose(p: Pen):
    _wifi_list(p, "network")


def draw_wifi_password(p: Pen):
    x0, y0, x1, y1 = phone_closeup(p)
    y = app_bar(p, (x0, y0, x1, y1), "Maison-Martin", back=True)
    y = field(
        p,
        x0 + 30,
        y + 30,
        x1 - 30,
        "Mot de passe du réseau",
        "Kf7Pm2Xq",
        focused=True,
        size=28,
    )
    checkbox(p, x0 + 30, y + 28, checked=True)
    p.text((x0 + 80, y + 46), "Afficher le mot de passe", size=24, anchor="lm")
    p.text((x0 + 30, y + 80), "", size=10)
    # show the password in clear (checkbox on)
    p.rect((x0 + 34, y - 48, x1 - 34, y - 6), fill=WHITE)
    p.text((x0 + 46, y - 26), "Kf7Pm2Xq", size=28, anchor="lm")
    btn = (x0 + 150, y + 110, x1 - 150, y + 180)
    button(p, btn, "Se connecter", size=28)
    highlight(p, btn, pad=8)
    finger(p, (btn[0] + btn[2]) / 2 + 60, btn[3] - 20)


def draw_wifi_icon(p: Pen):
    # Status bar close-up, then the big fan-shaped sign.
    p.rect((30, 30, 690, 110), fill=WHITE, radius=20)
    p.text((60, 70), "10:30", size=32, bold=True, anchor="lm")
    wifi_symbol(p, 520, 94, 46)
    signal_bars(p, 560, 52, 38)
    battery(p, 620, 56, 46, 28)
    ring(p, 520, 72, 40)
    arrow(p, (470, 170), (510, 118))
    p.circle(360, 360, 150, fill=WHITE)
    wifi_symbol(p, 360, 440, 190, color=PRIMARY)
    p.text((120, 200), "Wi-Fi", size=40, bold=True, fill=PRIMARY, anchor="mm")


def draw_mobile_data_toggle(p: Pen):
    x0, y0, x1, y1 = phone_closeup(p)
    tiles = [
        ("Wi-Fi", True, "wifi"),
        ("Données mobiles", True, "data"),
        ("Lampe", False, ""),
        ("Avion", False, ""),
    ]
    for i, (label, on, kind) in enumerate(tiles):
        col, row = i % 2, i // 2
        bx = x0 + 30 + col * 290
        by = y0 + 30 + row * 150
        box = (bx, by, bx + 270, by + 120)
        p.rect(box, fill=PRIMARY if on else SOFT, radius=24)
        color = WHITE if on else INK
        if kind == "wifi":
            wifi_symbol(p, bx + 50, by + 78, 34, color=color)
        elif kind == "data":
            arrow(
                p, (bx + 38, by + 90), (bx + 38, by + 34), fill=color, width=6, head=14
            )
            arrow(
                p, (bx + 62, by + 34), (bx + 62, by + 90), fill=color, width=6, head=14
            )
        for j, part in enumerate(label.split(" ")):
            p.text(
                (bx + 90, by + 60 + (j - (label.count(" ")) / 2) * 32),
                part,
                size=26,
                bold=True,
                fill=color,
                anchor="lm",
            )
    highlight(p, (x0 + 320, y0 + 30, x0 + 590, y0 + 150), pad=8, radius=28)
    finger(p, x0 + 540, y0 + 128)


# --- Browser and search ----------------------------------------------------


def draw_browser_address_bar(p: Pen):
    x0, y0, x1, y1 = phone_closeup(p)
    page, bar = browser(p, (x0, y0, x1, y1), address="www.exemple.fr", focused=True)
    highlight(p, bar, pad=6, radius=28)
    finger(p, bar[0] + 300, bar[3] - 12)
    px0, py0, px1, _ = page
    p.rect((px0 + 30, py0 + 200, px1 - 30, py0 + 250), fill=SOFT, radius=8)
    text_lines(p, px0 + 30, py0 + 280, px1 - 30, 5, gap=34)
    p.text((x0 + 30, bar[3] + 70), "L'adresse du site", size=28, bold=True, fill=HILITE)


def _search_box(p: Pen, x0, y0, x1, typed: str):
    """The search engine's rounded box at the top of the phone, with its words."""
    p.rect(
        (x0 + 24, y0 + 20, x1 - 24, y0 + 86),
        fill=WHITE,
        outline=PRIMARY,
        width=4,
        radius=33,
    )
    p.text((x0 + 60, y0 + 53), typed, size=30, anchor="lm")


def draw_browser_search_typing(p: Pen):
    x0, y0, x1, y1 = phone_closeup(p)
    _search_box(p, x0, y0, x1, "horaires mairie Corbeil")
    bx = x0 + 64 + p.text_width("horaires mairie Corbeil", 30)
    p.line([(bx, y0 + 36), (bx, y0 + 70)], fill=INK, width=3)
    suggestions = [
        "horaires mairie Corbeil",
        "horaires mairie ouverture",
        "horaires mairie samedi",
    ]
    for i, s in enumerate(suggestions):
        sy = y0 + 130 + i * 70
        magnifier(p, x0 + 60, sy, 22, color=MUTED)
        p.text((x0 + 100, sy), s, size=26, anchor="lm")
    highlight(p, (x0 + 24, y0 + 20, x1 - 24, y0 + 86), pad=8, radius=40)
    p.text(
        (360, 470),
        "2 ou 3 mots suffisent",
        size=30,
        bold=True,
        fill=HILITE,
        anchor="mm",
    )


def draw_browser_search_go(p: Pen):
    x0, y0, x1, y1 = phone_closeup(p)
    _search_box(p, x0, y0, x1, "horaires mairie Corbeil")
    p.circle(x1 - 66, y0 + 53, 28, fill=PRIMARY)
    magnifier(p, x1 - 64, y0 + 55, 26, color=WHITE)
    highlight(p, (x1 - 96, y0 + 23, x1 - 36, y0 + 83), pad=6, radius=32)
    finger(p, x1 - 66, y0 + 70)
    p.text((x0 + 60, 375), "ou la touche Entrée :", size=28, bold=True, anchor="lm")
    p.rect((x1 - 200, 330, x1 - 60, 420), fill=PRIMARY, radius=10)
    arrow(p, (x1 - 100, 352), (x1 - 160, 398), fill=WHITE, width=6, head=16)


def _search_results(p: Pen, choose: bool):
    x0, y0, x1, y1 = phone_closeup(p)
    p.rect((x0 + 24, y0 + 12, x1 - 24, y0 + 68), fill=SOFT, radius=28)
    magnifier(p, x0 + 58, y0 + 42, 24, color=MUTED)
    p.text((x0 + 88, y0 + 40), "horaires mairie Corbeil", size=28, anchor="lm")
    results = [
        ("Annonce", "Démarches rapides", "exemple-payant.com"),
        (None, "Horaires de la mairie", "ville-exemple.fr"),
    ]
    for i, (tag, title, url) in enumerate(results):
        ry = y0 + 92 + i * 150
        if tag:
            p.rect((x0 + 30, ry, x0 + 190, ry + 42), fill=YELLOW, radius=8)
            p.text((x0 + 110, ry + 21), tag, size=28, bold=True, anchor="mm")
            p.text((x0 + 206, ry + 21), url, size=24, fill=MUTED, anchor="lm")
        else:
            p.text((x0 + 30, ry + 21), url, size=24, fill=GOOD, anchor="lm")
        p.text((x0 + 30, ry + 56), title, size=36, bold=True, fill=PRIMARY)
        text_lines(p, x0 + 30, ry + 112, x1 - 40, 1, gap=20)
    if choose:
        cross_mark(p, x1 - 70, y0 + 118, 30)
        highlight(p, (x0 + 22, y0 + 236, x1 - 22, y0 + 336), pad=4)
        finger(p, x1 - 110, y0 + 316)


def draw_search_results(p: Pen):
    _search_results(p, choose=False)


def draw_search_results_choose(p: Pen):
    _search_results(p, choose=True)


def draw_web_page_scroll(p: Pen):
    x0, y0, x1, y1 = phone_closeup(p)
    page, _bar = browser(p, (x0, y0, x1, y1), address="www.ville-exemple.fr")
    px0, py0, px1, _ = page
    p.text((px0 + 30, py0 + 24), "Horaires de la mairie", size=32, bold=True)
    for i, (day, hours) in enumerate(
        (
            ("Lundi", "8 h 30 – 17 h"),
            ("Mardi", "8 h 30 – 17 h"),
            ("Samedi", "9 h – 12 h"),
        )
    ):
        p.text((px0 + 30, py0 + 90 + i * 46), day, size=26, bold=True)
        p.text((px0 + 220, py0 + 90 + i * 46), hours, size=26)
    text_lines(p, px0 + 30, py0 + 250, px1 - 200, 6, gap=32)
    arrow(
        p,
        (px1 - 100, py0 + 420),
        (px1 - 100, py0 + 200),
        fill=HILITE,
        width=10,
        head=28,
    )
    finger(p, px1 - 160, py0 + 330, tap=False)


def draw_back_button(p: Pen):
    x0, y0, x1, y1 = phone(p, w=300)
    page, _bar = browser(
        p, (x0, y0, x1, y1 - 60), address="ville-exemple.fr", back_hilite=True
    )
    p.text((x0 + 20, page[1] + 24), "Horaires", size=24, bold=True)
    text_lines(p, x0 + 20, page[1] + 70, x1 - 20, 6, gap=30)
    # Bottom navigation bar with a back arrow
    p.rect((x0, y1 - 60, x1, y1), fill="#D7DEE8")
    cx = (x0 + x1) / 2
    p.poly([(cx - 86, y1 - 30), (cx - 64, y1 - 44), (cx - 64, y1 - 16)], fill=INK)
    p.circle(cx, y1 - 30, 12, outline=INK, width=3)
    p.rect((cx + 60, y1 - 42, cx + 84, y1 - 18), outline=INK, width=3, radius=3)
    ring(p, cx - 72, y1 - 30, 30)
    finger(p, cx - 72, y1 - 20)


# --- E-mail ----------------------------------------------------------------

_INBOX = [
    ("Cabinet médical", "Votre rendez-vous du 3 décembre", True),
    ("Mairie", "Inscription à la cantine", True),
    ("Association", "Atelier numérique jeudi", False),
    ("Sophie", "Photos du week-end", False),
]


def _mail_inbox(p: Pen, hilite=None):
    x0, y0, x1, y1 = phone_closeup(p)
    y = app_bar(p, (x0, y0, x1, y1), "Boîte de réception", menu=True, color="#C2255C")
    for i, (sender, subject, unread) in enumerate(_INBOX):
        ry = y + 14 + i * 92
        p.circle(
            x0 + 60, ry + 40, 28, fill=["#1D5FBF", "#2B8A3E", "#E67700", "#6741D9"][i]
        )
        p.text(
            (x0 + 60, ry + 40), sender[0], size=26, bold=True, fill=WHITE, anchor="mm"
        )
        p.text((x0 + 106, ry + 24), sender, size=26, bold=unread, anchor="lm")
        p.text(
            (x0 + 106, ry + 58),
            subject,
            size=22,
            bold=unread,
            fill=INK if unread else MUTED,
            anchor="lm",
        )
        if unread:
            p.circle(x1 - 44, ry + 24, 9, fill=PRIMARY)
        p.line([(x0 + 30, ry + 86), (x1 - 30, ry + 86)], fill=LINE, width=2)
    fab = (x1 - 270, 470, x1 - 40, 540)
    p.rect(fab, fill="#C2255C", radius=26)
    pencil(p, fab[0] + 40, fab[1] + 35, 22)
    p.text(
        (fab[0] + 74, fab[1] + 35),
        "Nouveau",
        size=26,
        bold=True,
        fill=WHITE,
        anchor="lm",
    )
    if hilite == "unread":
        highlight(p, (x0 + 24, y + 12, x1 - 24, y + 190), pad=2)
    elif hilite == "compose":
        highlight(p, fab, pad=8, radius=32)
        finger(p, fab[0] + 150, fab[3] - 24)
    elif hilite == "menu":
        highlight(p, (x0 + 16, y0 + 8, x0 + 72, y0 + 58), pad=4, radius=10)
        finger(p, x0 + 44, y0 + 44)


def draw_mail_inbox(p: Pen):
    _mail_inbox(p, hilite="unread")


def draw_mail_inbox_compose(p: Pen):
    _mail_inbox(p, hilite="compose")


def draw_mail_inbox_menu(p: Pen):
    _mail_inbox(p, hilite="menu")


def draw_mail_read(p: Pen):
    x0, y0, x1, y1 = phone_closeup(p)
    y = app_bar(p, (x0, y0, x1, y1), "", back=True, color="#C2255C")
    highlight(p, (x0 + 14, y0 + 8, x0 + 80, y0 + 58), pad=4, radius=10)
    p.text((x0 + 110, y0 + 33), "Retour", size=26, bold=True, fill=WHITE, anchor="lm")
    p.text((x0 + 30, y + 30), "Votre rendez-vous du 3 décembre", size=28, bold=True)
    p.text((x0 + 30, y + 74), "Cabinet médical", size=24, fill=MUTED)
    p.text((x0 + 30, y + 130), "Bonjour,", size=26)
    p.text((x0 + 30, y + 170), "Nous confirmons votre rendez-vous", size=26)
    p.text((x0 + 30, y + 210), "le 3 décembre à 10 h.", size=26)
    text_lines(p, x0 + 30, y + 270, x1 - 40, 4, gap=30)


def _mail_compose(p: Pen, hilite: str, attach=False):
    x0, y0, x1, y1 = phone_closeup(p)
    y = app_bar(p, (x0, y0, x1, y1), "Nouveau message", back=True, color="#C2255C")
    # paperclip and send arrow in the bar
    clip = (x1 - 170, y0 + 6, x1 - 110, y0 + 60)
    paperclip(p, x1 - 140, y0 + 33, 40, color=WHITE)
    send = (x1 - 90, y0 + 6, x1 - 24, y0 + 60)
    p.poly(
        [
            (send[0] + 12, send[1] + 10),
            (send[2] - 8, send[1] + 27),
            (send[0] + 12, send[3] - 10),
            (send[0] + 20, send[1] + 27),
        ],
        fill=WHITE,
    )
    rows = [("À", "mairie@ville-exemple.fr"), ("Objet", "Demande de rendez-vous")]
    boxes = {}
    for i, (label, value) in enumerate(rows):
        ry = y + 10 + i * 78
        p.text((x0 + 30, ry + 38), label, size=26, bold=True, anchor="lm")
        shown = value if hilite != "to" or i == 0 else ""
        if hilite == "to" and i == 1:
            shown = ""
        p.text((x0 + 130, ry + 38), shown, size=26, anchor="lm")
        p.line([(x0 + 30, ry + 76), (x1 - 30, ry + 76)], fill=LINE, width=2)
        boxes["to" if i == 0 else "subject"] = (x0 + 24, ry + 6, x1 - 24, ry + 72)
    body_y = y + 180
    if hilite in ("send", "attach"):
        p.text((x0 + 30, body_y), "Bonjour,", size=26)
        p.text((x0 + 30, body_y + 40), "Je souhaite un rendez-vous.", size=26)
        p.text((x0 + 30, body_y + 80), "Marie", size=26)
    if attach:
        p.rect(
            (x0 + 30, body_y + 140, x1 - 200, body_y + 200),
            fill=SOFT,
            outline=LINE,
            width=2,
            radius=10,
        )
        paperclip(p, x0 + 60, body_y + 170, 34, color=INK)
        p.text(
            (x0 + 90, body_y + 170), "justificatif.pdf", size=24, bold=True, anchor="lm"
        )
    if hilite in boxes:
        highlight(p, boxes[hilite], pad=4)
        finger(p, x0 + 420, boxes[hilite][3] - 16)
    elif hilite == "send":
        highlight(p, send, pad=4, radius=12)
        finger(p, (send[0] + send[2]) / 2, send[3] - 14)
    elif hilite == "attach":
        highlight(p, clip, pad=4, radius=12)
        finger(p, (clip[0] + clip[2]) / 2, clip[3] - 14)


def draw_mail_compose_to(p: Pen):
    _mail_compose(p, "to")


def draw_mail_compose_subject(p: Pen):
    _mail_compose(p, "subject")


def draw_mail_compose_send(p: Pen):
    _mail_compose(p, "send")


def draw_attachment_paperclip(p: Pen):
    _mail_compose(p, "attach", attach=True)


def draw_mail_menu_spam(p: Pen):
    x0, y0, x1, y1 = phone_closeup(p)
    p.rect((x0, y0, x1, y1), fill="#5C6B80")
    p.rect((x0, y0, x0 + 440, y1), fill=WHITE)
    items = [
        ("Boîte de réception", False),
        ("Envoyés", False),
        ("Brouillons", False),
        ("Spam", True),
        ("Corbeille", False),
    ]
    for i, (label, is_spam) in enumerate(items):
        ry = y0 + 40 + i * 84
        if is_spam:
            p.circle(x0 + 56, ry + 24, 20, fill=BAD)
            p.text((x0 + 56, ry + 24), "!", size=26, bold=True, fill=WHITE, anchor="mm")
        else:
            envelope(p, (x0 + 36, ry + 8, x0 + 76, ry + 40), color=MUTED, width=3)
        p.text((x0 + 100, ry + 24), label, size=28, bold=is_spam, anchor="lm")
    highlight(
        p, (x0 + 20, y0 + 40 + 3 * 84 - 14, x0 + 420, y0 + 40 + 3 * 84 + 62), pad=2
    )
    finger(p, x0 + 260, y0 + 3 * 84 + 70)


def draw_mail_not_spam(p: Pen):
    x0, y0, x1, y1 = phone_closeup(p)
    y = app_bar(p, (x0, y0, x1, y1), "Spam", back=True, color="#C2255C")
    p.rect((x0 + 30, y + 24, x1 - 30, y + 100), fill="#FFF4E5", radius=10)
    p.text((x0 + 50, y + 62), "Ce message est dans les spams.", size=24, anchor="lm")
    p.text((x0 + 30, y + 140), "Votre rendez-vous du 3 décembre", size=26, bold=True)
    p.text((x0 + 30, y + 180), "Cabinet médical", size=22, fill=MUTED)
    btn = (x0 + 30, y + 230, x0 + 360, y + 300)
    button(p, btn, "Ce n'est pas un spam", primary=False, size=24)
    highlight(p, btn, pad=6)
    finger(p, btn[0] + 250, btn[3] - 16)


def draw_mail_spam_no_click(p: Pen):
    x0, y0, x1, y1 = phone_closeup(p)
    y = app_bar(p, (x0, y0, x1, y1), "Spam", back=True, color="#C2255C")
    p.text((x0 + 30, y + 30), "Vous avez gagné !!!", size=30, bold=True)
    p.text((x0 + 30, y + 80), "Réclamez votre cadeau maintenant :", size=24)
    link = (x0 + 30, y + 130, x0 + 420, y + 180)
    p.text(
        (link[0], link[1] + 25),
        "cadeau-gratuit.exemple",
        size=26,
        fill=PRIMARY,
        anchor="lm",
    )
    p.line(
        [(link[0], link[1] + 44), (link[0] + 300, link[1] + 44)], fill=PRIMARY, width=2
    )
    cross_mark(p, x1 - 120, y + 160, 60)
    p.text(
        (x1 - 120, y + 250), "Ne cliquez pas", size=26, bold=True, fill=BAD, anchor="mt"
    )


# --- Accounts and forms ----------------------------------------------------


def _site_form(
    p: Pen, title, rows, button_label, hilite=None, color=PRIMARY, note=None
):
    """A simple web form on a phone; ``rows`` are (label, value, kind)."""
    x0, y0, x1, y1 = phone_closeup(p)
    y = app_bar(p, (x0, y0, x1, y1), title, color=color)
    y += 20
    boxes = {}
    for label, value, kind in rows:
        if kind == "check":
            checkbox(p, x0 + 40, y + 6, checked=bool(value))
            p.text((x0 + 92, y + 24), label, size=26, anchor="lm")
            boxes[label] = (x0 + 34, y, x1 - 34, y + 48)
            y += 70
            continue
        top = y
        y = field(
            p,
            x0 + 40,
            y,
            x1 - 40,
            label,
            value,
            focused=label == hilite,
            secret=kind == "secret",
            size=26,
        )
        boxes[label] = (x0 + 40, top, x1 - 40, y)
        if kind == "strength":
            p.rect((x0 + 40, y + 12, x1 - 40, y + 26), fill=SOFT, radius=7)
            p.rect((x0 + 40, y + 12, x1 - 140, y + 26), fill=GOOD, radius=7)
            p.text(
                (x1 - 40, y + 44), "Solide", size=24, bold=True, fill=GOOD, anchor="rt"
            )
            y += 70
        y += 20
    if note:
        p.text((x0 + 40, y), note, size=22, fill=MUTED)
        y += 40
    btn = (x0 + 40, y + 6, x1 - 40, y + 76)
    button(p, btn, button_label)
    boxes["button"] = btn
    if hilite in boxes:
        box = boxes[hilite]
        highlight(p, box, pad=8)
        finger(p, box[2] - 50, box[3] - 16)
    return boxes


def draw_signup_start(p: Pen):
    x0, y0, x1, y1 = phone_closeup(p)
    y = app_bar(p, (x0, y0, x1, y1), "Messagerie", color="#C2255C")
    envelope(p, (260, y + 40, 460, y + 170), color="#C2255C", width=6)
    p.text(
        (360, y + 210), "Votre boîte e-mail, gratuite", size=28, bold=True, anchor="mt"
    )
    btn = (x0 + 80, y + 270, x1 - 80, y + 340)
    button(p, btn, "Créer un compte")
    highlight(p, btn, pad=8)
    finger(p, btn[2] - 120, btn[3] - 18)
    p.text(
        (360, y + 380), "Se connecter", size=26, bold=True, fill=PRIMARY, anchor="mt"
    )


def draw_signup_form(p: Pen):
    _site_form(
        p,
        "Créer un compte",
        [
            ("Prénom", "Marie", "text"),
            ("Nom", "Exemple", "text"),
            ("Date de naissance", "03/03/1970", "text"),
        ],
        "Suivant",
        hilite="Prénom",
        color="#C2255C",
    )


def draw_signup_address(p: Pen):
    _site_form(
        p,
        "Votre adresse",
        [("Choisissez votre adresse", "marie.exemple2", "text")],
        "Suivant",
        hilite="Choisissez votre adresse",
        color="#C2255C",
        note="marie.exemple est déjà pris.",
    )


def draw_password_field(p: Pen):
    _site_form(
        p,
        "Mot de passe",
        [
            ("Mot de passe", "Citron-Nuage-4", "strength"),
            ("Confirmez le mot de passe", "Citron-Nuage-4", "secret"),
        ],
        "Suivant",
        hilite="Mot de passe",
    )


def draw_signup_recovery(p: Pen):
    _site_form(
        p,
        "Sécurité du compte",
        [
            ("Téléphone de secours", "06 00 00 00 00", "text"),
            ("Adresse de secours", "", "text"),
        ],
        "Suivant",
        hilite="Téléphone de secours",
        color="#C2255C",
    )


def draw_signup_terms(p: Pen):
    x0, y0, x1, y1 = phone_closeup(p)
    y = app_bar(p, (x0, y0, x1, y1), "Conditions", color="#C2255C")
    p.rect((x0 + 40, y + 24, x1 - 40, y + 230), fill=SOFT, radius=10)
    text_lines(p, x0 + 64, y + 50, x1 - 64, 6, gap=28, color="#9AA8BA")
    checkbox(p, x0 + 40, y + 260)
    p.text((x0 + 92, y + 278), "J'accepte les conditions", size=26, anchor="lm")
    highlight(p, (x0 + 34, y + 250, x1 - 40, y + 306), pad=6)
    btn = (x0 + 40, y + 340, x1 - 40, y + 410)
    button(p, btn, "Créer le compte")
    finger(p, x0 + 60, y + 282)


def draw_notebook_safe(p: Pen):
    # A closed notebook page with the two things to keep, in a drawer at home.
    p.rect((60, 40, 420, 500), fill=PAPER, outline=INK, width=4, radius=10)
    for i in range(10):
        p.circle(60, 80 + i * 42, 9, fill=BG, outline=INK, width=3)
    p.text((100, 80), "Mon e-mail", size=28, bold=True)
    p.text((100, 130), "marie.exemple2@…", size=24, fill=PRIMARY)
    p.text((100, 200), "Mot de passe", size=28, bold=True)
    p.text((100, 250), "••••••••••••", size=24, fill=PRIMARY)
    for i in range(4):
        p.line([(100, 320 + i * 40), (390, 320 + i * 40)], fill=LINE, width=2)
    # A house: kept at home
    p.poly([(470, 240), (590, 140), (710, 240)], fill=GOOD)
    p.rect((490, 240, 690, 400), fill=WHITE, outline=GOOD, width=5)
    p.rect((565, 310, 615, 400), fill=GOOD)
    check_mark(p, 590, 460, 36)


def draw_sticky_note_no(p: Pen):
    s = monitor(p, (140, 30, 580, 340))
    p.rect(s, fill=SOFT)
    note = (470, 60, 600, 180)
    p.rect(note, fill=YELLOW)
    p.text((535, 100), "Mot de", size=20, bold=True, anchor="mm")
    p.text((535, 130), "passe :", size=20, bold=True, anchor="mm")
    p.text((535, 158), "••••••", size=18, anchor="mm")
    cross_mark(p, 620, 200, 40)
    p.rect((60, 400, 260, 520), fill=PAPER, outline=INK, width=4, radius=8)
    p.text((160, 460), "Carnet", size=28, bold=True, anchor="mm")
    check_mark(p, 310, 460, 34)


def _word_card(p: Pen, x, y, word, color):
    w = p.text_width(word, 32, True) + 36
    p.rect((x, y, x + w, y + 72), fill=color, radius=14)
    p.text((x + w / 2, y + 36), word, size=32, bold=True, fill=WHITE, anchor="mm")
    return x + w


def draw_passphrase_words(p: Pen):
    colors = ["#E67700", "#1D5FBF", "#2B8A3E", "#6741D9"]
    words = ["citron", "nuage", "vélo", "piano"]
    spots = [(70, 90), (400, 60), (120, 330), (430, 300)]
    for (x, y), word, color in zip(spots, words, colors, strict=True):
        _word_card(p, x, y, word, color)
    p.text((360, 230), "4 mots au hasard", size=34, bold=True, anchor="mm")
    p.text(
        (360, 470),
        "Pas de prénom, pas de date",
        size=28,
        bold=True,
        fill=BAD,
        anchor="mm",
    )


def _passphrase_line(p: Pen, words, y, extra=None):
    colors = ["#E67700", "#1D5FBF", "#2B8A3E", "#6741D9", HILITE]
    widths = [p.text_width(w, 30, True) + 30 for w in words]
    total = sum(widths) + 26 * (len(words) - 1)
    x = 360 - total / 2
    for i, word in enumerate(words):
        w = widths[i]
        p.rect((x, y, x + w, y + 66), fill=colors[i], radius=12)
        p.text((x + w / 2, y + 33), word, size=30, bold=True, fill=WHITE, anchor="mm")
        x += w
        if i < len(words) - 1:
            p.text((x + 13, y + 33), "-", size=38, bold=True, anchor="mm")
            x += 26


def draw_passphrase_joined(p: Pen):
    _passphrase_line(p, ["citron", "nuage", "vélo", "piano"], 150)
    p.text(
        (360, 330),
        "citron-nuage-velo-piano",
        size=34,
        bold=True,
        fill=PRIMARY,
        anchor="mm",
    )
    arrow(p, (360, 230), (360, 290), fill=MUTED, width=6, head=18)


def draw_passphrase_final(p: Pen):
    phrase = "Citron-Nuage-Velo-Piano-4"
    half = p.text_width(phrase, 34, True) / 2
    p.rect((20, 120, 700, 260), fill=WHITE, outline=GOOD, width=5, radius=16)
    p.text((360, 190), phrase, size=34, bold=True, anchor="mm")
    first, last = 360 - half + 12, 360 + half - 11
    ring(p, first, 190, 28)
    ring(p, last, 190, 28)
    arrow(p, (first + 30, 290), (first + 4, 226), width=6, head=18)
    arrow(p, (last - 30, 290), (last - 4, 226), width=6, head=18)
    p.text((first + 60, 320), "Majuscule", size=28, bold=True, fill=HILITE, anchor="mm")
    p.text((last - 50, 320), "Chiffre", size=28, bold=True, fill=HILITE, anchor="mm")
    p.rect((60, 390, 660, 440), fill=SOFT, radius=14)
    p.rect((60, 390, 600, 440), fill=GOOD, radius=14)
    p.text((360, 480), "Solide", size=30, bold=True, fill=GOOD, anchor="mm")


def draw_passphrase_per_site(p: Pen):
    sites = [("E-mail", "#C2255C"), ("Banque", GOOD), ("Santé", PRIMARY)]
    for i, (label, color) in enumerate(sites):
        x = 60 + i * 220
        p.rect((x, 90, x + 180, 300), fill=WHITE, outline=color, width=5, radius=16)
        p.rect(
            (x, 90, x + 180, 140),
            fill=color,
            radius=16,
            corners=(True, True, False, False),
        )
        p.text((x + 90, 115), label, size=26, bold=True, fill=WHITE, anchor="mm")
        lock_icon(p, x + 90, 220, 36, color=color)
        p.rect((x + 10, 340, x + 170, 400), fill=SOFT, radius=10)
        p.text(
            (x + 90, 370),
            ["Clé n° 1", "Clé n° 2", "Clé n° 3"][i],
            size=24,
            bold=True,
            anchor="mm",
        )
    p.text((360, 470), "Un site, un mot de passe", size=32, bold=True, anchor="mm")


def _sms_screen(p: Pen, y, sender):
    x0, y0, x1, y1 = phone_closeup(p)
    return app_bar(p, (x0, y0, x1, y1), sender, back=True, color=BODY), x0, x1


def draw_scam_sms(p: Pen):
    y, x0, x1 = _sms_screen(p, 0, "06 12 34 56 78")
    bubble = (x0 + 30, y + 20, x1 - 90, y + 250)
    p.rect(bubble, fill=SOFT, radius=24)
    lines = ["Votre colis est bloqué.", "Payez 1,99 € de frais", "avant ce soir :"]
    for i, line in enumerate(lines):
        p.text((bubble[0] + 26, bubble[1] + 34 + i * 44), line, size=27)
    p.text(
        (bubble[0] + 26, bubble[1] + 164), "colis-suivi.exemple", size=27, fill=PRIMARY
    )
    p.line(
        [(bubble[0] + 26, bubble[1] + 200), (bubble[0] + 290, bubble[1] + 200)],
        fill=PRIMARY,
        width=3,
    )
    p.rect(
        (x0 + 30, y + 272, x1 - 30, y + 380),
        fill="#FFF4E5",
        outline=HILITE,
        width=4,
        radius=16,
    )
    p.poly([(x0 + 80, y + 296), (x0 + 112, y + 352), (x0 + 48, y + 352)], fill=HILITE)
    p.text((x0 + 80, y + 334), "!", size=26, bold=True, fill=WHITE, anchor="mm")
    p.text((x0 + 140, y + 300), "Urgence, paiement, lien :", size=26, bold=True)
    p.text((x0 + 140, y + 338), "c'est une arnaque.", size=26, bold=True)


def draw_sms_forward_33700(p: Pen):
    y, x0, x1 = _sms_screen(p, 0, "Transférer")
    field_y = field(
        p, x0 + 40, y + 24, x1 - 40, "Destinataire", "33700", focused=True, size=30
    )
    highlight(p, (x0 + 40, field_y - 52, x1 - 40, field_y), pad=8)
    bubble = (x0 + 140, field_y + 40, x1 - 30, field_y + 200)
    p.rect(bubble, fill=SOFT, radius=24)
    p.text((bubble[0] + 24, bubble[1] + 30), "Votre colis est bloqué.", size=24)
    p.text((bubble[0] + 24, bubble[1] + 70), "Payez 1,99 € de frais…", size=24)
    p.circle(x1 - 80, field_y + 260, 38, fill=PRIMARY)
    p.poly(
        [
            (x1 - 96, field_y + 240),
            (x1 - 56, field_y + 260),
            (x1 - 96, field_y + 280),
            (x1 - 90, field_y + 260),
        ],
        fill=WHITE,
    )
    p.text(
        (x0 + 40, field_y + 260), "Gratuit", size=30, bold=True, fill=GOOD, anchor="lm"
    )


def draw_suspicious_email(p: Pen):
    x0, y0, x1, y1 = phone_closeup(p)
    y = app_bar(p, (x0, y0, x1, y1), "", back=True, color="#C2255C")
    p.text((x0 + 110, y0 + 33), "Signaler", size=26, bold=True, fill=WHITE, anchor="lm")
    trash_can(p, x1 - 60, y0 + 35, 36, color=WHITE)
    highlight(p, (x0 + 100, y0 + 10, x0 + 240, y0 + 56), pad=4, radius=10)
    highlight(p, (x1 - 86, y0 + 10, x1 - 34, y0 + 60), pad=4, radius=10)
    p.text((x0 + 30, y + 24), "Remboursement en attente", size=28, bold=True)
    p.text((x0 + 30, y + 66), "service@rembourse-ment.exemple", size=22, fill=BAD)
    p.text((x0 + 30, y + 120), "Madame, Monsieur,", size=24)
    p.text((x0 + 30, y + 156), "Vous avez droit à 187,50 €.", size=24)
    p.text((x0 + 30, y + 192), "Donnez votre carte bancaire", size=24)
    p.text((x0 + 30, y + 228), "sous 24 heures :", size=24)
    btn = (x0 + 30, y + 270, x0 + 370, y + 334)
    button(p, btn, "Recevoir mon argent", size=24)
    cross_mark(p, x1 - 110, y + 300, 46)


def draw_phone_call_official(p: Pen):
    document(p, (60, 60, 330, 440), title="Votre courrier", lines=6)
    p.rect((80, 330, 310, 380), fill=YELLOW, radius=6)
    p.text((195, 355), "01 00 00 00 00", size=22, bold=True, anchor="mm")
    arrow(p, (320, 355), (420, 320))
    x0, y0, x1, y1 = phone(p, cx=550, top=60, w=220, h=430)
    cx = (x0 + x1) / 2
    p.text((cx, y0 + 40), "Appel en cours", size=20, fill=MUTED, anchor="mt")
    p.text((cx, y0 + 80), "01 00 00 00 00", size=22, bold=True, anchor="mt")
    person(p, cx, y0 + 180, 50, color=PRIMARY)
    p.circle(cx, y1 - 60, 32, fill=BAD)
    p.rect((cx - 18, y1 - 66, cx + 18, y1 - 54), fill=WHITE, radius=5)


def draw_bank_card_opposition(p: Pen):
    card = (50, 110, 380, 320)
    p.rect(card, fill="#1D5FBF", radius=18)
    p.rect((80, 160, 140, 205), fill=YELLOW, radius=6)
    p.text((80, 250), "0000 0000 0000 0000", size=24, bold=True, fill=WHITE)
    p.text((80, 285), "MARIE EXEMPLE", size=18, bold=True, fill=WHITE)
    lock_icon(p, 300, 390, 50, color=BAD)
    p.text((215, 470), "Opposition", size=34, bold=True, fill=BAD, anchor="mm")
    x0, y0, x1, y1 = phone(p, cx=560, top=70, w=200, h=400)
    cx = (x0 + x1) / 2
    p.text((cx, y0 + 30), "Ma banque", size=22, bold=True, anchor="mt")
    p.text((cx, y0 + 70), "Appel en cours", size=18, fill=MUTED, anchor="mt")
    person(p, cx, y0 + 160, 44)
    p.circle(cx, y1 - 50, 28, fill=BAD)


# --- Camera and documents --------------------------------------------------


def draw_document_on_table(p: Pen):
    # Daylight from a window, a lamp, the document flat on a dark table.
    p.rect((30, 30, 220, 260), fill="#FFF3BF", outline=WHITE, width=10)
    p.line([(125, 30), (125, 260)], fill=WHITE, width=8)
    p.line([(30, 145), (220, 145)], fill=WHITE, width=8)
    p.poly(
        [(560, 60), (660, 60), (690, 140), (530, 140)],
        fill=YELLOW,
        outline=INK,
        width=3,
    )
    p.line([(610, 140), (610, 300)], fill=INK, width=6)
    p.poly([(0, 300), (720, 300), (720, 540), (0, 540)], fill=TABLE)
    p.poly(
        [(200, 330), (520, 330), (560, 520), (160, 520)],
        fill=PAPER,
        outline=INK,
        width=3,
    )
    for i in range(6):
        t = i / 6
        xl = 200 - 40 * (t + 0.1) + 30
        xr = 520 + 40 * (t + 0.1) - 30
        y = 360 + i * 26
        p.rect((xl, y, xr - (60 if i % 3 == 2 else 0), y + 8), fill=LINE, radius=4)
    check_mark(p, 650, 440, 40)


def _camera_viewfinder(p: Pen):
    """A phone whose screen is the camera's dark view; its box and the box of
    the document it frames."""
    x0, y0, x1, y1 = phone(p, w=300, h=500, top=20)
    p.rect((x0, y0, x1, y1), fill="#33291F", radius=6)
    return x0, y0, x1, y1, (x0 + 34, y0 + 40, x1 - 34, y1 - 110)


def draw_camera_document(p: Pen):
    p.poly([(0, 380), (720, 380), (720, 540), (0, 540)], fill=TABLE)
    x0, y0, x1, y1, doc = _camera_viewfinder(p)
    p.rect(doc, fill=PAPER)
    document(p, doc, title="Facture", lines=7)
    # Corner marks: all four corners are in the frame.
    for cx, cy, dx, dy in (
        (doc[0], doc[1], 1, 1),
        (doc[2], doc[1], -1, 1),
        (doc[0], doc[3], 1, -1),
        (doc[2], doc[3], -1, -1),
    ):
        p.line([(cx, cy + 36 * dy), (cx, cy), (cx + 36 * dx, cy)], fill=HILITE, width=7)
    p.circle((x0 + x1) / 2, y1 - 50, 32, fill=WHITE, outline="#AEB9C9", width=5)


def draw_camera_shutter(p: Pen):
    x0, y0, x1, y1, doc = _camera_viewfinder(p)
    document(p, doc, title="Facture", lines=7)
    cx, cy = (doc[0] + doc[2]) / 2, (doc[1] + doc[3]) / 2
    p.rect((cx - 40, cy - 40, cx + 40, cy + 40), outline=YELLOW, width=5, radius=6)
    sx, sy = (x0 + x1) / 2, y1 - 50
    p.circle(sx, sy, 32, fill=WHITE, outline="#AEB9C9", width=5)
    ring(p, sx, sy, 46)
    finger(p, sx + 4, sy + 8, tap=False)
    p.text((110, 180), "1", size=44, bold=True, fill=HILITE, anchor="mm")
    arrow(p, (140, 180), (cx - 52, cy - 10))
    p.text((110, 430), "2", size=44, bold=True, fill=HILITE, anchor="mm")
    arrow(p, (140, 440), (sx - 60, sy - 6))


def draw_photo_zoom_check(p: Pen):
    x0, y0, x1, y1 = phone(p, w=320, h=500, top=20)
    p.rect((x0, y0, x1, y1), fill=PAPER, radius=6)
    p.text((x0 + 20, y0 + 40), "Montant :", size=40, bold=True)
    p.text((x0 + 20, y0 + 100), "52,30 €", size=48, bold=True)
    text_lines(p, x0 + 20, y0 + 190, x1 - 20, 5, gap=36)
    cx, cy = (x0 + x1) / 2, y0 + 300
    arrow(p, (cx - 20, cy + 20), (cx - 110, cy + 110), width=7, head=20)
    arrow(p, (cx + 20, cy - 20), (cx + 110, cy - 110), width=7, head=20)
    p.circle(cx - 40, cy + 40, 18, fill=SKIN, outline=SKIN_LINE, width=3)
    p.circle(cx + 40, cy - 40, 18, fill=SKIN, outline=SKIN_LINE, width=3)
    check_mark(p, 640, 460, 40)
    p.text((600, 400), "Lisible ?", size=28, bold=True, anchor="mm")


def draw_scan_menu(p: Pen):
    x0, y0, x1, y1 = phone_closeup(p)
    y = app_bar(p, (x0, y0, x1, y1), "Mes fichiers", color="#E67700")
    for i, name in enumerate(("attestation.pdf", "facture-eau.pdf")):
        ry = y + 20 + i * 80
        document(p, (x0 + 30, ry, x0 + 74, ry + 56), lines=2)
        p.text((x0 + 96, ry + 28), name, size=26, anchor="lm")
    menu = (x0 + 220, 300, x1 - 30, 440)
    p.rect(menu, fill=WHITE, outline=INK, width=3, radius=12)
    p.rect(
        (menu[0] + 30, menu[1] + 28, menu[0] + 76, menu[1] + 64),
        fill="#6741D9",
        radius=6,
    )
    p.circle(menu[0] + 53, menu[1] + 46, 10, fill=WHITE)
    p.text((menu[0] + 96, menu[1] + 46), "Numériser", size=28, bold=True, anchor="lm")
    p.text((menu[0] + 96, menu[1] + 104), "Importer", size=26, anchor="lm")
    highlight(
        p, (menu[0] + 12, menu[1] + 14, menu[2] - 12, menu[1] + 80), pad=2, radius=10
    )
    p.circle(x1 - 80, 500, 44, fill="#E67700")
    p.line([(x1 - 80, 478), (x1 - 80, 522)], fill=WHITE, width=8)
    p.line([(x1 - 102, 500), (x1 - 58, 500)], fill=WHITE, width=8)
    ring(p, x1 - 80, 500, 56)
    finger(p, menu[0] + 200, menu[1] + 60)


def draw_scan_add_page(p: Pen):
    x0, y0, x1, y1 = phone_closeup(p)
    y = app_bar(p, (x0, y0, x1, y1), "2 pages", back=True, color="#E67700")
    document(p, (x0 + 40, y + 24, x0 + 240, y + 250), title="Page 1", lines=5)
    document(p, (x0 + 270, y + 24, x0 + 470, y + 250), title="Page 2", lines=5)
    add = (x0 + 40, y + 284, x0 + 330, y + 350)
    button(p, add, "+ Ajouter", primary=False)
    highlight(p, add, pad=8)
    button(p, (x1 - 230, y + 284, x1 - 40, y + 350), "Terminé")
    finger(p, add[0] + 200, add[3] - 18)


def draw_scan_save_name(p: Pen):
    _site_form(
        p,
        "Enregistrer",
        [("Nom du fichier", "justificatif-domicile-2026", "text")],
        "Enregistrer",
        hilite="Nom du fichier",
        color="#E67700",
        note="Un nom clair : quoi et quand.",
    )


def draw_file_picker(p: Pen):
    x0, y0, x1, y1 = phone_closeup(p)
    y = app_bar(p, (x0, y0, x1, y1), "Choisir un fichier", back=True, color=BODY)
    files = [
        "attestation-caf.pdf",
        "justificatif-domicile.pdf",
        "photo-carte.jpg",
        "facture-eau.pdf",
    ]
    for i, name in enumerate(files):
        ry = y + 20 + i * 90
        document(p, (x0 + 30, ry, x0 + 80, ry + 62), lines=2)
        p.text((x0 + 104, ry + 31), name, size=26, bold=i == 1, anchor="lm")
    highlight(p, (x0 + 22, y + 102, x1 - 30, y + 192), pad=2)
    finger(p, x0 + 430, y + 170)


def _upload(p: Pen, done: bool):
    x0, y0, x1, y1 = phone_closeup(p)
    y = app_bar(p, (x0, y0, x1, y1), "Envoyer un justificatif", color=PRIMARY)
    p.text((x0 + 40, y + 40), "Justificatif de domicile", size=28, bold=True)
    p.text((x0 + 40, y + 84), "PDF ou JPG, 5 Mo au plus", size=22, fill=MUTED)
    add = (x0 + 40, y + 130, x1 - 40, y + 200)
    p.rect(add, fill=WHITE, outline=PRIMARY, width=3, radius=12)
    paperclip(p, add[0] + 40, add[1] + 35, 34, color=PRIMARY)
    p.text(
        (add[0] + 80, add[1] + 35),
        "Ajouter un fichier",
        size=28,
        bold=True,
        fill=PRIMARY,
        anchor="lm",
    )
    valid = (x0 + 40, y + 318, x1 - 40, y + 384)
    if done:
        p.rect((x0 + 40, y + 222, x1 - 40, y + 292), fill="#EAF6EE", radius=10)
        check_mark(p, x0 + 80, y + 257, 22)
        p.text(
            (x0 + 120, y + 257),
            "justificatif-domicile.pdf",
            size=24,
            bold=True,
            anchor="lm",
        )
        button(p, valid, "Valider")
        highlight(p, valid, pad=8)
        finger(p, valid[2] - 140, valid[3] - 18)
    else:
        button(p, valid, "Valider")
        highlight(p, add, pad=8)
        finger(p, add[2] - 120, add[3] - 18)


def draw_upload_button(p: Pen):
    _upload(p, done=False)


def draw_upload_done(p: Pen):
    _upload(p, done=True)


# --- Online procedures -----------------------------------------------------


def _login(p: Pen, hilite=None, first="Identifiant", first_value="1 70 03 75 000 000"):
    return _site_form(
        p,
        "Connexion",
        [(first, first_value, "text"), ("Mot de passe", "secret123", "secret")],
        "Se connecter",
        hilite=hilite,
        note="Mot de passe oublié ?",
    )


def draw_login_form(p: Pen):
    _login(p, hilite="Mot de passe")


def draw_login_identifier(p: Pen):
    _login(p, hilite="Identifiant")


def draw_account_create_link(p: Pen):
    x0, y0, x1, y1 = phone_closeup(p)
    y = app_bar(p, (x0, y0, x1, y1), "Mon compte santé")
    person(p, 360, y + 70, 60)
    btn = (x0 + 60, y + 160, x1 - 60, y + 226)
    button(p, btn, "Me connecter", primary=False)
    create = (x0 + 60, y + 256, x1 - 60, y + 322)
    button(p, create, "Créer mon compte")
    highlight(p, create, pad=8)
    finger(p, create[2] - 120, create[3] - 18)


def draw_account_button(p: Pen):
    x0, y0, x1, y1 = phone_closeup(p)
    page, _bar = browser(p, (x0, y0, x1, y1), address="www.allocations-exemple.fr")
    px0, py0, px1, _ = page
    btn = (px1 - 260, py0 + 20, px1 - 30, py0 + 90)
    p.rect((px0, py0, px1, py0 + 110), fill=SOFT)
    p.text((px0 + 30, py0 + 55), "Accueil", size=28, bold=True, anchor="lm")
    button(p, btn, "Mon compte", size=26)
    highlight(p, btn, pad=6)
    finger(p, btn[0] + 130, btn[3] - 18)
    text_lines(p, px0 + 30, py0 + 150, px1 - 30, 6, gap=34)


def draw_social_security_number(p: Pen):
    # A generic green health card (no logo), then the field where the number goes.
    card = (30, 40, 390, 230)
    p.rect(card, fill="#2B8A3E", radius=16)
    p.rect((54, 70, 110, 114), fill=YELLOW, radius=5)
    p.text((54, 140), "MARIE EXEMPLE", size=22, bold=True, fill=WHITE)
    p.text((54, 180), "2 70 03 75 000 000 00", size=22, bold=True, fill=WHITE)
    highlight(p, (48, 172, 372, 212), pad=4, radius=8)
    arrow(p, (300, 240), (400, 280))
    p.rect((360, 260, 700, 500), fill=WHITE, outline=BODY, width=8, radius=20)
    p.text((386, 290), "N° de sécurité sociale", size=22, bold=True)
    p.rect((386, 330, 674, 384), fill=WHITE, outline=PRIMARY, width=4, radius=8)
    p.text((400, 357), "2 70 03 75 000…", size=24, anchor="lm")
    button(p, (386, 410, 674, 470), "Suivant", size=24)


def draw_identity_form(p: Pen):
    _site_form(
        p,
        "Vos informations",
        [("Date de naissance", "03/03/1970", "text"), ("Code postal", "91100", "text")],
        "Continuer",
        hilite="Date de naissance",
    )


def draw_letter_code(p: Pen):
    envelope(p, (40, 200, 340, 400), color=INK, width=5)
    p.text((190, 440), "Quelques jours", size=26, bold=True, anchor="mt")
    arrow(p, (350, 300), (400, 300))
    document(p, (420, 40, 690, 500), title="Votre code", lines=4)
    p.rect((450, 300, 660, 370), fill=YELLOW, radius=8)
    p.text((555, 335), "Code : K7-42-9P", size=22, bold=True, anchor="mm")
    highlight(p, (450, 300, 660, 370), pad=6)


def draw_identity_button(p: Pen):
    x0, y0, x1, y1 = phone_closeup(p)
    y = app_bar(p, (x0, y0, x1, y1), "Connexion")
    btn = (x0 + 40, y + 40, x1 - 40, y + 140)
    p.rect(btn, fill="#1D3F8F", radius=12)
    person(p, btn[0] + 60, btn[1] + 44, 42, color=WHITE)
    p.text(
        (btn[0] + 116, btn[1] + 34),
        "S'identifier avec",
        size=26,
        fill=WHITE,
        anchor="lm",
    )
    p.text(
        (btn[0] + 116, btn[1] + 70),
        "un compte officiel",
        size=28,
        bold=True,
        fill=WHITE,
        anchor="lm",
    )
    highlight(p, btn, pad=8)
    finger(p, btn[2] - 100, btn[3] - 18)
    p.text((360, y + 200), "ou", size=26, fill=MUTED, anchor="mm")
    field(p, x0 + 40, y + 240, x1 - 40, "Identifiant", "", size=26)


def draw_identity_choice(p: Pen):
    x0, y0, x1, y1 = phone_closeup(p)
    y = app_bar(p, (x0, y0, x1, y1), "Choisissez un compte", color="#1D3F8F")
    tiles = [
        ("Assurance maladie", GOOD),
        ("Impôts", PRIMARY),
        ("Identité numérique", "#6741D9"),
        ("Autre compte", MUTED),
    ]
    for i, (label, color) in enumerate(tiles):
        col, row = i % 2, i // 2
        bx, by = x0 + 36 + col * 280, y + 30 + row * 190
        p.rect(
            (bx, by, bx + 256, by + 160), fill=WHITE, outline=color, width=4, radius=16
        )
        p.circle(bx + 128, by + 56, 30, fill=color)
        words = label.split(" ", 1)
        p.text((bx + 128, by + 106), words[0], size=22, bold=True, anchor="mm")
        if len(words) > 1:
            p.text((bx + 128, by + 134), words[1], size=22, bold=True, anchor="mm")
    highlight(p, (x0 + 36, y + 30, x0 + 292, y + 190), pad=8)


def draw_identity_confirm(p: Pen):
    x0, y0, x1, y1 = phone_closeup(p)
    y = app_bar(p, (x0, y0, x1, y1), "Vérifiez vos informations", color="#1D3F8F")
    rows = [
        ("Nom", "EXEMPLE"),
        ("Prénom", "Marie"),
        ("Née le", "3 mars 1970"),
        ("À", "Corbeil-Essonnes"),
    ]
    for i, (label, value) in enumerate(rows):
        ry = y + 30 + i * 64
        p.text((x0 + 40, ry), label, size=24, fill=MUTED)
        p.text((x0 + 220, ry), value, size=26, bold=True)
    check_mark(p, x1 - 90, y + 120, 40)
    btn = (x0 + 40, y + 310, x1 - 40, y + 380)
    button(p, btn, "Continuer")
    highlight(p, btn, pad=8)


def draw_logged_in(p: Pen):
    x0, y0, x1, y1 = phone_closeup(p)
    y = app_bar(p, (x0, y0, x1, y1), "Mon espace")
    p.rect((x0 + 30, y + 24, x1 - 30, y + 100), fill="#EAF6EE", radius=12)
    check_mark(p, x0 + 74, y + 62, 24)
    p.text(
        (x0 + 116, y + 62),
        "Vous êtes connectée, Marie",
        size=26,
        bold=True,
        anchor="lm",
    )
    for i, label in enumerate(("Mes démarches", "Mes documents", "Mes messages")):
        ry = y + 140 + i * 90
        p.rect((x0 + 30, ry, x1 - 30, ry + 70), fill=SOFT, radius=12)
        p.text((x0 + 60, ry + 35), label, size=28, bold=True, anchor="lm")
        arrow(p, (x1 - 90, ry + 35), (x1 - 56, ry + 35), fill=INK, width=5, head=14)


def draw_logout_button(p: Pen):
    x0, y0, x1, y1 = phone_closeup(p)
    y = app_bar(p, (x0, y0, x1, y1), "Mon espace")
    person(p, x1 - 70, y0 + 40, 30, color=WHITE)
    menu = (x0 + 240, y + 10, x1 - 20, y + 200)
    p.rect(menu, fill=WHITE, outline=INK, width=3, radius=12)
    p.text((menu[0] + 30, menu[1] + 46), "Mon profil", size=26, anchor="lm")
    p.text(
        (menu[0] + 30, menu[1] + 136),
        "Se déconnecter",
        size=28,
        bold=True,
        fill=BAD,
        anchor="lm",
    )
    highlight(p, (menu[0] + 12, menu[1] + 100, menu[2] - 12, menu[1] + 172), pad=2)
    finger(p, menu[0] + 260, menu[1] + 160)
    text_lines(p, x0 + 30, y + 260, x1 - 30, 5, gap=34)


def _account_home(p: Pen, hilite=None):
    x0, y0, x1, y1 = phone_closeup(p)
    y = app_bar(p, (x0, y0, x1, y1), "Mon compte")
    tiles = [
        ("declaration", "Déclaration à faire", BAD),
        ("messages", "2 nouveaux messages", PRIMARY),
        ("attestations", "Mes attestations", GOOD),
        ("paiements", "Mes paiements", MUTED),
    ]
    boxes = {}
    for i, (key, label, color) in enumerate(tiles):
        ry = y + 24 + i * 100
        box = (x0 + 30, ry, x1 - 30, ry + 84)
        p.rect(box, fill=WHITE, outline=color, width=4, radius=12)
        p.rect(
            (box[0], box[1], box[0] + 18, box[3]),
            fill=color,
            radius=8,
            corners=(True, False, False, True),
        )
        p.text((box[0] + 46, ry + 42), label, size=28, bold=True, anchor="lm")
        arrow(p, (x1 - 100, ry + 42), (x1 - 62, ry + 42), fill=INK, width=5, head=14)
        boxes[key] = box
    if hilite in boxes:
        highlight(p, boxes[hilite], pad=6)
        finger(p, boxes[hilite][2] - 150, boxes[hilite][3] - 18)


def draw_account_home(p: Pen):
    _account_home(p)


def draw_account_home_declaration(p: Pen):
    _account_home(p, "declaration")


def draw_account_home_attestations(p: Pen):
    _account_home(p, "attestations")


def draw_account_home_messages(p: Pen):
    _account_home(p, "messages")


def draw_notification_message(p: Pen):
    x0, y0, x1, y1 = phone_closeup(p)
    p.rect((x0, y0, x1, y1), fill="#25406B")
    p.text((360, y0 + 40), "10:30", size=60, bold=True, fill=WHITE, anchor="mt")
    card = (x0 + 30, y0 + 170, x1 - 30, y0 + 320)
    p.rect(card, fill=WHITE, radius=20)
    envelope(
        p,
        (card[0] + 24, card[1] + 24, card[0] + 80, card[1] + 64),
        color=PRIMARY,
        width=3,
    )
    p.text(
        (card[0] + 100, card[1] + 44),
        "Votre organisme",
        size=24,
        bold=True,
        anchor="lm",
    )
    p.text((card[0] + 30, card[1] + 96), "Votre déclaration est disponible.", size=26)
    highlight(p, card, pad=8, radius=24)


def draw_declaration_form(p: Pen):
    x0, y0, x1, y1 = phone_closeup(p)
    y = app_bar(p, (x0, y0, x1, y1), "Déclaration trimestrielle")
    p.text((x0 + 30, y + 24), "Sommes reçues par Marie", size=26, bold=True)
    months = [("Septembre", "1 250,00"), ("Octobre", "1 250,00"), ("Novembre", "")]
    for i, (month, amount) in enumerate(months):
        ry = y + 80 + i * 80
        p.text((x0 + 30, ry + 28), month, size=26, anchor="lm")
        box = (x0 + 290, ry, x1 - 80, ry + 56)
        p.rect(
            box,
            fill=WHITE,
            outline=PRIMARY if not amount else MUTED,
            width=4 if not amount else 2,
            radius=8,
        )
        p.text((box[2] - 16, ry + 28), amount, size=26, anchor="rm")
        p.text((x1 - 40, ry + 28), "€", size=26, bold=True, anchor="mm")
        if not amount:
            highlight(p, box, pad=6)
            finger(p, box[0] + 120, box[3] - 14)
    p.text((x0 + 30, y + 340), "Vérifiez avec vos fiches de paie.", size=22, fill=MUTED)
    button(p, (x0 + 30, y + 380, x1 - 30, y + 450), "Suivant")


def draw_confirmation_check(p: Pen):
    x0, y0, x1, y1 = phone_closeup(p)
    check_mark(p, 360, y0 + 110, 80)
    p.text(
        (360, y0 + 220), "C'est envoyé !", size=38, bold=True, fill=GOOD, anchor="mt"
    )
    p.text((360, y0 + 280), "Le 30/11/2026 à 10 h 32", size=24, anchor="mt")
    p.text(
        (360, y0 + 316), "N° de confirmation : 482 915", size=24, bold=True, anchor="mt"
    )
    btn = (x0 + 60, y0 + 380, x1 - 60, y0 + 450)
    button(p, btn, "Enregistrer (PDF)")
    highlight(p, btn, pad=8)


def draw_attestation_list(p: Pen):
    x0, y0, x1, y1 = phone_closeup(p)
    y = app_bar(p, (x0, y0, x1, y1), "Mes attestations", back=True)
    items = ["Attestation de paiement", "Quotient familial", "Attestation de droits"]
    for i, label in enumerate(items):
        ry = y + 24 + i * 110
        document(p, (x0 + 30, ry, x0 + 90, ry + 80), lines=3)
        p.text((x0 + 110, ry + 40), label, size=26, bold=i == 0, anchor="lm")
        p.line([(x0 + 30, ry + 98), (x1 - 30, ry + 98)], fill=LINE, width=2)
    highlight(p, (x0 + 22, y + 16, x1 - 22, y + 112), pad=2)
    finger(p, x0 + 420, y + 90)


def draw_pdf_download(p: Pen):
    document(p, (80, 60, 330, 400), title="PDF", lines=8)
    p.rect((80, 60, 330, 120), fill=BAD, radius=4)
    p.text((205, 90), "PDF", size=34, bold=True, fill=WHITE, anchor="mm")
    arrow(p, (205, 420), (205, 500), fill=PRIMARY, width=12, head=30)
    p.rect((380, 180, 690, 260), fill=WHITE, outline=PRIMARY, width=4, radius=10)
    p.text((400, 190), "attestation-", size=24, bold=True)
    p.text((400, 222), "paiement-2026.pdf", size=24, bold=True)
    button(p, (380, 300, 690, 370), "Télécharger")
    highlight(p, (380, 300, 690, 370), pad=8)


def draw_calendar_date(p: Pen):
    p.rect((40, 30, 680, 510), fill=WHITE, radius=20)
    p.rect(
        (40, 30, 680, 100), fill=PRIMARY, radius=20, corners=(True, True, False, False)
    )
    p.text(
        (360, 65),
        "Période d'actualisation",
        size=30,
        bold=True,
        fill=WHITE,
        anchor="mm",
    )
    days = ["L", "M", "M", "J", "V", "S", "D"]
    for i, d in enumerate(days):
        p.text((100 + i * 86, 130), d, size=24, bold=True, fill=MUTED, anchor="mm")
    # November 2026 ends on Monday 30; show from 23 Nov to 20 Dec (4 weeks).
    day, month_end = 23, 30
    for week in range(5):
        for col in range(7):
            value = day if day <= month_end else day - month_end
            in_window = (day >= 28) and (day - month_end <= 15)
            cx, cy = 100 + col * 86, 180 + week * 66
            if in_window:
                p.rect((cx - 40, cy - 28, cx + 40, cy + 28), fill="#D0E2FA", radius=8)
            bold = value in (28, 15) and in_window
            p.text(
                (cx, cy),
                str(value),
                size=26,
                bold=bold,
                fill=PRIMARY if bold else INK,
                anchor="mm",
            )
            if bold:
                ring(p, cx, cy, 30)
            day += 1
    p.text((360, 495), "Du 28 au 15 du mois suivant", size=24, bold=True, anchor="mb")


def draw_questionnaire(p: Pen):
    x0, y0, x1, y1 = phone_closeup(p)
    y = app_bar(p, (x0, y0, x1, y1), "Le mois écoulé")
    questions = [
        ("Avez-vous travaillé ?", 0),
        ("Étiez-vous en formation ?", 1),
        ("Étiez-vous en arrêt maladie ?", 1),
    ]
    for i, (q, answer) in enumerate(questions):
        ry = y + 24 + i * 130
        p.text((x0 + 30, ry), q, size=26, bold=True)
        for j, label in enumerate(("Oui", "Non")):
            bx = x0 + 40 + j * 200
            p.circle(bx + 18, ry + 70, 18, outline=PRIMARY, width=4)
            if j == answer:
                p.circle(bx + 18, ry + 70, 9, fill=PRIMARY)
            p.text((bx + 50, ry + 70), label, size=26, anchor="lm")
    highlight(p, (x0 + 30, y + 70, x0 + 160, y + 118), pad=4)


def draw_recap_validate(p: Pen):
    x0, y0, x1, y1 = phone_closeup(p)
    y = app_bar(p, (x0, y0, x1, y1), "Récapitulatif")
    rows = [
        ("Travail", "Oui, 35 h"),
        ("Salaire brut", "420,00 €"),
        ("Formation", "Non"),
        ("Arrêt maladie", "Non"),
    ]
    for i, (label, value) in enumerate(rows):
        ry = y + 30 + i * 66
        p.text((x0 + 30, ry), label, size=26, fill=MUTED)
        p.text((x1 - 30, ry), value, size=26, bold=True, anchor="ra")
        p.line([(x0 + 30, ry + 48), (x1 - 30, ry + 48)], fill=LINE, width=2)
    btn = (x0 + 30, y + 320, x1 - 30, y + 390)
    button(p, btn, "Valider")
    highlight(p, btn, pad=8)
    finger(p, btn[2] - 150, btn[3] - 18)


def _messages(p: Pen, reply: bool):
    x0, y0, x1, y1 = phone_closeup(p)
    y = app_bar(p, (x0, y0, x1, y1), "Mes échanges", back=True)
    if not reply:
        rows = [
            ("Votre conseiller", "Convocation : 8 décembre, 14 h", True),
            ("Votre conseiller", "Offre d'emploi à regarder", True),
            ("Votre conseiller", "Bienvenue", False),
        ]
        for i, (sender, subject, unread) in enumerate(rows):
            ry = y + 20 + i * 100
            person(p, x0 + 60, ry + 40, 36)
            p.text((x0 + 110, ry + 24), sender, size=24, bold=unread, anchor="lm")
            p.text(
                (x0 + 110, ry + 60),
                subject,
                size=24,
                bold=unread,
                fill=INK if unread else MUTED,
                anchor="lm",
            )
            p.line([(x0 + 30, ry + 92), (x1 - 30, ry + 92)], fill=LINE, width=2)
        highlight(p, (x0 + 22, y + 14, x1 - 22, y + 112), pad=2)
        return
    bubble = (x0 + 30, y + 24, x1 - 120, y + 160)
    p.rect(bubble, fill=SOFT, radius=20)
    p.text((bubble[0] + 24, bubble[1] + 30), "Rendez-vous le 8 décembre", size=24)
    p.text((bubble[0] + 24, bubble[1] + 70), "à 14 h. Êtes-vous disponible ?", size=24)
    mine = (x0 + 150, y + 190, x1 - 30, y + 270)
    p.rect(mine, fill="#D0E2FA", radius=20)
    p.text(
        (mine[0] + 24, mine[1] + 40), "Oui, je serai là. Merci.", size=24, anchor="lm"
    )
    btn = (x0 + 30, y + 320, x1 - 30, y + 390)
    button(p, btn, "Répondre")
    highlight(p, btn, pad=8)
    finger(p, btn[2] - 150, btn[3] - 18)


def draw_messages_list(p: Pen):
    _messages(p, reply=False)


def draw_message_reply(p: Pen):
    _messages(p, reply=True)


def draw_printer(p: Pen):
    p.rect((200, 60, 520, 200), fill=PAPER, outline=INK, width=4)
    text_lines(p, 230, 90, 490, 3, gap=30)
    p.rect((120, 180, 600, 380), fill="#8393AB", radius=24)
    p.rect((160, 230, 560, 250), fill=BODY, radius=6)
    p.circle(540, 310, 14, fill=GOOD)
    p.rect((200, 340, 520, 500), fill=PAPER, outline=INK, width=4)
    text_lines(p, 230, 380, 490, 3, gap=30)


def draw_trash_can(p: Pen):
    envelope(p, (100, 120, 320, 260), color=BAD, width=5)
    arrow(p, (340, 220), (440, 300))
    trash_can(p, 560, 340, 240, color=INK)


# --------------------------------------------------------------------------
# Registry
# --------------------------------------------------------------------------

# key -> (title of the Wagtail image, drawing function)
PICTURES: dict[str, tuple[str, Callable[[Pen], None]]] = {
    "phone_power_button": ("Téléphone : le bouton Marche", draw_phone_power_button),
    "phone_power_hold": ("Téléphone : appui long sur Marche", draw_phone_power_hold),
    "phone_boot": ("Téléphone : l'écran qui s'allume", draw_phone_boot),
    "phone_pin_pad": ("Téléphone : le clavier du code PIN", draw_phone_pin_pad),
    "phone_unlock_swipe": (
        "Téléphone : glisser pour déverrouiller",
        draw_phone_unlock_swipe,
    ),
    "laptop_power": ("Ordinateur portable : le bouton Marche", draw_laptop_power),
    "computer_login": ("Ordinateur : l'écran de connexion", draw_computer_login),
    "mouse_move": ("Souris : la déplacer sur la table", draw_mouse_move),
    "mouse_click": ("Souris : le clic gauche", draw_mouse_click),
    "mouse_double_click": ("Souris : le double-clic", draw_mouse_double_click),
    "mouse_right_click": ("Souris : le clic droit", draw_mouse_right_click),
    "phone_shutdown_menu": ("Téléphone : le menu Éteindre", draw_phone_shutdown_menu),
    "computer_start_menu": (
        "Ordinateur : le menu Démarrer et Arrêter",
        draw_computer_start_menu,
    ),
    "devices_off": ("Téléphone et ordinateur éteints", draw_devices_off),
    "phone_keyboard_field": (
        "Clavier du téléphone : la zone où écrire",
        draw_phone_keyboard_field,
    ),
    "phone_keyboard_letters": (
        "Clavier du téléphone : les lettres",
        draw_phone_keyboard_letters,
    ),
    "phone_keyboard_shift": (
        "Clavier du téléphone : la flèche des majuscules",
        draw_phone_keyboard_shift,
    ),
    "phone_keyboard_123": (
        "Clavier du téléphone : la touche ?123",
        draw_phone_keyboard_123,
    ),
    "phone_keyboard_at": ("Clavier du téléphone : le signe @", draw_phone_keyboard_at),
    "phone_keyboard_abc": (
        "Clavier du téléphone : retour aux lettres",
        draw_phone_keyboard_abc,
    ),
    "phone_keyboard_erase": (
        "Clavier du téléphone : la touche effacer",
        draw_phone_keyboard_erase,
    ),
    "keyboard_text_cursor": (
        "Clavier d'ordinateur : le trait qui clignote",
        draw_keyboard_text_cursor,
    ),
    "keyboard_shift": ("Clavier d'ordinateur : la touche Maj", draw_keyboard_shift),
    "keyboard_digits": ("Clavier d'ordinateur : les chiffres", draw_keyboard_digits),
    "keyboard_at_key": ("Clavier d'ordinateur : Alt Gr et @", draw_keyboard_at_key),
    "keyboard_backspace": (
        "Clavier d'ordinateur : Retour arrière",
        draw_keyboard_backspace,
    ),
    "keyboard_enter": ("Clavier d'ordinateur : la touche Entrée", draw_keyboard_enter),
    "phone_settings_app": (
        "Téléphone : l'application Réglages",
        draw_phone_settings_app,
    ),
    "phone_settings_menu": ("Téléphone : Réseau et Internet", draw_phone_settings_menu),
    "wifi_list_toggle": ("Wi-Fi : l'interrupteur", draw_wifi_list_toggle),
    "wifi_list_choose": ("Wi-Fi : la liste des réseaux", draw_wifi_list_choose),
    "wifi_password": ("Wi-Fi : le mot de passe du réseau", draw_wifi_password),
    "wifi_icon": ("Le symbole du Wi-Fi en forme d'éventail", draw_wifi_icon),
    "mobile_data_toggle": ("Téléphone : les données mobiles", draw_mobile_data_toggle),
    "phone_browser_app": ("Téléphone : l'application Internet", draw_phone_browser_app),
    "phone_files_app": ("Téléphone : l'application Fichiers", draw_phone_files_app),
    "browser_address_bar": (
        "Navigateur : la barre d'adresse",
        draw_browser_address_bar,
    ),
    "browser_search_typing": (
        "Navigateur : taper sa recherche",
        draw_browser_search_typing,
    ),
    "browser_search_go": ("Navigateur : lancer la recherche", draw_browser_search_go),
    "search_results": ("Recherche : la liste des résultats", draw_search_results),
    "search_results_choose": (
        "Recherche : choisir un résultat sans « Annonce »",
        draw_search_results_choose,
    ),
    "web_page_scroll": ("Page web : faire défiler", draw_web_page_scroll),
    "back_button": ("Téléphone : la flèche Retour", draw_back_button),
    "mail_inbox": ("E-mail : la boîte de réception", draw_mail_inbox),
    "mail_inbox_compose": (
        "E-mail : le bouton Nouveau message",
        draw_mail_inbox_compose,
    ),
    "mail_inbox_menu": ("E-mail : le menu aux trois traits", draw_mail_inbox_menu),
    "mail_read": ("E-mail : lire un message", draw_mail_read),
    "mail_compose_to": ("E-mail : la case À", draw_mail_compose_to),
    "mail_compose_subject": ("E-mail : la case Objet", draw_mail_compose_subject),
    "mail_compose_send": ("E-mail : le bouton Envoyer", draw_mail_compose_send),
    "attachment_paperclip": (
        "E-mail : le trombone de la pièce jointe",
        draw_attachment_paperclip,
    ),
    "mail_menu_spam": ("E-mail : le dossier Spam", draw_mail_menu_spam),
    "mail_not_spam": ("E-mail : « Ce n'est pas un spam »", draw_mail_not_spam),
    "mail_spam_no_click": (
        "E-mail : ne pas cliquer sur un lien douteux",
        draw_mail_spam_no_click,
    ),
    "signup_start": ("Inscription : le bouton Créer un compte", draw_signup_start),
    "signup_form": ("Inscription : prénom, nom, date de naissance", draw_signup_form),
    "signup_address": ("Inscription : choisir son adresse", draw_signup_address),
    "password_field": ("Mot de passe et sa barre de solidité", draw_password_field),
    "signup_recovery": ("Inscription : le téléphone de secours", draw_signup_recovery),
    "signup_terms": ("Inscription : accepter les conditions", draw_signup_terms),
    "notebook_safe": ("Un carnet rangé à la maison", draw_notebook_safe),
    "sticky_note_no": ("Pas de mot de passe collé sur l'écran", draw_sticky_note_no),
    "passphrase_words": ("Phrase de passe : quatre mots", draw_passphrase_words),
    "passphrase_joined": ("Phrase de passe : les mots reliés", draw_passphrase_joined),
    "passphrase_final": (
        "Phrase de passe : majuscule et chiffre",
        draw_passphrase_final,
    ),
    "passphrase_per_site": ("Un mot de passe par site", draw_passphrase_per_site),
    "scam_sms": ("Un SMS d'arnaque", draw_scam_sms),
    "sms_forward_33700": ("Transférer un SMS douteux au 33700", draw_sms_forward_33700),
    "suspicious_email": ("Un e-mail douteux", draw_suspicious_email),
    "phone_call_official": (
        "Appeler le numéro de son courrier",
        draw_phone_call_official,
    ),
    "bank_card_opposition": (
        "Faire opposition sur sa carte",
        draw_bank_card_opposition,
    ),
    "document_on_table": (
        "Un document posé à plat, bien éclairé",
        draw_document_on_table,
    ),
    "camera_document": (
        "Appareil photo : cadrer tout le document",
        draw_camera_document,
    ),
    "camera_shutter": (
        "Appareil photo : mise au point et déclencheur",
        draw_camera_shutter,
    ),
    "photo_zoom_check": ("Photo : agrandir pour vérifier", draw_photo_zoom_check),
    "scan_menu": ("Fichiers : Numériser", draw_scan_menu),
    "scan_add_page": ("Numériser : ajouter une page", draw_scan_add_page),
    "scan_save_name": ("Numériser : nommer le fichier", draw_scan_save_name),
    "file_picker": ("Choisir un fichier", draw_file_picker),
    "upload_button": ("Site : Ajouter un fichier", draw_upload_button),
    "upload_done": ("Site : fichier ajouté, Valider", draw_upload_done),
    "login_form": ("Formulaire de connexion", draw_login_form),
    "login_identifier": ("Connexion : l'identifiant", draw_login_identifier),
    "account_create_link": ("Compte : Créer mon compte", draw_account_create_link),
    "account_button": ("Site : le bouton Mon compte", draw_account_button),
    "social_security_number": (
        "Le numéro de sécurité sociale",
        draw_social_security_number,
    ),
    "identity_form": ("Date de naissance et code postal", draw_identity_form),
    "letter_code": ("Le code provisoire reçu par courrier", draw_letter_code),
    "identity_button": (
        "Bouton « S'identifier avec un compte officiel »",
        draw_identity_button,
    ),
    "identity_choice": ("Choisir le compte pour s'identifier", draw_identity_choice),
    "identity_confirm": ("Vérifier ses informations", draw_identity_confirm),
    "logged_in": ("Connectée sur le site", draw_logged_in),
    "logout_button": ("Se déconnecter", draw_logout_button),
    "account_home": ("Accueil du compte", draw_account_home),
    "account_home_declaration": (
        "Compte : la déclaration à faire",
        draw_account_home_declaration,
    ),
    "account_home_attestations": (
        "Compte : les attestations",
        draw_account_home_attestations,
    ),
    "account_home_messages": ("Compte : les messages", draw_account_home_messages),
    "notification_message": (
        "Notification : déclaration disponible",
        draw_notification_message,
    ),
    "declaration_form": (
        "Déclaration : les montants de chaque mois",
        draw_declaration_form,
    ),
    "confirmation_check": (
        "Confirmation avec une coche verte",
        draw_confirmation_check,
    ),
    "attestation_list": ("La liste des attestations", draw_attestation_list),
    "pdf_download": ("Télécharger un PDF", draw_pdf_download),
    "calendar_date": ("Calendrier : du 28 au 15", draw_calendar_date),
    "questionnaire": ("Questions du mois : Oui ou Non", draw_questionnaire),
    "recap_validate": ("Récapitulatif et Valider", draw_recap_validate),
    "messages_list": ("Les messages du conseiller", draw_messages_list),
    "message_reply": ("Répondre au conseiller", draw_message_reply),
    "printer": ("Une imprimante", draw_printer),
    "trash_can": ("Une corbeille", draw_trash_can),
}


def picture_title(key: str) -> str:
    """The title of the Wagtail image drawn for this key (raises KeyError)."""
    return f"Illustration – {PICTURES[key][0]}"


@cache
def picture_png(key: str) -> bytes:
    """Draw the picture registered under ``key`` as PNG bytes (raises KeyError).

    Drawn once per process: the demo loader runs many times in the tests.
    """
    _title, draw = PICTURES[key]
    pen = Pen()
    draw(pen)
    return pen.png()


def _collection() -> Collection:
    existing = Collection.objects.filter(name=COLLECTION_NAME).first()
    if existing is not None:
        return existing
    return Collection.get_first_root_node().add_child(name=COLLECTION_NAME)


def picture_image(key: str):
    """The Wagtail image of this picture, created in « Illustrations de la démo »
    on first use and found again by its title afterwards (raises KeyError)."""
    collection = _collection()
    title = picture_title(key)
    Image = get_image_model()
    image = Image.objects.filter(collection=collection, title=title).first()
    if image is None:
        png = picture_png(key)
        # Size and hash given up front: Wagtail need not read the file back.
        image = Image(
            title=title,
            collection=collection,
            width=WIDTH,
            height=HEIGHT,
            file_size=len(png),
            file_hash=hashlib.sha1(png).hexdigest(),  # noqa: S324 - Wagtail's own
        )
        image.file = ImageFile(BytesIO(png), name=f"demo-{key}.png")
        image.save()
    return image


# The renditions courses/includes/step_picture.html asks for (its `picture` tag
# with format-{webp,png} and width-{360,720}).
STEP_RENDITIONS = (
    "format-webp|width-360",
    "format-webp|width-720",
    "format-png|width-360",
    "format-png|width-720",
)


def picture_renditions_create(*, keys: Iterable[str] | None = None) -> int:
    """Make the renditions of the demo pictures (all of them by default) now, so
    the first learner who opens a lesson does not wait for them; returns how many
    pictures (raises KeyError for an unknown key)."""
    keys = list(PICTURES if keys is None else keys)
    for key in keys:
        picture_image(key).get_renditions(*STEP_RENDITIONS)
    return len(keys)
