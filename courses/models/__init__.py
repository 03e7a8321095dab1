from .certificates import Certificate
from .enrolments import Enrolment, Invitation
from .pages import CourseIndexPage, CoursePage, LessonPage, ModulePage
from .progress import LessonProgress, QuizAttempt, ReminderSent
from .promotions import ApplicationQuestion, LiveSession, Promotion, PromotionModule
from .scorm import ScormPackage

__all__ = [
    "ApplicationQuestion",
    "Certificate",
    "CourseIndexPage",
    "CoursePage",
    "Enrolment",
    "Invitation",
    "LessonPage",
    "LessonProgress",
    "LiveSession",
    "ModulePage",
    "Promotion",
    "PromotionModule",
    "QuizAttempt",
    "ReminderSent",
    "ScormPackage",
]
