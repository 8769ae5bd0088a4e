"""What a result says, on the demo diagnostics, in every area at every level:
whole French sentences, for the person (« Vous savez … ») and about them for
the professional (« Aminata sait … »), never fragments glued together."""

import re
from html import unescape

import pytest
from django.urls import reverse

from demo.diagnostics import demo_diagnostics_load
from diagnostics.models import Diagnostic, DiagnosticItem, ItemResponse, RunMode
from diagnostics.selectors import run_standing_get
from diagnostics.services import run_finish, run_start
from people.services import roles_setup
from skills.models import Level
from skills.services import scale_seed
from tests import builders
from tests.isolation import page_text

RANKS = range(5)  # N0 to N4


@pytest.fixture
def demo(db):
    scale_seed()
    roles_setup()
    demo_diagnostics_load()


def _run_at(diag, learner, rank: int, *, by=None, mode=RunMode.SELF):
    """A finished run where every area reaches `rank`: items up to it passed."""
    run = run_start(diagnostic=diag, learner=learner, by=by or learner, mode=mode)
    ItemResponse.objects.bulk_create(
        ItemResponse(run=run, item=item, passed=item.level.rank <= rank)
        for item in DiagnosticItem.objects.filter(diagnostic=diag).select_related(
            "level"
        )
    )
    run_finish(run=run, by=by or learner)
    return run


def _whole(sentence: str) -> list[str]:
    """What is wrong with a sentence, if anything."""
    problems = []
    if not sentence[:1].isupper():
        problems.append("no capital")
    if not sentence.endswith("."):
        problems.append("no final period")
    for bad in ("  ", ":\xa0:", " .", " ,", "..", "«\xa0»", "Savez-vous faire ceci"):
        if bad in sentence:
            problems.append(f"« {bad} »")
    # French typography: no line break inside « … » nor before « : » or « ? ».
    for loose in ("« ", " »", " :", " ?"):
        if loose in sentence:
            problems.append(f"breakable « {loose} »")
    return problems


FIRST_PERSON = re.compile(r"(?<![\w'])(je|j'|me|m'|mon|ma|mes|moi)(?![\w'])", re.I)
SECOND_PERSON = re.compile(r"(?<![\w'])(vous|votre|vos)(?![\w'])", re.I)


@pytest.mark.parametrize(
    "slug", ["diagnostic-beneficiaire", "auto-positionnement-professionnel"]
)
def test_every_area_at_every_level_says_whole_sentences(demo, slug):
    diag = Diagnostic.objects.get(source=f"demo:{slug}")
    corbeil = builders.structure()
    top = Level.objects.order_by("-rank").first()
    problems = {}
    for rank in RANKS:
        profile, _pin = builders.beneficiary(corbeil, first_name="Aminata")
        run = _run_at(diag, profile.user, rank)
        for name in (None, "Aminata"):
            standing = run_standing_get(run=run, name=name)
            assert len(standing) == 6
            for s in standing:
                if s.current.level.rank > 0:
                    # What the person knows is said from the items of the area.
                    assert s.known_sentence, (s.area, rank)
                if s.current.level != top:
                    assert s.next_sentence.startswith("Prochaine étape\xa0: le niveau ")
                for sentence in (x for x in (s.known_sentence, s.next_sentence) if x):
                    wrong = _whole(sentence)
                    if name is None and FIRST_PERSON.search(sentence):
                        wrong.append("first person left")
                    if name is not None and SECOND_PERSON.search(sentence):
                        wrong.append("« vous » about someone else")
                    if wrong:
                        problems[sentence] = wrong
    assert problems == {}


def test_the_result_page_paragraphs_are_whole(demo, client):
    diag = Diagnostic.objects.get(source="demo:diagnostic-beneficiaire")
    corbeil = builders.structure()
    profile, _pin = builders.beneficiary(corbeil, first_name="Élise")
    pro = builders.professional(corbeil)
    run = _run_at(diag, profile.user, 2, by=pro, mode=RunMode.ASSISTED)
    for user, lead in ((pro, "Élise sait "), (profile.user, "Vous savez ")):
        client.force_login(user)
        html = unescape(
            page_text(client.get(reverse("diagnostics:run_result", args=[run.pk])))
        )
        sections = re.findall(
            r'<section class="card area-standing".*?</section>', html, re.DOTALL
        )
        assert len(sections) == 6
        for section in sections:
            texts = [
                " ".join(re.sub(r"<[^>]+>", "", p).split())
                for p in re.findall(r"<p[^>]*>(.*?)</p>", section, re.DOTALL)
            ]
            assert any(t.startswith(lead) for t in texts), texts
            for text in texts:
                assert ": :" not in text and "  " not in text, text


def test_the_demo_sentences_read_as_intended(demo):
    diag = Diagnostic.objects.get(source="demo:diagnostic-beneficiaire")
    corbeil = builders.structure()
    profile, _pin = builders.beneficiary(corbeil, first_name="Aminata")
    run = _run_at(diag, profile.user, 1)
    (devices, *_rest) = run_standing_get(run=run)
    assert devices.known_sentence == (
        "Vous savez écrire un mot avec le clavier et trouver le signe @, quand "
        "quelqu'un vous guide."
    )
    assert devices.next_sentence.replace("\xa0", " ") == (
        "Prochaine étape : le niveau N2 (En progression), par exemple savoir "
        "ouvrir une application, revenir à l'écran d'accueil et régler le volume, "
        "sans aide."
    )
    (devices, *_rest) = run_standing_get(run=run, name="Aminata")
    assert devices.known_sentence == (
        "Aminata sait écrire un mot avec le clavier et trouver le signe @, avec un "
        "guidage pas à pas."
    )
