"""A beneficiary's personal data: export (JSON, CSV) and erasure, each one audited."""

import csv
import io
import json

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client
from django.urls import reverse

from courses.models import Enrollment, LessonCompletion
from courses.services import lesson_complete
from people.gdpr import beneficiary_data_export, beneficiary_erase
from people.models import AuditAction, AuditEvent, BeneficiaryProfile
from people.services import beneficiary_authenticate
from quizzes.models import Answer, Attempt, Question
from quizzes.services import answer_mark, answer_submit, attempt_start
from tests import builders
from tests.quizzes import factories

OPEN_TEXT = "J'habite au 12 rue des Lilas, à Corbeil."
COMMENT = "Bravo Zéphyrine, bien expliqué."


@pytest.fixture
def history(joseph, pro_corbeil, workshops):
    """Zéphyrine (with e-mail and phone) has done two lessons of a course and a
    quiz of every kind, her open answer marked with a comment."""
    profile, pin = joseph
    user = profile.user
    user.email = "zephyrine@example.org"
    user.save(update_fields=["email"])
    profile.phone = "06 12 34 56 78"
    profile.year_of_birth = 1961
    profile.save(update_fields=["phone", "year_of_birth"])

    course = builders.course(workshops, title="Le clavier pas à pas")
    lessons = builders.lessons_of(course)
    for lesson in lessons[:2]:
        lesson_complete(user=user, lesson=lesson)

    quiz = factories.every_kind_quiz(title="Exercice du clavier", pass_mark=50)
    attempt = attempt_start(user=user, quiz=quiz)
    questions = Question.objects.in_bulk(attempt.question_ids)
    by_kind = {q.kind: q for q in questions.values()}
    for kind, answer in {
        "single": {"choice_ids": factories.correct_choice_ids(by_kind["single"])},
        "multiple": {"choice_ids": factories.correct_choice_ids(by_kind["multiple"])},
        "true_false": {"text": "true"},
        "short_text": {"text": "arobase"},
        "open": {"text": OPEN_TEXT},
    }.items():
        answer_submit(
            user=user, attempt_id=attempt.pk, question_id=by_kind[kind].pk, **answer
        )
    open_answer = Answer.objects.get(attempt=attempt, question=by_kind["open"])
    answer_mark(by=pro_corbeil, answer_id=open_answer.pk, points=2, comment=COMMENT)
    profile.refresh_from_db()
    return profile, pin


def attempt_started_at(profile) -> str:
    """Her one attempt's start, as the JSON export writes a moment."""
    from django.core.serializers.json import DjangoJSONEncoder

    started = profile.user.quiz_attempts.get().started_at
    return json.loads(json.dumps(started, cls=DjangoJSONEncoder))


def _post(client, name, profile, data=None):
    return client.post(
        reverse(f"people:{name}", kwargs={"beneficiary_id": profile.pk}), data or {}
    )


# Export


def test_the_json_export_holds_the_account_courses_and_quiz_attempts(
    client, history, pro_corbeil
):
    profile, _pin = history
    client.force_login(pro_corbeil)
    response = _post(client, "beneficiary_export_json", profile)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"].startswith("attachment; filename=")
    assert ".json" in response["Content-Disposition"]
    data = json.loads(response.content)
    account = data["sections"]["compte"]
    assert account["prenom"] == "Zéphyrine"
    assert account["adresse_email"] == "zephyrine@example.org"
    assert account["telephone"] == "06 12 34 56 78"
    assert account["annee_de_naissance"] == 1961
    assert account["code_de_connexion"] == profile.login_code
    assert account["texte_du_consentement"] == profile.consent_text
    assert account["cree_par"].endswith("(pro.corbeil)")
    # The last activity kept for the dashboards: her exercise, started last.
    assert account["derniere_activite_le"] == attempt_started_at(profile)
    assert [e["parcours"] for e in data["sections"]["inscriptions"]] == [
        "Le clavier pas à pas"
    ]
    assert [c["lecon"] for c in data["sections"]["lecons_terminees"]] == [
        "Leçon 1.1",
        "Leçon 1.2",
    ]
    (attempt,) = data["sections"]["tentatives_d_exercices"]
    assert attempt["exercice"] == "Exercice du clavier"
    assert attempt["reussie"] is True
    assert attempt["finie_le"]
    answers = attempt["reponses"]
    assert len(answers) == 5
    assert {"Un long mot de passe", "Un mot de passe par site"} <= {
        choice for a in answers for choice in a["choix"]
    }
    open_answer = next(a for a in answers if a["texte"] == OPEN_TEXT)
    assert open_answer["commentaire_du_correcteur"] == COMMENT


