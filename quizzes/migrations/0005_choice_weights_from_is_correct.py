"""Each choice's weight from its old right/wrong flag, and each accepted short
answer as a choice worth every point.

Single choice: the right answer 100 %, the others 0. Multiple choice: each
right answer 100 / (number of right answers) %, each wrong one -100 % (the
rule the GIFT export already wrote: ticking a wrong box loses everything).
Stored attempts keep their points: nothing is regraded.
"""

from decimal import ROUND_DOWN, Decimal

from django.db import migrations

HUNDRED = Decimal(100)


def share(right_count: int) -> Decimal:
    return (HUNDRED / right_count).quantize(Decimal("0.00001"), rounding=ROUND_DOWN)


def weights_forward(apps, schema_editor):
    Question = apps.get_model("quizzes", "Question")
    Choice = apps.get_model("quizzes", "Choice")
    multiple = {}
    for choice in Choice.objects.filter(question__kind="multiple", is_correct=True):
        multiple[choice.question_id] = multiple.get(choice.question_id, 0) + 1
    changed = []
    for choice in Choice.objects.filter(question__kind__in=["single", "multiple"]):
        if choice.question_id in multiple:
            weight = (
                share(multiple[choice.question_id]) if choice.is_correct else -HUNDRED
            )
        else:
            weight = HUNDRED if choice.is_correct else Decimal(0)
        choice.weight = weight
        changed.append(choice)
    Choice.objects.bulk_update(changed, ["weight"], batch_size=1000)
    accepted = []
    for question in Question.objects.filter(kind="short_text").exclude(
        accepted_answers=""
    ):
        lines = [a.strip() for a in question.accepted_answers.splitlines()]
        accepted += [
            Choice(question_id=question.pk, text=text[:300], weight=HUNDRED, sort_order=i)
            for i, text in enumerate(a for a in lines if a)
        ]
    Choice.objects.bulk_create(accepted, batch_size=1000)


def weights_backward(apps, schema_editor):
    Question = apps.get_model("quizzes", "Question")
    Choice = apps.get_model("quizzes", "Choice")
    Choice.objects.filter(weight__gt=0).update(is_correct=True)
    Choice.objects.filter(weight__lte=0).update(is_correct=False)
    short = Choice.objects.filter(question__kind="short_text").order_by(
        "question_id", "sort_order", "pk"
    )
    texts = {}
    for choice in short:
        if choice.weight >= HUNDRED:
            texts.setdefault(choice.question_id, []).append(choice.text)
    for question_id, lines in texts.items():
        Question.objects.filter(pk=question_id).update(accepted_answers="\n".join(lines))
    short.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0004_question_kinds_weights"),
    ]

    operations = [migrations.RunPython(weights_forward, weights_backward)]
