"""Serving pages without walking the tree on every request.

Wagtail finds a page by asking each level of the tree for its child (home →
catalogue → course → module → lesson: about ten queries), finds the site in the
database, and reads the view restrictions of every ancestor. All of that only
changes when pages are published, moved or deleted, or when sites and
restrictions are edited. So, kept in the shared cache (Redis when scaling out):

- the sites, read in one go; the site of a request is matched in Python with
  Wagtail's own precedence;
- for each path, which page answers it: a hit costs one query, which loads the
  page itself and checks that it is still live and still at that path, so a
  stale entry can never serve the wrong page (it falls back to Wagtail);
- the paths of the pages that carry a view restriction.

Publishing, unpublishing, moving or deleting a page forgets its entries
(courses.receivers); anything Wagtail must decide (previews, redirects, 404s)
goes through Wagtail's own serve view. A routable page's own routes (a
lesson's `etape/3/`) are kept too: the entry names the page and the rest of the
path, which the page resolves itself without a query. Such entries are not
forgotten by path (a page does not know every address under it), but the check
query refuses them as soon as the page moves or goes.
"""

import hashlib

from django.conf import settings
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.http import Http404, HttpResponse
from django.http.request import split_domain_port
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control, patch_vary_headers
from wagtail.models import Page, PageViewRestriction, Site

SITES_KEY = "relais:sites"
RESTRICTED_KEY = "relais:restricted-paths"
ROUTE_TIMEOUT = 24 * 3600


def _route_key(site_id: int, path: str) -> str:
    return f"relais:route:{site_id}:{path}"


# Sites ---------------------------------------------------------------------------


def _sites() -> list[Site]:
    sites = cache.get(SITES_KEY)
    if sites is None:
        sites = list(Site.objects.select_related("root_page").order_by("pk"))
        cache.set(SITES_KEY, sites, ROUTE_TIMEOUT)
    return sites


def site_for(hostname: str, port: int) -> Site | None:
    """Wagtail's choice (wagtail.models.sites.get_site_for_hostname), from the
    cached list: hostname and port, then hostname on the default site, then
    the default site unless another site has this hostname alone."""
    sites = _sites()
    default = next((s for s in sites if s.is_default_site), None)
    same_host = [s for s in sites if s.hostname == hostname]
    exact = next((s for s in same_host if s.port == port), None)
    if exact is not None:
        return exact
    if default is not None and default.hostname == hostname:
        return default
    if len(same_host) == 1 and default is None:
        return same_host[0]
    if default is not None:
        return default
    return same_host[0] if len(same_host) == 1 else None


def sites_forget() -> None:
    cache.delete(SITES_KEY)


class SiteCacheMiddleware:
    """Give each request its Wagtail site from the cache (Wagtail reads
    request._wagtail_site before asking the database)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        hostname = split_domain_port(request._get_raw_host())[0]
        request._wagtail_site = site_for(hostname, int(request.get_port()))
        return self.get_response(request)


# View restrictions ------------------------------------------------------------------


def restricted_paths() -> list[str]:
    paths = cache.get(RESTRICTED_KEY)
    if paths is None:
        paths = list(PageViewRestriction.objects.values_list("page__path", flat=True))
        cache.set(RESTRICTED_KEY, paths, ROUTE_TIMEOUT)
    return paths


def restrictions_forget() -> None:
    cache.delete(RESTRICTED_KEY)


class CachedRestrictionsMixin:
    """Skip the two restriction queries for a page no restriction covers."""

    def get_view_restrictions(self):
        if not any(self.path.startswith(path) for path in restricted_paths()):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


# Routes -------------------------------------------------------------------------------


def _page_key(page_id: int, revision_id: int, tree_path: str) -> str:
    return f"relais:page:{page_id}:{revision_id}:{tree_path}"


def _cached_route(request, site: Site, path: str):
    entry = cache.get(_route_key(site.pk, path))
    if entry is None:
        return None
    if len(entry) != 4:  # written by an older version
        return None
    content_type_id, page_id, page_path, components = entry
    # One narrow query says whether the page is still live at this address,
    # which revision is live and where it stands in the tree: a published
    # revision never changes, so the page as of that revision and place can
    # come from the cache.
    row = (
        Page.objects.filter(
            pk=page_id, live=True, url_path=site.root_page.url_path + page_path
        )
        .values_list("live_revision_id", "path")
        .first()
    )
    if row is None:
        return None
    revision_id, tree_path = row
    key = _page_key(page_id, revision_id, tree_path)
    page = cache.get(key) if revision_id is not None else None
    if page is None:
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            return None
        # Stream fields load on demand: the rendered body is cached apart.
        page = model.objects.defer_streamfields().filter(pk=page_id).first()
        if page is None or (page.live_revision_id, page.path) != row:
            return None
        if revision_id is not None:  # a page made in code may have none
            cache.set(key, page, ROUTE_TIMEOUT)
    # The page itself, or one of its own routes (no query either way).
    return page.route(request, list(components))


def serve(request, path: str):
    """Wagtail's serve, with the route found in the cache when it can be."""
    from wagtail.views import serve as wagtail_serve  # imports the admin forms

    site = getattr(request, "_wagtail_site", None) or Site.find_for_request(request)
    cached = False
    if site is not None and request.method in ("GET", "HEAD"):
        try:
            route = _cached_route(request, site, path)
        except Http404:
            route = None
        if route is not None:
            request._wagtail_route_for_request = route
            cached = True
    response = wagtail_serve(request, path)
    route = getattr(request, "_wagtail_route_for_request", None)
    if not cached and site is not None and route is not None:
        entry = _route_entry(site, path, route)
        if entry is not None and response.status_code == 200:
            cache.set(_route_key(site.pk, path), entry, ROUTE_TIMEOUT)
    return response


