"""Import a `dumpdata` JSON of django-quiz-app (tomwalker/django_quiz, 0.5.x)."""

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _

from lms.validators import import_text_error
from quizzes.grading import default_weights
from quizzes.importers.common import (
    DraftAnswer,
    ImportReport,
    QuestionDraft,
    category_get_or_create,
    category_name_errors,
    model_errors,
    quiz_questions_append,
)
from quizzes.models import ChoiceOrder, FeedbackMode, Question, QuestionKind, Quiz
from quizzes.services import quiz_publish, quiz_publish_problems

CATEGORY = "quiz.category"
SUBCATEGORY = "quiz.subcategory"
QUIZ = "quiz.quiz"
QUESTION = "quiz.question"
MC_QUESTION = "multichoice.mcquestion"
MC_ANSWER = "multichoice.answer"
TF_QUESTION = "true_false.tf_question"
ESSAY_QUESTION = "essay.essay_question"
CHILD_MODELS = (MC_QUESTION, TF_QUESTION, ESSAY_QUESTION)
READ_MODELS = {
    CATEGORY,
    SUBCATEGORY,
    QUIZ,
    QUESTION,
    MC_QUESTION,
    MC_ANSWER,
    TF_QUESTION,
    ESSAY_QUESTION,
}
ANSWER_ORDERS = {
    "content": ChoiceOrder.ALPHABETICAL,
    "random": ChoiceOrder.RANDOM,
    "none": ChoiceOrder.AUTHORED,
    "": ChoiceOrder.AUTHORED,
    None: ChoiceOrder.AUTHORED,
}


def _where(model: str, pk) -> str:
    return _("« %(model)s » pk %(pk)s") % {"model": model, "pk": pk}


class _Row:
    """One dumped object, whose field readers record what is wrong with it."""

    def __init__(self, model: str, pk: int, fields: dict, errors: list[str]):
        self.model, self.pk, self.fields, self._errors = model, pk, fields, errors

    @property
    def where(self) -> str:
        return _where(self.model, self.pk)

    def error(self, message: str) -> None:
        self._errors.append(f"{self.where} : {message}")

    def value(self, name: str, required: bool):
        if name not in self.fields:
            if required:
                self.error(_("champ « %(field)s » manquant.") % {"field": name})
            return None
        return self.fields[name]

    def text(self, name: str, *, required: bool = False) -> str:
        value = self.value(name, required)
        if value is None:
            return ""
        if not isinstance(value, str):
            self.error(
                _("le champ « %(field)s » doit être un texte.") % {"field": name}
            )
            return ""
        if import_text_error(value):
            self.error(
                _(
                    "le champ « %(field)s » contient un caractère invisible (octet "
                    "nul ou caractère de contrôle)."
                )
                % {"field": name}
            )
            return ""
        return value.strip()

    def flag(self, name: str, *, required: bool = False) -> bool:
        value = self.value(name, required)
        if value is None:
            return False
        if not isinstance(value, bool):
            self.error(
                _("le champ « %(field)s » doit valoir true ou false.") % {"field": name}
            )
            return False
        return value

    def number(self, name: str) -> int | None:
        value = self.value(name, False)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.error(
                _("le champ « %(field)s » doit être un nombre entier.")
                % {"field": name}
            )
            return None
        return value

    def ref(self, name: str, target: dict, *, required: bool = False) -> int | None:
        value = self.value(name, required)
        if value is None:
            return None
        if not _is_id(value) or value not in target:
            self.error(
                _(
                    "le champ « %(field)s » renvoie à un objet absent du fichier "
                    "(pk %(pk)s)."
                )
                % {"field": name, "pk": value}
            )
            return None
        return value


def _is_id(value) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _load(data: bytes | str, errors: list[str]) -> dict[str, dict[int, dict]]:
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            errors.append(_("Le fichier n'est pas encodé en UTF-8."))
            return {}
    if message := import_text_error(data):
        errors.append(message)
        return {}
    try:
        entries = json.loads(data)
    except json.JSONDecodeError as exc:
        errors.append(
            _("JSON illisible, ligne %(line)s, colonne %(col)s : %(msg)s.")
            % {"line": exc.lineno, "col": exc.colno, "msg": exc.msg}
        )
        return {}
    except RecursionError:
        errors.append(_("JSON trop imbriqué : ce n'est pas une sortie de dumpdata."))
        return {}
    if not isinstance(entries, list):
        errors.append(
            _("Le fichier doit contenir une liste d'objets (sortie de dumpdata).")
        )
        return {}
    rows: dict[str, dict[int, dict]] = defaultdict(dict)
    for number, entry in enumerate(entries, start=1):
        if not (
            isinstance(entry, dict)
            and isinstance(entry.get("model"), str)
            and isinstance(entry.get("fields"), dict)
            and "pk" in entry
        ):
            errors.append(
                _("Objet n° %(n)s : il faut les clés « model », « pk » et « fields ».")
                % {"n": number}
            )
            continue
        model, pk = entry["model"].lower(), entry["pk"]
        if isinstance(pk, bool) or not isinstance(pk, int):
            errors.append(
                _("Objet n° %(n)s (« %(model)s ») : pk doit être un nombre entier.")
                % {"n": number, "model": model}
            )
            continue
        if pk in rows[model]:
            errors.append(
                _("%(where)s : présent deux fois dans le fichier.")
                % {"where": _where(model, pk)}
            )
            continue
        rows[model][pk] = entry["fields"]
    return rows


