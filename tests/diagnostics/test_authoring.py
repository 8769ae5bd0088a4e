"""Trainers author diagnostics in the Wagtail admin."""

from diagnostics.models import Diagnostic
from people import roles
from people.services import roles_setup
from skills.models import CompetenceArea, Level
from skills.services import scale_seed
from tests import builders

ADD = "/admin/snippets/diagnostics/diagnostic/add/"


def _post(items):
    data = {
        "title": "Diagnostic du centre",
        "audience": "beneficiary",
        "intro": "",
        "screening_questions-TOTAL_FORMS": "1",
        "screening_questions-INITIAL_FORMS": "0",
        "screening_questions-MIN_NUM_FORMS": "0",
        "screening_questions-MAX_NUM_FORMS": "1000",
        "screening_questions-0-text": "Avez-vous un ordinateur ?",
        "screening_questions-0-choices": "Oui\nNon",
        "screening_questions-0-ORDER": "1",
        "screening_questions-0-id": "",
        "screening_questions-0-DELETE": "",
        "items-TOTAL_FORMS": str(len(items)),
        "items-INITIAL_FORMS": "0",
        "items-MIN_NUM_FORMS": "0",
        "items-MAX_NUM_FORMS": "1000",
    }
    area = CompetenceArea.objects.get(number=1)
    level = Level.objects.get(code="N1")
    for i, (kind, task) in enumerate(items):
        data.update(
            {
                f"items-{i}-area": str(area.pk),
                f"items-{i}-level": str(level.pk),
                f"items-{i}-kind": kind,
                f"items-{i}-question": "",
                f"items-{i}-task": task,
                f"items-{i}-ORDER": str(i + 1),
                f"items-{i}-id": "",
                f"items-{i}-DELETE": "",
            }
        )
    return data


def test_a_trainer_creates_a_diagnostic_with_items(client, db):
    scale_seed()
    roles_setup()
    client.force_login(builders.user(group=roles.TRAINER))
    assert client.get("/admin/snippets/diagnostics/diagnostic/").status_code == 200
    response = client.post(ADD, _post([("task", "La personne a su allumer.")]))
    assert response.status_code == 302
    diagnostic = Diagnostic.objects.get()
    assert diagnostic.items.get().task == "La personne a su allumer."
    assert diagnostic.screening_questions.get().choice_list == ["Oui", "Non"]


def test_an_item_without_its_task_or_question_is_refused(admin_client, db):
    scale_seed()
    html = admin_client.post(ADD, _post([("task", ""), ("question", "")]))
    html = html.content.decode()
    assert "Décrivez ce que la personne doit savoir faire." in html
    assert "Choisissez la question à poser." in html
    assert not Diagnostic.objects.exists()
