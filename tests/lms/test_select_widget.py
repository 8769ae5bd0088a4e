"""QuickSelect writes the same HTML as Django's template-rendered Select."""

import datetime

import pytest
from django import forms
from django.db import connection
from django.test.utils import CaptureQueriesContext

from lms.select_widget import (
    DateInput,
    QuickInputMixin,
    QuickRadioSelect,
    QuickSelect,
)

CHOICES = [
    ("", "Toutes mes structures"),
    (1, "Centre social « Les Tilleuls »"),
    (2, 'Médiathèque <b>"Nord"</b> & co'),
    (3, "Espace numérique"),
]


@pytest.mark.parametrize("value", [None, "", 2, "3", "inconnu"])
@pytest.mark.parametrize(
    "attrs",
    [
        None,
        {"id": "id_structure", "aria-describedby": "x_helptext"},
        {"required": True, "disabled": False},
    ],
)
def test_quick_select_renders_what_django_select_renders(value, attrs):
    quick = QuickSelect(choices=CHOICES).render("structure", value, attrs=attrs)
    django = forms.Select(choices=CHOICES).render("structure", value, attrs=attrs)
    assert quick == django
    assert "&lt;b&gt;&quot;Nord&quot;&lt;/b&gt; &amp; co" in quick


def test_quick_select_marks_the_chosen_option_selected():
    html = QuickSelect(choices=CHOICES).render("structure", 3)
    assert '<option value="3" selected>Espace numérique</option>' in html
    assert 'value="2" selected' not in html


def test_quick_select_leaves_grouped_choices_to_django():
    choices = [("Essonne", [(1, "Corbeil"), (2, "Évry")]), ("Paris", [(3, "Paris 13")])]
    quick = QuickSelect(choices=choices).render("structure", 2)
    assert quick == forms.Select(choices=choices).render("structure", 2)
    assert '<optgroup label="Essonne">' in quick


@pytest.mark.django_db
def test_quick_select_renders_a_model_choice_field_like_django():
    from people.models import Structure

    Structure.objects.create(name="Relais <Sud>")
    Structure.objects.create(name="Relais Nord")

    class QuickForm(forms.Form):
        structure = forms.ModelChoiceField(
            Structure.objects.order_by("name"), required=False, widget=QuickSelect
        )

    class DjangoForm(forms.Form):
        structure = forms.ModelChoiceField(
            Structure.objects.order_by("name"), required=False
        )

    chosen = Structure.objects.get(name="Relais Nord").pk
    data = {"structure": str(chosen)}
    assert str(QuickForm(data)["structure"]) == str(DjangoForm(data)["structure"])
    assert f'value="{chosen}" selected' in str(QuickForm(data)["structure"])


@pytest.mark.parametrize("value", [None, "", "2", ["2"], "9"])
def test_quick_select_writes_django_s_select_html_escaped(value):
    choices = [("", "Toutes"), (1, "Café <b>&</b> « Co »"), (2, 'Le "2"'), (2, "Bis")]
    attrs = {"id": "id_s", "required": True, "hidden": False, "aria-label": "a&b"}
    flat = QuickSelect(choices=choices).render("structure", value, attrs)
    assert flat == forms.Select(choices=choices).render("structure", value, attrs)
    assert "<b>" not in flat


# Inputs, radio buttons and model menus (issue 13: the filters of the network's
# pages cost more through Django's templates than their rows).


class QuickTextInput(QuickInputMixin, forms.TextInput):
    """Any forms.Input renders as Django's through QuickInputMixin."""


@pytest.mark.parametrize("value", [None, "", 'a<b & "c"', 0, datetime.date(2026, 3, 1)])
@pytest.mark.parametrize(
    "attrs",
    [None, {"id": "id_q", "required": True, "disabled": False, "aria-label": "x&y"}],
)
def test_quick_inputs_render_what_django_renders(value, attrs):
    quick = QuickTextInput().render("q", value, attrs)
    assert quick == forms.TextInput().render("q", value, attrs)
    django_date = forms.DateInput(format="%Y-%m-%d")
    django_date.input_type = "date"
    assert DateInput().render("d", value, attrs) == django_date.render(
        "d", value, attrs
    )
    assert "<b" not in quick


def test_date_input_writes_iso_dates_in_a_date_input():
    html = DateInput().render("debut", datetime.date(2026, 3, 1), {"id": "id_debut"})
    assert html == '<input type="date" name="debut" value="2026-03-01" id="id_debut">'


class _RadioForm(forms.Form):
    periode = forms.ChoiceField(
        choices=[("mois", "Ce mois-ci"), ("dates", "Dates <choisies> & co")],
        widget=QuickRadioSelect,
    )


class _DjangoRadioForm(forms.Form):
    periode = forms.ChoiceField(
        choices=[("mois", "Ce mois-ci"), ("dates", "Dates <choisies> & co")],
        widget=forms.RadioSelect,
    )


@pytest.mark.parametrize("data", [None, {"periode": "dates"}, {"periode": "x"}])
def test_quick_radio_buttons_render_what_django_renders(data):
    quick, django = _RadioForm(data)["periode"], _DjangoRadioForm(data)["periode"]
    pairs = list(zip(quick, django, strict=True))
    assert len(pairs) == 2
    for mine, theirs in pairs:
        assert mine.tag() == theirs.tag()
        assert str(mine) == str(theirs)  # the button inside its label
    assert str(quick) == str(django)  # the whole list: Django's templates
    assert "&lt;choisies&gt; &amp; co" in str(pairs[1][0])


@pytest.mark.django_db
def test_structure_menu_reads_names_and_towns_alone_and_renders_like_django():
    from people.forms import StructureChoiceField
    from people.models import Structure

    Structure.objects.create(name="Relais <Sud>", town="Évry & co")
    chosen = Structure.objects.create(name="Relais Nord", town="Corbeil")
    structures = Structure.objects.order_by("name")

    class QuickForm(forms.Form):
        structure = StructureChoiceField(
            structures, required=False, empty_label="Toutes mes structures"
        )

    class DjangoForm(forms.Form):
        structure = forms.ModelChoiceField(
            structures, required=False, empty_label="Toutes mes structures"
        )

    data = {"structure": str(chosen.pk)}
    with CaptureQueriesContext(connection) as queries:
        html = str(QuickForm(data)["structure"])
    assert html == str(DjangoForm(data)["structure"])
    assert (
        f'<option value="{chosen.pk}" selected>Relais Nord (Corbeil)</option>' in html
    )
    assert "Relais &lt;Sud&gt; (Évry &amp; co)" in html
    # The menu's one query (the other reads the chosen row, as Django does).
    [query] = [q for q in queries.captured_queries if "WHERE" not in q["sql"]]
    assert '"town"' in query["sql"] and '"kind"' not in query["sql"]
    # Checking the choice is still Django's: a known pk, an unknown one.
    form = QuickForm(data)
    assert form.is_valid() and form.cleaned_data["structure"] == chosen
    unknown = QuickForm({"structure": str(chosen.pk + 100)})
    assert not unknown.is_valid() and "structure" in unknown.errors
