"""What a learner does beside the pages: enrol, withdraw, mark done, answer a quiz."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from core.ratelimit import rate_limit

from ..access import course_of, learning_enrolment
from ..exceptions import CoursesError
from ..forms import EnrolForm
from ..lesson_serving import serve_lesson
from ..models import Enrolment, LessonPage, Promotion
from ..services import (
    enrolment_request,
    enrolment_withdraw,
    lesson_mark_done,
    needs_payment,
    price_for,
    quiz_submit,
)

STATE_MESSAGES = {
    Enrolment.State.APPLIED: gettext_lazy(
        "Your application is recorded. We will e-mail you when it is decided."
    ),
    Enrolment.State.ENROLLED: gettext_lazy("You are enrolled. Welcome to the course!"),
    Enrolment.State.WAITLISTED: gettext_lazy(
        "The promotion is full: you are on its waiting list. We will e-mail you "
        "as soon as a place frees up."
    ),
    Enrolment.State.ACCEPTED: gettext_lazy(
        "Your place is held until your payment arrives."
    ),
}


def _promotion_course_url(request, promotion: Promotion) -> str:
    course = promotion.course.localized
    return course.get_url(request) or "/"


@login_required
@rate_limit("courses.enrol")
def enrol(request: HttpRequest, promotion_id: int) -> HttpResponse:
    promotion = get_object_or_404(
        Promotion.objects.exclude(state=Promotion.State.DRAFT), pk=promotion_id
    )
    course_url = _promotion_course_url(request, promotion)
    questions = list(promotion.questions.all())
    data = request.POST if request.method == "POST" else None
    form = EnrolForm(data, questions=questions)
    if request.method == "POST" and form.is_valid():
        try:
            enrolment = enrolment_request(
                promotion=promotion, user=request.user, answers=form.answers()
            )
        except CoursesError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, STATE_MESSAGES[enrolment.state])
            if enrolment.state == Enrolment.State.ACCEPTED:
                return redirect("courses:pay", enrolment_id=enrolment.pk)
            return redirect(course_url)
    return render(
        request,
        "courses/enrol.html",
        {
            "promotion": promotion,
            "course": promotion.course.localized,
            "course_url": course_url,
            "form": form,
            "price": price_for(promotion=promotion, user=request.user),
            "pays": needs_payment(promotion=promotion, user=request.user),
        },
        status=400 if form.errors else 200,
    )


@login_required
@require_POST
def withdraw(request: HttpRequest, enrolment_id: int) -> HttpResponse:
    enrolment = get_object_or_404(
        Enrolment.objects.select_related("promotion__course"),
        pk=enrolment_id,
        learner=request.user,
    )
    try:
        enrolment_withdraw(enrolment=enrolment, actor=request.user)
    except CoursesError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("You have left the promotion."))
    return redirect(_promotion_course_url(request, enrolment.promotion))


def _lesson_and_enrolment(request, lesson_id):
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    enrolment = learning_enrolment(user=request.user, course=course_of(lesson))
    if enrolment is None:
        raise Http404
    return lesson, enrolment


@login_required
@require_POST
def mark_done(request: HttpRequest, lesson_id: int) -> HttpResponse:
    lesson, enrolment = _lesson_and_enrolment(request, lesson_id)
    try:
        lesson_mark_done(enrolment=enrolment, lesson=lesson)
    except CoursesError as error:
        messages.error(request, error.message)
        return redirect(lesson.get_url(request))
    enrolment.refresh_from_db()
    if enrolment.state == Enrolment.State.COMPLETED:
        messages.success(request, _("Congratulations, you have completed the course!"))
    following = request.POST.get("next_lesson")
    target = (
        LessonPage.objects.live().filter(pk=following).first() if following else None
    )
    return redirect((target or lesson).get_url(request))


def posted_answers(request, quiz) -> tuple[dict, list[str]]:
    """The answers posted per question id, and the ids of questions left blank."""
    answers, blank = {}, []
    for question in quiz.value["questions"].bound_blocks:
        chosen = request.POST.getlist(f"q-{question.id}")
        answers[str(question.id)] = chosen
        if not chosen:
            blank.append(str(question.id))
    return answers, blank


@login_required
@rate_limit("courses.quiz")
@require_POST
def submit_quiz(request: HttpRequest, lesson_id: int) -> HttpResponse:
    lesson, enrolment = _lesson_and_enrolment(request, lesson_id)
    quiz = lesson.quiz
    if quiz is None:
        raise Http404
    answers, blank = posted_answers(request, quiz)
    error = None
    if blank:
        error = _("Please answer every question before submitting.")
    else:
        try:
            result = quiz_submit(enrolment=enrolment, lesson=lesson, answers=answers)
        except CoursesError as refusal:
            error = refusal.message
        else:
            return redirect(
                f"{lesson.get_url(request)}?attempt={result.attempt.pk}#quiz"
            )
    # Shown again with the learner's choices kept and the reason.
    response = serve_lesson(
        request,
        lesson,
        extra_context={"quiz_error": error, "posted": answers, "blank": blank},
    )
    response.status_code = 400
    return response
