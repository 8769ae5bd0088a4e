"""Wagtail admin screens to import quizzes from files and export them as GIFT
or Moodle XML."""

from django import forms
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_GET, require_http_methods

from lms.validators import CleanTextFormMixin
from quizzes.importers import (
    gift_export,
    gift_import,
    gift_import_as_quiz,
    quizapp_import,
    xml_export,
    xml_import,
    xml_import_as_quiz,
)
from quizzes.importers.gift import quiz_questions_for_export
from quizzes.models import Quiz
from quizzes.views.access import can_import, import_forbidden

MAX_UPLOAD_BYTES = 2 * 1024 * 1024
QUIZAPP, GIFT, XML = "quizapp", "gift", "xml"


class ImportForm(CleanTextFormMixin, forms.Form):
    source_format = forms.ChoiceField(
        label=gettext_lazy("Format du fichier"),
        choices=[
            (QUIZAPP, gettext_lazy("django-quiz-app (JSON produit par dumpdata)")),
            (GIFT, gettext_lazy("Moodle GIFT (texte)")),
            (XML, gettext_lazy("Moodle XML (fichier .xml exporté de Moodle)")),
        ],
        widget=forms.RadioSelect,
    )
    upload = forms.FileField(
        label=gettext_lazy("Fichier"),
        help_text=gettext_lazy("2 Mo au plus, encodé en UTF-8."),
    )
    quiz_title = forms.CharField(
        label=gettext_lazy("Titre de l'exercice à créer"),
        required=False,
        max_length=160,
        help_text=gettext_lazy(
            "GIFT et Moodle XML. Vide : les questions vont dans la banque, "
            "sans exercice."
        ),
    )
    dry_run = forms.BooleanField(
        label=gettext_lazy("Simulation : tout vérifier sans rien enregistrer"),
        required=False,
        help_text=gettext_lazy("django-quiz-app seulement."),
    )

    def clean_upload(self) -> bytes:
        upload = self.cleaned_data["upload"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise ValidationError(
                _("Le fichier dépasse 2 Mo : découpez-le en plusieurs fichiers.")
            )
        data = upload.read()
        try:
            data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ValidationError(
                _("Le fichier n'est pas encodé en UTF-8 : enregistrez-le en UTF-8.")
            ) from exc
        return data


@require_http_methods(["GET", "POST"])
def quiz_import(request):
    if not can_import(request.user):
        return import_forbidden(request)
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method != "POST" or not form.is_valid():
        return TemplateResponse(
            request, "quizzes/admin/import_form.html", {"form": form}
        )
    data = form.cleaned_data["upload"]
    source_format = form.cleaned_data["source_format"]
    title = form.cleaned_data["quiz_title"].strip()
    if source_format == QUIZAPP:
        report = quizapp_import(data=data, dry_run=form.cleaned_data["dry_run"])
    elif source_format == XML:
        report = (
            xml_import_as_quiz(data=data, title=title)
            if title
            else xml_import(data=data)
        )
    elif title:
        report = gift_import_as_quiz(text=data.decode("utf-8-sig"), title=title)
    else:
        report = gift_import(text=data.decode("utf-8-sig"))
    quizzes = [
        (quiz, reverse("wagtailsnippets_quizzes_quiz:edit", args=[quiz.pk]))
        for quiz in Quiz.objects.filter(pk__in=report.quiz_ids).order_by("title")
    ]
    return TemplateResponse(
        request,
        "quizzes/admin/import_result.html",
        {"report": report, "quizzes": quizzes, "form": form},
        status=200 if report.ok else 400,
    )


@require_GET
def quiz_export_gift(request, quiz_id: int):
    if not can_import(request.user):
        return import_forbidden(request)
    quiz = get_object_or_404(Quiz, pk=quiz_id)
    text = gift_export(questions=quiz_questions_for_export(quiz=quiz))
    response = HttpResponse(text, content_type="text/plain; charset=utf-8")
    filename = f"{slugify(quiz.title) or 'exercice'}-{quiz.pk}.gift"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@require_GET
def quiz_export_xml(request, quiz_id: int):
    if not can_import(request.user):
        return import_forbidden(request)
    quiz = get_object_or_404(Quiz, pk=quiz_id)
    data = xml_export(questions=quiz_questions_for_export(quiz=quiz))
    response = HttpResponse(data, content_type="application/xml; charset=utf-8")
    filename = f"{slugify(quiz.title) or 'exercice'}-{quiz.pk}.xml"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
