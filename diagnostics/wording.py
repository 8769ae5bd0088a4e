"""What a diagnostic says, as whole French sentences: the one owner of its wording.

An item has two texts. The observation, for the professional (« La personne a
su, seule, ouvrir une application. »), and the first-person text, for the
person alone (« Je sais ouvrir une application. »). A result turns them into
sentences about what the person knows: « Vous savez ouvrir une application. »
for the person, « Aminata sait ouvrir une application, sans aide. » for the
professional. Only these lead-ins are rewritten, so the first-person text must
start with « Je sais » (checked when a trainer saves it). Everything a page
shows is built here, whole, never glued in a template.
"""

import functools
import re

from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy

from lms.wording import elide

_OBSERVED = "La personne a su"
_SELF = "Je sais"

_HOW = {
    "guidée pas à pas": pgettext_lazy("skill", "avec un guidage pas à pas"),
    "guidée": pgettext_lazy("skill", "avec un guidage"),
    "seule": pgettext_lazy("skill", "sans aide"),
}
_HOW_WORDS = "guidée pas à pas|guidée|seule"
# « La personne a su, seule, ouvrir … »: the manner, right after the lead-in.
_HOW_FIRST = re.compile(rf"^,\s*({_HOW_WORDS})\s*,\s*")
# « La personne a su trouver seule le bon site … »: the manner, inside.
_HOW_INSIDE = re.compile(rf"(?<![\w'’])({_HOW_WORDS})(?![\w'’])")

_FIRST_PERSON = {
    "mon": "votre",
    "ma": "votre",
    "mes": "vos",
    "me": "vous",
    "moi": "vous",
}
_FIRST_PERSON_WORD = re.compile(r"(?<![\w'’])(mon|ma|mes|me|moi)(?![\w'’])", re.I)
_FIRST_PERSON_ELIDED = re.compile(r"(?<![\w'’])m['’](?=\w)", re.I)
# A second « je » cannot become « vous » without conjugating its verb.
_OTHER_JE = re.compile(r"(?<![\w'’])(je(?![\w'’])|j['’](?=\w))", re.I)


_NBSP = "\u00a0"
# French typography: no line break inside « … » nor before « : » and « ? ».
_TIGHT = (
    ("« ", f"«{_NBSP}"),
    (" »", f"{_NBSP}»"),
    (" :", f"{_NBSP}:"),
    (" ?", f"{_NBSP}?"),
)


def _typeset(text: str) -> str:
    for loose, tight in _TIGHT:
        text = text.replace(loose, tight)
    return text


def _typeset_result(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs) -> str:
        return _typeset(func(*args, **kwargs))

    return wrapper


def _clean(text: str) -> str:
    return " ".join(text.split()).rstrip(".").rstrip()


def _lower_first(text: str) -> str:
    # « Envoyer une photo » → « envoyer une photo »; « PDF … » stays.
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


def _after(text: str, lead: str) -> str | None:
    text = _clean(text)
    if text == lead or not text.startswith(f"{lead} "):
        return None
    return text[len(lead) :].strip() or None


def task_as_skill(task: str) -> str:
    """« ouvrir une application, sans aide » from « La personne a su, seule,
    ouvrir une application. »; « vous connecter » from « Je sais me
    connecter. »; without a known lead-in, the task as written."""
    text = _clean(task)
    if text.startswith(_OBSERVED):
        text = text[len(_OBSERVED) :]
        how = ""
        if match := _HOW_FIRST.match(text):
            how = str(_HOW[match.group(1)])
            text = text[match.end() :]
        text = _HOW_INSIDE.sub(lambda m: str(_HOW[m.group(1)]), text).strip()
        return f"{text}, {how}" if how else text
    if (rest := _after(text, _SELF)) is not None:
        return _to_you(rest)
    return text


def _to_you(rest: str) -> str:
    rest = _FIRST_PERSON_WORD.sub(lambda m: _FIRST_PERSON[m.group(1).lower()], rest)
    return _FIRST_PERSON_ELIDED.sub("vous ", rest)


def _to_third(rest: str) -> str | None:
    # « me », « mon »… would need the person's gender or the verb's subject
    # (« quand quelqu'un me guide »): no third-person sentence from those.
    if _FIRST_PERSON_WORD.search(rest) or _FIRST_PERSON_ELIDED.search(rest):
        return None
    return rest


def self_text_error(text: str) -> str | None:
    """Why a first-person text cannot be used, or None: it starts with
    « Je sais » and holds no other « je »."""
    if not text.strip():
        return None
    rest = _after(text, _SELF)
    if rest is None:
        return _(
            "Commencez par « Je sais », par exemple : « Je sais allumer un téléphone. »"
        )
    if _OTHER_JE.search(rest):
        return _(
            "Gardez un seul « je », au début : « Je sais … ». Le résultat dira "
            "« Vous savez … »."
        )
    return None


