"""The import screen and GIFT download in the Wagtail admin, and the commands."""

from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from quizzes.importers import gift_import
from quizzes.models import Question, QuestionKind, Quiz
from tests import builders
from tests.quizzes import factories

DATA = Path(__file__).parent / "data"
IMPORT_URL = "/admin/exercices/import/"


def _export_url(quiz):
    return f"/admin/exercices/{quiz.pk}/export-gift/"


def _upload(name: str, content: bytes | None = None):
    return SimpleUploadedFile(name, content or (DATA / name).read_bytes())


@pytest.fixture
def editor(db, client):
    """Someone who may use the admin but not create quizzes."""
    person = builders.user("redactrice")
    person.user_permissions.add(
        Permission.objects.get(
            codename="access_admin", content_type__app_label="wagtailadmin"
        )
    )
    client.force_login(person)
    return client


def test_the_import_screen_shows_its_form_to_superusers(admin_client):
    response = admin_client.get(IMPORT_URL)
    assert response.status_code == 200
    page = response.content.decode()
    assert 'enctype="multipart/form-data"' in page
    assert "Moodle GIFT" in page and "django-quiz-app" in page


def test_an_admin_user_without_the_permission_gets_403(editor):
    quiz = factories.quiz(factories.question())
    response = editor.get(IMPORT_URL)
    assert response.status_code == 403
    assert "quizzes.add_quiz" not in response.content.decode()
    assert "pas le droit" in response.content.decode()
    response = editor.post(
        IMPORT_URL,
        {"source_format": "quizapp", "upload": _upload("quizapp_dump.json")},
    )
    assert response.status_code == 403
    assert editor.get(_export_url(quiz)).status_code == 403
    assert Quiz.objects.count() == 1


def test_someone_outside_the_admin_is_sent_to_the_login_page(client, learner):
    client.force_login(learner)
    response = client.get(IMPORT_URL)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_a_superuser_imports_a_quizapp_dump(admin_client):
    response = admin_client.post(
        IMPORT_URL,
        {"source_format": "quizapp", "upload": _upload("quizapp_dump.json")},
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Exercices créés : 2" in page
    assert "type inconnu" in page
    assert "Premiers pas avec la messagerie" in page
    assert Quiz.objects.count() == 2
    assert Question.objects.count() == 6


def test_a_dry_run_from_the_admin_writes_nothing(admin_client):
    response = admin_client.post(
        IMPORT_URL,
        {
            "source_format": "quizapp",
            "upload": _upload("quizapp_dump.json"),
            "dry_run": "on",
        },
    )
    assert "Simulation" in response.content.decode()
    assert not Quiz.objects.exists()


def test_a_superuser_imports_gift_into_a_new_draft_quiz(admin_client):
    response = admin_client.post(
        IMPORT_URL,
        {
            "source_format": "gift",
            "upload": _upload("sample.gift"),
            "quiz_title": "Ma boîte mail",
        },
    )
    assert response.status_code == 200
    assert "Questions créées : 13" in response.content.decode()
    quiz = Quiz.objects.get(title="Ma boîte mail")
    assert not quiz.live and quiz.quiz_questions.count() == 13


def test_a_malformed_file_shows_its_errors_and_writes_nothing(admin_client):
    response = admin_client.post(
        IMPORT_URL,
        {
            "source_format": "gift",
            "upload": _upload("bad.gift", b"Bien ? {T}\n\nMal ? {=a ~b\n"),
            "quiz_title": "Essai",
        },
    )
    assert response.status_code == 400
    page = response.content.decode()
    assert "Import refusé" in page
    assert "Ligne 3" in page
    assert not Quiz.objects.exists()
    assert not Question.objects.exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"Q ? {T}\n" + b"/" * (2 * 1024 * 1024), "dépasse 2 Mo"),
        ("Q ? {T}".encode("latin-1") + b"\xe9\xe8", "UTF-8"),
    ],
)
def test_too_big_or_badly_encoded_files_are_refused(admin_client, content, message):
    response = admin_client.post(
        IMPORT_URL, {"source_format": "gift", "upload": _upload("x.gift", content)}
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Question.objects.exists()


def test_a_quiz_is_downloaded_as_gift(admin_client):
    quiz = factories.quiz(
        factories.question(QuestionKind.SINGLE),
        factories.question(QuestionKind.TRUE_FALSE),
        title="Allumer l'ordinateur",
    )
    response = admin_client.get(_export_url(quiz))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert f"allumer-lordinateur-{quiz.pk}.gift" in response["Content-Disposition"]
    text = response.content.decode()
    assert "Question single {\n    =Le bouton Marche\n    ~La prise" in text
    assert "Question true_false {\n    TRUE\n" in text


def test_the_quiz_listing_offers_the_gift_download(admin_client):
    quiz = factories.quiz(factories.question())
    response = admin_client.get("/admin/snippets/quizzes/quiz/")
    assert _export_url(quiz) in response.content.decode()


def test_the_admin_menu_links_to_the_import_screen(admin_client, editor):
    assert IMPORT_URL in admin_client.get("/admin/").content.decode()
    assert IMPORT_URL not in editor.get("/admin/").content.decode()


def test_the_quizapp_command_imports_and_reports_in_french(db):
    out = StringIO()
    call_command("import_quizapp", str(DATA / "quizapp_dump.json"), stdout=out)
    assert "Exercices créés : 2" in out.getvalue()
    assert "Questions créées : 6" in out.getvalue()
    again = StringIO()
    call_command("import_quizapp", str(DATA / "quizapp_dump.json"), stdout=again)
    assert "Questions créées : 0" in again.getvalue()
    assert "déjà importé" in again.getvalue()
    assert Quiz.objects.count() == 2


def test_the_quizapp_command_dry_run_writes_nothing(db):
    out = StringIO()
    call_command(
        "import_quizapp", str(DATA / "quizapp_dump.json"), "--dry-run", stdout=out
    )
    assert "Simulation : rien n'a été enregistré." in out.getvalue()
    assert not Quiz.objects.exists()


def test_the_commands_fail_on_a_malformed_file(db, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('[{"model": "quiz.quiz", "pk": 1, "fields": {}}]')
    err = StringIO()
    with pytest.raises(CommandError, match="Import refusé"):
        call_command("import_quizapp", str(bad), stderr=err)
    assert "« title » manquant" in err.getvalue()
    with pytest.raises(CommandError, match="Lecture impossible"):
        call_command("import_gift", str(tmp_path / "absent.gift"))
    assert not Quiz.objects.exists()


def test_gift_commands_import_and_export(db, tmp_path):
    out = StringIO()
    call_command(
        "import_gift",
        str(DATA / "sample.gift"),
        "--quiz-title",
        "Courriels",
        stdout=out,
    )
    assert "Questions créées : 13" in out.getvalue()
    quiz = Quiz.objects.get(title="Courriels")
    target = tmp_path / "courriels.gift"
    call_command("export_gift", "--quiz", str(quiz.pk), "-o", str(target), stdout=out)
    assert "13 questions écrites" in out.getvalue()
    assert gift_import(text=target.read_text(encoding="utf-8")).question_count == 13
    screen = StringIO()
    call_command("export_gift", "--quiz", str(quiz.pk), stdout=screen)
    assert screen.getvalue() == target.read_text(encoding="utf-8")
    with pytest.raises(CommandError, match="Aucun exercice"):
        call_command("export_gift", "--quiz", "999999")
