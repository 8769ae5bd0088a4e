"""The form of one simulated screen, built from its fields. It only carries
and shows the values: every check is the service's (simulator_screen_submit)."""

from django import forms

from lms.validators import CleanTextFormMixin
from simulators.rules import options_of
from simulators.services import field_name

OFF = {"autocomplete": "off", "autocapitalize": "off", "spellcheck": "false"}


def _control(field) -> forms.Field | None:
    kind = field["kind"]
    common = {"label": field["label"], "required": False}
    if field.get("hint"):
        common["help_text"] = field["hint"]
    if kind == "email":
        widget = forms.EmailInput(attrs=OFF | {"inputmode": "email"})
    elif kind == "password":
        # Fictitious data: keep what was typed, as the page keeps other values.
        widget = forms.PasswordInput(attrs=OFF, render_value=True)
    elif kind == "date":
        widget = forms.DateInput(attrs=OFF | {"type": "date"})
    elif kind == "choice":
        options = options_of(field.get("options", ""))
        widget = forms.Select(
            attrs=OFF, choices=[("", "— Choisissez —")] + [(o, o) for o in options]
        )
    elif kind == "checkbox":
        return forms.BooleanField(widget=forms.CheckboxInput(), **common)
    elif kind == "button":
        return None  # a submit button of the screen, not a value
    else:
        widget = forms.TextInput(attrs=OFF)
    return forms.CharField(widget=widget, strip=False, **common)


class ScreenForm(CleanTextFormMixin, forms.Form):
    """The controls of one screen, named champ_0, champ_1… by position."""

    def __init__(self, *args, screen, **kwargs):
        super().__init__(*args, **kwargs)
        self.screen = screen
        self.buttons = []
        for index, field in enumerate(screen["fields"]):
            control = _control(field)
            if control is None:
                self.buttons.append((field_name(index), field))
            else:
                self.fields[field_name(index)] = control

    @property
    def has_right_button(self) -> bool:
        """A screen whose way on is one of its own buttons shows no other."""
        return any(field["rule"] == "press" for _name, field in self.buttons)

    def describe(self) -> None:
        """Tie each control to its hint and its error (aria-describedby), and
        mark wrong controls invalid, once the errors are known."""
        for name, field in self.fields.items():
            bound = self[name]
            ids = []
            if field.help_text:
                ids.append(f"{bound.auto_id}_aide")
            if name in self.errors:
                ids.append(f"{bound.auto_id}_erreur")
                field.widget.attrs["aria-invalid"] = "true"
            if ids:
                field.widget.attrs["aria-describedby"] = " ".join(ids)
