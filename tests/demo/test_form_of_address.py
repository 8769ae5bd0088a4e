"""The product says « vous » to everyone: no tutoiement in the demo content, the
templates or the translatable strings of the code.

Files are read as text, without loading the demo: every string literal of
demo/*.py (the data the loader copies into pages, quizzes and diagnostics, and
the few strings its functions build), every template, every gettext string.
"""

import ast
import html
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APPS = ("lms", "people", "skills", "quizzes", "courses", "diagnostics", "workshops")
GETTEXT = {
    "_",
    "gettext",
    "gettext_lazy",
    "gettext_noop",
    "ngettext",
    "ngettext_lazy",
    "pgettext",
    "pgettext_lazy",
    "npgettext",
    "npgettext_lazy",
}

PRONOUN = re.compile(
    r"(?<![\w'’])(?:(?:tu|te|toi|ton|ta|tes)(?![\w'’])|t['’](?=\w))", re.IGNORECASE
)
# Second-person-singular imperatives a lesson is likely to use.
IMPERATIVES = (
    "accepte|ajoute|allume|appelle|apprends|appuie|attends|branche|cherche|"
    "choisis|clique|coche|commence|connecte|continue|crée|écris|efface|entre|"
    "envoie|essaie|essaye|éteins|fais|ferme|garde|glisse|installe|lis|mets|note|"
    "oublie|ouvre|pense|prends|quitte|recommence|regarde|relis|remplis|réponds|"
    "retiens|saisis|sélectionne|signale|supprime|tape|télécharge|touche|trouve|"
    "utilise|va|valide|vérifie"
)
# At the start of a sentence or a quotation, after a colon, or after « ne ».
IMPERATIVE = re.compile(
    rf"(?:^|[.!?…:;«])\s*((?:ne\s+|n['’])?(?:{IMPERATIVES}))(?![\w'’])",
    re.IGNORECASE,
)
# Phrases that look like tutoiement and are not, each with the reason. A quoted
# message from a fictitious third party (a scam SMS) would go here too.
ALLOWED = {
    "Entre le 28 du mois": "la préposition « entre », pas le verbe « entrer »",
    "Touche Alt Gr": "le nom d'une touche du clavier (glossaire)",
}

BLOCK_BREAK = "\x00"
INLINE_TAGS = "a|abbr|b|bdi|cite|code|em|i|kbd|mark|q|s|small|span|strong|sub|sup|u"
TEMPLATE_STRING = re.compile(
    r"""{%\s*trans(?:late)?\s+(["'])(.*?)\1|\b_\((["'])(.*?)\3\)""", re.DOTALL
)


def _visible_text(markup: str) -> list[str]:
    """The text a reader sees in some HTML, one string per block (paragraph,
    list item, cell…), without tags or attributes."""
    markup = re.sub(
        r"<!--.*?-->|<(script|style)\b.*?</\1>",
        BLOCK_BREAK,
        markup,
        flags=re.DOTALL | re.IGNORECASE,
    )
    markup = re.sub(rf"</?(?:{INLINE_TAGS})\b[^>]*>", " ", markup, flags=re.I)
    markup = re.sub(r"<[^>]*>", BLOCK_BREAK, markup)
    text = re.sub(r"\s+", " ", html.unescape(markup))
    return [block.strip() for block in text.split(BLOCK_BREAK) if block.strip()]


def _tutoiement(markup: str) -> list[str]:
    """The phrases of some text or HTML that say « tu » to the reader."""
    found = []
    for text in _visible_text(markup):
        for match in [*PRONOUN.finditer(text), *IMPERATIVE.finditer(text)]:
            start = match.start(match.lastindex or 0)
            if any(text.startswith(phrase, start) for phrase in ALLOWED):
                continue
            found.append(text[max(0, start - 20) : start + 40].strip())
    return found


def _string_literals(path: Path, *, gettext_only: bool = False):
    """(line, text) of each string literal of a module, docstrings left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(
            node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef
        )
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    if gettext_only:
        candidates = [
            arg
            for call in ast.walk(tree)
            if isinstance(call, ast.Call)
            and getattr(call.func, "id", getattr(call.func, "attr", None)) in GETTEXT
            for arg in call.args
        ]
    else:
        candidates = list(ast.walk(tree))
    for node in candidates:
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
        ):
            yield node.lineno, node.value


def _python_findings(paths, *, gettext_only: bool = False) -> list[str]:
    return [
        f"{path.relative_to(ROOT)}:{line}: « {phrase} »"
        for path in paths
        for line, value in _string_literals(path, gettext_only=gettext_only)
        for phrase in _tutoiement(value)
    ]


def _template_texts(source: str) -> list[str]:
    """The translated strings of a template, then its markup without template
    syntax."""
    strings = [m.group(2) or m.group(4) for m in TEMPLATE_STRING.finditer(source)]
    # A variable stands inside a sentence; a tag ({% plural %}, {% if %}) ends it.
    body = re.sub(r"{{.*?}}", " # ", source, flags=re.DOTALL)
    body = re.sub(r"{%.*?%}|{#.*?#}", BLOCK_BREAK, body, flags=re.DOTALL)
    return [*strings, body]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Vérifie que vous savez repérer les signes.", "Vérifie"),
        ("<p>Ouvrez l'application.</p><p>Clique sur Envoyer.</p>", "Clique"),
        ("Étape 2 : tape ton code.", "tape"),
        ("Ne clique pas sur le lien.", "Ne clique"),
        ("N'oublie pas ton mot de passe.", "N'oublie"),
        ("Puis-je t'aider ?", "t'aider"),
        ("Connecte-toi avec FranceConnect.", "toi"),
        ("« Tu as gagné un cadeau ! »", "Tu"),
    ],
)
def test_it_finds_tutoiement(text, phrase):
    assert any(phrase in found for found in _tutoiement(text))


@pytest.mark.parametrize(
    "text",
    [
        "Vérifiez que vous savez repérer les signes.",
        "Le texte de la data est en attente : votre colis est bloqué.",
        'Cliquez sur <b class="ta">Envoyer</b>, puis attendez.',
        "Une personne qui dit « je ne sais rien faire » envoie des messages.",
        "<p>Entre le <b>28 du mois</b> et le 15, ouvrez la rubrique.</p>",
    ],
)
def test_it_lets_vous_and_lookalike_words_pass(text):
    assert _tutoiement(text) == []


def test_the_demo_content_says_vous():
    findings = _python_findings(sorted((ROOT / "demo").rglob("*.py")))
    assert findings == [], "Tutoiement dans la démo :\n" + "\n".join(findings)


def test_every_template_says_vous():
    templates = sorted(ROOT.glob("*/templates/**/*.html"))
    assert templates
    findings = [
        f"{path.relative_to(ROOT)}: « {phrase} »"
        for path in templates
        for text in _template_texts(path.read_text(encoding="utf-8"))
        for phrase in _tutoiement(text)
    ]
    assert findings == [], "Tutoiement dans les gabarits :\n" + "\n".join(findings)


def test_every_translatable_string_of_the_code_says_vous():
    modules = sorted(
        path
        for app in APPS
        for path in (ROOT / app).rglob("*.py")
        if "migrations" not in path.parts
    )
    findings = _python_findings(modules, gettext_only=True)
    assert findings == [], "Tutoiement dans le code :\n" + "\n".join(findings)