def skill_for_learner(item) -> str:
    """What the item shows the person knows, addressed to them (« ouvrir une
    application »), to follow « Vous savez »; "" when nothing says it."""
    if item is None:
        return ""
    if (rest := _after(item.self_text, _SELF)) is not None:
        return _lower_first(_to_you(rest))
    if item.kind == "task" and item.task.strip():
        return _lower_first(task_as_skill(item.task))
    return ""


def skill_about(item) -> str:
    """The same, about the person (« ouvrir une application, sans aide »), to
    follow « Aminata sait »; "" when nothing says it in the third person."""
    if item is None:
        return ""
    if item.kind == "task" and _clean(item.task).startswith(_OBSERVED):
        return task_as_skill(item.task)
    for text in (item.self_text, item.task):
        if (rest := _after(text, _SELF)) is not None:
            return _to_third(rest) or ""
    if item.kind == "task" and item.task.strip():
        return _lower_first(task_as_skill(item.task))
    return ""


@_typeset_result
def self_prompt(item) -> str:
    """What a person alone reads for a task: the first-person text, or a plain
    question built from the observation (« Savez-vous ouvrir … ? »)."""
    if item.self_text.strip():
        return " ".join(item.self_text.split())
    skill = skill_for_learner(item)
    return _("Savez-vous %(skill)s ?") % {"skill": skill} if skill else ""


def _question(item) -> str:
    return " ".join(item.question.text.split()) if item.question_id else ""


@_typeset_result
def known_sentence(item, *, name: str | None = None) -> str:
    """What the person knows in an area, from the item that shows it: « Vous
    savez … » for the person, « Aminata sait … » when `name` is given."""
    if item is None:
        return ""
    if name is None:
        if skill := skill_for_learner(item):
            return _("Vous savez %(skill)s.") % {"skill": skill}
        if question := _question(item):
            return _("Vous avez bien répondu à la question « %(question)s ».") % {
                "question": question
            }
        return ""
    if skill := skill_about(item):
        return _("%(name)s sait %(skill)s.") % {"name": name, "skill": skill}
    if question := _question(item):
        return _("%(name)s a bien répondu à la question « %(question)s ».") % {
            "name": name,
            "question": question,
        }
    # A task in the first person that cannot be said about someone else.
    return _("%(name)s a réussi ce que demande le niveau %(code)s.") % {
        "name": name,
        "code": item.level.code,
    }


@_typeset_result
def next_sentence(level, item, *, for_learner: bool = True) -> str:
    """The next level of an area, with an item of that level as an example."""
    if level is None:
        return ""
    words = {"code": level.code, "level": level.name}
    skill = skill_for_learner(item) if for_learner else skill_about(item)
    if skill:
        return _(
            "Prochaine étape : le niveau %(code)s (%(level)s), par exemple savoir "
            "%(skill)s."
        ) % {**words, "skill": skill}
    if item is not None and (question := _question(item)):
        return _(
            "Prochaine étape : le niveau %(code)s (%(level)s), par exemple bien "
            "répondre à la question « %(question)s »."
        ) % {**words, "question": question}
    return _("Prochaine étape : le niveau %(code)s (%(level)s).") % words


def level_can_do(level) -> str:
    """The level's sentence after « Vous savez » (« faire des choses simples
    sans aide »), or "" when the sentence is written otherwise."""
    rest = _after(level.summary or "", "Vous savez")
    return rest or ""


@_typeset_result
def proposal_for_learner(proposal) -> str:
    """A course's level proposal, explained to the learner in whole sentences."""
    words = {
        "course": proposal.course.title,
        "area": proposal.area.name,
        "code": proposal.level.code,
        "level": proposal.level.name,
    }
    change = (
        _("Votre niveau en « %(area)s » passera alors à %(code)s (%(level)s).") % words
    )
    if can_do := level_can_do(proposal.level):
        first = _(
            "Vous avez terminé « %(course)s » : votre accompagnateur peut confirmer "
            "que vous savez maintenant %(can_do)s."
        ) % {**words, "can_do": can_do}
    else:
        first = (
            _(
                "Vous avez terminé « %(course)s » : votre accompagnateur peut "
                "confirmer votre nouveau niveau."
            )
            % words
        )
    return f"{first} {change}"


@_typeset_result
def proposal_for_professional(proposal, *, name: str) -> str:
    """A course's level proposal, explained to the professional who decides."""
    return _(
        "%(name)s a terminé « %(course)s » : vous pouvez confirmer %(that_name)s "
        "passe au niveau %(code)s (%(level)s) en « %(area)s »."
    ) % {
        "name": name,
        "that_name": elide("que", name),
        "course": proposal.course.title,
        "code": proposal.level.code,
        "level": proposal.level.name,
        "area": proposal.area.name,
    }
