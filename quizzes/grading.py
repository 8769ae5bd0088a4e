"""Pure grading rules, shared by the services, the admin forms and the importers."""

import re
import unicodedata

from django.utils.translation import gettext as _

from quizzes.models import QuestionKind

_SPACES = re.compile(r"\s+")
# Phone keyboards type typographic apostrophes and dashes.
_LOOKALIKES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "–": "-", "—": "-"})


def normalize_text(value: str) -> str:
    """Fold case and accents, trim and collapse spaces, drop end punctuation."""
    decomposed = unicodedata.normalize("NFKD", value.translate(_LOOKALIKES))
    no_accents = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", no_accents.casefold()).strip().strip(".!?;,").strip()


def short_text_matches(answer: str, accepted: list[str]) -> bool:
    given = normalize_text(answer)
    return bool(given) and any(given == normalize_text(a) for a in accepted)


def question_problems(
    *,
    kind: str,
    choices: list[tuple[str, bool]],
    true_false_answer: bool | None,
    accepted_answers: list[str],
) -> list[str]:
    """What makes a question unusable, in words a trainer can act on."""
    problems = []
    correct = sum(1 for _text, is_correct in choices if is_correct)
    if kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE):
        if len(choices) < 2:
            problems.append(_("Proposez au moins deux réponses."))
        if correct == 0:
            problems.append(_("Cochez au moins une bonne réponse."))
        elif kind == QuestionKind.SINGLE and correct > 1:
            problems.append(
                _(
                    "Une question à choix unique n'a qu'une bonne réponse : "
                    "choisissez « choix multiple » pour en avoir plusieurs."
                )
            )
    elif choices:
        problems.append(
            _("Les réponses proposées ne servent qu'aux questions à choix.")
        )
    if kind == QuestionKind.TRUE_FALSE and true_false_answer is None:
        problems.append(_("Indiquez si la bonne réponse est « vrai » ou « faux »."))
    if kind == QuestionKind.SHORT_TEXT and not accepted_answers:
        problems.append(_("Indiquez au moins une réponse acceptée."))
    return problems
