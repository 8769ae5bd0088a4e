"""Pages served from the cache stay true to the tree: publishing, unpublishing,
moving and deleting are seen at once."""

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import PageViewRestriction, Site

from courses.models import LessonPage, ModulePage
from courses.selectors import course_structure_get
from courses.steps import lesson_steps
from tests import builders


def _course(catalogue, **sizes):
    """A course whose pages have revisions, as the admin and the demo make
    them (the cache keeps a page as of its live revision)."""
    course = builders.course(catalogue, **sizes)
    for page in [course, *course.get_descendants()]:
        page.specific.save_revision().publish()
    return course


def _visit(client, url):
    """Twice: the route is kept, then the page as of its revision."""
    for _twice in range(2):
        assert client.get(url).status_code == 200


def test_a_cached_route_costs_one_query_for_an_anonymous_visitor(client, workshops):
    course = _course(workshops, modules=1, lessons_per_module=2)
    lesson = builders.lessons_of(course)[0]
    assert client.get(lesson.url).status_code == 200  # fills the route
    assert client.get(lesson.url).status_code == 200  # and the page
    with CaptureQueriesContext(connection) as queries:
        response = client.get(lesson.url)
    assert response.status_code == 200
    assert lesson.title in response.content.decode()
    assert len(queries) == 1, [q["sql"][:80] for q in queries]


def test_an_unpublished_lesson_is_gone_at_once(client, workshops):
    course = _course(workshops, modules=1, lessons_per_module=2)
    lesson = builders.lessons_of(course)[0]
    _visit(client, lesson.url)
    lesson.unpublish()
    assert client.get(lesson.url).status_code == 404


def test_a_new_lesson_appears_in_the_cached_outline(client, workshops):
    course = _course(workshops, modules=1, lessons_per_module=2)
    module = ModulePage.objects.child_of(course).get()
    assert client.get(course.url).status_code == 200
    assert len(course_structure_get(course_path=course.path).lessons) == 2
    new = LessonPage(title="Nouvelle leçon", slug="nouvelle", summary="Une de plus.")
    module.add_child(instance=new)
    new.save_revision().publish()
    assert len(course_structure_get(course_path=course.path).lessons) == 3
    assert "Nouvelle leçon" in client.get(course.url).content.decode()


def test_a_renamed_lesson_is_renamed_in_the_outline(client, workshops):
    course = _course(workshops, modules=1, lessons_per_module=2)
    lesson = builders.lessons_of(course)[0]
    _visit(client, course.url)
    _visit(client, lesson.url)
    lesson.title = "Titre corrigé"
    lesson.save_revision().publish()
    assert "Titre corrigé" in client.get(course.url).content.decode()
    assert "<h1>Titre corrigé</h1>" in client.get(lesson.whole_url()).content.decode()


def test_a_moved_lesson_is_served_at_its_new_address(client, workshops):
    course = _course(workshops, modules=2, lessons_per_module=1)
    first, second = ModulePage.objects.child_of(course).order_by("path")
    lesson = builders.lessons_of(course)[0]
    old_url = lesson.url
    _visit(client, old_url)
    lesson.move(second, pos="last-child")
    lesson.refresh_from_db()
    assert lesson.url != old_url
    # Wagtail leaves a permanent redirect at the old address.
    response = client.get(old_url)
    assert response.status_code == 301 and response["Location"] == lesson.url
    assert client.get(lesson.url).status_code == 200
    outline = course_structure_get(course_path=course.path)
    assert [each.pk for each in outline.lessons] == [
        each.pk for each in builders.lessons_of(course)
    ]


def test_a_deleted_page_is_not_served_from_the_cache(client, workshops):
    course = _course(workshops, modules=1, lessons_per_module=2)
    lesson = builders.lessons_of(course)[0]
    url = lesson.url
    _visit(client, url)
    lesson.delete()
    assert client.get(url).status_code == 404


