import sys

from django.contrib.auth.decorators import login_required
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseServerError
from django.shortcuts import redirect, render
from django.template import loader
from django.utils import timezone
from django.views.decorators.http import require_GET

from lms.home import landing_url_name, learner_home_get
from lms.storage import StorageFullError


@require_GET
@login_required
def landing(request):
    return redirect(landing_url_name(request.user))


@require_GET
@login_required
def learner_home(request):
    return render(
        request,
        "lms/learner_home.html",
        {"home": learner_home_get(user=request.user, today=timezone.localdate())},
    )


def _causes(error: BaseException | None):
    while error is not None:
        yield error
        error = error.__cause__ or error.__context__


def server_error(request):
    """handler500: a database that is down or restarting gives a French 503 page
    (the next request reconnects, see CONN_HEALTH_CHECKS), a full media disk a
    507 page, anything else the 500 page. Django calls it inside its `except`
    block, so the exception is sys.exc_info(). Renders without the request's
    context processors: they would query the database that just failed."""
    causes = list(_causes(sys.exc_info()[1]))
    if any(isinstance(e, OperationalError | InterfaceError) for e in causes):
        response = HttpResponse(loader.render_to_string("503.html"), status=503)
        response["Retry-After"] = "30"
        return response
    if any(isinstance(e, StorageFullError) for e in causes):
        return HttpResponse(loader.render_to_string("507.html"), status=507)
    return HttpResponseServerError(loader.render_to_string("500.html"))
