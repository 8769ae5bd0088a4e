"""Moodle GIFT: import questions of the kinds we grade, and write them back."""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from lms.validators import import_text_error
from quizzes.importers.common import (
    DraftAnswer,
    DraftNumber,
    ImportReport,
    QuestionDraft,
    category_name_errors,
    drafts_write,
    import_as_quiz,
)
from quizzes.importers.text import formatted_to_text
from quizzes.models import (
    Question,
    QuestionCategory,
    QuestionKind,
    Quiz,
)

# Escaped characters become private-use characters while parsing, so that
# the syntax can be read with plain string operations (as Moodle does).
_SPECIALS = "~=#{}:\\"
_PROTECT = {c: chr(0xE000 + i) for i, c in enumerate(_SPECIALS)}
_NEWLINE = chr(0xE000 + len(_SPECIALS))
_RESTORE = {v: k for k, v in _PROTECT.items()} | {_NEWLINE: "\n"}
_ESCAPE = re.compile(r"\\(.)")
_FORMAT = re.compile(r"^\s*\[(html|moodle|plain|markdown)\]", re.IGNORECASE)
_WEIGHT = re.compile(r"^\s*%(-?\d+(?:[.,]\d+)?)%")
_TRUE_FALSE = re.compile(r"(T|TRUE|F|FALSE)\s*(#.*)?", re.IGNORECASE | re.DOTALL)
_CATEGORY = "$CATEGORY:"
_ROOT_SEGMENTS = {"$course$", "$system$", "$module$", "$coursecategory$", "top"}
MISSING_WORD = "_____"


def _protect(line: str) -> str:
    def replace(match: re.Match) -> str:
        char = match.group(1)
        if char == "n":
            return _NEWLINE
        return _PROTECT.get(char, match.group(0))

    return _ESCAPE.sub(replace, line)


def _restore(value: str) -> str:
    return "".join(_RESTORE.get(c, c) for c in value)


def _clean(value: str, text_format: str = "") -> str:
    """Protected GIFT text to plain text: line breaks in the file are spaces;
    Markdown and HTML become plain text (a format marker here wins)."""
    if match := _FORMAT.match(value):
        text_format = match.group(1).lower()
        value = value[match.end() :]
    text = _restore(_join_lines(value)).strip()
    return formatted_to_text(text, text_format) if text_format else text


def _join_lines(value: str) -> str:
    """Each line break and the spaces or tabs around it become one space. String
    methods, not a regex: `[ \t]*\n[ \t]*` took quadratic time on long runs of
    spaces (40,000 spaces: 3 s)."""
    parts = value.split("\n")
    if len(parts) == 1:
        return value
    inner = (part.strip(" \t") for part in parts[1:-1])
    return " ".join([parts[0].rstrip(" \t"), *inner, parts[-1].lstrip(" \t")])


class GiftError(Exception):
    pass


class GiftSkip(Exception):
    pass


@dataclass
class _Block:
    lines: list[tuple[int, str]]

    @property
    def number(self) -> int:
        return self.lines[0][0]

    @property
    def text(self) -> str:
        return "\n".join(line for _n, line in self.lines)

    def line_at(self, offset: int) -> int:
        for number, line in self.lines:
            if offset <= len(line):
                return number
            offset -= len(line) + 1
        return self.lines[-1][0]


