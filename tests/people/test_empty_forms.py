"""An empty form post gets a clear French message and writes nothing."""

from django.contrib.auth import get_user_model
from django.urls import reverse

from people.models import BeneficiaryProfile


def test_an_empty_code_sign_in_says_what_is_missing(client, groups):
    response = client.post(reverse("people:code_login"), {})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Écrivez votre code de connexion." in html
    assert "Écrivez votre code secret." in html
    assert "_auth_user_id" not in client.session


def test_an_empty_beneficiary_form_creates_nobody(client, pro_corbeil):
    client.force_login(pro_corbeil)
    users = get_user_model().objects.count()
    response = client.post(reverse("people:beneficiary_create"), {})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Corrigez les champs signalés" in html
    assert "Champ requis." in html
    assert "la personne doit donner son accord" in html
    assert get_user_model().objects.count() == users
    assert not BeneficiaryProfile.objects.exists()
