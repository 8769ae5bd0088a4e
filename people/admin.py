from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from people.models import AuditEvent, Membership, Structure, User

admin.site.register(User, UserAdmin)


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(Structure)
class StructureAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "town", "departement", "active"]
    list_filter = ["kind", "active", "departement"]
    search_fields = ["name", "town"]
    list_per_page = 50  # lms/paging.py: every list about 50 rows
    inlines = [MembershipInline]


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    """The personal-data journal, read only: nobody rewrites history here."""

    list_display = ["created_at", "action", "actor_label", "target_label", "structure"]
    list_filter = ["action", "structure"]
    search_fields = ["actor_label", "target_label"]
    date_hierarchy = "created_at"
    ordering = ["-created_at", "-pk"]
    list_per_page = 50

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False
