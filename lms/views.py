from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_GET

from lms.home import landing_url_name, learner_home_get


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
