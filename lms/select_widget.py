"""Form widgets written in Python: the same HTML as Django's, faster.

Django renders a select through one template include per option (and one
more per option for its attributes): a menu of 100 structures or 200 people
costs 15 to 30 ms a request, most of a list page's budget (issue 13). An
input or a radio button goes through two or three includes too. These
widgets write exactly the markup of Django's templates (the tests compare
both), so a form only swaps its widget. Grouped choices (optgroups) are left
to Django's templates.

A menu of model rows (QuickModelChoiceField) reads only the columns of its
labels, in one plain query: Django's ModelChoiceField builds every row's
model instance and, on PostgreSQL, opens a server-side cursor (three round
trips) for a hundred rows.
"""

from django import forms
from django.forms.models import ModelChoiceIterator
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe


def _attrs(attrs: dict) -> str:
    """django/forms/widgets/attrs.html: ` name="value"`, a bare name for
    True, nothing for False."""
    parts = []
    for name, value in attrs.items():
        if value is False:
            continue
        if value is True:
            parts.append(f" {conditional_escape(name)}")
        else:
            value = conditional_escape(str(value))
            parts.append(f' {conditional_escape(name)}="{value}"')
    return "".join(parts)


class QuickSelect(forms.Select):
    """forms.Select rendered without templates (same HTML)."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        groups = widget["optgroups"]
        if any(group_name for group_name, _options, _index in groups):
            return super().render(name, value, attrs, renderer)
        parts = [
            f'<select name="{conditional_escape(widget["name"])}"'
            f"{_attrs(widget['attrs'])}>"
        ]
        for _group_name, options, _index in groups:
            for option in options:
                parts.append(
                    f'\n  <option value="{conditional_escape(str(option["value"]))}"'
                    f"{_attrs(option['attrs'])}>"
                    f"{conditional_escape(option['label'])}</option>\n"
                )
        parts.append("\n</select>")
        return mark_safe("".join(parts))  # noqa: S308 - every value escaped above


def _input(widget: dict) -> str:
    """django/forms/widgets/input.html."""
    value = widget["value"]
    shown = "" if value is None else f' value="{conditional_escape(str(value))}"'
    return (
        f'<input type="{conditional_escape(widget["type"])}"'
        f' name="{conditional_escape(widget["name"])}"{shown}{_attrs(widget["attrs"])}>'
    )


class QuickInputMixin:
    """For a forms.Input (text, search, date, number…): its template only
    includes django/forms/widgets/input.html."""

    def render(self, name, value, attrs=None, renderer=None):
        widget = self.get_context(name, value, attrs)["widget"]
        return mark_safe(_input(widget))  # noqa: S308 - every value escaped


class DateInput(QuickInputMixin, forms.DateInput):
    """The date field of every form: browsers only take ISO values in a date
    input, whatever the locale."""

    input_type = "date"

    def __init__(self, attrs=None, format="%Y-%m-%d"):
        super().__init__(attrs, format=format)


class QuickRadioSelect(forms.RadioSelect):
    """Each radio button of a template's `{% for radio in form.field %}`
    (`radio.tag`, or the button in its label) written in Python; the whole
    list (`{{ form.field }}`) is left to Django's templates."""

    def _render(self, template_name, context, renderer=None):
        if template_name != self.option_template_name:
            return super()._render(template_name, context, renderer)
        widget = context["widget"]
        html = _input(widget)
        if widget.get("wrap_label"):
            target = widget["attrs"].get("id")
            target = f' for="{conditional_escape(target)}"' if target else ""
            label = conditional_escape(widget["label"])
            html = f"<label{target}>{html}\n {label}</label>"
        return mark_safe(html)  # noqa: S308 - every value escaped


class _LabelsIterator(ModelChoiceIterator):
    """(pk, label) pairs from the label's columns alone, in one plain query."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        columns = self.field.label_columns
        for pk, *values in self.queryset.values_list("pk", *columns):
            yield (pk, self.field.label_from_values(*values))


class QuickModelChoiceField(forms.ModelChoiceField):
    """A ModelChoiceField whose menu reads `label_columns` only and writes
    each label with `label_from_values` (the same text as the model's
    __str__, which the subclass calls). Checking the chosen value is
    Django's (one query on the queryset)."""

    iterator = _LabelsIterator
    widget = QuickSelect
    label_columns: tuple[str, ...] = ()

    def label_from_values(self, *values) -> str:
        raise NotImplementedError
