"""Page slugs in plain ASCII (« reconnaitre » rather than « reconna%C3%AEtre »),
with a redirect from each old address so that saved links keep working.

New slugs are ASCII because WAGTAIL_ALLOW_UNICODE_SLUGS is off; this turns the
slugs made before into ASCII. Historical models only: the page, its
descendants' url paths, the slug stored in its revisions, and a redirect."""

from django.db import migrations
from django.utils.text import slugify


def _ascii_slug(slug: str, taken: set[str]) -> str:
    base = slugify(slug, allow_unicode=False) or "page"
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def slugs_to_ascii(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Revision = apps.get_model("wagtailcore", "Revision")
    Redirect = apps.get_model("wagtailredirects", "Redirect")
    Site = apps.get_model("wagtailcore", "Site")
    ContentType = apps.get_model("contenttypes", "ContentType")
    page_type = ContentType.objects.filter(app_label="wagtailcore", model="page")
    sites = list(Site.objects.select_related("root_page"))
    for page in Page.objects.order_by("path"):
        if page.slug.isascii():
            continue
        page = Page.objects.get(pk=page.pk)  # an ancestor's change moved its path
        siblings = set(
            Page.objects.filter(
                path__startswith=page.path[: -4], depth=page.depth
            ).values_list("slug", flat=True)
        )
        new_slug = _ascii_slug(page.slug, siblings)
        old_url_path = page.url_path
        new_url_path = old_url_path[: -len(page.slug) - 1] + new_slug + "/"
        moved = []
        for each in Page.objects.filter(path__startswith=page.path):
            moved.append((each.pk, each.url_path))
            each.url_path = new_url_path + each.url_path[len(old_url_path) :]
            if each.pk == page.pk:
                each.slug = new_slug
            each.save(update_fields=["url_path", "slug"])
        for revision in Revision.objects.filter(
            object_id=str(page.pk), base_content_type__in=page_type
        ):
            if revision.content.get("slug") == page.slug:
                revision.content["slug"] = new_slug
                revision.content["url_path"] = new_url_path
                revision.save(update_fields=["content"])
        # Every page under it changed address too: each old one redirects.
        for site in sites:
            root = site.root_page.url_path
            for pk, old_path in moved:
                if old_path.startswith(root):
                    Redirect.objects.get_or_create(
                        old_path="/" + old_path[len(root) :].rstrip("/"),
                        site=site,
                        defaults={"redirect_page_id": pk, "is_permanent": True},
                    )

class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0004_lesson_quiz"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(slugs_to_ascii, migrations.RunPython.noop)]
