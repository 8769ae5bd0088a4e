"""The French readability check of lesson text (courses/readability.py), its
endpoint for the editor, the report and the guide."""

import json

import pytest
from django.urls import reverse
from textstat.backend.metrics import flesch_reading_ease
from wagtail.blocks import StreamValue

from courses import readability
from courses.admin_views import ReadabilityReportView
from courses.blocks import LessonStreamBlock
from courses.models import Audience, CoursePage, LessonPage, ModulePage
from courses.readability import TextUnit, readability_check, thresholds_for
from people import roles
from tests import builders

LONG_SENTENCE = (
    "Quand vous avez reçu le courrier de votre caisse avec le code provisoire, "
    "retournez sur le site et connectez-vous avec votre numéro et ce code en "
    "faisant bien attention aux majuscules."
)
EASY_TEXT = "<p>Appuyez sur le bouton. Attendez un peu.</p>"


def _check(*texts, level=1, context=(), glossary=()):
    return readability_check(
        units=[
            TextUnit(key=str(i), label=f"Bloc {i}", text=t) for i, t in enumerate(texts)
        ],
        thresholds=thresholds_for(level),
        context_texts=list(context),
        glossary_terms=list(glossary),
    )


# --- The formula ---------------------------------------------------------------


def test_one_sentence_of_one_syllable_words_scores_as_computed_by_hand():
    # 6 words, 1 sentence, 6 syllables: 207 - 1.015 x 6 - 73.6 x 1.
    assert readability.reading_ease("Le chat dort sur le lit.") == pytest.approx(127.31)


def test_sentences_are_counted_for_the_words_per_sentence():
    # 6 words, 2 sentences, 6 syllables: 207 - 1.015 x 3 - 73.6 x 1.
    assert readability.reading_ease("Le chat dort. Il fait beau.") == pytest.approx(
        130.355
    )


def test_syllables_are_pyphens_hyphenation_points_plus_one():
    # ap-puyez (2: pyphen keeps two letters at each end), sur, le, bou-ton:
    # 4 words, 6 syllables: 207 - 1.015 x 4 - 73.6 x 1.5.
    assert readability.syllables_of("appuyez") == 2
    assert readability.syllables_of("téléphone") == 3
    assert readability.reading_ease("Appuyez sur le bouton.") == pytest.approx(92.54)


def test_the_score_is_textstats_french_flesch_on_plain_sentences():
    text = "Le téléphone est posé sur la table. Vous appuyez sur le bouton rouge."
    assert readability.reading_ease(text) == pytest.approx(
        flesch_reading_ease(text, "fr_FR")
    )


def test_a_text_without_words_has_no_score():
    assert readability.reading_ease(" … ") is None
    assert _check("").units[0].score is None


def test_list_items_and_paragraphs_end_sentences():
    text = readability.html_to_text(
        "<p>Il y a deux gestes :</p><ul><li>appuyer</li><li>glisser</li></ul>"
    )
    assert readability.split_sentences(text) == [
        "Il y a deux gestes :",
        "appuyer",
        "glisser",
    ]


def test_web_addresses_do_not_end_a_sentence():
    assert len(readability.split_sentences("Allez sur caf.fr et connectez-vous.")) == 1


# --- Sentence length -------------------------------------------------------------


def test_a_long_sentence_is_flagged_with_its_length():
    result = _check(LONG_SENTENCE).units[0]
    assert result.longest_words == 31
    assert "Phrase de 31 mots : coupez-la en deux." in result.advice
    assert not result.ok


def test_short_sentences_pass():
    result = _check("Appuyez sur le bouton. Attendez un peu.").units[0]
    assert result.ok
    assert result.advice == []


def test_thresholds_are_stricter_for_lower_levels():
    # 18 words: too long for N1 (15), fine for N2 (20) and N3 (25).
    sentence = (
        "Ouvrez le navigateur puis tapez le nom du site dans la barre en haut "
        "de votre écran."
    )
    assert not _check(sentence, level=1).ok
    assert _check(sentence, level=2).ok
    assert _check(sentence, level=3).ok
    assert thresholds_for(1).min_score > thresholds_for(2).min_score
    assert thresholds_for(2).min_score > thresholds_for(3).min_score
    assert thresholds_for(0) == thresholds_for(1)
    assert thresholds_for(None) == thresholds_for(0)


