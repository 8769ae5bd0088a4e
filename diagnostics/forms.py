from dataclasses import dataclass

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from lms.errors import form_errors_add
from lms.validators import CleanTextFormMixin
from skills.models import CompetenceArea, Level


@dataclass
class LevelRow:
    area: CompetenceArea
    found: Level | None
    level: forms.BoundField
    reason: forms.BoundField


class LevelConfirmForm(CleanTextFormMixin, forms.Form):
    """The level a professional keeps in each area of a run, and why if corrected.

    The rule (a correction needs a reason) belongs to run_finish; its errors,
    keyed by area id, come back to the row of their area."""

    def __init__(
        self,
        *args,
        found: list[tuple[CompetenceArea, Level | None]],
        levels: list[Level],
        **kwargs,
    ):
        kwargs.setdefault("auto_id", "%s")
        super().__init__(*args, **kwargs)
        choices = [(level.rank, f"{level.code} · {level.name}") for level in levels]
        self._found = found
        for area, level in found:
            self.fields[f"level{area.pk}"] = forms.TypedChoiceField(
                label=_("Niveau retenu : %(area)s") % {"area": area.name},
                choices=choices if level else [("", _("non mesuré")), *choices],
                coerce=int,
                empty_value=None,
                required=False,
                initial=level.rank if level else None,
            )
            self.fields[f"reason{area.pk}"] = forms.CharField(
                label=_("Raison : %(area)s") % {"area": area.name},
                max_length=300,
                required=False,
            )

    @property
    def rows(self) -> list[LevelRow]:
        return [
            LevelRow(
                area=area,
                found=level,
                level=self[f"level{area.pk}"],
                reason=self[f"reason{area.pk}"],
            )
            for area, level in self._found
        ]

    @property
    def has_row_errors(self) -> bool:
        return any(name in self.errors for name in self.fields)

    def corrections(self) -> dict[int, tuple[int, str]]:
        """run_finish's corrections: area id to (level rank, reason)."""
        return {
            area.pk: (
                self.cleaned_data[f"level{area.pk}"],
                self.cleaned_data[f"reason{area.pk}"],
            )
            for area, _level in self._found
            if self.cleaned_data[f"level{area.pk}"] is not None
        }

    def add_service_error(self, exc: ValidationError) -> None:
        """Show run_finish's errors next to their area's reason, others on top."""
        form_errors_add(self, exc, field_for=lambda key: f"reason{key}")
