from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from people.models import Membership, Structure, User

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
    inlines = [MembershipInline]
