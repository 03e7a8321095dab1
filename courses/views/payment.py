"""An accepted learner pays for the place, with ticketing's checkout."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect

from core.ratelimit import rate_limit
from ticketing.sales import sale_checkout_page

from ..exceptions import CoursesError
from ..models import Enrolment
from ..services import price_for
from ..services.fees import check_can_pay, enrolment_pay, payable_order


@login_required
@rate_limit("courses.enrol")
def pay(request: HttpRequest, enrolment_id: int) -> HttpResponse:
    enrolment = get_object_or_404(
        Enrolment.objects.select_related(
            "promotion__course", "promotion__sale", "order"
        ),
        pk=enrolment_id,
        learner=request.user,
    )
    promotion = enrolment.promotion
    course = promotion.course.localized
    try:
        check_can_pay(enrolment=enrolment, user=request.user)
    except CoursesError:
        return redirect(course.get_url(request) or "/")
    pending = payable_order(enrolment)
    if pending is not None:
        return redirect("ticketing:order_detail", code=pending.code)
    return sale_checkout_page(
        request,
        sale=promotion.sale,
        price=price_for(promotion=promotion, user=request.user),
        vat_rate=promotion.vat_rate,
        place=lambda checkout: enrolment_pay(
            enrolment=enrolment, user=request.user, checkout=checkout
        ),
        template="courses/pay.html",
        context={
            "enrolment": enrolment,
            "promotion": promotion,
            "course": course,
            "course_url": course.get_url(request),
        },
    )
