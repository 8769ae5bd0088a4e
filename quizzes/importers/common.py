"""What both importers share: the report, a question to create, categories."""

from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import models, transaction
from django.utils.translation import gettext as _

from lms.errors import error_messages_by_field
from quizzes.grading import question_problems
from quizzes.models import (
    WEIGHTED_KINDS,
    Choice,
    ChoiceOrder,
    MatchingPair,
    NumericalAnswer,
    Question,
    QuestionCategory,
    QuestionKind,
    Quiz,
    QuizQuestion,
)


@dataclass
class SkippedItem:
    item: str
    reason: str


@dataclass
class ImportReport:
    """What an import created, left aside and refused; nothing is written on errors."""

    dry_run: bool = False
    quizzes: int = 0
    categories: int = 0
    questions: Counter = field(default_factory=Counter)
    choices: int = 0
    links: int = 0
    skipped: list[SkippedItem] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    quiz_ids: list[int] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def question_count(self) -> int:
        return sum(self.questions.values())

    def skip(self, item: str, reason: str) -> None:
        self.skipped.append(SkippedItem(item=item, reason=reason))

    def created_lines(self) -> list[str]:
        lines = [
            _("Exercices créés : %(n)s") % {"n": self.quizzes},
            _("Catégories créées : %(n)s") % {"n": self.categories},
            _("Questions créées : %(n)s") % {"n": self.question_count},
        ]
        for kind in QuestionKind:
            if self.questions[kind.value]:
                lines.append(f"  · {kind.label} : {self.questions[kind.value]}")
        lines.append(_("Réponses proposées créées : %(n)s") % {"n": self.choices})
        lines.append(_("Questions ajoutées aux exercices : %(n)s") % {"n": self.links})
        return lines

    def lines(self) -> list[str]:
        """The whole report as French lines, for the command line."""
        if self.errors:
            lines = [_("Import refusé : rien n'a été enregistré.")]
            lines += [_("Erreur : %(e)s") % {"e": error} for error in self.errors]
            return lines
        lines = self.created_lines()
        lines += [
            _("Ignoré — %(item)s : %(reason)s") % {"item": s.item, "reason": s.reason}
            for s in self.skipped
        ]
        if self.dry_run:
            lines.append(_("Simulation : rien n'a été enregistré."))
        return lines


def _messages(instance: models.Model, exc: ValidationError) -> list[str]:
    messages = []
    for name, errors in error_messages_by_field(exc).items():
        for error in errors:
            if name == NON_FIELD_ERRORS:
                messages.append(error)
            else:
                label = instance._meta.get_field(name).verbose_name
                messages.append(
                    _("champ « %(field)s » : %(error)s")
                    % {"field": label, "error": error}
                )
    return messages


def model_errors(instance: models.Model, *, exclude: list[str]) -> list[str]:
    """The validation messages of an unsaved instance, in French."""
    try:
        instance.full_clean(exclude=exclude, validate_unique=False)
    except ValidationError as exc:
        return _messages(instance, exc)
    return []


@dataclass
class DraftAnswer:
    """A choice, or an accepted short answer, with its weight (percent)."""

    text: str
    weight: Decimal = Decimal(0)
    feedback: str = ""


@dataclass
class DraftNumber:
    """An accepted number: value ± tolerance, or minimum..maximum."""

    value: Decimal | None = None
    tolerance: Decimal = Decimal(0)
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    weight: Decimal = Decimal(100)
    feedback: str = ""


