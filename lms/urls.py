from django.conf import settings
from django.contrib.auth import views as auth_views
from django.templatetags.static import static as static_url
from django.urls import include, path, re_path
from django.utils.functional import lazy
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from courses import serving
from lms import offline, views
from people.forms import SignInForm

lazy_static = lazy(static_url, str)

# A database outage or a full disk: a French 503 / 507 page (lms.views).
handler500 = "lms.views.server_error"

urlpatterns = [
    # Browsers ask for it whatever the page says.
    path(
        "favicon.ico",
        RedirectView.as_view(url=lazy_static("img/favicon.ico"), permanent=True),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path(
        "connexion/",
        auth_views.LoginView.as_view(
            redirect_authenticated_user=True, authentication_form=SignInForm
        ),
        name="login",
    ),
    # « Choisir mon mot de passe »: the invitation link e-mailed to a new
    # professional (programme.services.invitation_url), Django's reset token.
    path(
        "connexion/mot-de-passe/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            template_name="registration/password_set_form.html",
            success_url="/connexion/mot-de-passe/choisi/",
        ),
        name="password_set",
    ),
    path(
        "connexion/mot-de-passe/choisi/",
        auth_views.PasswordResetCompleteView.as_view(
            template_name="registration/password_set_done.html"
        ),
        name="password_set_done",
    ),
    # Sign-out also clears what the browser kept (lms/offline.py, issue 18).
    path("deconnexion/", offline.SignOutView.as_view(), name="logout"),
    # Installable and readable offline (issue 18): at the root, so that the
    # service worker's scope is the whole site.
    path("manifest.webmanifest", offline.manifest, name="manifest"),
    path("sw.js", offline.service_worker, name="service_worker"),
    path("hors-connexion/", offline.offline_page, name="offline_page"),
    path("accueil/", views.landing, name="landing"),
    path("mon-espace/", views.learner_home, name="learner_home"),
    path("apprendre/", include("courses.urls")),
    path("exercices/", include("quizzes.urls")),
    path("entrainement/", include("simulators.urls")),
    path("diagnostics/", include("diagnostics.urls")),
    path("ateliers-animes/", include("workshops.urls")),
    path("atelier/", include("workshops.urls_guided")),
    path("exports/", include("exports.urls")),
    path("tableau-de-bord/", include("dashboards.urls")),
    # « Ma formation », attestations and their public check, the communication
    # kit and a structure's public contact page (training app).
    path("", include("training.urls")),
    # /devenir-relais/ (public) and /programme/… (issue 15)
    path("", include("programme.urls")),
    # /connexion/code/ and /structures/…
    path("", include("people.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [
    # Wagtail's page serving, with routes, sites and restrictions from the
    # cache (courses.serving); Wagtail's own patterns stay for reverse().
    re_path(r"^((?:[\w\-]+/)*)$", serving.serve, name="page_serve"),
    path("", include(wagtail_urls)),
]
