"""French readability of lesson text: the one owner of the rule.

Score: Flesch reading ease as adapted to French by Kandel & Moles (L. Kandel and
A. Moles, « Application de l'indice de Flesch à la langue française », Cahiers
Études de Radio-Télévision 19, 1958):

    score = 207 - 1.015 × (words / sentences) - 73.6 × (syllables / words)

The higher, the easier (about 60-70 for ordinary adult prose; it can pass 100
for very short sentences of short words). Syllables are counted as `textstat`
counts them for French: the hyphenation points `pyphen` finds in each word, plus
one. Hyphenation never leaves fewer than two letters at either end of a word, so
« écran » counts one syllable and « appuyez » two: the scores run a little higher
than with syllables counted by ear, and the thresholds below are set on this
counter. Words and sentences are counted here, not by `textstat`, whose sentence
counter drops sentences of one or two words (« Attendez. ») and cuts « caf.fr »
in two: plain-language text would be penalised for its short sentences.
`textstat`'s module-level `set_lang()` changes one shared object, which a threaded
web server must not do, so only its pure functions, which take the language as an
argument, are called.

On top of the score: average and longest sentence length in words, and
abbreviations (CAF, PIN, URL…) used without an explanation in parentheses in the
same lesson or a « Mot du lexique » block defining them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from django.utils.translation import gettext as _
from textstat.backend.counts import count_syllables

LANGUAGE = "fr_FR"
# Kandel & Moles (1958), the coefficients textstat holds for "fr".
BASE = 207.0
PER_WORDS_PER_SENTENCE = 1.015
PER_SYLLABLES_PER_WORD = 73.6
# Below this many words a unit's score swings with one word: it is shown but
# only sentence length and abbreviations are checked.
MIN_WORDS_FOR_SCORE = 20
# All-caps words every learner knows or that are not abbreviations to explain.
ALLOWED_ABBREVIATIONS = frozenset({"OK", "SMS", "TV"})


@dataclass(frozen=True)
class Thresholds:
    """What a text may not exceed for learners of one level."""

    min_score: float
    max_average_words: float
    max_sentence_words: int


# By rank on the level scale (N0 = 0 … N4 = 4): the lower the level, the
# shorter the sentences and the easier the words.
THRESHOLDS = {
    0: Thresholds(min_score=80, max_average_words=12, max_sentence_words=15),
    1: Thresholds(min_score=80, max_average_words=12, max_sentence_words=15),
    2: Thresholds(min_score=70, max_average_words=14, max_sentence_words=20),
    3: Thresholds(min_score=60, max_average_words=16, max_sentence_words=25),
    4: Thresholds(min_score=60, max_average_words=16, max_sentence_words=25),
}


def thresholds_for(rank: int | None) -> Thresholds:
    """The thresholds of a level rank; the strictest when the level is unknown."""
    if rank is None:
        return THRESHOLDS[0]
    return THRESHOLDS[min(max(rank, 0), max(THRESHOLDS))]


# --- Text ------------------------------------------------------------------

_BLOCK_TAGS = {"p", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "div", "ul", "ol"}


class _TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        self.parts.append(data)


def html_to_text(html: str) -> str:
    """Plain text of rich text: one line per paragraph or list item."""
    extractor = _TextExtractor()
    extractor.feed(html or "")
    extractor.close()
    return "".join(extractor.parts)


_SENTENCE_END = re.compile(r"(?<=[.!?…])[»\"')\]]*\s+")
_WORD_CHAR = re.compile(r"[^\W_]")


def split_sentences(text: str) -> list[str]:
    """Sentences of a plain text: a line (paragraph, list item) ends one too."""
    sentences = []
    for line in (text or "").splitlines():
        for sentence in _SENTENCE_END.split(line):
            if words_of(sentence):
                sentences.append(sentence.strip())
    return sentences


def words_of(sentence: str) -> list[str]:
    """Words as a reader sees them: « l'écran » and « Wi-Fi » are one word."""
    return [token for token in sentence.split() if _WORD_CHAR.search(token)]


def syllables_of(word: str) -> int:
    """Syllables of one word, as textstat counts them in French (pyphen)."""
    letters = re.sub(r"[^\w'-]", "", word.lower())
    return max(1, count_syllables(letters, LANGUAGE)) if letters else 1


def reading_ease(text: str) -> float | None:
    """Kandel & Moles reading ease of a plain text, or None without words."""
    sentences = split_sentences(text)
    words = [word for sentence in sentences for word in words_of(sentence)]
    if not words:
        return None
    syllables = sum(syllables_of(word) for word in words)
    return (
        BASE
        - PER_WORDS_PER_SENTENCE * len(words) / len(sentences)
        - PER_SYLLABLES_PER_WORD * syllables / len(words)
    )


# --- Abbreviations -----------------------------------------------------------

_ABBREVIATION = re.compile(r"(?<![\w@./-])([A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜ]{2,})(?![\w@/-])")


