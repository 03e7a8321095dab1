"""An invitation's link: the person invited signs in and takes the place offered."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from core.ratelimit import rate_limit

from ..exceptions import CoursesError
from ..forms import EnrolForm
from ..models import Invitation
from ..services import enrolment_request
from .learning import STATE_MESSAGES, _promotion_course_url


@rate_limit("courses.enrol")
def invitation(request: HttpRequest, token: str) -> HttpResponse:
    invitation = get_object_or_404(
        Invitation.objects.select_related("promotion__course"), token=token
    )
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    promotion = invitation.promotion
    course_url = _promotion_course_url(request, promotion)
    context = {
        "invitation": invitation,
        "promotion": promotion,
        "course": promotion.course.localized,
        "course_url": course_url,
    }
    if invitation.email.lower() != (request.user.email or "").lower():
        context["refusal"] = _(
            "This invitation was sent to another e-mail address. Sign in with the "
            "address that received it."
        )
        return render(request, "courses/invitation.html", context, status=403)
    if invitation.accepted_at is not None:
        messages.info(request, _("You have already accepted this invitation."))
        return redirect(course_url)
    form = EnrolForm(request.POST or None, questions=promotion.questions.all())
    if request.method == "POST" and form.is_valid():
        try:
            enrolment = enrolment_request(
                promotion=promotion,
                user=request.user,
                answers=form.answers(),
                invitation=invitation,
            )
        except CoursesError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, STATE_MESSAGES[enrolment.state])
            return redirect(course_url)
    context["form"] = form
    return render(
        request,
        "courses/invitation.html",
        context,
        status=400 if form.errors else 200,
    )
