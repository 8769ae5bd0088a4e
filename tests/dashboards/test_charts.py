"""The bar chart's bars and table rows, written in Python: each bar's geometry
and values in the drawing and in its table, every name escaped."""

import pytest
from django.template.loader import render_to_string

from dashboards import charts


def _render(items) -> str:
    return render_to_string(
        "dashboards/includes/bar_chart.html",
        {
            "id": "graphe",
            "chart": charts.bar_chart(items),
            "chart_title": "Leçons finies",
            "label_header": "Structure",
            "value_header": "Leçons",
        },
    )


def test_each_bar_is_drawn_and_listed_with_its_value():
    html = _render([("Corbeil", 10, "10"), ("Grigny", 5, "5"), ("Évry", 0, "0")])

    # The largest value gets the whole span (270 units), the others in scale.
    assert '<rect x="0" y="17" width="270.0" height="14" class="dash-bar"/>' in html
    assert '<rect x="0" y="53" width="135.0" height="14" class="dash-bar"/>' in html
    assert '<rect x="0" y="89" width="0.0" height="14" class="dash-bar"/>' in html
    assert '<text x="139.0" y="65" class="dash-chart__value">5</text>' in html
    assert '<text x="0" y="84" class="dash-chart__label">Évry</text>' in html
    assert (
        '<tbody><tr><th scope="row">Corbeil</th><td>10</td></tr>'
        '<tr><th scope="row">Grigny</th><td>5</td></tr>'
        '<tr><th scope="row">Évry</th><td>0</td></tr></tbody>'
    ) in html


def test_names_are_escaped_and_long_ones_cut_in_the_drawing_only():
    name = "<script>alert(1)</script> & un nom de structure bien plus long que tout"
    html = _render([(name, 3, "3 <b>")])

    assert "<script>" not in html and "<b>" not in html
    escaped = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; un nom de structure"
    assert f"{escaped}…</text>" in html
    assert f'<th scope="row">{escaped} bien plus long que tout</th>' in html
    assert "<td>3 &lt;b&gt;</td>" in html


@pytest.mark.parametrize(
    "label",
    [
        "Relais numérique",
        "x" * 48,
        "x" * 49,
        "Centre social « Les Tilleuls » de la ville nouvelle d'Évry-Courcouronnes",
        "Me\u0301diathe\u0300que de Corbeil",  # decomposed accents
        "e\u0301" * 48,  # 48 letters, 96 code points
    ],
)
def test_bar_labels_are_cut_as_django_s_truncator_cuts_them(label):
    from django.utils.text import Truncator

    from dashboards.charts import _short

    assert _short(label) == Truncator(label).chars(48)
