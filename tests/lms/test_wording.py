"""French elision before a person's name (lms.wording), for every app."""

import pytest

from lms.wording import elide, of_name, starts_with_vowel_sound


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Aminata", "d'Aminata"),
        ("Fatou", "de Fatou"),
        ("Élodie", "d'Élodie"),
        ("Émile", "d'Émile"),
        ("Èva", "d'Èva"),
        ("Île", "d'Île"),
        ("Océane", "d'Océane"),
        ("Œdipe", "d'Œdipe"),
        ("Ursule", "d'Ursule"),
        ("Ines", "d'Ines"),
        ("ines", "d'ines"),
        ("Yves", "d'Yves"),
        ("Yasmine", "de Yasmine"),
        ("Hugo", "de Hugo"),
        ("Hélène", "de Hélène"),
        ("Zoé", "de Zoé"),
        ("  Awa ", "d'Awa"),
        ("", ""),
    ],
)
def test_de_is_elided_before_a_name_that_starts_with_a_vowel(name, expected):
    assert of_name(name) == expected


@pytest.mark.parametrize(
    ("word", "following", "expected"),
    [
        ("que", "Aminata", "qu'Aminata"),
        ("que", "Fatou", "que Fatou"),
        ("De", "Awa", "D'Awa"),
        ("le", "atelier", "l'atelier"),
        ("pour", "Aminata", "pour Aminata"),
    ],
)
def test_other_words_elide_the_same_way(word, following, expected):
    assert elide(word, following) == expected


def test_an_empty_word_has_no_vowel_sound():
    assert not starts_with_vowel_sound("")
    assert not starts_with_vowel_sound("Y")
