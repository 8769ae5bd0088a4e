from courses.models.composition import LessonQuiz
from courses.models.pages import (
    Audience,
    CataloguePage,
    CoursePage,
    HomePage,
    LessonPage,
    ModulePage,
)
from courses.models.progress import Enrollment, LessonCompletion, LessonPosition
from courses.models.review import ReviewTask

__all__ = [
    "Audience",
    "CataloguePage",
    "CoursePage",
    "Enrollment",
    "HomePage",
    "LessonCompletion",
    "LessonPage",
    "LessonPosition",
    "LessonQuiz",
    "ModulePage",
    "ReviewTask",
]
