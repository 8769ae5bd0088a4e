"""A professional exports the indicators on a phone: the job page, its
download, and a running job's progress bar moved by the status address, then
its failure and « Réessayer »; every page passes axe."""

import pytest
from playwright.sync_api import expect

from demo.services import DEMO_PASSWORD
from exports.models import ExportJob
from people.models import User
from tests.browser.conftest import axe_violations, sign_in


@pytest.mark.django_db(transaction=True)
def test_a_professional_exports_the_indicators_and_follows_a_job(
    live_server, new_page, demo
):
    page = new_page(width=360, height=780)
    sign_in(page, live_server.url, "pro.corbeil", DEMO_PASSWORD)
    page.goto(f"{live_server.url}/ateliers-animes/indicateurs/")
    found = {"indicateurs": axe_violations(page)}
    page.get_by_label("Tableur (xlsx)").check()
    page.get_by_role("button", name="Préparer le fichier").click()

    # Tests run django-q2 tasks in-process: the job is done at once.
    heading = page.get_by_role("heading", name="Indicateurs de la période")
    expect(heading).to_be_visible()
    expect(page.get_by_text("Votre export est demandé")).to_be_visible()
    link = page.get_by_role("link", name="Télécharger")
    expect(link).to_be_visible()
    found["export terminé"] = axe_violations(page)
    with page.expect_download() as download:
        link.click()
    assert download.value.suggested_filename.startswith("indicateurs-")
    assert download.value.suggested_filename.endswith(".xlsx")

    # A job still running: its bar moves without reloading the page.
    pro = User.objects.get(username="pro.corbeil")
    job = ExportJob.objects.create(
        requester=pro,
        kind="indicators",
        scope=[],
        status=ExportJob.Status.RUNNING,
        progress_total=200,
    )
    page.goto(f"{live_server.url}/exports/{job.pk}/")
    bar = page.locator("progress")
    expect(bar).to_have_attribute("value", "0")
    found["export en cours"] = axe_violations(page)
    ExportJob.objects.filter(pk=job.pk).update(progress_done=80)
    expect(page.get_by_text("40 % — 80 lignes écrites sur 200")).to_be_visible()
    assert bar.evaluate("element => element.value") == 40
    ExportJob.objects.filter(pk=job.pk).update(
        status=ExportJob.Status.FAILED, error="La période est trop longue."
    )
    expect(page.get_by_role("button", name="Réessayer")).to_be_visible()
    expect(page.get_by_text("La période est trop longue.")).to_be_visible()
    found["export échoué"] = axe_violations(page)
    overflow = page.evaluate("document.documentElement.scrollWidth - innerWidth")
    assert overflow <= 0

    page.get_by_role("link", name="Mes exports").first.click()
    expect(page.get_by_role("heading", name="Mes exports", level=1)).to_be_visible()
    found["mes exports"] = axe_violations(page)
    assert found == {name: [] for name in found}
