"""QuickSelect writes the same HTML as Django's template-rendered Select."""

import pytest
from django import forms

from lms.select_widget import QuickSelect

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
