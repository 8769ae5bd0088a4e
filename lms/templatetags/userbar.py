"""Wagtail's user bar on Wagtail's pages only.

`{% wagtailuserbar %}` renders its panel (edit links, the accessibility
checker) for anyone who may enter the admin, on every page that calls it.
On the application's own pages (lists, dashboards) it has no page to edit and
its render cost about 17 ms of a coordinator's request (issue 13); the header's
« Administration » link is there for them."""

from django import template
from wagtail.admin.templatetags.wagtailuserbar import (
    get_page_instance,
    wagtailuserbar,
)

register = template.Library()


@register.simple_tag(takes_context=True)
def page_userbar(context, position: str = "bottom-right") -> str:
    """Wagtail's user bar when the template shows a Wagtail page, else nothing."""
    if get_page_instance(context) is None:
        return ""
    return wagtailuserbar(context, position)
