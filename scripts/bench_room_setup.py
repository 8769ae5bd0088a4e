"""Prepare the room for scripts/bench_room.py, on the database of DATABASE_URL.

Enrols COUNT beneficiaries of the demo centre (Centre social Les Tilleuls) in
today's demo session: Joseph, Fatou and Marcel, then fictitious people created
through the project's services. Writes the session, the lesson with the most
steps and each person's first name and PIN to OUT as JSON.

    python scripts/bench_room_setup.py COUNT OUT    # scripts/bench_room.py runs it
"""

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.dev")


def room_prepare(count: int) -> dict:
    from django.contrib.auth import get_user_model

    from demo.services import DEMO_BENEFICIARIES
    from demo.workshops import TODAY_TITLE
    from people.models import BeneficiaryProfile
    from people.services import beneficiary_create
    from workshops import guided
    from workshops.models import WorkshopSession
    from workshops.services import session_enrol, session_update

    pro = get_user_model().objects.get(username="pro.corbeil")
    session = WorkshopSession.objects.get(title=TODAY_TITLE)
    kept = ("title", "date", "start_time", "duration_minutes", "place", "level")
    session = session_update(
        by=pro,
        session=session,
        capacity=max(count, session.capacity),
        themes=session.themes,
        courses=session.courses.all(),
        leaders=session.leaders.all(),
        **{name: getattr(session, name) for name in kept},
    )
    demo = [d for d in DEMO_BENEFICIARIES if d.structure == "corbeil"][:count]
    profiles = BeneficiaryProfile.objects.select_related("user")
    people = [(profiles.get(login_code=d.login_code), d.pin) for d in demo]
    while len(people) < count:
        user, pin = beneficiary_create(
            by=pro,
            structure=session.structure,
            first_name=f"Personne {len(people) + 1:02d}",
            consent_text="Personne fictive du banc d'essai « salle ».",
        )
        people.append((user.beneficiary_profile, pin))
    for profile, _pin in people:
        session_enrol(by=pro, session=session, beneficiary=profile)
    lessons = [
        lesson for _c, group in guided.lessons_to_choose(session) for lesson in group
    ]
    steps = {lesson: len(guided.lesson_steps(lesson)) for lesson in lessons}
    lesson = max(steps, key=steps.get)  # the longest: room to move both ways
    return {
        "session_id": session.pk,
        "lesson": {"id": lesson.pk, "title": lesson.title, "steps": steps[lesson]},
        "people": [{"name": p.user.first_name, "pin": pin} for p, pin in people],
    }


if __name__ == "__main__":
    import django

    django.setup()
    count, out = int(sys.argv[1]), Path(sys.argv[2])
    out.write_text(json.dumps(room_prepare(count), ensure_ascii=False))
