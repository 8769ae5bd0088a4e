"""Geometry of the dashboards' charts, drawn as inline SVG by the templates
(no chart library, no JavaScript). Pure functions: no query.

Every chart sits beside a table of the same figures, so the drawing is
`role="img"` with a name and the table is what a screen reader reads."""

import html
import unicodedata
from dataclasses import dataclass

from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

WIDTH = 320  # viewBox units; the SVG scales to the column's width
LABEL_WIDTH = 84
BAR_WIDTH = WIDTH - LABEL_WIDTH - 6


@dataclass
class Segment:
    x: float
    width: float
    level: int  # index in the scale, for the colour class
    label: str  # « N2 En progression : 4 personnes »


@dataclass
class StackedRow:
    y: float
    label: str
    segments: list[Segment]

    @property
    def text_y(self) -> float:
        return self.y + 12


@dataclass
class AreaBlock:
    y: float  # baseline of the area's title
    title: str
    empty: bool
    rows: list[StackedRow]

    @property
    def note_y(self) -> float:
        return self.y + 18


@dataclass
class LevelChart:
    height: float
    areas: list[AreaBlock]


def _people(count: int) -> str:
    return ngettext("%(n)s personne", "%(n)s personnes", count) % {"n": count}


def level_chart(area_levels, levels) -> LevelChart:
    """Per competence area, two bars split by level: the first level measured
    and the latest, each as a share of the people measured in the area."""
    blocks, y = [], 0.0
    for area in area_levels:
        title_y = y + 14
        rows = []
        if area.people:
            for n, (label, counts) in enumerate(
                ((_("Au début"), area.first), (_("À la fin"), area.latest))
            ):
                row_y = y + 22 + n * 22
                segments, x = [], float(LABEL_WIDTH)
                for index, count in enumerate(counts):
                    if not count:
                        continue
                    width = BAR_WIDTH * count / area.people
                    level = levels[index]
                    segments.append(
                        Segment(
                            x=round(x, 2),
                            width=round(width, 2),
                            level=index,
                            label=f"{level.code} {level.name} : {_people(count)}",
                        )
                    )
                    x += width
                rows.append(StackedRow(y=row_y, label=label, segments=segments))
            y += 22 + 2 * 22 + 6
        else:
            y += 36
        blocks.append(
            AreaBlock(
                y=title_y,
                title=f"{area.area.number}. {area.area.name}",
                empty=not area.people,
                rows=rows,
            )
        )
    return LevelChart(height=max(y, 20), areas=blocks)


@dataclass
class Bar:
    y: float
    label: str
    width: float
    value_x: float
    display: str

    @property
    def label_y(self) -> float:
        return self.y + 12

    @property
    def bar_y(self) -> float:
        return self.y + 17

    @property
    def value_y(self) -> float:
        return self.y + 29


# One bar of the drawing and one row of its table, as the template wrote them
# (a network page draws 50: written here, a loop in the template cost more
# than the rest of the chart; issue 13). Every value is escaped.
_BAR_SVG = (
    "\n            "
    '<text x="0" y="{label_y}" class="dash-chart__label">{short}</text>\n'
    "            "
    '<rect x="0" y="{bar_y}" width="{width}" height="14" class="dash-bar"/>\n'
    "            "
    '<text x="{value_x}" y="{value_y}" class="dash-chart__value">{display}</text>\n'
    "        "
)
_BAR_ROW = '<tr><th scope="row">{label}</th><td>{display}</td></tr>'
LABEL_CHARS = 48


def _short(label: str) -> str:
    """Truncator(label).chars(48), without building a Truncator for the
    labels that fit (most of them): the same text, normalised as it does."""
    text = unicodedata.normalize("NFC", label)
    return text if len(text) <= LABEL_CHARS else Truncator(text).chars(LABEL_CHARS)


@dataclass
class BarChart:
    height: float
    bars: list[Bar]

    def svg_bars(self) -> SafeString:
        """The bars' SVG elements (label cut at 48 characters, value after)."""
        # html.escape: Django's escape() less its SafeString, built once here.
        return mark_safe(  # noqa: S308 — every value escaped below
            "".join(
                _BAR_SVG.format(
                    label_y=bar.label_y,
                    short=html.escape(_short(bar.label)),
                    bar_y=bar.bar_y,
                    width=bar.width,
                    value_x=bar.value_x,
                    value_y=bar.value_y,
                    display=html.escape(str(bar.display)),
                )
                for bar in self.bars
            )
        )

    def table_rows(self) -> SafeString:
        """The same figures as table rows, for screen readers and print."""
        return mark_safe(  # noqa: S308 — every value escaped below
            "".join(
                _BAR_ROW.format(
                    label=html.escape(bar.label), display=html.escape(str(bar.display))
                )
                for bar in self.bars
            )
        )


def bar_chart(items: list[tuple[str, float, str]]) -> BarChart:
    """Horizontal bars, one per (label, value, value as shown), the longest for
    the largest value; the label above each bar, the value after it."""
    top = max((value for _label, value, _shown in items), default=0) or 1
    span = WIDTH - 50
    bars = []
    for n, (label, value, shown) in enumerate(items):
        width = round(span * (value or 0) / top, 2)
        bars.append(
            Bar(
                y=n * 36,
                label=label,
                width=width,
                value_x=round(width + 4, 2),
                display=shown,
            )
        )
    return BarChart(height=max(len(items) * 36, 20), bars=bars)
