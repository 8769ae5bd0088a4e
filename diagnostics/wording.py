"""A diagnostic task, rewritten as what the person knows how to do.

Trainers write tasks about the person observed (« La personne a su, seule,
ouvrir une application. ») or, in a self-assessment, in the first person
(« Je sais créer une adresse e-mail. »). A result says « Vous savez : … », so the
lead-in goes, the words agreeing with « la personne » (seule, guidée) become
neutral, and the first person becomes « vous ». A task written otherwise is
kept as written.
"""

import re

from django.utils.translation import pgettext_lazy

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
_FIRST_PERSON_WORD = re.compile(r"(?<![\w'’])(mon|ma|mes|me|moi)(?![\w'’])")
_FIRST_PERSON_ELIDED = re.compile(r"(?<![\w'’])m['’](?=\w)")


def task_as_skill(task: str) -> str:
    """« ouvrir une application, sans aide » from « La personne a su, seule,
    ouvrir une application. »; without a known lead-in, the task as written."""
    text = task.strip().rstrip(".").rstrip()
    if text.startswith(_OBSERVED):
        text = text[len(_OBSERVED) :]
        how = ""
        if match := _HOW_FIRST.match(text):
            how = str(_HOW[match.group(1)])
            text = text[match.end() :]
        text = _HOW_INSIDE.sub(lambda m: str(_HOW[m.group(1)]), text).strip()
        return f"{text}, {how}" if how else text
    if text.startswith(_SELF):
        text = text[len(_SELF) :].strip()
        text = _FIRST_PERSON_WORD.sub(lambda m: _FIRST_PERSON[m.group(1)], text)
        return _FIRST_PERSON_ELIDED.sub("vous ", text)
    return text