def test_a_view_restriction_added_later_applies_at_once(client, workshops, learner):
    course = _course(workshops, modules=1, lessons_per_module=1)
    lesson = builders.lessons_of(course)[0]
    _visit(client, lesson.url)
    PageViewRestriction.objects.create(
        page=course, restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get(lesson.url)
    assert response.status_code == 302 and "next=" in response["Location"]
    client.force_login(learner)
    assert client.get(lesson.url).status_code == 200


def test_a_new_site_root_is_seen_at_once(client, workshops):
    course = _course(workshops, modules=1, lessons_per_module=1)
    assert client.get(course.url).status_code == 200
    site = Site.objects.get(is_default_site=True)
    site.root_page = workshops
    site.save()
    # The catalogue is now the root: the course is one level up.
    assert client.get(f"/{course.slug}/").status_code == 200


def test_a_quiz_made_ready_updates_the_cached_lesson(client, workshops):
    from quizzes.models import QuestionKind
    from tests.quizzes import factories

    course = _course(workshops, modules=1, lessons_per_module=1)
    lesson = builders.lessons_of(course)[0]
    quiz = factories.quiz(factories.question(QuestionKind.TRUE_FALSE), draft=True)
    lesson.body.append(("quiz", {"quiz": quiz, "intro": ""}))
    lesson.save_revision().publish()
    # The whole lesson and the step that holds the quiz (the last one).
    urls = [lesson.whole_url(), lesson.step_url(len(lesson_steps(lesson)))]
    for url in urls:
        assert "Exercice en préparation" in client.get(url).content.decode()
    quiz.live = True
    quiz.save()
    for url in urls:
        body = client.get(url).content.decode()
        assert "Faire l'exercice" in body and "Exercice en préparation" not in body


def test_the_cache_is_what_makes_it_cheap(client, workshops):
    """The control for the tests above: without the cache, routing walks the
    tree again."""
    course = _course(workshops, modules=1, lessons_per_module=1)
    lesson = builders.lessons_of(course)[0]
    client.get(lesson.url)
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        client.get(lesson.url)
    assert len(queries) > 5


def test_the_learners_cached_progress_follows_their_completions(
    client, workshops, learner
):
    from courses.models import LessonCompletion
    from courses.services import lesson_complete

    course = _course(workshops, modules=1, lessons_per_module=2)
    first = builders.lessons_of(course)[0]
    client.force_login(learner)
    assert client.get(course.url).context["outline"].progress.done == 0
    lesson_complete(user=learner, lesson=first)
    assert client.get(course.url).context["outline"].progress.done == 1
    LessonCompletion.objects.filter(user=learner).delete()
    assert client.get(course.url).context["outline"].progress.done == 0


# A signed-in learner's page, rendered once per state ----------------------------------


def _signed_in(client, person, url):
    client.force_login(person)
    client.get(url)  # the CSRF cookie, as a browser has it
    return client


def test_a_learners_kept_page_is_theirs_alone(client, workshops, learner):
    from django.test import Client

    from courses.services import lesson_complete

    course = _course(workshops, modules=1, lessons_per_module=2)
    first = builders.lessons_of(course)[0]
    lesson_complete(user=learner, lesson=first)
    # The whole lesson (a kept page too) holds its end and its « done » state.
    _signed_in(client, learner, first.whole_url())
    mine = client.get(first.whole_url())
    assert "Vous avez terminé cette leçon" in mine.content.decode()
    assert "private" in mine["Cache-Control"]
    other = _signed_in(Client(), builders.user(), first.whole_url())
    theirs = other.get(first.whole_url()).content.decode()
    assert "Vous avez terminé cette leçon" not in theirs
    assert "J&#x27;ai terminé cette leçon" in theirs or "J'ai terminé" in theirs


def test_a_kept_page_follows_the_published_content(client, workshops, learner):
    from quizzes.models import QuestionKind
    from tests.quizzes import factories

    course = _course(workshops, modules=1, lessons_per_module=1)
    lesson = builders.lessons_of(course)[0]
    quiz = factories.quiz(factories.question(QuestionKind.TRUE_FALSE), draft=True)
    lesson.body.append(("quiz", {"quiz": quiz, "intro": ""}))
    lesson.save_revision().publish()
    last = lesson.step_url(len(lesson_steps(lesson)))  # the step with the quiz
    _signed_in(client, learner, last)
    assert "Exercice en préparation" in client.get(last).content.decode()
    quiz.live = True
    quiz.save()
    assert "Exercice en préparation" not in client.get(last).content.decode()
    # Another lesson of the course renamed: the outline says so.
    lesson.title = "Leçon renommée"
    lesson.save_revision().publish()
    assert "Leçon renommée" in client.get(course.url).content.decode()


def test_a_page_with_a_message_waiting_shows_the_message(client, workshops, learner):
    from courses.services import enrollment_create

    course = _course(workshops, modules=1, lessons_per_module=2)
    first = builders.lessons_of(course)[0]
    enrollment_create(user=learner, course=course)
    _signed_in(client, learner, first.url)
    client.get(first.url)  # kept for this state
    # Enrolling again changes nothing but says so on the lesson it opens.
    response = client.post(
        reverse("courses:course_enroll", kwargs={"course_id": course.pk}),
        follow=True,
    )
    assert response.redirect_chain[-1][0] == first.url
    assert "Vous êtes inscrit au parcours" in response.content.decode()


def test_an_editors_page_is_rendered_each_time(client, workshops, groups):
    from people import roles

    course = _course(workshops, modules=1, lessons_per_module=1)
    lesson = builders.lessons_of(course)[0]
    editor = builders.user(group=roles.TRAINER)
    _signed_in(client, editor, lesson.url)
    client.get(lesson.url)
    # Wagtail's user bar (moderation state) is never served from the cache.
    assert not [k for k in _cache_keys() if k.startswith("relais:rendered:")]


def _cache_keys() -> list[str]:
    from django.core.cache import cache as default

    # The test settings' local-memory cache: keys are ":1:<key>".
    return [key.split(":", 2)[2] for key in default._cache]


def test_a_lessons_step_is_kept_and_never_served_once_the_lesson_moves_or_goes(
    client, workshops
):
    """Step routes are not forgotten by path: the check query refuses them."""
    course = _course(workshops, modules=2, lessons_per_module=1)
    _first, second = ModulePage.objects.child_of(course).order_by("path")
    lesson = builders.lessons_of(course)[0]
    old_step = lesson.step_url(2)
    _visit(client, old_step)
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(old_step).status_code == 200
    assert len(ctx.captured_queries) == 1  # kept: only the check query

    lesson.move(second, pos="last-child")
    lesson.refresh_from_db()
    assert client.get(old_step).status_code != 200
    _visit(client, lesson.step_url(2))
    lesson.unpublish()
    assert client.get(lesson.step_url(2)).status_code == 404
