"""The platform's roles and the Django groups that carry them."""

from django.utils.translation import gettext_lazy as _

TRAINER = "Formateurs"
MODERATOR = "Modérateurs"
PROFESSIONAL = "Professionnels relais"
BENEFICIARY = "Bénéficiaires"
COORDINATOR = "Coordinateurs"

ROLE_LABELS = {
    TRAINER: _("Formateur ou formatrice"),
    MODERATOR: _("Modérateur ou modératrice"),
    PROFESSIONAL: _("Professionnel relais"),
    BENEFICIARY: _("Bénéficiaire"),
    COORDINATOR: _("Coordinateur du réseau"),
}

# Model permissions each group holds; page permissions are granted on the
# page tree by courses.services.site_setup.
GROUP_PERMISSIONS: dict[str, list[str]] = {
    TRAINER: [
        "wagtailadmin.access_admin",
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
    ],
    MODERATOR: [
        "wagtailadmin.access_admin",
        "wagtailimages.add_image",
        "wagtailimages.change_image",
        "wagtailimages.choose_image",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
    ],
    COORDINATOR: [
        "wagtailadmin.access_admin",
        "skills.add_competencearea",
        "skills.change_competencearea",
        "skills.add_level",
        "skills.change_level",
    ],
    PROFESSIONAL: [],
    BENEFICIARY: [],
}