def _blocks(text: str) -> Iterable[_Block]:
    current: list[tuple[int, str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("//"):
            continue
        if not stripped:
            if current:
                yield _Block(current)
            current = []
            continue
        current.append((number, _protect(line)))
    if current:
        yield _Block(current)


def _category_path(value: str) -> list[str]:
    segments = value.replace("//", "\0").split("/")
    names = [s.replace("\0", "/").strip() for s in segments]
    names = [n for n in names if n]
    while names and names[0].lower() in _ROOT_SEGMENTS:
        names.pop(0)
    return names


def _number(value: str, line: int) -> Decimal:
    try:
        number = Decimal(_restore(value).strip().replace(",", "."))
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite():
        raise GiftError(
            _("Ligne %(line)s : « %(value)s » n'est pas un nombre.")
            % {"line": line, "value": _restore(value).strip()}
        )
    return number


def _numerical_answer(spec: str, line: int) -> DraftNumber:
    """« 3.5:0.1 », « 1..5 » or « 3.5 » as an accepted number."""
    spec = spec.strip()
    if ".." in spec:
        low, high = spec.split("..", 1)
        return DraftNumber(minimum=_number(low, line), maximum=_number(high, line))
    if _PROTECT[":"] in spec:
        value, tolerance = spec.split(_PROTECT[":"], 1)
        return DraftNumber(
            value=_number(value, line), tolerance=abs(_number(tolerance, line))
        )
    if ":" in spec:
        value, tolerance = spec.split(":", 1)
        return DraftNumber(
            value=_number(value, line), tolerance=abs(_number(tolerance, line))
        )
    return DraftNumber(value=_number(spec, line))


def _numerical(body: str, line: int, text_format: str) -> QuestionDraft:
    body = body[1:].strip()
    numbers = []
    if body[:1] in ("=", "~"):
        for part in re.split(r"(?=[=~])", body)[1:]:
            marker, rest = part[0], part[1:]
            weight = Decimal(100) if marker == "=" else Decimal(0)
            if match := _WEIGHT.match(rest):
                weight = Decimal(match.group(1).replace(",", "."))
                rest = rest[match.end() :]
            spec, _sep, feedback = rest.partition("#")
            number = _numerical_answer(spec, line)
            number.weight = weight
            number.feedback = _clean(feedback, text_format)
            numbers.append(number)
    else:
        spec, _sep, feedback = body.partition("#")
        number = _numerical_answer(spec, line)
        number.feedback = _clean(feedback, text_format)
        numbers.append(number)
    return QuestionDraft(kind=QuestionKind.NUMERICAL, text="", numbers=numbers)


def _answers(raw: str, line: int, text_format: str = "") -> QuestionDraft:
    """The kind and answers of one answer block (without its braces)."""
    explanation = ""
    if "####" in raw:
        raw, explanation = raw.split("####", 1)
        explanation = _clean(explanation, text_format)
    body = raw.strip()
    if not body:
        return QuestionDraft(kind=QuestionKind.OPEN, text="", explanation=explanation)
    if body.startswith("#"):
        draft = _numerical(body, line, text_format)
        draft.explanation = explanation
        return draft
    if match := _TRUE_FALSE.fullmatch(body):
        # « {T#wrong#right} »: Moodle's order, the comment for a wrong answer
        # first, then the one for the right answer.
        answer = match.group(1).upper().startswith("T")
        _empty, _sep, comments = (match.group(2) or "").partition("#")
        wrong, _sep, right = comments.partition("#")
        wrong, right = _clean(wrong, text_format), _clean(right, text_format)
        return QuestionDraft(
            kind=QuestionKind.TRUE_FALSE,
            text="",
            explanation=explanation,
            true_false_answer=answer,
            true_feedback=right if answer else wrong,
            false_feedback=wrong if answer else right,
        )
    parts = re.split(r"(?=[=~])", body)
    if parts[0].strip():
        raise GiftError(
            _("Ligne %(line)s : chaque réponse commence par « = » ou « ~ ».")
            % {"line": line}
        )
    answers = []  # (marker, weight or None, text, feedback)
    for part in parts[1:]:
        marker, rest = part[0], part[1:]
        weight = None
        if match := _WEIGHT.match(rest):
            weight = Decimal(match.group(1).replace(",", "."))
            rest = rest[match.end() :]
        answer, _sep, feedback = rest.partition("#")
        answer_text = _clean(answer, text_format)
        if not answer_text:
            raise GiftError(_("Ligne %(line)s : réponse vide.") % {"line": line})
        answers.append((marker, weight, answer, _clean(feedback, text_format)))
    markers = {marker for marker, _w, _a, _f in answers}
    if any("->" in answer for _m, _w, answer, _f in answers):
        if markers != {"="} or not all("->" in a for _m, _w, a, _f in answers):
            raise GiftError(
                _(
                    "Ligne %(line)s : appariement mal écrit : chaque ligne est "
                    "« =élément -> réponse »."
                )
                % {"line": line}
            )
        pairs = []
        for _m, _w, answer, _f in answers:
            left, right = answer.split("->", 1)
            pairs.append((_clean(left, text_format), _clean(right, text_format)))
        return QuestionDraft(
            kind=QuestionKind.MATCHING, text="", explanation=explanation, pairs=pairs
        )
    choices = [
        DraftAnswer(
            text=_clean(answer, text_format),
            weight=weight
            if weight is not None
            else (Decimal(100) if marker == "=" else Decimal(0)),
            feedback=feedback,
        )
        for marker, weight, answer, feedback in answers
    ]
    if markers == {"="}:
        kind = QuestionKind.SHORT_TEXT
    elif "=" in markers:
        # Moodle's rule: an answer marked « = » makes a one-answer question;
        # the « ~%50% » ones are partly right.
        kind = QuestionKind.SINGLE
    else:
        kind = QuestionKind.MULTIPLE
    return QuestionDraft(kind=kind, text="", explanation=explanation, choices=choices)


def _question(block: _Block) -> QuestionDraft:
    """One question block to a draft; raises GiftError or GiftSkip."""
    text = block.text
    opening = closing = None
    for offset, char in enumerate(text):
        if char == "{":
            if opening is not None:
                raise GiftError(
                    _(
                        "Ligne %(line)s : « { » en trop (un seul bloc de réponses "
                        "par question ; écrivez \\{ pour une accolade dans le texte)."
                    )
                    % {"line": block.line_at(offset)}
                )
            opening = offset
        elif char == "}":
            if opening is None or closing is not None:
                raise GiftError(
                    _(
                        "Ligne %(line)s : « } » sans « { » (écrivez \\} pour une "
                        "accolade dans le texte)."
                    )
                    % {"line": block.line_at(offset)}
                )
            closing = offset
    if opening is None:
        raise GiftSkip(_("texte sans bloc de réponses { }, pas une question"))
    if closing is None:
        raise GiftError(
            _("Ligne %(line)s : « { » n'est jamais refermée par « } ».")
            % {"line": block.line_at(opening)}
        )
    head, tail = text[:opening], text[closing + 1 :]
    name = ""
    if head.lstrip().startswith("::"):
        title_end = head.find("::", head.find("::") + 2)
        if title_end == -1:
            raise GiftError(
                _("Ligne %(line)s : le titre « ::…:: » n'est pas refermé.")
                % {"line": block.number}
            )
        name = _clean(head[head.find("::") + 2 : title_end])
        head = head[title_end + 2 :]
    text_format = ""
    if match := _FORMAT.match(head):
        # The question's format applies to its answers and feedback too
        # (_clean takes the marker off the text itself).
        text_format = match.group(1).lower()
    draft = _answers(text[opening + 1 : closing], block.line_at(opening), text_format)
    draft.name = name
    head, tail = _clean(head, text_format), _clean(tail, text_format)
    # Text after the answers: Moodle's « missing word », shown as a blank.
    draft.text = " ".join(filter(None, [head, MISSING_WORD, tail])) if tail else head
    if not draft.text:
        raise GiftError(
            _("Ligne %(line)s : la question n'a pas de texte.") % {"line": block.number}
        )
    return draft


@dataclass
class _Parsed:
    line: int
    draft: QuestionDraft
    category_path: list[str] | None


def _parse(text: str, report: ImportReport) -> list[_Parsed]:
    parsed = []
    category_path = None
    for block in _blocks(text):
        first = _restore(block.lines[0][1]).strip()
        if first.startswith(_CATEGORY):
            category_path = _category_path(first[len(_CATEGORY) :]) or None
            for name in category_path or []:
                report.errors.extend(
                    _("Ligne %(line)s : catégorie « %(name)s » : %(e)s")
                    % {"line": block.number, "name": name, "e": e}
                    for e in category_name_errors(name)
                )
            block.lines.pop(0)
            if not block.lines:
                continue
        try:
            draft = _question(block)
        except GiftError as exc:
            report.errors.append(str(exc))
            continue
        except GiftSkip as exc:
            report.skip(_("Ligne %(line)s") % {"line": block.number}, str(exc))
            continue
        report.errors.extend(
            _("Ligne %(line)s : %(problem)s") % {"line": block.number, "problem": p}
            for p in draft.problems()
        )
        parsed.append(_Parsed(block.number, draft, category_path))
    return parsed


def gift_import(
    *,
    text: str,
    quiz: Quiz | None = None,
    category: QuestionCategory | None = None,
) -> ImportReport:
    """Import the questions of a GIFT text into the bank (and a quiz, if given).

    Raises nothing for a bad file: its errors, with their line, are in the
    report and nothing is written. `category` is for questions before any
    $CATEGORY line.
    """
    report = ImportReport()
    if message := import_text_error(text):
        report.errors.append(message)
        return report
    parsed = _parse(text, report)
    if report.errors:
        report.skipped.clear()
        return report
    drafts_write(parsed=parsed, category=category, quiz=quiz, report=report)
    return report


def gift_import_as_quiz(*, text: str, title: str) -> ImportReport:
    """Import a GIFT text into a new draft quiz with this title.

    Raises nothing for a bad file: errors are in the report, nothing is written.
    """
    return import_as_quiz(gift_import, title=title, text=text)


def _escape(value: str) -> str:
    value = value.replace("\\", "\\\\")
    for char in "~=#{}:":
        value = value.replace(char, "\\" + char)
    value = value.replace("\r\n", "\n").replace("\n", "\\n")
    if value.lstrip().startswith("//") or _FORMAT.match(value):
        # Else it would read as a comment or lose its first words.
        value = "[plain]" + value
    return value


def _category_line(category: QuestionCategory | None) -> str:
    names = []
    seen = set()
    while category is not None and category.pk not in seen:
        seen.add(category.pk)
        names.insert(0, category.name.replace("/", "//"))
        category = category.parent
    return f"{_CATEGORY} {'/'.join(names)}"


def _weight(value) -> str:
    return f"{Decimal(value).normalize():f}"


def _feedback(text: str) -> str:
    return f"#{_escape(text)}" if text else ""


def _answer_text(text: str) -> str:
    # An answer starting like a weight (« %10% de remise ») or like a
    # numerical spec keeps its meaning: the weight is always written then.
    return _escape(text)


def _choice_line(marker: str, weight, text: str, feedback: str, always: bool) -> str:
    escaped = _answer_text(text)
    written = always or _WEIGHT.match(escaped) is not None
    prefix = f"%{_weight(weight)}%" if written else ""
    return f"{marker}{prefix}{escaped}{_feedback(feedback)}"


def _number_spec(number) -> str:
    if number.value is None:
        return f"{_weight(number.minimum)}..{_weight(number.maximum)}"
    return f"{_weight(number.value)}:{_weight(number.tolerance)}"


def _answer_lines(question: Question) -> tuple[str, list[str]]:
    """The opening of the answer block (« » or « # ») and its lines."""
    kind = question.kind
    if kind == QuestionKind.SINGLE:
        return "", [
            _choice_line(
                "=" if c.weight >= 100 else "~",
                c.weight,
                c.text,
                c.feedback,
                always=0 < c.weight < 100 or c.weight < 0,
            )
            for c in question.choices.all()
        ]
    if kind == QuestionKind.MULTIPLE:
        return "", [
            _choice_line("~", c.weight, c.text, c.feedback, always=True)
            for c in question.choices.all()
        ]
    if kind == QuestionKind.SHORT_TEXT:
        return "", [
            _choice_line("=", c.weight, c.text, c.feedback, always=c.weight != 100)
            for c in question.choices.all()
        ]
    if kind == QuestionKind.TRUE_FALSE:
        answer = bool(question.true_false_answer)
        right = question.true_feedback if answer else question.false_feedback
        wrong = question.false_feedback if answer else question.true_feedback
        comments = f"#{_escape(wrong)}#{_escape(right)}" if wrong or right else ""
        return "", [("TRUE" if answer else "FALSE") + comments]
    if kind == QuestionKind.NUMERICAL:
        return "#", [
            f"=%{_weight(n.weight)}%{_number_spec(n)}{_feedback(n.feedback)}"
            for n in question.numerical_answers.all()
        ]
    if kind == QuestionKind.MATCHING:
        return "", [
            f"={_escape(p.left)} -> {_escape(p.right)}" for p in question.pairs.all()
        ]
    return "", []


def gift_export(*, questions: Iterable[Question]) -> str:
    """The questions in GIFT, which gift_import reads back; raises nothing.

    Points, images and sounds have no GIFT syntax and are left out.
    """
    chunks = []
    current_category = None
    for question in questions:
        if question.category_id != current_category:
            chunks.append(_category_line(question.category))
            current_category = question.category_id
        opening, lines = _answer_lines(question)
        if question.explanation:
            lines.append(f"####{_escape(question.explanation)}")
        body = "\n".join(f"    {line}" for line in lines)
        text = _escape(question.text)
        if question.name:
            text = f"::{_escape(question.name)}::{text}"
        chunks.append(
            f"{text} {{{opening}\n{body}\n}}" if body else f"{text} {{{opening}}}"
        )
    return "\n\n".join(chunks) + "\n"


def quiz_questions_for_export(*, quiz: Quiz) -> list[Question]:
    """A quiz's questions in their order, with choices and categories."""
    return list(
        Question.objects.filter(quiz_questions__quiz=quiz)
        .order_by("quiz_questions__sort_order", "quiz_questions__pk")
        .select_related("category__parent")
        .prefetch_related("choices", "numerical_answers", "pairs")
    )