def _route_entry(site: Site, path: str, route) -> tuple | None:
    """What to keep of a route: the page, its own path under the site, and the
    rest of the path for the page's own routes. None for what must go through
    Wagtail each time."""
    from wagtail.contrib.routable_page.models import RoutablePageMixin

    page, args, kwargs = route
    root = site.root_page.url_path
    if not page.url_path.startswith(root):
        return None
    page_path = page.url_path[len(root) :]
    if not args and not kwargs and page_path == path:
        return (page.content_type_id, page.pk, page_path, ())
    if isinstance(page, RoutablePageMixin) and path.startswith(page_path):
        components = tuple(part for part in path[len(page_path) :].split("/") if part)
        return (page.content_type_id, page.pk, page_path, components)
    return None


def routes_forget(pages) -> None:
    """Forget the cached routes to these pages (their url paths under each site)."""
    keys = []
    for site in _sites():
        root = site.root_page.url_path
        for page in pages:
            if page.url_path and page.url_path.startswith(root):
                keys.append(_route_key(site.pk, page.url_path[len(root) :]))
    if keys:
        cache.delete_many(keys)


def pages_under(page) -> list[Page]:
    """The page and its descendants (only their paths are read)."""
    return list(Page.objects.descendant_of(page, inclusive=True).only("url_path"))


# A signed-in learner's page, rendered once per state ----------------------------------

CONTENT_VERSION_KEY = "relais:content-version"
RENDERED_TIMEOUT = 3600


def content_version() -> int:
    """A number that changes whenever published content changes anywhere
    (pages, quizzes, sites, restrictions, the level scale)."""
    version = cache.get(CONTENT_VERSION_KEY)
    if version is None:
        version = 1
        cache.add(CONTENT_VERSION_KEY, version, None)
    return version


def content_changed() -> None:
    try:
        cache.incr(CONTENT_VERSION_KEY)
    except ValueError:  # not in the cache (evicted): any new value will do
        cache.set(CONTENT_VERSION_KEY, content_version() + 1, None)


class RenderedPageCacheMixin:
    """Serve a signed-in learner the page rendered for them before, as long as
    nothing it shows has changed.

    The key holds everything the page depends on: the person, the address asked
    for (each step of a lesson has its own), the page's live revision and
    place, the published content (`content_version`: the course outline,
    titles, quizzes), the learner's progress (their completions and
    enrolments), the header's links and the CSRF secret the page's forms carry.
    A hit costs three reads of the cache and no rendering. Pages with messages
    waiting, for anonymous visitors or without a CSRF cookie yet are rendered
    as usual."""

    def keep_rendered(self, context) -> bool:
        """Whether this rendering may be kept (not for a page outside its
        course's sequence, say)."""
        return True

    def _rendered_key(self, request) -> str | None:
        from courses.selectors import learner_key, learner_state_get
        from people.context_processors import cached_header_links, header_key

        user = request.user
        keys = [CONTENT_VERSION_KEY, header_key(user.pk), learner_key(user.pk)]
        found = cache.get_many(keys)  # one round trip
        links = found.get(keys[1]) or cached_header_links(user)
        if links.admin:
            # Wagtail's user bar shows the page's moderation state, which
            # changes without a publish: editors' pages are rendered each time.
            return None
        state = found.get(keys[2]) or learner_state_get(user)
        parts = (
            user.pk,
            self.pk,
            request.path,  # a routable page's steps each have theirs
            self.live_revision_id,
            self.path,
            found.get(keys[0]) or content_version(),
            request.COOKIES.get(settings.CSRF_COOKIE_NAME),
            links,
            sorted(state.done),
            sorted((pk, e.completed_at) for pk, e in state.enrollments.items()),
            sorted(state.simulators.items()),
            # « Économiser les données » changes how pictures are shown.
            getattr(user, "data_saver", False),
        )
        return "relais:rendered:" + hashlib.sha256(repr(parts).encode()).hexdigest()

    def serve(self, request, *args, **kwargs):
        # A routable page's own routes are kept too: the request's path is in
        # the key, and the rendering comes from the page's own serve.
        cacheable = (
            request.method == "GET"
            and request.user.is_authenticated
            and request.COOKIES.get(settings.CSRF_COOKIE_NAME)
            and not len(messages.get_messages(request))
        )
        if not cacheable:
            return super().serve(request, *args, **kwargs)
        key = self._rendered_key(request)
        if key is None:
            return super().serve(request, *args, **kwargs)
        request.is_preview = False
        html = cache.get(key)
        if html is None:
            response = super().serve(request, *args, **kwargs)
            if not (
                response.status_code == 200
                and isinstance(response, TemplateResponse)
                and self.keep_rendered(response.context_data)
            ):
                return response
            response.render()
            cache.set(key, response.content, RENDERED_TIMEOUT)
        else:
            response = HttpResponse(html)
        # The page is this person's: caches on the way must not share it.
        patch_vary_headers(response, ("Cookie",))
        patch_cache_control(response, private=True)
        return response
