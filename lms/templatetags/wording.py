"""Template filters for lms.wording, built into every template (settings
TEMPLATES « builtins »): « {{ name|of_name }} » gives « d'Aminata »."""

from django import template

from lms.wording import of_name as _of_name

register = template.Library()


@register.filter
def of_name(name: str) -> str:
    """« d'Aminata », « de Fatou »."""
    return _of_name(name)
