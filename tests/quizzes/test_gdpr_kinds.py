"""The GDPR export shows matching answers in words; erasure clears typed numbers."""

from quizzes.gdpr import attempts_erase, attempts_export
from quizzes.models import Answer, QuestionKind
from quizzes.services import answer_submit, attempt_start
from tests.quizzes import factories


def test_matching_and_numerical_answers_in_the_export_and_erasure(learner):
    numerical = factories.question(QuestionKind.NUMERICAL)
    matching = factories.question(QuestionKind.MATCHING)
    attempt = attempt_start(user=learner, quiz=factories.quiz(numerical, matching))
    answer_submit(
        user=learner, attempt_id=attempt.pk, question_id=numerical.pk, text="7,5"
    )
    answer_submit(
        user=learner,
        attempt_id=attempt.pk,
        question_id=matching.pk,
        matches=factories.right_matches(matching),
    )
    (exported,) = attempts_export(learner)
    by_question = {row["question"]: row for row in exported["reponses"]}
    assert by_question[numerical.text]["texte"] == "7,5"
    assert sorted(
        (m["element"], m["reponse_choisie"])
        for m in by_question[matching.text]["appariement"]
    ) == [("Clavier", "Écrire"), ("Souris", "Pointer"), ("Écran", "Voir")]
    assert attempts_erase(learner) == 1
    assert Answer.objects.get(question=numerical).text == ""