def test_exports_never_hold_the_pin_or_password_hashes(client, history, pro_corbeil):
    profile, _pin = history
    client.force_login(pro_corbeil)
    for name in ("beneficiary_export_json", "beneficiary_export_csv"):
        body = _post(client, name, profile).content.decode("utf-8-sig")
        assert profile.pin_hash not in body
        assert profile.user.password not in body
        assert "md5$" not in body and "pbkdf2" not in body
    data = json.loads(_post(client, "beneficiary_export_json", profile).content)
    keys = set(_keys(data))
    assert not {k for k in keys if "pin" in k or "hash" in k or "password" in k}


def _keys(value):
    if isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _keys(item)
    elif isinstance(value, list):
        for item in value:
            yield from _keys(item)


def test_the_csv_export_is_a_spreadsheet_of_section_field_value(
    client, history, pro_corbeil
):
    profile, _pin = history
    client.force_login(pro_corbeil)
    response = _post(client, "beneficiary_export_csv", profile)

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert ".csv" in response["Content-Disposition"]
    assert response.content.startswith("\ufeff".encode())
    rows = list(
        csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";")
    )
    assert rows[0] == ["section", "ligne", "champ", "valeur"]
    values = {(r[0], r[2]): r[3] for r in rows[1:]}
    assert values[("compte", "prenom")] == "Zéphyrine"
    # A phone starting with "+" or "-" would be escaped; this one is plain.
    assert values[("compte", "telephone")] == "06 12 34 56 78"
    assert values[("inscriptions", "parcours")] == "Le clavier pas à pas"
    lessons = [r[3] for r in rows if r[0] == "lecons_terminees" and r[2] == "lecon"]
    assert lessons == ["Leçon 1.1", "Leçon 1.2"]
    assert values[("tentatives_d_exercices", "exercice")] == "Exercice du clavier"
    assert OPEN_TEXT in {r[3] for r in rows if r[2].endswith(".texte")}


def test_a_formula_in_free_text_is_neutralised_in_the_csv(client, joseph, pro_corbeil):
    profile, _pin = joseph
    profile.user.first_name = '=HYPERLINK("http://x")'
    profile.user.save(update_fields=["first_name"])
    client.force_login(pro_corbeil)
    body = _post(client, "beneficiary_export_csv", profile).content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(body), delimiter=";"))
    first_name = next(r[3] for r in rows if r[2] == "prenom")
    assert first_name.startswith("'=")


def test_each_export_is_recorded_with_who_when_and_what(client, history, pro_corbeil):
    profile, _pin = history
    client.force_login(pro_corbeil)
    _post(client, "beneficiary_export_json", profile)
    _post(client, "beneficiary_export_csv", profile)
    _post(client, "beneficiary_export_csv", profile)

    events = list(AuditEvent.objects.personal_data().order_by("pk"))
    assert [e.action for e in events] == [
        AuditAction.EXPORT_JSON,
        AuditAction.EXPORT_CSV,
        AuditAction.EXPORT_CSV,
    ]
    for event in events:
        assert event.actor == pro_corbeil
        assert "pro.corbeil" in event.actor_label
        assert event.target == profile.user
        assert event.target_label == profile.login_code
        assert event.structure == profile.structure
        assert event.created_at is not None
        assert "inscriptions" in event.details["sections"]


def test_an_export_cannot_be_fetched_with_get(client, history, pro_corbeil):
    profile, _pin = history
    client.force_login(pro_corbeil)
    url = reverse(
        "people:beneficiary_export_json", kwargs={"beneficiary_id": profile.pk}
    )
    assert client.get(url).status_code == 405
    assert not AuditEvent.objects.personal_data().exists()


