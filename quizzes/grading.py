"""Pure grading rules, shared by the services, the admin forms and the importers.

The one owner of scoring: every kind's share of the points is computed here.
A weight is a percentage of the question's points (-100 to 100), as GIFT and
Moodle XML define it.
"""

import re
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal, InvalidOperation

from django.utils.translation import gettext as _

from quizzes.models import AnswerStatus, QuestionKind

_SPACES = re.compile(r"\s+")
# Phone keyboards type typographic apostrophes and dashes.
_LOOKALIKES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "–": "-", "—": "-"})
HUNDRED = Decimal(100)
# 3 × 33.33333 % is every point: shares are stored with 5 decimals.
_FULL = Decimal("99.999")
_CENT = Decimal("0.01")
# « 3,5 », « 3.5 », « -2 », « 1 000 », « 1 000,25 » (spaces as thousands).
_NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)")


def normalize_text(value: str) -> str:
    """Fold case and accents, trim and collapse spaces, drop end punctuation."""
    decomposed = unicodedata.normalize("NFKD", value.translate(_LOOKALIKES))
    no_accents = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", no_accents.casefold()).strip().strip(".!?;,").strip()


def short_text_matches(answer: str, accepted: list[str]) -> bool:
    given = normalize_text(answer)
    return bool(given) and any(given == normalize_text(a) for a in accepted)


def parse_number(value: str) -> Decimal | None:
    """A number as a French learner types it (« 3,5 », « 1 000 »), or None."""
    cleaned = (value or "").strip().replace("\u202f", "").replace("\xa0", "")
    cleaned = cleaned.replace(" ", "").replace("−", "-")
    if len(cleaned) > 40 or not _NUMBER.fullmatch(cleaned):
        return None
    try:
        number = Decimal(cleaned.replace(",", "."))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def equal_shares(right_count: int) -> Decimal:
    """Each right answer's weight when n answers share the points."""
    return (HUNDRED / max(right_count, 1)).quantize(
        Decimal("0.00001"), rounding=ROUND_DOWN
    )


def default_weights(kind: str, flags: list[bool]) -> list[Decimal]:
    """Weights from right/wrong flags: single 100/0; multiple 100/n for the
    right ones and -100 for the wrong ones (ticking a wrong box costs all)."""
    if kind == QuestionKind.MULTIPLE:
        share = equal_shares(sum(flags))
        return [share if flag else -HUNDRED for flag in flags]
    return [HUNDRED if flag else Decimal(0) for flag in flags]


@dataclass(frozen=True)
class Grade:
    status: str
    points: Decimal
    percent: Decimal  # of the question's points, 0 to 100


def _grade(points: int, percent: Decimal) -> Grade:
    percent = min(max(percent, Decimal(0)), HUNDRED)
    if percent >= _FULL:
        percent = HUNDRED
    earned = (Decimal(points) * percent / HUNDRED).quantize(_CENT)
    if percent == HUNDRED:
        status = AnswerStatus.CORRECT
    elif earned <= 0:
        status = AnswerStatus.INCORRECT
    else:
        status = AnswerStatus.PARTIAL
    return Grade(status=status, points=earned, percent=percent)


def matching_choice(choices, text: str):
    """The accepted short answer the text matches best (highest weight), or None."""
    given = normalize_text(text)
    if not given:
        return None
    found = [c for c in choices if normalize_text(c.text) == given]
    return max(found, key=lambda c: c.weight, default=None)


def matching_number(numerical_answers, text: str):
    """The numerical answer the typed number falls in (highest weight), or None."""
    number = parse_number(text)
    if number is None:
        return None
    found = []
    for answer in numerical_answers:
        low, high = answer.bounds()
        if low is not None and high is not None and low <= number <= high:
            found.append(answer)
    return max(found, key=lambda a: a.weight, default=None)