def test_a_hard_text_fails_the_score_of_its_level():
    hard = (
        "Vérifiez préalablement l'authenticité de l'expéditeur. Consultez "
        "régulièrement votre messagerie électronique personnelle. Identifiez "
        "immédiatement les communications frauduleuses éventuelles, puis "
        "signalez systématiquement chaque tentative."
    )
    report = _check(hard, level=3)
    result = report.units[0]
    assert result.words >= readability.MIN_WORDS_FOR_SCORE
    assert result.score < thresholds_for(3).min_score
    assert any(advice.startswith("Score de lisibilité") for advice in result.advice)
    assert report.advice[0].startswith("Leçon entière : score de lisibilité")


def test_a_short_text_is_not_judged_on_its_score():
    # Three words of long syllables: the score swings, only length counts.
    report = _check("Appuyez sur Valider.")
    assert report.units[0].score < thresholds_for(1).min_score
    assert report.ok


# --- Abbreviations ---------------------------------------------------------------


def test_an_unexplained_abbreviation_is_flagged_once_where_it_first_appears():
    report = _check("Allez sur le site de la CAF.", "La CAF vous répond.")
    assert report.units[0].advice == ["CAF : expliquez ce sigle la première fois."]
    assert report.units[1].advice == []


def test_an_abbreviation_explained_in_parentheses_passes():
    after = _check("La CAF (Caisse d'allocations familiales) vous aide.")
    before = _check("La Caisse d'allocations familiales (CAF) vous aide.")
    assert after.units[0].advice == []
    assert before.units[0].advice == []


def test_an_explanation_elsewhere_in_the_lesson_counts():
    report = _check(
        "Allez sur le site de la CAF.",
        context=["Votre compte CAF (Caisse d'allocations familiales)"],
    )
    assert report.ok


def test_a_glossary_term_defines_an_abbreviation():
    assert _check("Tapez votre code PIN.", glossary=["PIN"]).ok
    assert not _check("Tapez votre code PIN.", glossary=["Écran"]).ok


def test_known_abbreviations_and_mixed_case_words_are_not_flagged():
    assert _check("Vous recevez un SMS. Ouvrez le Wi-Fi. Tapez le code.").ok


# --- Lessons and the demo --------------------------------------------------------


def _body(*blocks):
    return LessonStreamBlock().to_python(list(blocks))


def test_a_lesson_is_checked_per_paragraph_and_per_step():
    body = _body(
        {"type": "paragraph", "value": f"<p>{LONG_SENTENCE}</p>", "id": "p1"},
        {
            "type": "guided_steps",
            "id": "g1",
            "value": {
                "title": "Se connecter",
                "steps": [
                    {"instruction": "<p>Tapez votre code PIN.</p>", "tip": ""},
                    {
                        "instruction": "<p>Appuyez sur Valider.</p>",
                        "tip": LONG_SENTENCE,
                    },
                ],
            },
        },
    )
    report = readability.lesson_readability(body, level_rank=1)
    assert [unit.label for unit in report.units] == [
        "Paragraphe 1",
        "« Se connecter », étape 1",
        "« Se connecter », étape 2",
    ]
    assert "PIN : expliquez ce sigle la première fois." in report.units[1].advice
    assert "Phrase de 31 mots : coupez-la en deux." in report.units[2].advice
    assert "Paragraphe 1 : Phrase de 31 mots : coupez-la en deux." in report.reasons


@pytest.mark.django_db
def test_every_demo_beneficiary_lesson_passes_the_check():
    from demo.services import demo_load

    demo_load()
    courses = CoursePage.objects.filter(audience=Audience.BENEFICIARY)
    lessons = 0
    for course in courses.select_related("target_level"):
        for lesson in LessonPage.objects.descendant_of(course):
            report = readability.lesson_readability(
                lesson.body, level_rank=course.target_level.rank
            )
            assert report.ok, (lesson.title, report.reasons)
            lessons += 1
    assert lessons >= 8
    admin = builders.user(is_superuser=True)
    assert readability.hard_lessons_list(user=admin) == []


# --- The editor's endpoint -------------------------------------------------------


