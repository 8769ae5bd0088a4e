"""Moodle XML: import the question kinds we grade, and write them back.

Parsing goes through defusedxml with DTDs refused: no entity expansion
(« billion laughs »), no external reference, no network access. The file size
and the number of questions are bounded. Like GIFT, the import is all or
nothing: one error and nothing is written; each error names the question
(number and name) and the field.
"""

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring
from django.utils.translation import gettext as _

from quizzes.importers.common import (
    DraftAnswer,
    DraftNumber,
    ImportReport,
    QuestionDraft,
    category_name_errors,
    drafts_write,
    import_as_quiz,
)
from quizzes.importers.gift import _category_path
from quizzes.importers.text import formatted_to_text
from quizzes.models import (
    ChoiceOrder,
    Question,
    QuestionCategory,
    QuestionKind,
    Quiz,
)

MAX_XML_BYTES = 5 * 1024 * 1024
MAX_XML_QUESTIONS = 2000

# Moodle question types we read, and the kinds they become.
_SKIPPED_TYPES = {"description"}
_TYPE_NAMES = {
    "multianswer": _("texte à trous (Cloze)"),
    "calculated": _("calculée"),
    "calculatedsimple": _("calculée simple"),
    "calculatedmulti": _("calculée à choix multiple"),
    "ddwtos": _("glisser-déposer sur texte"),
    "ddimageortext": _("glisser-déposer sur image"),
    "ddmarker": _("glisser-déposer des marqueurs"),
    "gapselect": _("sélection de mots manquants"),
    "randomsamatch": _("appariement aléatoire"),
    "ordering": _("mise en ordre"),
    "random": _("question aléatoire"),
}


class _Refused(Exception):
    pass


def _text(element, path: str = "text") -> str:
    found = element.find(path) if element is not None else None
    return (found.text or "") if found is not None else ""


def _formatted(element) -> str:
    """The text of a <questiontext>/<feedback>-like element, as plain text."""
    if element is None:
        return ""
    return formatted_to_text(_text(element), element.get("format", "html")).strip()


def _decimal(value: str, where: str, field: str) -> Decimal:
    try:
        number = Decimal((value or "").strip())
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite():
        raise _Refused(
            _("%(where)s : champ « %(field)s » : « %(value)s » n'est pas un nombre.")
            % {"where": where, "field": field, "value": (value or "").strip()}
        )
    return number


def _flag(element, path: str) -> bool:
    return _text(element, path).strip().lower() in ("1", "true")


def _answers(question, where: str) -> list[tuple[Decimal, str, str, object]]:
    """(weight, text, feedback, element) of each <answer>."""
    rows = []
    for answer in question.findall("answer"):
        weight = _decimal(answer.get("fraction", "0"), where, "fraction")
        text = formatted_to_text(_text(answer), answer.get("format", "plain_text"))
        rows.append((weight, text.strip(), _formatted(answer.find("feedback")), answer))
    return rows


