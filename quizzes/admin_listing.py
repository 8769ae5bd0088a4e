"""Cheaper cells for the quizzes' Wagtail listings (issue 13).

A Wagtail listing renders every cell through its own template: 50 rows of 5
columns are 250 template renders, most of the question bank's time. The plain
columns (a value in a <td>) and the bulk-action checkboxes render here with
`format_html`, to the same HTML as Wagtail's templates
(wagtailadmin/tables/cell.html, title_cell.html, the « … » menu of
wagtailadmin/shared/button_with_dropdown.html and dropdown/dropdown.html,
wagtailadmin/bulk_actions/listing_checkbox_cell.html) less their blank lines;
tests/quizzes/test_admin_listing.py compares them with Wagtail's own
rendering. A button this module does not know renders through Wagtail.

The rows' buttons stay Wagtail's (get_list_buttons and its hooks); what is
the same for every row is worked out once per request: the permission checks
and the row URLs (one `reverse()` per URL name, the row's id put in its
place), and a choices column reads its labels from a dict built once.
"""

import functools
import html
from functools import partialmethod

from django.contrib.admin.utils import quote
from django.core.exceptions import FieldDoesNotExist
from django.forms.utils import flatatt
from django.urls import reverse
from django.utils.encoding import force_str
from django.utils.formats import localize
from django.utils.functional import Promise, cached_property
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.timezone import template_localtime
from django.utils.translation import gettext
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn, Column, TitleColumn
from wagtail.admin.widgets import Button, ButtonWithDropdown
from wagtail.snippets.views.snippets import IndexView


def _e(value) -> str:
    """django.utils.html.conditional_escape, without its lazy-argument
    wrappers: format_html's cost when a 50-row table calls it thousands of
    times. Cells are joined as str and marked safe once."""
    if isinstance(value, Promise):
        value = str(value)
    if hasattr(value, "__html__"):
        return value.__html__()
    return html.escape(str(value))


def _class_attr(classname) -> str:
    return f' class="{_e(classname)}"' if classname else ""


class PlainColumn(Column):
    """wagtailadmin/tables/cell.html without a template render."""

    def render_cell_html(self, instance, parent_context):
        value = self.get_cell_context_data(instance, parent_context)["value"]
        shown = "" if value is None else localize(template_localtime(value))
        return mark_safe(  # noqa: S308 - every value escaped by _e
            f"<td{_class_attr(self.classname)}>{_e(shown)}</td>"
        )


class PlainChoicesColumn(PlainColumn):
    """A field with choices, shown as `get_<field>_display()` shows it, from
    one dict of labels (in the request's language) instead of one per row."""

    def __init__(self, *args, field, **kwargs):
        super().__init__(*args, **kwargs)
        self.field = field

    @cached_property
    def labels(self) -> dict:
        return {
            value: force_str(label, strings_only=True)
            for value, label in self.field.flatchoices
        }

    def get_value(self, instance):
        value = getattr(instance, self.field.attname)
        try:
            return self.labels.get(value, value)
        except TypeError:  # an unhashable value: as Django's own display
            return getattr(instance, self.accessor)()


class PlainCheckboxColumn(BulkActionsCheckboxColumn):
    """wagtailadmin/bulk_actions/listing_checkbox_cell.html (not for pages)."""

    @cached_property
    def _select(self) -> str:
        return _e(gettext("Select"))

    def render_cell_html(self, instance, parent_context):
        return mark_safe(  # noqa: S308 - every value escaped by _e
            '<td class="bulk-action-checkbox-cell"><input type="checkbox"'
            f' data-object-id="{_e(quote(instance.pk))}" data-bulk-action-checkbox'
            f' class="bulk-action-checkbox" aria-label="{self._select}"'
            f' aria-describedby="{_e(self.get_aria_describedby(instance))}" /></td>'
        )


@functools.cache
def _icon(name, classname="icon"):
    """wagtailadmin/shared/icon.html (no title, not wrapped)."""
    return format_html(
        '<svg class="icon icon-{} {}" aria-hidden="true">'
        '<use href="#icon-{}"></use></svg>',
        name,
        classname,
        name,
    )


def _attrs(attrs: dict) -> str:
    """wagtailadmin/shared/attrs.html."""
    return "".join(
        f" {_e(name)}" if value is True else f' {_e(name)}="{_e(value)}"'
        for name, value in attrs.items()
        if value is not False
    )


def _flatatt(attrs: dict) -> str:
    """django.forms.utils.flatatt (a button's base_attrs_string)."""
    return flatatt(attrs) if attrs else ""


def _base_attrs(button) -> str:
    """button.base_attrs_string, without flatatt's cost when there are none."""
    if type(button) is ButtonWithDropdown:
        return _flatatt({k: v for k, v in button.attrs.items() if k != "aria-label"})
    return _flatatt(button.attrs)


def _aria_label(label) -> str:
    return f' aria-label="{_e(label)}"' if label else ""


def _is_plain_dropdown(button) -> bool:
    return type(button) is ButtonWithDropdown and all(
        type(item) is Button and item.url and item.show
        for item in button.dropdown_buttons
    )