def test_a_coordinator_may_export_any_structure(history, coordinator):
    profile, _pin = history
    data = beneficiary_data_export(by=coordinator, profile=profile, file_format="csv")
    assert data["sections"]["compte"]["prenom"] == "Zéphyrine"
    assert AuditEvent.objects.personal_data().get().actor == coordinator


@pytest.mark.parametrize("service", ["export", "erase"])
def test_services_refuse_a_professional_of_another_structure(
    history, pro_grigny, service
):
    profile, _pin = history
    with pytest.raises(PermissionDenied):
        if service == "export":
            beneficiary_data_export(by=pro_grigny, profile=profile)
        else:
            beneficiary_erase(by=pro_grigny, profile=profile)
    assert not AuditEvent.objects.personal_data().exists()
    profile.user.refresh_from_db()
    assert profile.user.first_name == "Zéphyrine"


# Erasure


def test_the_detail_page_offers_the_downloads_and_the_erasure(
    client, joseph, pro_corbeil
):
    profile, _pin = joseph
    client.force_login(pro_corbeil)
    body = client.get(
        reverse("people:beneficiary_detail", kwargs={"beneficiary_id": profile.pk})
    ).content.decode()
    assert "Données personnelles (RGPD)" in body
    for name in ("beneficiary_export_json", "beneficiary_export_csv"):
        url = reverse(f"people:{name}", kwargs={"beneficiary_id": profile.pk})
        assert f'<form method="post" action="{url}">' in body
    assert (
        reverse("people:beneficiary_erase", kwargs={"beneficiary_id": profile.pk})
        in body
    )


