"""Moodle XML: each kind imported with its meaning, exported back, a demo bank
carried to an empty database, and hostile files refused fast."""

import time
from decimal import Decimal
from pathlib import Path

import pytest

from quizzes.importers import xml_export, xml_import, xml_import_as_quiz
from quizzes.models import Question, QuestionCategory, QuestionKind, Quiz
from tests.quizzes.test_gift_constructs import _shape

# A Moodle XML bank written for these tests: one question of each kind.
SAMPLE = (Path(__file__).parent / "data" / "sample_moodle.xml").read_bytes()


def _q(name: str) -> Question:
    return Question.objects.get(name=name)


def test_every_kind_is_read_with_its_meaning(db):
    report = xml_import(data=SAMPLE)
    assert report.ok, report.errors
    assert report.question_count == 7
    assert [s.item for s in report.skipped] == ["Question 8 « Intro »"]
    folder = _q("Dossier")
    assert (folder.kind, folder.text, folder.points) == (
        QuestionKind.SINGLE,
        "Où va un fichier téléchargé ?",
        2,
    )
    assert [(c.text, c.weight, c.feedback) for c in folder.choices.all()] == [
        ("Bureau", 25, "Possible."),
        ("Téléchargements", 100, ""),
        ("Corbeille", 0, ""),
    ]
    signs = _q("Signes")
    assert signs.kind == QuestionKind.MULTIPLE
    assert signs.text == "Quels signes d'arnaque ?"
    assert [c.weight for c in signs.choices.all()] == [50, 50, -100]
    padlock = _q("Cadenas")
    assert padlock.true_false_answer is True
    assert padlock.true_feedback == "Oui : le cadenas protège la route des données."
    assert padlock.false_feedback == "Si : regardez à gauche de l'adresse."
    assert [(c.text, c.weight) for c in _q("Arobase").choices.all()] == [
        ("arobase", 100),
        ("at", 50),
    ]
    assert [
        (n.value, n.tolerance, n.weight) for n in _q("Forfait").numerical_answers.all()
    ] == [(Decimal("7.5"), 0, 100), (Decimal(8), Decimal("0.5"), 50)]
    assert [(p.left, p.right) for p in _q("Appareils").pairs.all()] == [
        ("Clavier", "écrire"),
        ("Souris", "pointer"),
    ]
    assert _q("Récit").kind == QuestionKind.OPEN
    assert folder.category.name == "Arnaques"
    assert folder.category.parent.name == "Internet"


def test_export_then_import_gives_the_same_questions(db):
    xml_import(data=SAMPLE)
    originals = list(Question.objects.order_by("pk"))
    expected = [(_shape(q), q.points) for q in originals]
    exported = xml_export(questions=originals)
    Question.objects.all().delete()
    report = xml_import(data=exported)
    assert report.ok, report.errors
    copies = list(Question.objects.order_by("pk"))
    assert [(_shape(q), q.points) for q in copies] == expected
    assert xml_export(questions=copies) == exported


def test_a_numerical_range_is_exported_as_middle_plus_or_minus(db):
    from quizzes.importers import gift_import

    gift_import(text="Un nombre entre 1 et 5 ? {#1..5}\n")
    exported = xml_export(questions=Question.objects.all())
    Question.objects.all().delete()
    xml_import(data=exported)
    number = Question.objects.get().numerical_answers.get()
    assert number.bounds() == (1, 5)


def test_the_demo_bank_carried_to_an_empty_database_is_the_same(
    db, tmp_path, django_db_blocker
):
    from demo.quiz_content import BENEFICIARY_LESSON_QUIZZES
    from demo.quizzes import question_from_spec

    for slug, spec in BENEFICIARY_LESSON_QUIZZES.items():
        for number, item in enumerate(spec["questions"]):
            question_from_spec(item, source=f"demo:{slug}:{number}")
    originals = list(
        Question.objects.order_by("pk").prefetch_related(
            "choices", "numerical_answers", "pairs"
        )
    )
    kinds = {q.kind for q in originals}
    assert {QuestionKind.NUMERICAL, QuestionKind.MATCHING} <= kinds
    exported = xml_export(questions=originals)
    expected = [_shape(q) for q in originals]
    Question.objects.all().delete()
    QuestionCategory.objects.all().delete()
    report = xml_import(data=exported)
    assert report.ok, report.errors
    copies = Question.objects.order_by("pk")
    assert [_shape(q) for q in copies] == expected


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<quiz><question type="essay"><name><text>&lol9;</text></name>
<questiontext format="plain_text"><text>&lol9;</text></questiontext></question></quiz>
"""

EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE quiz [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<quiz><question type="essay"><name><text>&secret;</text></name>
<questiontext format="plain_text"><text>x</text></questiontext></question></quiz>
"""


@pytest.mark.parametrize("data", [BILLION_LAUGHS, EXTERNAL], ids=["laughs", "external"])
def test_entities_and_dtds_are_refused_fast_in_french(db, data):
    started = time.perf_counter()
    report = xml_import(data=data)
    elapsed = time.perf_counter() - started
    assert elapsed < 0.5
    assert report.errors == [
        "Le fichier contient une déclaration DTD ou des entités XML : refusé par "
        "sécurité. Exportez-le de nouveau depuis Moodle."
    ]
    assert not Question.objects.exists()


def test_size_count_and_shape_limits(db, monkeypatch):
    from quizzes.importers import moodle_xml

    big = b"<quiz>" + b" " * moodle_xml.MAX_XML_BYTES + b"</quiz>"
    assert "5 Mo" in xml_import(data=big).errors[0]
    monkeypatch.setattr(moodle_xml, "MAX_XML_QUESTIONS", 2)
    assert "plus de 2 questions" in xml_import(data=SAMPLE).errors[0]
    assert "mal formé (ligne 1)" in xml_import(data=b"<quiz><question>").errors[0]
    assert "<quiz>" in xml_import(data=b"<html></html>").errors[0]


@pytest.mark.parametrize(
    ("replace", "by", "message"),
    [
        (
            'type="essay"',
            'type="calculated"',
            "Question 7 « Récit » : type « calculée »",
        ),
        (
            "<defaultgrade>2.0000000",
            "<defaultgrade>1.5",
            "Question 1 « Dossier » : champ « defaultgrade »",
        ),
        (
            '<answer fraction="100"><text>7.5',
            '<answer fraction="100"><text>sept',
            "Question 5 « Forfait » : champ « answer » : « sept »",
        ),
        (
            'fraction="50"><text>Lien',
            'fraction="20"><text>Lien',
            "Question 2 « Signes » : Les parts des bonnes réponses font 70 %",
        ),
    ],
)
def test_errors_name_the_question_and_field_and_nothing_is_written(
    db, replace, by, message
):
    data = SAMPLE.decode().replace(replace, by, 1).encode()
    report = xml_import(data=data)
    assert any(message in error for error in report.errors), report.errors
    assert not Question.objects.exists()
    assert not QuestionCategory.objects.exists()


def test_a_refused_file_leaves_no_quiz(db):
    report = xml_import_as_quiz(data=b"<quiz><question>", title="Essai")
    assert not report.ok
    assert not Quiz.objects.exists()
    report = xml_import_as_quiz(data=SAMPLE, title="Essai")
    assert report.ok and Quiz.objects.get().quiz_questions.count() == 7