def _dropdown(button) -> str:
    """A « … » menu of links (button_with_dropdown.html, dropdown.html)."""
    toggle_class = " ".join(
        c
        for c in (
            "w-dropdown__toggle",
            "" if button.label else "w-dropdown__toggle--icon",
            button.classname,
        )
        if c
    )
    items = "".join(
        f'<a href="{_e(item.url)}" class="{_e(item.classname)}"'
        f" {_e(_base_attrs(item))}>"
        f"{_icon(item.icon_name) if item.icon_name else ''}{_e(item.label)}</a>"
        for item in sorted(button.dropdown_buttons)
    )
    aria_label = button.aria_label
    return (
        '<div data-controller="w-dropdown" class="w-dropdown"'
        f" {_e(_base_attrs(button))}>"
        f'<button type="button" class="{_e(toggle_class)}"'
        ' data-w-dropdown-target="toggle"'
        f"{_aria_label(aria_label)}>"
        f"{_e(button.label)}"
        f"{_icon(button.icon_name or 'arrow-down', 'w-dropdown__toggle-icon')}"
        "</button>"
        '<div data-w-dropdown-target="content" class="w-dropdown__content" hidden>'
        f"{items}</div></div>"
    )


class PlainTitleColumn(TitleColumn):
    """wagtailadmin/tables/title_cell.html with its buttons: the edit link and
    the « … » menu, built from the same buttons (hooks and permissions)."""

    def render_cell_html(self, instance, parent_context):
        context = self.get_cell_context_data(instance, parent_context)
        buttons = [b for b in context.get("buttons", []) if b.show]
        if not all(_is_plain_dropdown(b) for b in buttons):
            return super().render_cell_html(instance, parent_context)
        value = _e(context["value"])
        title = (
            f'<span id="{_e(context["title_id"])}">{value}</span>'
            if context["title_id"]
            else value
        )
        if context["link_url"]:
            title = f"<a{_attrs(context['link_attrs'])}>{title}</a>"
        elif context["label_id"]:
            title = f'<label for="{_e(context["label_id"])}">{title}</label>'
        actions = (
            '<ul class="actions">'
            + "".join(f"<li>{_dropdown(b)}</li>" for b in buttons)
            + "</ul>"
            if context.get("buttons")
            else ""
        )
        classname = f"{self.classname} title" if self.classname else "title"
        return mark_safe(  # noqa: S308 - every value escaped by _e
            f'<td class="{_e(classname)}"><div class="title-wrapper">{title}</div>'
            f"{actions}</td>"
        )


def _choices_field(model, accessor):
    """The model field with choices that `get_<field>_display` shows, if any."""
    if not (
        isinstance(accessor, str)
        and accessor.startswith("get_")
        and accessor.endswith("_display")
    ):
        return None
    try:
        field = model._meta.get_field(accessor[len("get_") : -len("_display")])
    except FieldDoesNotExist:
        return None
    # Only Django's own get_FOO_display (a partialmethod), not an override.
    if not field.choices or not isinstance(model.__dict__.get(accessor), partialmethod):
        return None
    return field


def _plain(column, model=None):
    """The same column, rendered without a template when it is a plain one."""
    if type(column) is Column:
        same = {
            "label": column.label,
            "accessor": column.accessor,
            "classname": column.classname,
            "sort_key": column.sort_key,
            "width": column.width,
            "ascending_title_text": column.ascending_title_text,
            "descending_title_text": column.descending_title_text,
        }
        field = _choices_field(model, column.accessor) if model else None
        if field is not None:
            return PlainChoicesColumn(column.name, field=field, **same)
        return PlainColumn(column.name, **same)
    if type(column) is BulkActionsCheckboxColumn and column.obj_type != "page":
        return PlainCheckboxColumn(
            column.name,
            obj_type=column.obj_type,
            label=column.label,
            classname=column.classname,
            sort_key=column.sort_key,
            width=column.width,
        )
    return column


# A row id no table reaches, put in each URL once and replaced by the row's
# (an int: the <id:…> and <str:…> converters both accept it).
_ROW = "9081726354"


class PlainCellsIndexView(IndexView):
    """A snippet listing whose plain cells render without templates."""

    @cached_property
    def _permissions(self) -> dict:
        return {}

    def user_has_permission(self, permission):
        # The same answer for every row of one request.
        if permission not in self._permissions:
            self._permissions[permission] = super().user_has_permission(permission)
        return self._permissions[permission]

    def user_has_any_permission(self, permissions):
        return any(self.user_has_permission(p) for p in permissions)

    @cached_property
    def _url_patterns(self) -> dict:
        return {}

    def _row_url(self, url_name, pk) -> str:
        """reverse(url_name, args=(quote(pk),)), from one reverse per name."""
        if url_name not in self._url_patterns:
            pattern = reverse(url_name, args=(_ROW,))
            self._url_patterns[url_name] = pattern if pattern.count(_ROW) == 1 else None
        pattern = self._url_patterns[url_name]
        if pattern is None or type(pk) is not int:
            return reverse(url_name, args=(quote(pk),))
        return pattern.replace(_ROW, str(pk))

    def get_edit_url(self, instance):
        if self.edit_url_name and self.user_has_permission("change"):
            return self._row_url(self.edit_url_name, instance.pk)

    def get_copy_url(self, instance):
        if self.copy_url_name and self.user_has_permission("add"):
            return self._row_url(self.copy_url_name, instance.pk)

    def get_inspect_url(self, instance):
        if self.inspect_url_name and self.user_has_any_permission(
            {"add", "change", "delete", "view"}
        ):
            return self._row_url(self.inspect_url_name, instance.pk)

    def get_delete_url(self, instance):
        if self.delete_url_name and self.user_has_permission("delete"):
            return self._row_url(self.delete_url_name, instance.pk)

    def _get_title_column(self, field_name, column_class=TitleColumn, **kwargs):
        if column_class is TitleColumn:
            column_class = PlainTitleColumn
        return super()._get_title_column(field_name, column_class, **kwargs)

    @cached_property
    def columns(self):
        return [_plain(column, self.model) for column in super().columns]
