"""What a person reads when a service refuses: form errors or a message.

Every app's views turn a service's `ValidationError` (or `PermissionDenied`) into
text the same way, here, so the wording rules (each message once, a field's
message beside that field) are kept in one place.
"""

from collections.abc import Callable, Iterable

from django import forms
from django.contrib import messages
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.http import HttpRequest


def error_messages_by_field(error: ValidationError) -> dict[str, list[str]]:
    """The error's messages keyed by field; NON_FIELD_ERRORS for those about no
    field (all of them when the error has no message dict). Raises nothing."""
    if hasattr(error, "error_dict"):
        return error.message_dict
    return {NON_FIELD_ERRORS: error.messages}


def error_text(error: Exception, *, default: str | None = None) -> str:
    """The error's messages as one text, each said once: a ValidationError's
    messages, else `default`, else the exception's own text. Raises nothing."""
    texts = getattr(error, "messages", None) or [
        str(error) if default is None else default
    ]
    return " ".join(dict.fromkeys(texts))


def error_message_add(
    request: HttpRequest, error: Exception, *, default: str | None = None
) -> None:
    """Show the error (see error_text) as an error message on the next page."""
    messages.error(request, error_text(error, default=default))


def form_errors_add(
    form: forms.BaseForm,
    error: ValidationError,
    *,
    shown: Iterable[str] | None = None,
    field_for: Callable[[str], str] | None = None,
) -> None:
    """Put a service's error on the form: each message beside the field it names
    when the page shows that field (`shown`, by default all the form's fields),
    above the form otherwise. `field_for` maps the service's keys to field names.
    Raises nothing."""
    shown = set(form.fields if shown is None else shown)
    for key, texts in error_messages_by_field(error).items():
        field = field_for(key) if field_for is not None else key
        for text in texts:
            form.add_error(field if field in shown else None, text)
