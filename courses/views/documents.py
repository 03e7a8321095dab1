"""Certificates (download, public verification) and the calendars of live sessions."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from core.ratelimit import rate_limit

from ..access import is_course_staff
from ..documents import (
    certificate_filename,
    certificate_pdf,
    enrolment_feed,
    session_ics,
)
from ..models import Certificate, Enrolment, LiveSession
from ..selectors_sessions import SESSION_STATES, may_join
from ..services.certificates import (
    certificate_available_on,
    certificate_is_available,
    normalise_code,
)
from ..services.mail import learner_language


def _ics_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    # The files hold join links: never kept by a shared cache.
    response["Cache-Control"] = "private, no-cache"
    return response


@login_required
@require_GET
def certificate_download(request: HttpRequest, code: str) -> HttpResponse:
    """The certificate's PDF, for its learner (from its date) and for staff."""
    certificate = get_object_or_404(
        Certificate.objects.select_related("enrolment__promotion"),
        code=normalise_code(code),
    )
    is_learner = certificate.enrolment.learner_id == request.user.pk
    is_staff = request.user.has_perm("courses.view_certificate")
    if not (is_learner or is_staff):
        raise Http404
    if not is_staff and not certificate_is_available(certificate):
        return render(
            request,
            "courses/certificates/not_yet.html",
            {
                "certificate": certificate,
                "available_on": certificate_available_on(certificate),
            },
        )
    response = HttpResponse(
        certificate_pdf(certificate), content_type="application/pdf"
    )
    response["Content-Disposition"] = (
        f'attachment; filename="{certificate_filename(certificate)}"'
    )
    response["Cache-Control"] = "private, no-store"
    return response


@require_GET
def certificate_verify_short(request: HttpRequest, code: str) -> HttpResponse:
    """The address on the paper: the verification page in the visitor's language."""
    language = translation.get_language_from_request(request)
    with translation.override(language):
        url = reverse("courses:certificate_verify", args=[code])
    return redirect(url)


@require_GET
@never_cache
@rate_limit("courses.verify", methods=("GET",))
def certificate_verify(request: HttpRequest, code: str) -> HttpResponse:
    """Public: whether a certificate with this code exists and is valid."""
    normalised = normalise_code(code)
    certificate = Certificate.objects.filter(code=normalised).first()
    return render(
        request,
        "courses/certificates/verify.html",
        {"certificate": certificate, "code": normalised},
        status=200 if certificate is not None else 404,
    )


@require_GET
def certificate_lookup(request: HttpRequest) -> HttpResponse:
    """A form to type a code; a typed code opens its verification page."""
    code = normalise_code(request.GET.get("code", ""))
    if code:
        return redirect("courses:certificate_verify", code=code)
    return render(request, "courses/certificates/verify.html", {"lookup": True})


def _may_see_session(user, session: LiveSession) -> bool:
    promotion = session.promotion
    if promotion.facilitators.filter(pk=user.pk).exists():
        return True
    if is_course_staff(user=user, page=promotion.course):
        return True
    return Enrolment.objects.filter(
        promotion=promotion, learner=user, state__in=SESSION_STATES
    ).exists()


@login_required
@require_GET
def session_calendar(request: HttpRequest, uid) -> HttpResponse:
    """One live session as an .ics file, join link included."""
    session = get_object_or_404(
        LiveSession.objects.select_related("promotion__course"), uid=uid
    )
    if not _may_see_session(request.user, session):
        raise Http404
    language = translation.get_language()
    return _ics_response(session_ics(session, language=language), f"{uid}.ics")


@require_GET
def calendar_feed(request: HttpRequest, token: str) -> HttpResponse:
    """A learner's private feed, read by calendar applications without signing in."""
    enrolment = get_object_or_404(
        Enrolment.objects.select_related("promotion__course", "learner").exclude(
            state__in=[Enrolment.State.WITHDRAWN, Enrolment.State.REJECTED]
        ),
        calendar_token=token,
    )
    content = enrolment_feed(
        enrolment,
        language=learner_language(enrolment),
        with_links=may_join(enrolment),
    )
    return _ics_response(content, "course.ics")