def test_the_confirmation_page_says_what_goes_and_what_stays(
    client, joseph, pro_corbeil
):
    profile, _pin = joseph
    client.force_login(pro_corbeil)
    response = client.get(
        reverse("people:beneficiary_erase", kwargs={"beneficiary_id": profile.pk})
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert "Ce qui sera effacé" in body and "Ce qui sera gardé" in body
    assert 'type="checkbox"' in body and '<label for="id_confirm">' in body


def test_erasure_without_the_confirmation_erases_nothing(client, history, pro_corbeil):
    profile, pin = history
    client.force_login(pro_corbeil)
    response = _post(client, "beneficiary_erase", profile)

    assert response.status_code == 200
    assert "Cochez la case pour confirmer" in response.content.decode()
    profile.refresh_from_db()
    assert profile.user.first_name == "Zéphyrine"
    assert profile.erased_at is None
    assert beneficiary_authenticate(login_code=profile.login_code, pin=pin) is not None
    assert not AuditEvent.objects.personal_data().exists()


def test_erasure_anonymises_the_person_and_keeps_the_statistics(
    client, history, pro_corbeil
):
    profile, pin = history
    user = profile.user
    former_code = profile.login_code
    counts = (
        Enrollment.objects.filter(user=user).count(),
        LessonCompletion.objects.filter(user=user).count(),
        Attempt.objects.filter(user=user).count(),
        Answer.objects.filter(attempt__user=user).count(),
    )
    score = Attempt.objects.get(user=user).score
    client.force_login(pro_corbeil)
    response = _post(client, "beneficiary_erase", profile, {"confirm": "on"})

    assert response.status_code == 302
    assert response["Location"] == reverse(
        "people:beneficiary_detail", kwargs={"beneficiary_id": profile.pk}
    )
    profile = BeneficiaryProfile.objects.select_related("user").get(pk=profile.pk)
    user = profile.user
    assert user.first_name == "Personne effacée"
    assert user.last_name == "" and user.email == ""
    assert user.username.startswith("efface-")
    assert not user.is_active and not user.has_usable_password()
    assert profile.phone == "" and profile.year_of_birth is None
    assert profile.consent_text == ""
    assert profile.login_code != former_code
    assert profile.erased_at is not None
    assert profile.structure.name == "Centre social de Corbeil"
    # The statistics stay true.
    assert counts == (
        Enrollment.objects.filter(user=user).count(),
        LessonCompletion.objects.filter(user=user).count(),
        Attempt.objects.filter(user=user).count(),
        Answer.objects.filter(attempt__user=user).count(),
    )
    assert Attempt.objects.get(user=user).score == score
    # What the person wrote, and what was written about them, is gone.
    answers = Answer.objects.filter(attempt__user=user)
    assert not answers.filter(text=OPEN_TEXT).exists()
    assert not answers.filter(text="arobase").exists()
    assert not answers.exclude(marker_comment="").exists()
    # They can no longer sign in, with the old code or the new one.
    assert beneficiary_authenticate(login_code=former_code, pin=pin) is None
    assert beneficiary_authenticate(login_code=profile.login_code, pin=pin) is None
    sign_in = Client().post(
        reverse("people:code_login"), {"login_code": former_code, "pin": pin}
    )
    assert sign_in.status_code == 200 and "_auth_user_id" not in sign_in.client.session
    # The detail page says so, without the name.
    body = client.get(response["Location"]).content.decode()
    assert "Zéphyrine" not in body and "ont été effacées" in body


def test_an_erased_person_is_logged_out_of_an_open_session(client, history):
    profile, _pin = history
    client.force_login(profile.user)
    home = reverse("learner_home")
    assert client.get(home).status_code == 200
    beneficiary_erase(by=profile.created_by, profile=profile)
    response = client.get(home)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_the_erasure_is_recorded_without_the_erased_data(client, history, pro_corbeil):
    profile, _pin = history
    former_code = profile.login_code
    client.force_login(pro_corbeil)
    _post(client, "beneficiary_erase", profile, {"confirm": "on"})

    event = AuditEvent.objects.personal_data().get()
    assert event.action == AuditAction.ERASE
    assert event.actor == pro_corbeil and "pro.corbeil" in event.actor_label
    assert event.target == profile.user
    assert event.target_label == former_code
    assert event.structure == profile.structure
    assert event.details == {
        "cleared_rows": {
            "tentatives_d_exercices": 2,
            "etapes_atteintes": 0,
            "diagnostics": 0,
            "niveaux": 0,
            "niveaux_proposes": 0,
            "accompagnements": 0,
        }
    }
    stored = json.dumps(event.details) + event.actor_label + event.target_label
    for erased in ("Zéphyrine", "zephyrine@example.org", "06 12 34 56 78", OPEN_TEXT):
        assert erased not in stored


def test_erasing_twice_is_refused(client, history, pro_corbeil):
    profile, _pin = history
    beneficiary_erase(by=pro_corbeil, profile=profile)
    with pytest.raises(ValidationError, match="déjà été effacées"):
        beneficiary_erase(by=pro_corbeil, profile=profile)

    client.force_login(pro_corbeil)
    url = reverse("people:beneficiary_erase", kwargs={"beneficiary_id": profile.pk})
    assert "Données déjà effacées" in client.get(url).content.decode()
    response = client.post(url, {"confirm": "on"})
    assert response.status_code == 200
    assert "Données déjà effacées" in response.content.decode()
    assert (
        AuditEvent.objects.personal_data().filter(action=AuditAction.ERASE).count() == 1
    )


def test_an_erased_persons_export_holds_nothing_personal(history, pro_corbeil):
    profile, _pin = history
    beneficiary_erase(by=pro_corbeil, profile=profile)
    data = beneficiary_data_export(by=pro_corbeil, profile=profile)
    text = json.dumps(data, ensure_ascii=False)
    for erased in ("Zéphyrine", "zephyrine@example.org", "06 12 34 56 78", OPEN_TEXT):
        assert erased not in text
    assert len(data["sections"]["lecons_terminees"]) == 2


@pytest.mark.parametrize("actor", ["other_professional", "beneficiary", "anonymous"])
def test_no_one_else_exports_or_erases(client, history, pro_grigny, corbeil, actor):
    profile, _pin = history
    if actor == "other_professional":
        client.force_login(pro_grigny)
    elif actor == "beneficiary":
        neighbour, _ = builders.beneficiary(corbeil, first_name="Voisin")
        client.force_login(neighbour.user)
    for name, data in (
        ("beneficiary_export_json", {}),
        ("beneficiary_export_csv", {}),
        ("beneficiary_erase", {"confirm": "on"}),
    ):
        response = _post(client, name, profile, data)
        assert response.status_code in (302, 404), (name, response.status_code)
        if response.status_code == 302:
            assert response["Location"].startswith(reverse("login"))
        assert "Zéphyrine" not in response.content.decode()
    assert not AuditEvent.objects.personal_data().exists()
    profile.user.refresh_from_db()
    assert profile.user.first_name == "Zéphyrine"


def test_choice_labels_are_django_s_display_values_in_french():
    from people.gdpr import choice_label_getter
    from quizzes.models import AnswerStatus

    label = choice_label_getter(Answer, "status")
    for value, _name in AnswerStatus.choices:
        assert label(value) == Answer(status=value).get_status_display()
    assert label(AnswerStatus.PENDING) == "À corriger"
    assert label("inconnu") == Answer(status="inconnu").get_status_display()


def test_the_attempts_section_reads_the_exported_columns_only(
    client, history, pro_corbeil
):
    """Each attempt and answer as before, without building whole quizzes and
    questions (their settings, texts and feedback are not exported)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    profile, _pin = history
    client.force_login(pro_corbeil)
    with CaptureQueriesContext(connection) as queries:
        data = json.loads(_post(client, "beneficiary_export_json", profile).content)
    (attempt,) = data["sections"]["tentatives_d_exercices"]
    assert {a["resultat"] for a in attempt["reponses"]} >= {"Juste"}
    assert attempt["etat"] == "Terminée"
    reads = [q["sql"] for q in queries if 'FROM "quizzes_answer"' in q["sql"]]
    reads += [q["sql"] for q in queries if 'FROM "quizzes_attempt"' in q["sql"]]
    assert reads and all(
        '"feedback' not in sql and '"pass_mark"' not in sql for sql in reads
    )


def test_the_course_and_level_sections_read_their_columns_once(
    client, history, pro_corbeil
):
    """Levels, proposals, lessons and workshops as before, with what each row
    shows read in the section's one query: no whole page per row, and no
    query more for a second row."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from courses.models import CoursePage, LessonPosition
    from diagnostics.models import LevelProposal, LevelRecord, LevelSource
    from skills.models import CompetenceArea, Level

    profile, _pin = history
    user = profile.user
    course = CoursePage.objects.get(title="Le clavier pas à pas")
    lesson = builders.lessons_of(course)[0]
    area = CompetenceArea.objects.order_by("number").first()
    level = Level.objects.order_by("rank").last()
    pro_corbeil.first_name, pro_corbeil.last_name = "Nadia", "Relais"
    pro_corbeil.save(update_fields=["first_name", "last_name"])

    def more():
        LevelRecord.objects.create(
            learner=user,
            area=area,
            level=level,
            source=LevelSource.COURSE,
            course=course,
            recorded_by=pro_corbeil,
            note="Vu ensemble",
        )
        LevelProposal.objects.create(
            learner=user,
            area=area,
            level=level,
            course=course,
            status="declined",
            decided_by=pro_corbeil,
            reason="Pas encore",
        )

    def export():
        with CaptureQueriesContext(connection) as queries:
            data = json.loads(_post(client, "beneficiary_export_json", profile).content)
        return data["sections"], queries

    more()
    LessonPosition.objects.create(user=user, lesson=lesson, step=2)
    client.force_login(pro_corbeil)
    export()  # the site's routes, cached after the first request
    sections, queries = export()
    (record,) = sections["niveaux"]
    assert record["origine"] == "Validé après le parcours « Le clavier pas à pas »"
    assert record["enregistre_par"] == "Nadia Relais"
    assert record["niveau"] == f"{level.code} · {level.name}"
    (proposal,) = sections["niveaux_proposes"]
    assert (proposal["parcours"], proposal["decide_par"]) == (
        "Le clavier pas à pas",
        "Nadia Relais",
    )
    assert sections["etapes_atteintes"][0]["lecon"] == lesson.title
    assert [c["lecon"] for c in sections["lecons_terminees"]] == [
        each.title for each in builders.lessons_of(course)[:2]
    ]
    assert sections["inscriptions"][0]["parcours"] == "Le clavier pas à pas"
    sections_tables = ("courses_", "diagnostics_level", "simulators_")
    pages = [
        q["sql"]
        for q in queries
        if '"wagtailcore_page"' in q["sql"]
        and any(table in q["sql"] for table in sections_tables)
    ]
    assert pages and not any('"url_path"' in sql for sql in pages)

    more()
    _again, twice = export()
    assert len(_again["niveaux"]) == 2 and len(twice) == len(queries)