@pytest.fixture
def beneficiary_course(site):
    return builders.course(
        site[1][Audience.BENEFICIARY], modules=1, lessons_per_module=1
    )


@pytest.fixture
def trainer(groups):
    return builders.user("formatrice", group=roles.TRAINER)


def _post(client, payload):
    return client.post(
        reverse("courses_readability_check"),
        data=json.dumps(payload),
        content_type="application/json",
    )


def _payload(page=None, parent=None, text=LONG_SENTENCE):
    return {
        "page": page,
        "parent": parent,
        "units": [{"key": "body-0", "label": "Paragraphe 1", "text": text}],
        "context": [],
        "glossary": [],
    }


def test_the_endpoint_gives_a_trainer_the_advice_for_a_lesson(
    client, beneficiary_course, trainer
):
    lesson = builders.lessons_of(beneficiary_course)[0]
    client.force_login(trainer)
    response = _post(client, _payload(page=lesson.pk))
    assert response.status_code == 200
    data = response.json()
    assert data["checked"] is True
    assert data["level"] == "N1"
    assert data["units"][0]["key"] == "body-0"
    assert "Phrase de 31 mots : coupez-la en deux." in data["units"][0]["advice"]
    assert data["ok"] is False


def test_the_endpoint_checks_a_lesson_being_created_under_its_module(
    client, beneficiary_course, trainer
):
    module = ModulePage.objects.child_of(beneficiary_course).get()
    client.force_login(trainer)
    response = _post(client, _payload(parent=module.pk, text="Appuyez sur Valider."))
    assert response.json()["checked"] is True
    assert response.json()["ok"] is True


def test_the_endpoint_does_not_check_professional_lessons(client, site, trainer):
    course = builders.course(
        site[1][Audience.PROFESSIONAL], modules=1, lessons_per_module=1
    )
    lesson = builders.lessons_of(course)[0]
    client.force_login(trainer)
    assert _post(client, _payload(page=lesson.pk)).json() == {"checked": False}


def test_the_endpoint_refuses_anonymous_visitors(client, beneficiary_course):
    lesson = builders.lessons_of(beneficiary_course)[0]
    response = _post(client, _payload(page=lesson.pk))
    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response["Location"]


def test_the_endpoint_refuses_people_who_cannot_edit_the_page(
    client, beneficiary_course, groups
):
    lesson = builders.lessons_of(beneficiary_course)[0]
    # Coordinators open the admin but edit no page.
    client.force_login(builders.user(group=roles.COORDINATOR))
    response = _post(client, _payload(page=lesson.pk))
    assert response.status_code == 403
    assert "units" not in response.json()


def test_the_endpoint_refuses_get_and_unreadable_bodies(
    client, beneficiary_course, trainer
):
    client.force_login(trainer)
    url = reverse("courses_readability_check")
    assert client.get(url).status_code == 405
    bad = client.post(url, data="pas du JSON", content_type="application/json")
    assert bad.status_code == 400
    assert bad.json()["error"] == "Requête illisible."
    lesson = builders.lessons_of(beneficiary_course)[0]
    wrong = _post(client, {"page": lesson.pk, "units": [{"key": 1}]})
    assert wrong.status_code == 400


def test_the_lesson_editor_loads_the_check_and_links_the_guide(
    client, beneficiary_course, trainer
):
    lesson = builders.lessons_of(beneficiary_course)[0]
    client.force_login(trainer)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk])).content
    html = html.decode()
    assert f'data-readability-url="{reverse("courses_readability_check")}"' in html
    assert "courses/admin/readability.js" in html
    assert f'href="{reverse("courses_writing_guide")}"' in html


# --- The report and the guide ----------------------------------------------------


def _lesson_with_text(course, title, html):
    module = ModulePage.objects.child_of(course).first()
    lesson = LessonPage(
        title=title,
        slug=f"lecon-{LessonPage.objects.count() + 1}",
        summary="Résumé.",
        body=[{"type": "paragraph", "value": html}],
    )
    module.add_child(instance=lesson)
    return lesson