def abbreviations_in(text: str) -> list[str]:
    """All-caps words of two letters or more, in order, each once."""
    found = []
    for match in _ABBREVIATION.finditer(text or ""):
        token = match.group(1)
        if token not in ALLOWED_ABBREVIATIONS and token not in found:
            found.append(token)
    return found


def explained_abbreviations(texts: list[str], glossary_terms: list[str]) -> set[str]:
    """Abbreviations followed or preceded by their meaning in parentheses
    (« CAF (Caisse d'allocations familiales) », « Caisse d'allocations
    familiales (CAF) »), or named by a glossary term."""
    explained = set()
    for text in texts:
        for match in re.finditer(r"([A-ZÀ-Ý]{2,})\s*\(([^)]*[a-zà-ÿ][^)]*)\)", text):
            explained.add(match.group(1))
        for match in re.finditer(r"\w[^()]*\(\s*([A-ZÀ-Ý]{2,})\s*\)", text):
            explained.add(match.group(1))
    for term in glossary_terms:
        explained.update(re.findall(r"[A-ZÀ-Ý]{2,}", term or ""))
    return explained


# --- Results -----------------------------------------------------------------


@dataclass(frozen=True)
class TextUnit:
    """One piece of text checked on its own: a paragraph or a guided step."""

    key: str
    label: str
    text: str


@dataclass
class UnitResult:
    key: str
    label: str
    words: int
    sentences: int
    average_words: float
    longest_words: int
    score: float | None
    advice: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.advice

    @property
    def score_display(self) -> int | None:
        """The score as shown to people: rounded, within 0-100."""
        if self.score is None:
            return None
        return round(min(100.0, max(0.0, self.score)))

    def as_dict(self) -> dict:
        return {
            "key": self.key,
            "label": self.label,
            "words": self.words,
            "sentences": self.sentences,
            "average_words": round(self.average_words, 1),
            "longest_words": self.longest_words,
            "score": self.score_display,
            "ok": self.ok,
            "advice": self.advice,
        }


@dataclass
class ReadabilityReport:
    """The check of a whole lesson against the thresholds of one level."""

    thresholds: Thresholds
    units: list[UnitResult]
    score: float | None
    advice: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.advice and all(unit.ok for unit in self.units)

    @property
    def reasons(self) -> list[str]:
        """Every piece of advice, each prefixed with where it applies."""
        reasons = list(self.advice)
        for unit in self.units:
            reasons.extend(f"{unit.label} : {advice}" for advice in unit.advice)
        return reasons

    @property
    def score_display(self) -> int | None:
        if self.score is None:
            return None
        return round(min(100.0, max(0.0, self.score)))

    def as_dict(self) -> dict:
        return {
            "ok": self.ok,
            "score": self.score_display,
            "min_score": self.thresholds.min_score,
            "max_sentence_words": self.thresholds.max_sentence_words,
            "advice": self.advice,
            "units": [unit.as_dict() for unit in self.units],
        }


def _unit_check(
    unit: TextUnit, thresholds: Thresholds, flagged: set[str], explained: set[str]
) -> UnitResult:
    sentences = split_sentences(unit.text)
    lengths = [len(words_of(sentence)) for sentence in sentences]
    words = sum(lengths)
    average = words / len(sentences) if sentences else 0.0
    score = reading_ease(unit.text)
    advice = []
    for length in lengths:
        if length > thresholds.max_sentence_words:
            advice.append(
                _("Phrase de %(count)d mots : coupez-la en deux.") % {"count": length}
            )
    if (
        len(sentences) > 1
        and round(average) > thresholds.max_average_words
        and not any(length > thresholds.max_sentence_words for length in lengths)
    ):
        advice.append(
            _("Phrases de %(average)s mots en moyenne : visez %(max)s mots ou moins.")
            % {"average": round(average), "max": round(thresholds.max_average_words)}
        )
    if (
        score is not None
        and words >= MIN_WORDS_FOR_SCORE
        and score < thresholds.min_score
    ):
        advice.append(
            _(
                "Score de lisibilité %(score)s (visé : %(min)s ou plus) : "
                "prenez des mots plus courts et des phrases plus courtes."
            )
            % {"score": round(max(0.0, score)), "min": round(thresholds.min_score)}
        )
    for token in abbreviations_in(unit.text):
        if token in explained or token in flagged:
            continue
        flagged.add(token)
        advice.append(
            _("%(abbr)s : expliquez ce sigle la première fois.") % {"abbr": token}
        )
    return UnitResult(
        key=unit.key,
        label=unit.label,
        words=words,
        sentences=len(sentences),
        average_words=average,
        longest_words=max(lengths, default=0),
        score=score,
        advice=advice,
    )


