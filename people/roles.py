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
QUIZ_AUTHORING = [
    f"quizzes.{action}_{model}"
    for model in ("quiz", "question", "questioncategory")
    for action in ("add", "change", "delete", "view")
] + [
    f"diagnostics.{action}_diagnostic" for action in ("add", "change", "delete", "view")
]

GROUP_PERMISSIONS: dict[str, list[str]] = {
    TRAINER: ["wagtailadmin.access_admin", *QUIZ_AUTHORING],
    # Moderators publish quizzes, as they publish lessons (« Relecture »).
    MODERATOR: [
        "wagtailadmin.access_admin",
        *QUIZ_AUTHORING,
        "quizzes.publish_quiz",
        "quizzes.lock_quiz",
        "quizzes.unlock_quiz",
    ],
    COORDINATOR: [
        "wagtailadmin.access_admin",
        "skills.add_competencearea",
        "skills.change_competencearea",
        "skills.add_level",
        "skills.change_level",
        # The call for applications and the programme templates (programme app).
        *[
            f"programme.{action}_{model}"
            for model in ("call", "programmetemplate")
            for action in ("add", "change", "delete", "view")
        ],
    ],
    PROFESSIONAL: [],
    BENEFICIARY: [],
}


def user_role_names(user) -> frozenset[str]:
    """The role groups of an active, signed-in user, read once per user object
    (like Django's permission cache; the object lives for one request)."""
    if not user.is_authenticated or not user.is_active:
        return frozenset()
    names = getattr(user, "_role_names_cache", None)
    if names is None:
        names = frozenset(user.groups.values_list("name", flat=True))
        user._role_names_cache = names
    return names


def user_has_role(user, *names: str) -> bool:
    """Whether an active, signed-in user is in one of these role groups."""
    return not user_role_names(user).isdisjoint(names)


def user_is_coordinator(user) -> bool:
    """Coordinators and superusers see every structure."""
    return (user.is_active and user.is_superuser) or user_has_role(user, COORDINATOR)


# The roles whose groups may open the Wagtail admin (their permission sets).
ADMIN_ROLES = frozenset(
    name
    for name, permissions in GROUP_PERMISSIONS.items()
    if "wagtailadmin.access_admin" in permissions
)