def _draft(question, kind_name: str, where: str) -> QuestionDraft:
    text = _formatted(question.find("questiontext"))
    name = _text(question, "name/text").strip()
    common = {
        "text": text,
        "explanation": _formatted(question.find("generalfeedback")),
        # Moodle requires a name: one that only repeats the start of the text
        # (as xml_export writes for a question without one) is no name.
        "name": "" if name == text[:80].strip() else name,
    }
    grade = _text(question, "defaultgrade").strip()
    if grade:
        points = _decimal(grade, where, "defaultgrade")
        if points != points.to_integral_value() or not 1 <= points <= 100:
            raise _Refused(
                _(
                    "%(where)s : champ « defaultgrade » : des points entiers de 1 "
                    "à 100 (lu : %(value)s)."
                )
                % {"where": where, "value": grade}
            )
        common["points"] = int(points)
    if kind_name == "multichoice":
        single = _flag(question, "single")
        return QuestionDraft(
            kind=QuestionKind.SINGLE if single else QuestionKind.MULTIPLE,
            choices=[
                DraftAnswer(text=text, weight=weight, feedback=feedback)
                for weight, text, feedback, _el in _answers(question, where)
            ],
            choice_order=(
                ChoiceOrder.RANDOM
                if _flag(question, "shuffleanswers")
                else ChoiceOrder.AUTHORED
            ),
            **common,
        )
    if kind_name == "truefalse":
        answers = _answers(question, where)
        right = [text.lower() for weight, text, _f, _el in answers if weight >= 100]
        feedback = {text.lower(): fb for _w, text, fb, _el in answers}
        return QuestionDraft(
            kind=QuestionKind.TRUE_FALSE,
            true_false_answer=(right[0] == "true") if right else None,
            true_feedback=feedback.get("true", ""),
            false_feedback=feedback.get("false", ""),
            **common,
        )
    if kind_name == "shortanswer":
        return QuestionDraft(
            kind=QuestionKind.SHORT_TEXT,
            choices=[
                DraftAnswer(text=text, weight=weight, feedback=feedback)
                for weight, text, feedback, _el in _answers(question, where)
            ],
            **common,
        )
    if kind_name == "numerical":
        units = [u for u in question.findall("units/unit") if _text(u, "unit_name")]
        if units:
            raise _Refused(
                _(
                    "%(where)s : champ « units » : les unités ne sont pas "
                    "prises en charge."
                )
                % {"where": where}
            )
        numbers = []
        for weight, text, feedback, element in _answers(question, where):
            numbers.append(
                DraftNumber(
                    value=_decimal(text, where, "answer"),
                    tolerance=abs(
                        _decimal(_text(element, "tolerance") or "0", where, "tolerance")
                    ),
                    weight=weight,
                    feedback=feedback,
                )
            )
        return QuestionDraft(kind=QuestionKind.NUMERICAL, numbers=numbers, **common)
    if kind_name == "matching":
        pairs = [
            (_formatted(sub), _text(sub, "answer/text").strip())
            for sub in question.findall("subquestion")
        ]
        return QuestionDraft(
            kind=QuestionKind.MATCHING,
            pairs=pairs,
            choice_order=ChoiceOrder.RANDOM,
            **common,
        )
    if kind_name == "essay":
        return QuestionDraft(kind=QuestionKind.OPEN, **common)
    label = _TYPE_NAMES.get(kind_name, kind_name)
    raise _Refused(
        _("%(where)s : type « %(type)s » non pris en charge.")
        % {"where": where, "type": label}
    )


@dataclass
class _Parsed:
    draft: QuestionDraft
    category_path: list[str] | None


def _where(number: int, question) -> str:
    name = _text(question, "name/text").strip()
    if name:
        return _("Question %(n)s « %(name)s »") % {"n": number, "name": name[:80]}
    return _("Question %(n)s") % {"n": number}


def _root(data: bytes, report: ImportReport):
    if len(data) > MAX_XML_BYTES:
        report.errors.append(
            _("Le fichier dépasse 5 Mo : découpez-le en plusieurs fichiers.")
        )
        return None
    try:
        root = fromstring(data, forbid_dtd=True, forbid_entities=True)
    except DefusedXmlException:
        report.errors.append(
            _(
                "Le fichier contient une déclaration DTD ou des entités XML : "
                "refusé par sécurité. Exportez-le de nouveau depuis Moodle."
            )
        )
        return None
    except ET.ParseError as exc:
        line = getattr(exc, "position", (0, 0))[0]
        report.errors.append(
            _("Le fichier XML est mal formé (ligne %(line)s).") % {"line": line}
        )
        return None
    if root.tag != "quiz":
        report.errors.append(
            _("Ce n'est pas un fichier Moodle XML : il doit commencer par <quiz>.")
        )
        return None
    return root


def _parse(root, report: ImportReport) -> list[_Parsed]:
    elements = root.findall("question")
    if len(elements) > MAX_XML_QUESTIONS:
        report.errors.append(
            _("Le fichier contient plus de %(n)s questions : découpez-le.")
            % {"n": MAX_XML_QUESTIONS}
        )
        return []
    parsed, category_path, number = [], None, 0
    for element in elements:
        kind_name = element.get("type", "")
        if kind_name == "category":
            category_path = _category_path(_text(element, "category/text")) or None
            for name in category_path or []:
                report.errors.extend(
                    _("Catégorie « %(name)s » : %(e)s") % {"name": name, "e": e}
                    for e in category_name_errors(name)
                )
            continue
        number += 1
        where = _where(number, element)
        if kind_name in _SKIPPED_TYPES:
            report.skip(where, _("description, pas une question"))
            continue
        try:
            draft = _draft(element, kind_name, where)
        except _Refused as exc:
            report.errors.append(str(exc))
            continue
        draft.source = ""
        report.errors.extend(f"{where} : {problem}" for problem in draft.problems())
        parsed.append(_Parsed(draft, category_path))
    return parsed


