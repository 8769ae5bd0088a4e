from diagnostics.models import Diagnostic, DiagnosticItem, ScreeningQuestion
from quizzes.models import QuestionKind
from skills.models import CompetenceArea, Level
from tests.quizzes import factories as quiz_factories


def diagnostic(*, areas=(1, 2), audience="beneficiary", draft=False) -> Diagnostic:
    """Per area: N1 task, N2 true/false question (answer: true), N3 task."""
    diag = Diagnostic.objects.create(
        title="Diagnostic de test", audience=audience, draft=draft
    )
    ScreeningQuestion.objects.create(
        diagnostic=diag, text="Avez-vous un smartphone ?", choices="Oui\nNon"
    )
    levels = {level.code: level for level in Level.objects.all()}
    for number in areas:
        area = CompetenceArea.objects.get(number=number)
        DiagnosticItem.objects.create(
            diagnostic=diag,
            area=area,
            level=levels["N1"],
            kind="task",
            task=f"La personne a su faire la tâche N1 du domaine {number}.",
        )
        DiagnosticItem.objects.create(
            diagnostic=diag,
            area=area,
            level=levels["N2"],
            kind="question",
            question=quiz_factories.question(
                QuestionKind.TRUE_FALSE, text=f"Vrai ou faux, domaine {number} ?"
            ),
        )
        DiagnosticItem.objects.create(
            diagnostic=diag,
            area=area,
            level=levels["N3"],
            kind="task",
            task=f"La personne a su faire la tâche N3 du domaine {number}.",
        )
    return diag


def answers(diag, area_number, *, n1=True, n2=True, n3=True) -> dict:
    items = DiagnosticItem.objects.filter(
        diagnostic=diag, area__number=area_number
    ).select_related("level")
    given = {}
    for item in items:
        ok = {"N1": n1, "N2": n2, "N3": n3}[item.level.code]
        if item.kind == "task":
            given[item.pk] = {"passed": ok}
        else:
            given[item.pk] = {"text": "true" if ok else "false"}
    return given