@dataclass
class QuestionDraft:
    """A question read from a file, checked before anything is written."""

    kind: str
    text: str
    explanation: str = ""
    choices: list[DraftAnswer] = field(default_factory=list)
    true_false_answer: bool | None = None
    true_feedback: str = ""
    false_feedback: str = ""
    numbers: list[DraftNumber] = field(default_factory=list)
    pairs: list[tuple[str, str]] = field(default_factory=list)
    choice_order: str = ChoiceOrder.AUTHORED
    name: str = ""
    points: int = 1
    source: str = ""

    def _question(self) -> Question:
        return Question(
            kind=self.kind,
            name=self.name,
            text=self.text,
            explanation=self.explanation,
            choice_order=self.choice_order,
            true_false_answer=self.true_false_answer,
            true_feedback=self.true_feedback,
            false_feedback=self.false_feedback,
            points=self.points,
            source=self.source,
        )

    def _numbers(self) -> list[NumericalAnswer]:
        return [
            NumericalAnswer(
                value=n.value,
                tolerance=n.tolerance,
                minimum=n.minimum,
                maximum=n.maximum,
                weight=n.weight,
                feedback=n.feedback,
            )
            for n in self.numbers
        ]

    def problems(self) -> list[str]:
        """Why this question cannot be created (empty list: it can)."""
        problems = question_problems(
            kind=self.kind,
            choices=[(c.text, c.weight) for c in self.choices],
            true_false_answer=self.true_false_answer,
            numerical=[n.weight for n in self.numbers],
            pairs=self.pairs,
        )
        problems += model_errors(
            self._question(), exclude=["category", "image", "audio"]
        )
        for choice in self.choices:
            problems += model_errors(
                Choice(
                    text=choice.text, weight=choice.weight, feedback=choice.feedback
                ),
                exclude=["question", "sort_order"],
            )
        for number in self._numbers():
            problems += model_errors(number, exclude=["question", "sort_order"])
        for left, right in self.pairs:
            problems += model_errors(
                MatchingPair(left=left, right=right),
                exclude=["question", "sort_order"],
            )
        return problems

    def create(self, *, category: QuestionCategory | None, report: ImportReport):
        question = self._question()
        question.category = category
        question.save()
        if self.kind in WEIGHTED_KINDS:
            Choice.objects.bulk_create(
                Choice(
                    question=question,
                    text=c.text,
                    weight=c.weight,
                    feedback=c.feedback,
                    sort_order=i,
                )
                for i, c in enumerate(self.choices)
            )
            report.choices += len(self.choices)
        numbers = self._numbers()
        for i, number in enumerate(numbers):
            number.question = question
            number.sort_order = i
        NumericalAnswer.objects.bulk_create(numbers)
        MatchingPair.objects.bulk_create(
            MatchingPair(question=question, left=left, right=right, sort_order=i)
            for i, (left, right) in enumerate(self.pairs)
        )
        report.questions[self.kind] += 1
        return question


def category_get_or_create(
    *, path: list[str], report: ImportReport
) -> QuestionCategory | None:
    """The category at the end of a path of names, created as needed."""
    parent = None
    for name in path:
        parent, created = QuestionCategory.objects.get_or_create(
            name=name, parent=parent
        )
        report.categories += int(created)
    return parent


def category_name_errors(name: str) -> list[str]:
    return model_errors(QuestionCategory(name=name), exclude=["parent"])


def quiz_questions_append(
    *, quiz: Quiz, questions: list[Question], report: ImportReport
) -> None:
    """Add questions at the end of a quiz, skipping those already in it."""
    links = list(quiz.quiz_questions.all())
    present = {link.question_id for link in links}
    position = max((link.sort_order or 0 for link in links), default=-1) + 1
    for question in questions:
        if question.pk in present:
            continue
        QuizQuestion.objects.create(quiz=quiz, question=question, sort_order=position)
        present.add(question.pk)
        position += 1
        report.links += 1


def drafts_write(
    *,
    parsed,
    category: QuestionCategory | None,
    quiz: Quiz | None,
    report: ImportReport,
) -> None:
    """Write checked drafts in one transaction: each `parsed` item has `.draft`
    and `.category_path` (None: `category`); the questions join `quiz` if given."""
    with transaction.atomic():
        categories: dict[tuple[str, ...], QuestionCategory | None] = {}
        questions = []
        for item in parsed:
            target = category
            if item.category_path is not None:
                key = tuple(item.category_path)
                if key not in categories:
                    categories[key] = category_get_or_create(
                        path=item.category_path, report=report
                    )
                target = categories[key]
            questions.append(item.draft.create(category=target, report=report))
        if quiz is not None:
            quiz_questions_append(quiz=quiz, questions=questions, report=report)
            report.quiz_ids.append(quiz.pk)


def import_as_quiz(importer, *, title: str, **source) -> ImportReport:
    """Run `importer(quiz=…, **source)` into a new quiz with this title, not
    live (a trainer publishes it); on any error nothing stays, not even the quiz."""
    with transaction.atomic():
        quiz = Quiz.objects.create(title=title, live=False)
        report = importer(quiz=quiz, **source)
        if report.errors:
            transaction.set_rollback(True)
            report.quiz_ids.clear()
        else:
            report.quizzes += 1
    return report