def xml_import(
    *,
    data: bytes,
    quiz: Quiz | None = None,
    category: QuestionCategory | None = None,
) -> ImportReport:
    """Import the questions of a Moodle XML file into the bank (and a quiz).

    Raises nothing for a bad file: its errors are in the report and nothing is
    written. `category` is for questions before any category entry.
    """
    report = ImportReport()
    root = _root(data, report)
    if root is None:
        return report
    parsed = _parse(root, report)
    if report.errors:
        report.skipped.clear()
        return report
    drafts_write(parsed=parsed, category=category, quiz=quiz, report=report)
    return report


def xml_import_as_quiz(*, data: bytes, title: str) -> ImportReport:
    """Import a Moodle XML file into a new draft quiz with this title."""
    return import_as_quiz(xml_import, title=title, data=data)


# Export ---------------------------------------------------------------------

_TYPES = {
    QuestionKind.SINGLE: "multichoice",
    QuestionKind.MULTIPLE: "multichoice",
    QuestionKind.TRUE_FALSE: "truefalse",
    QuestionKind.SHORT_TEXT: "shortanswer",
    QuestionKind.NUMERICAL: "numerical",
    QuestionKind.MATCHING: "matching",
    QuestionKind.OPEN: "essay",
}


def _number(value) -> str:
    return f"{Decimal(value).normalize():f}"


def _sub(parent, tag: str, text: str | None = None, **attrs):
    element = ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = text
    return element


def _text_element(parent, tag: str, text: str, fmt: str = "plain_text"):
    element = _sub(parent, tag, format=fmt)
    _sub(element, "text", text)
    return element


def _answer(parent, weight, text: str, feedback: str = ""):
    answer = _sub(parent, "answer", fraction=_number(weight), format="plain_text")
    _sub(answer, "text", text)
    _text_element(answer, "feedback", feedback)
    return answer


def _category_text(category: QuestionCategory | None) -> str:
    names, seen = [], set()
    while category is not None and category.pk not in seen:
        seen.add(category.pk)
        names.insert(0, category.name.replace("/", "//"))
        category = category.parent
    return "/".join(["$course$", "top", *names])


def _question_element(root, question: Question) -> None:
    element = _sub(root, "question", type=_TYPES[question.kind])
    name = _sub(element, "name")
    _sub(name, "text", question.name or question.text[:80].strip())
    _text_element(element, "questiontext", question.text)
    _text_element(element, "generalfeedback", question.explanation)
    _sub(element, "defaultgrade", str(question.points))
    kind = question.kind
    if kind in (QuestionKind.SINGLE, QuestionKind.MULTIPLE):
        _sub(element, "single", "true" if kind == QuestionKind.SINGLE else "false")
        shuffle = question.choice_order == ChoiceOrder.RANDOM
        _sub(element, "shuffleanswers", "true" if shuffle else "false")
        for choice in question.choices.all():
            _answer(element, choice.weight, choice.text, choice.feedback)
    elif kind == QuestionKind.TRUE_FALSE:
        right = bool(question.true_false_answer)
        _answer(element, 100 if right else 0, "true", question.true_feedback)
        _answer(element, 0 if right else 100, "false", question.false_feedback)
    elif kind == QuestionKind.SHORT_TEXT:
        _sub(element, "usecase", "0")
        for choice in question.choices.all():
            _answer(element, choice.weight, choice.text, choice.feedback)
    elif kind == QuestionKind.NUMERICAL:
        for number in question.numerical_answers.all():
            low, high = number.bounds()
            value = number.value if number.value is not None else (low + high) / 2
            tolerance = (
                number.tolerance if number.value is not None else (high - low) / 2
            )
            answer = _answer(element, number.weight, _number(value), number.feedback)
            _sub(answer, "tolerance", _number(tolerance))
    elif kind == QuestionKind.MATCHING:
        _sub(element, "shuffleanswers", "true")
        for pair in question.pairs.all():
            sub = _text_element(element, "subquestion", pair.left)
            answer = _sub(sub, "answer")
            _sub(answer, "text", pair.right)
    elif kind == QuestionKind.OPEN:
        _sub(element, "responseformat", "plain")
        _sub(element, "responserequired", "1")


def xml_export(*, questions: Iterable[Question]) -> bytes:
    """The questions as a Moodle XML file (UTF-8), which xml_import reads back.

    Images and sounds are left out; a numerical range is written as its middle
    plus or minus half its width (Moodle's own form, same meaning).
    """
    root = ET.Element("quiz")
    current = object()
    for question in questions:
        if question.category_id != current:
            category = _sub(root, "question", type="category")
            wrapper = _sub(category, "category")
            _sub(wrapper, "text", _category_text(question.category))
            current = question.category_id
        _question_element(root, question)
    ET.indent(root, space="  ")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"
