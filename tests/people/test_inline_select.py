"""The beneficiaries search form's structure menu (a network's 100 structures)
is written by lms.select_widget.QuickSelect: the same HTML as Django's own
select widget, chosen option included."""

from django import forms

from people.forms import BeneficiarySearchForm
from people.models import Structure


def test_the_structure_menu_renders_exactly_as_django_s_select(corbeil, grigny):
    data = {"structure": str(grigny.pk), "etat": "inactifs", "tri": "recent"}
    form = BeneficiarySearchForm(data, structures=Structure.objects.all())
    ours = str(form["structure"])
    form.fields["structure"].widget = forms.Select(
        choices=form.fields["structure"].choices
    )
    assert ours == str(form["structure"])
    assert f'<option value="{grigny.pk}" selected>' in ours