def test_the_report_lists_hard_lessons_with_their_reasons_not_easy_ones(
    client, beneficiary_course, trainer
):
    hard = _lesson_with_text(
        beneficiary_course, "Leçon difficile", f"<p>{LONG_SENTENCE}</p>"
    )
    _lesson_with_text(beneficiary_course, "Leçon facile", EASY_TEXT)
    client.force_login(trainer)
    response = client.get(reverse("courses_readability_report"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Leçon difficile" in html
    assert "Leçon facile" not in html
    assert "Phrase de 31 mots : coupez-la en deux." in html
    assert reverse("wagtailadmin_pages:edit", args=[hard.pk]) in html
    assert reverse("courses_writing_guide") in html


def test_the_report_reads_the_latest_draft(client, beneficiary_course, trainer):
    lesson = _lesson_with_text(
        beneficiary_course, "Leçon corrigée", f"<p>{LONG_SENTENCE}</p>"
    )
    lesson.body = [{"type": "paragraph", "value": EASY_TEXT}]
    lesson.save_revision()
    client.force_login(trainer)
    html = client.get(reverse("courses_readability_report")).content.decode()
    assert "Leçon corrigée" not in html


def test_the_report_is_paged(client, beneficiary_course, trainer, monkeypatch):
    monkeypatch.setattr(ReadabilityReportView, "paginate_by", 1)
    _lesson_with_text(
        beneficiary_course, "Première leçon difficile", f"<p>{LONG_SENTENCE}</p>"
    )
    _lesson_with_text(
        beneficiary_course, "Seconde leçon difficile", f"<p>{LONG_SENTENCE}</p>"
    )
    client.force_login(trainer)
    url = reverse("courses_readability_report")
    first = client.get(url).content.decode()
    second = client.get(url, {"p": 2}).content.decode()
    assert "Première leçon difficile" in first
    assert "Seconde leçon difficile" not in first
    assert "Seconde leçon difficile" in second


def test_the_report_is_refused_to_people_who_edit_no_page(client, groups):
    client.force_login(builders.user(group=roles.COORDINATOR))
    response = client.get(reverse("courses_readability_report"))
    assert response.status_code in (302, 403)
    assert "Lisibilité des leçons" not in response.content.decode()


def test_the_report_reads_in_a_constant_number_of_queries(beneficiary_course, trainer):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def count():
        user = type(trainer).objects.get(pk=trainer.pk)  # no cached permissions
        with CaptureQueriesContext(connection) as queries:
            rows = readability.hard_lessons_list(user=user)
        return len(queries), len(rows)

    hard = f"<p>{LONG_SENTENCE}</p>"
    _lesson_with_text(beneficiary_course, "Leçon 1", hard).save_revision()
    one = count()
    for n in range(2, 6):
        _lesson_with_text(beneficiary_course, f"Leçon {n}", hard).save_revision()
    five = count()
    assert one[1] == 1
    assert five[1] == 5
    assert one[0] == five[0] == 4


def test_the_guide_is_an_admin_page(client, trainer):
    client.force_login(trainer)
    response = client.get(reverse("courses_writing_guide"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1" in html and "Écrire simplement" in html
    assert "<h2>Les sigles</h2>" in html
    assert "Kandel" in html


def test_the_guide_markdown_is_escaped():
    title, html = __import__("courses.admin_views").admin_views.markdown_to_html(
        "# Titre\n\nUn <script> et **gras**.\n\n- un\n  deux\n- trois"
    )
    assert title == "Titre"
    assert "&lt;script&gt;" in html
    assert "<strong>gras</strong>" in html
    assert "<li>un deux</li><li>trois</li>" in html


def test_stream_values_from_the_database_are_checked_like_raw_ones(beneficiary_course):
    lesson = builders.lessons_of(beneficiary_course)[0]
    assert isinstance(lesson.body, StreamValue)
    report = readability.lesson_readability(lesson.body, level_rank=1)
    assert [u.label for u in report.units][:2] == [
        "Paragraphe 1",
        "« Allumer le téléphone », étape 1",
    ]


def test_the_report_leaves_professional_lessons_out(client, site, trainer):
    course = builders.course(
        site[1][Audience.PROFESSIONAL], modules=1, lessons_per_module=1
    )
    _lesson_with_text(course, "Leçon pour les relais", f"<p>{LONG_SENTENCE}</p>")
    client.force_login(trainer)
    html = client.get(reverse("courses_readability_report")).content.decode()
    assert "Leçon pour les relais" not in html