@dataclass
class _Plan:
    categories: dict[int, str] = field(default_factory=dict)
    subcategories: dict[int, tuple[str, int | None]] = field(default_factory=dict)
    quizzes: dict[int, Quiz] = field(default_factory=dict)
    questions: dict[int, QuestionDraft] = field(default_factory=dict)
    question_category: dict[int, tuple[str, int]] = field(default_factory=dict)
    question_quizzes: dict[int, list[int]] = field(default_factory=dict)
    figures: dict[int, str] = field(default_factory=dict)


def _plan(rows, report: ImportReport) -> _Plan:
    errors = report.errors
    plan = _Plan()

    def each(model):
        for pk, fields in sorted(rows.get(model, {}).items()):
            yield _Row(model, pk, fields, errors)

    for row in each(CATEGORY):
        name = row.text("category", required=True)
        if not name:
            # Allowed by django-quiz-app: its questions stay without category.
            report.skip(row.where, _("catégorie sans nom"))
        if name:
            errors.extend(f"{row.where} : {e}" for e in category_name_errors(name))
        plan.categories[row.pk] = name
    for row in each(SUBCATEGORY):
        name = row.text("sub_category", required=True)
        parent = row.ref("category", plan.categories)
        if not name:
            report.skip(row.where, _("sous-catégorie sans nom"))
        if name:
            errors.extend(f"{row.where} : {e}" for e in category_name_errors(name))
        plan.subcategories[row.pk] = (name, parent)

    for row in each(QUIZ):
        max_questions = row.number("max_questions")
        quiz = Quiz(
            title=row.text("title", required=True),
            description=row.text("description"),
            random_order=row.flag("random_order"),
            max_questions=max_questions or None,
            feedback_mode=(
                FeedbackMode.AT_END
                if row.flag("answers_at_end")
                else FeedbackMode.AFTER_EACH
            ),
            exam_paper=row.flag("exam_paper"),
            single_attempt=row.flag("single_attempt"),
            pass_mark=row.number("pass_mark") or 0,
            success_text=row.text("success_text"),
            fail_text=row.text("fail_text"),
            # Imported quizzes keep their meaning: a draft arrives not live.
            live=not row.flag("draft"),
            source=f"quizapp:{QUIZ}:{row.pk}",
        )
        errors.extend(
            f"{row.where} : {e}"
            for e in model_errors(quiz, exclude=["competence_area"])
        )
        plan.quizzes[row.pk] = quiz

    children: dict[int, str] = {}
    for model in CHILD_MODELS:
        for pk in rows.get(model, {}):
            if pk not in rows.get(QUESTION, {}):
                errors.append(
                    _("%(where)s : la « %(parent)s » de même pk manque.")
                    % {"where": _where(model, pk), "parent": QUESTION}
                )
            elif pk in children:
                errors.append(
                    _("%(where)s : déjà déclarée comme « %(other)s ».")
                    % {"where": _where(model, pk), "other": children[pk]}
                )
            else:
                children[pk] = model

    answers: dict[int, list[tuple[str, bool]]] = defaultdict(list)
    for row in each(MC_ANSWER):
        question = row.ref("question", rows.get(MC_QUESTION, {}), required=True)
        content = row.text("content", required=True)
        correct = row.flag("correct", required=True)
        if question is not None:
            answers[question].append((content, correct))

    for row in each(QUESTION):
        model = children.get(row.pk)
        text = row.text("content", required=True)
        explanation = row.text("explanation")
        category = row.ref("category", plan.categories)
        sub_category = row.ref("sub_category", plan.subcategories)
        quiz_pks = row.value("quiz", False) or []
        if not isinstance(quiz_pks, list):
            row.error(_("le champ « quiz » doit être une liste."))
            quiz_pks = []
        for quiz_pk in quiz_pks:
            if not _is_id(quiz_pk) or quiz_pk not in plan.quizzes:
                row.error(
                    _("l'exercice pk %(pk)s est absent du fichier.") % {"pk": quiz_pk}
                )
        if model is None:
            report.skip(row.where, _("type inconnu"))
            continue
        child = _Row(model, row.pk, rows[model][row.pk], errors)
        source = f"quizapp:{model}:{row.pk}"
        if model == MC_QUESTION:
            choices = answers.get(row.pk, [])
            order = child.value("answer_order", False)
            if not isinstance(order, str | None) or order not in ANSWER_ORDERS:
                child.error(
                    _("« answer_order » vaut « %(v)s » : content, random ou none.")
                    % {"v": order}
                )
            correct = sum(1 for _text, ok in choices if ok)
            draft = QuestionDraft(
                kind=QuestionKind.SINGLE if correct == 1 else QuestionKind.MULTIPLE,
                text=text,
                explanation=explanation,
                choices=[
                    DraftAnswer(text=text, weight=weight)
                    for (text, _ok), weight in zip(
                        choices,
                        default_weights(
                            QuestionKind.SINGLE
                            if correct == 1
                            else QuestionKind.MULTIPLE,
                            [ok for _text, ok in choices],
                        ),
                        strict=True,
                    )
                ],
                choice_order=ANSWER_ORDERS.get(order, ChoiceOrder.AUTHORED),
                source=source,
            )
        elif model == TF_QUESTION:
            draft = QuestionDraft(
                kind=QuestionKind.TRUE_FALSE,
                text=text,
                explanation=explanation,
                true_false_answer=child.flag("correct", required=True),
                source=source,
            )
        else:
            draft = QuestionDraft(
                kind=QuestionKind.OPEN,
                text=text,
                explanation=explanation,
                source=source,
            )
        errors.extend(f"{child.where} : {p}" for p in draft.problems())
        plan.questions[row.pk] = draft
        if sub_category is not None:
            plan.question_category[row.pk] = (SUBCATEGORY, sub_category)
        elif category is not None:
            plan.question_category[row.pk] = (CATEGORY, category)
        plan.question_quizzes[row.pk] = sorted(
            pk for pk in quiz_pks if _is_id(pk) and pk in plan.quizzes
        )
        figure = row.text("figure")
        if figure:
            plan.figures[row.pk] = figure

    for model, count in sorted(
        Counter({m: len(r) for m, r in rows.items() if m not in READ_MODELS}).items()
    ):
        report.skip(
            _("« %(model)s » (%(n)s objets)") % {"model": model, "n": count},
            _("modèle non importé"),
        )
    return plan


