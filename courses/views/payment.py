"""An accepted learner pays for the place, with ticketing's checkout."""

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from core.ratelimit import rate_limit
from ticketing.exceptions import TicketingError
from ticketing.pricing import line_price
from ticketing.sales import SaleCheckoutForm, sale_payment_redirect, sale_terms

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
    terms = sale_terms(promotion.sale)
    form = SaleCheckoutForm(
        request.POST or None,
        terms=terms,
        initial={"invoice_name": request.user.get_full_name()},
    )
    if request.method == "POST" and form.is_valid():
        try:
            order = enrolment_pay(
                enrolment=enrolment, user=request.user, checkout=form.cleaned_data
            )
        except (CoursesError, TicketingError) as error:
            form.add_error(None, error.message)
        else:
            return sale_payment_redirect(request, order)
    price = price_for(promotion=promotion, user=request.user)
    return render(
        request,
        "courses/pay.html",
        {
            "enrolment": enrolment,
            "promotion": promotion,
            "course": course,
            "course_url": course.get_url(request),
            "terms": terms,
            "line": line_price(price_excl_vat=price, vat_rate=promotion.vat_rate),
            "form": form,
        },
        status=400 if form.errors else 200,
    )