def pairs_right(pairs, matches: dict) -> int:
    """How many left items the learner matched with their right item."""
    rights = {p.pk: p.right for p in pairs}
    return sum(
        1
        for p in pairs
        if p.left and rights.get(_int(matches.get(str(p.pk)))) == p.right
    )


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def grade_answer(
    question,
    *,
    choices=(),
    numerical_answers=(),
    pairs=(),
    choice_ids=(),
    text: str = "",
    matches: dict | None = None,
) -> Grade:
    """Status and points of an answer, from the question's own answers (given
    by the caller, already read)."""
    kind = question.kind
    if kind == QuestionKind.OPEN:
        return Grade(AnswerStatus.PENDING, Decimal(0), Decimal(0))
    if kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE):
        ticked = set(choice_ids)
        weights = [c.weight for c in choices if c.pk in ticked]
        percent = (
            sum(weights, Decimal(0))
            if kind == QuestionKind.MULTIPLE
            else (max(weights, default=Decimal(0)))
        )
    elif kind == QuestionKind.TRUE_FALSE:
        right = (text == "true") == bool(question.true_false_answer)
        percent = HUNDRED if right else Decimal(0)
    elif kind == QuestionKind.SHORT_TEXT:
        found = matching_choice(choices, text)
        percent = found.weight if found else Decimal(0)
    elif kind == QuestionKind.NUMERICAL:
        found = matching_number(numerical_answers, text)
        percent = found.weight if found else Decimal(0)
    elif kind == QuestionKind.MATCHING:
        lefts = sum(1 for p in pairs if p.left)
        right = pairs_right(pairs, matches or {})
        percent = HUNDRED * right / lefts if lefts else Decimal(0)
    else:
        percent = Decimal(0)
    return _grade(question.points, Decimal(percent))


def question_problems(
    *,
    kind: str,
    choices: list[tuple[str, Decimal]],
    true_false_answer: bool | None,
    numerical: list[Decimal] = (),
    pairs: list[tuple[str, str]] = (),
) -> list[str]:
    """What makes a question unusable, in words a trainer can act on.

    `choices` are (text, weight) rows; `numerical` the weights of the numerical
    answers; `pairs` the (left, right) pairs.
    """
    problems = []
    weights = [Decimal(weight or 0) for _text, weight in choices]
    if kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE):
        if len(choices) < 2:
            problems.append(_("Proposez au moins deux réponses."))
        if kind == QuestionKind.SINGLE and not any(w >= HUNDRED for w in weights):
            problems.append(
                _("Donnez 100 % à la bonne réponse (les autres : moins ou 0 %).")
            )
        if kind == QuestionKind.MULTIPLE:
            total = sum((w for w in weights if w > 0), Decimal(0))
            if total == 0:
                problems.append(_("Donnez une part des points aux bonnes réponses."))
            elif not _FULL <= total <= HUNDRED + Decimal("0.01"):
                problems.append(
                    _(
                        "Les parts des bonnes réponses font %(total)s %% : "
                        "elles doivent faire 100 %% ensemble."
                    )
                    % {"total": f"{total.normalize():f}".replace(".", ",")}
                )
    elif kind == QuestionKind.SHORT_TEXT:
        if not any(w >= HUNDRED for w in weights):
            problems.append(_("Indiquez au moins une réponse acceptée à 100 %."))
    elif choices:
        problems.append(
            _("Les réponses proposées ne servent qu'aux questions à choix.")
        )
    if kind == QuestionKind.TRUE_FALSE and true_false_answer is None:
        problems.append(_("Indiquez si la bonne réponse est « vrai » ou « faux »."))
    if kind == QuestionKind.NUMERICAL:
        if not any(Decimal(w) >= HUNDRED for w in numerical):
            problems.append(_("Indiquez au moins un nombre accepté à 100 %."))
    elif numerical:
        problems.append(
            _("Les nombres acceptés ne servent qu'aux questions numériques.")
        )
    if kind == QuestionKind.MATCHING:
        if sum(1 for left, _right in pairs if left) < 2:
            problems.append(_("Proposez au moins deux paires à relier."))
    elif pairs:
        problems.append(_("Les paires ne servent qu'aux questions d'appariement."))
    return problems