def _write(plan: _Plan, report: ImportReport) -> None:
    categories = {
        (CATEGORY, pk): category_get_or_create(path=[name], report=report)
        for pk, name in plan.categories.items()
        if name
    }
    for pk, (name, parent_pk) in plan.subcategories.items():
        parent = plan.categories.get(parent_pk, "")
        path = [parent, name] if parent else [name]
        # An unnamed sub-category falls back to its category.
        categories[(SUBCATEGORY, pk)] = (
            category_get_or_create(path=path, report=report)
            if name
            else categories.get((CATEGORY, parent_pk))
        )

    existing = {
        q.source: q
        for q in Question.objects.filter(
            source__in=[d.source for d in plan.questions.values()]
        )
    }
    questions = {}
    for pk, draft in sorted(plan.questions.items()):
        if draft.source in existing:
            questions[pk] = existing[draft.source]
            report.skip(_where(QUESTION, pk), _("déjà importé"))
            continue
        category_key = plan.question_category.get(pk)
        questions[pk] = draft.create(
            category=categories.get(category_key),
            report=report,
        )
        if pk in plan.figures:
            report.skip(
                _("image « %(path)s » de %(where)s")
                % {"path": plan.figures[pk], "where": _where(QUESTION, pk)},
                _("les images ne sont pas importées : ajoutez-la à la main"),
            )

    existing_quizzes = {
        q.source: q
        for q in Quiz.objects.filter(
            source__in=[q.source for q in plan.quizzes.values()]
        )
    }
    for pk, quiz in sorted(plan.quizzes.items()):
        created = quiz.source not in existing_quizzes
        if created:
            quiz.save()
            report.quizzes += 1
        else:
            quiz = existing_quizzes[quiz.source]
            report.skip(_where(QUIZ, pk), _("déjà importé"))
        report.quiz_ids.append(quiz.pk)
        quiz_questions_append(
            quiz=quiz,
            questions=[
                questions[q_pk]
                for q_pk, quiz_pks in sorted(plan.question_quizzes.items())
                if pk in quiz_pks
            ],
            report=report,
        )
        if not (created and quiz.live):
            continue
        if problems := quiz_publish_problems(quiz):
            # A published quiz nobody can take would fail every learner.
            quiz.live = False
            quiz.save(update_fields=["live"])
            report.skip(
                _("publication de %(where)s") % {"where": _where(QUIZ, pk)},
                _("remis en brouillon : %(p)s") % {"p": " ".join(problems)},
            )
        else:
            quiz_publish(quiz=quiz)  # its first revision, as if moderated


def quizapp_import(*, data: bytes | str, dry_run: bool = False) -> ImportReport:
    """Import categories, quizzes and questions of a django-quiz-app dumpdata.

    Raises nothing for a bad file: its errors are in the report and nothing is
    written. Re-importing the same file creates nothing (« déjà importé »).
    """
    report = ImportReport(dry_run=dry_run)
    rows = _load(data, report.errors)
    if report.errors:
        return report
    plan = _plan(rows, report)
    if report.errors:
        report.skipped.clear()
        return report
    with transaction.atomic():
        _write(plan, report)
        if dry_run:
            transaction.set_rollback(True)
    return report