def readability_check(
    *,
    units: list[TextUnit],
    thresholds: Thresholds,
    context_texts: list[str] = (),
    glossary_terms: list[str] = (),
) -> ReadabilityReport:
    """Check each unit, and all of them together, against the thresholds.

    An abbreviation is explained when any text of the lesson (the units or
    `context_texts`: headings, callouts…) gives its meaning in parentheses, or
    a glossary term names it; an unexplained one is reported once, where it
    first appears."""
    all_texts = [unit.text for unit in units] + list(context_texts)
    explained = explained_abbreviations(all_texts, list(glossary_terms))
    flagged: set[str] = set()
    results = [_unit_check(unit, thresholds, flagged, explained) for unit in units]
    whole = "\n".join(unit.text for unit in units)
    score = reading_ease(whole)
    advice = []
    words = sum(result.words for result in results)
    if (
        score is not None
        and words >= MIN_WORDS_FOR_SCORE
        and score < thresholds.min_score
    ):
        advice.append(
            _("Leçon entière : score de lisibilité %(score)s (visé : %(min)s ou plus).")
            % {"score": round(max(0.0, score)), "min": round(thresholds.min_score)}
        )
    return ReadabilityReport(
        thresholds=thresholds, units=results, score=score, advice=advice
    )


# --- Lessons -----------------------------------------------------------------


def lesson_units(body) -> tuple[list[TextUnit], list[str], list[str]]:
    """The checked units of a lesson body (paragraphs, guided steps), the rest
    of its text (for explanations) and its glossary terms."""
    units: list[TextUnit] = []
    context: list[str] = []
    glossary: list[str] = []
    paragraphs = 0
    for block in body:
        kind, value = block.block_type, block.value
        if kind == "paragraph":
            paragraphs += 1
            units.append(
                TextUnit(
                    key=str(block.id),
                    label=_("Paragraphe %(n)d") % {"n": paragraphs},
                    text=html_to_text(value.source),
                )
            )
        elif kind == "guided_steps":
            context.append(value["title"])
            for index, step in enumerate(value["steps"], start=1):
                text = html_to_text(step["instruction"].source)
                if step.get("tip"):
                    text += "\n" + step["tip"]
                units.append(
                    TextUnit(
                        key=f"{block.id}.{index}",
                        label=_("« %(title)s », étape %(n)d")
                        % {"title": value["title"], "n": index},
                        text=text,
                    )
                )
        elif kind == "glossary_term":
            glossary.append(value["term"])
            context.append(value["definition"])
        elif kind == "heading":
            context.append(value["text"])
        elif kind == "callout":
            context.append(html_to_text(value["text"].source))
    return units, context, glossary


def lesson_readability(body, *, level_rank: int | None) -> ReadabilityReport:
    """Check a lesson body against the thresholds of its course's target level."""
    units, context, glossary = lesson_units(body)
    return readability_check(
        units=units,
        thresholds=thresholds_for(level_rank),
        context_texts=context,
        glossary_terms=glossary,
    )


# --- Selectors -------------------------------------------------------------


@dataclass
class LessonReadability:
    """A lesson of a beneficiary course, its course and the check of its text."""

    lesson: object
    title: str
    course: object
    report: ReadabilityReport


def lesson_course_level_get(page) -> tuple[object | None, int | None]:
    """The beneficiary course above a page (or the page itself) and its target
    level's rank; (None, None) outside a beneficiary course (one query)."""
    from courses.models import Audience, CoursePage

    course = (
        CoursePage.objects.ancestor_of(page, inclusive=True)
        .filter(audience=Audience.BENEFICIARY)
        .select_related("target_level")
        .first()
    )
    if course is None:
        return None, None
    level = course.target_level
    return course, (level.rank if level else None)


def hard_lessons_list(*, user) -> list[LessonReadability]:
    """The beneficiary lessons `user` may edit whose latest text (the latest
    revision, drafts included) is harder than their course's target level
    allows, in tree order. Four queries whatever the number of lessons
    (courses, the user's page permissions, lessons, revisions)."""
    from functools import reduce
    from operator import or_

    from django.db.models import Q
    from wagtail.models import Revision
    from wagtail.permission_policies.pages import PagePermissionPolicy

    from courses.models import Audience, CoursePage, LessonPage

    courses = list(
        CoursePage.objects.filter(audience=Audience.BENEFICIARY).select_related(
            "target_level"
        )
    )
    if not courses:
        return []
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    lessons = list(
        LessonPage.objects.filter(
            reduce(or_, (Q(path__startswith=c.path) for c in courses))
        )
        .filter(pk__in=editable.values("pk"))
        .order_by("path")
    )
    revisions = Revision.page_revisions.in_bulk(
        [lesson.latest_revision_id for lesson in lessons if lesson.latest_revision_id]
    )
    body_field = LessonPage._meta.get_field("body")
    by_path = {course.path: course for course in courses}
    depth = len(courses[0].path)
    rows = []
    for lesson in lessons:
        course = by_path[lesson.path[:depth]]
        revision = revisions.get(lesson.latest_revision_id)
        body, title = lesson.body, lesson.title
        if revision is not None:
            # Only the body and title of the revision: Page.with_content_json
            # would query locale, content type and comments for each lesson.
            body = body_field.to_python(revision.content.get("body", "[]"))
            title = revision.content.get("title", title)
        level = course.target_level
        report = lesson_readability(body, level_rank=level.rank if level else None)
        if not report.ok:
            rows.append(
                LessonReadability(
                    lesson=lesson, title=title, course=course, report=report
                )
            )
    return rows
