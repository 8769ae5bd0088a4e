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

# Model permissions each group holds; page, image and document permissions
# are granted on the page tree and collections by courses.services.site_setup.
GROUP_PERMISSIONS: dict[str, list[str]] = {
    TRAINER: ["wagtailadmin.access_admin"],
    MODERATOR: ["wagtailadmin.access_admin"],
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
