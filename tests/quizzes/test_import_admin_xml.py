"""The Moodle XML choice on the import screen, and the XML download."""

from django.core.files.uploadedfile import SimpleUploadedFile

from quizzes.importers import xml_import
from quizzes.models import Question, QuestionKind, Quiz
from tests.quizzes import factories
from tests.quizzes.test_import_admin import IMPORT_URL, editor  # noqa: F401
from tests.quizzes.test_import_xml import BILLION_LAUGHS, SAMPLE


def _xml_url(quiz) -> str:
    return f"/admin/exercices/{quiz.pk}/export-xml/"


def test_the_import_screen_offers_moodle_xml(admin_client):
    assert "Moodle XML" in admin_client.get(IMPORT_URL).content.decode()


def test_a_moodle_xml_file_is_imported_into_a_new_draft_quiz(admin_client):
    response = admin_client.post(
        IMPORT_URL,
        {
            "source_format": "xml",
            "upload": SimpleUploadedFile("banque.xml", SAMPLE),
            "quiz_title": "Venu de Moodle",
        },
    )
    assert response.status_code == 200
    assert "Questions créées : 7" in response.content.decode()
    quiz = Quiz.objects.get(title="Venu de Moodle")
    assert not quiz.live and quiz.quiz_questions.count() == 7


def test_a_hostile_xml_file_is_refused_on_the_screen(admin_client):
    response = admin_client.post(
        IMPORT_URL,
        {"source_format": "xml", "upload": SimpleUploadedFile("x.xml", BILLION_LAUGHS)},
    )
    assert response.status_code == 400
    assert "refusé par sécurité" in response.content.decode()
    assert not Question.objects.exists()


def test_a_quiz_is_downloaded_as_moodle_xml_and_reads_back(admin_client):
    quiz = factories.quiz(
        factories.question(QuestionKind.MULTIPLE),
        factories.question(QuestionKind.NUMERICAL),
        factories.question(QuestionKind.MATCHING),
        title="Trois sortes",
    )
    response = admin_client.get(_xml_url(quiz))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml; charset=utf-8"
    assert f"trois-sortes-{quiz.pk}.xml" in response["Content-Disposition"]
    report = xml_import(data=response.content)
    assert report.ok, report.errors
    assert dict(report.questions) == {
        QuestionKind.MULTIPLE: 1,
        QuestionKind.NUMERICAL: 1,
        QuestionKind.MATCHING: 1,
    }


def test_the_xml_download_is_for_quiz_authors_only(editor):  # noqa: F811
    quiz = factories.quiz(factories.question())
    assert editor.get(_xml_url(quiz)).status_code == 403


def test_the_quiz_listing_offers_the_xml_download(admin_client):
    quiz = factories.quiz(factories.question())
    response = admin_client.get("/admin/snippets/quizzes/quiz/")
    assert _xml_url(quiz) in response.content.decode()
