"""French wording rules shared by every app: elision before a person's name.

« de Aminata » is wrong in French: « de » and « que » lose their vowel before a
word that starts with a vowel sound (« d'Aminata », « qu'Élodie »). A name
starting with « h » keeps « de » (« de Hugo »): telling an « h » muet from an
« h » aspiré needs a dictionary, and keeping « de » is the safe choice. A « Y »
followed by a consonant is a vowel (« d'Yves »), followed by a vowel it is not
(« de Yasmine »).
"""

import unicodedata

_VOWELS = frozenset("aeiouy")
_ELIDED = {"de": "d'", "que": "qu'", "le": "l'", "la": "l'", "je": "j'"}


def _base(letter: str) -> str:
    """The letter without its accent, lower case (« É » → « e », « Œ » → « o »)."""
    if letter.lower() in ("œ", "æ"):
        return "o" if letter.lower() == "œ" else "a"
    decomposed = unicodedata.normalize("NFD", letter.lower())
    return decomposed[0] if decomposed else ""


def starts_with_vowel_sound(word: str) -> bool:
    """Whether `word` elides the word before it (« Aminata », « Élise », « Yves »)."""
    word = word.strip()
    if not word:
        return False
    first = _base(word[0])
    if first == "y":
        # « Yves », « Ylan »: a vowel; « Yasmine », « Yoan »: a consonant.
        return len(word) > 1 and _base(word[1]) not in _VOWELS
    return first in _VOWELS


def elide(word: str, following: str) -> str:
    """`word` then `following`, elided when French requires it: « d'Aminata »,
    « qu'Élodie », « de Fatou ». Words other than de, que, le, la, je are kept."""
    following = following.strip()
    elided = _ELIDED.get(word.lower())
    if elided and starts_with_vowel_sound(following):
        if word[:1].isupper():
            elided = elided[:1].upper() + elided[1:]
        return f"{elided}{following}"
    return f"{word} {following}"


def of_name(name: str) -> str:
    """« de » and a person's name, elided: « d'Aminata », « de Fatou »; "" for
    no name."""
    name = (name or "").strip()
    return elide("de", name) if name else ""
