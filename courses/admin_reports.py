"""Staff reports on a promotion, the message to its learners, the home panel."""

from django.contrib import messages
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from core.admin_home import Row, work_panel

from .admin_forms import MessageForm
from .admin_views import CHANGE_ENROLMENT, _promotion
from .models import Enrolment, Promotion
from .reports import promotion_report, report_csv
from .services.messages import MESSAGED_STATES, promotion_message_send


def report_view(request, pk: int):
    promotion = _promotion(request, pk)
    report = promotion_report(promotion=promotion)
    return TemplateResponse(
        request,
        "courses/admin/promotion_report.html",
        {
            "promotion": promotion,
            "report": report,
            "title": _("Progress report"),
            "csv_url": reverse("courses_promotions:report_csv", args=[promotion.pk]),
        },
    )


def report_csv_view(request, pk: int):
    promotion = _promotion(request, pk)
    content = report_csv(promotion_report(promotion=promotion))
    response = HttpResponse(content, content_type="text/csv; charset=utf-8")
    name = slugify(f"{promotion.course.slug}-{promotion.number}") or "promotion"
    response["Content-Disposition"] = f'attachment; filename="progress-{name}.csv"'
    return response


def message_view(request, pk: int):
    """Write to every learner enrolled or completed: one e-mail each."""
    promotion = _promotion(request, pk)
    form = MessageForm(request.POST or None)
    recipients = promotion.enrolments.filter(state__in=MESSAGED_STATES).count()
    if request.method == "POST" and form.is_valid():
        count = promotion_message_send(
            promotion=promotion,
            subject=form.cleaned_data["subject"],
            body=form.cleaned_data["body"],
            message_id=form.cleaned_data["message_id"],
            actor=request.user,
        )
        messages.success(
            request,
            ngettext(
                "The message was sent to %(count)d learner.",
                "The message was sent to %(count)d learners.",
                count,
            )
            % {"count": count},
        )
        return redirect("courses_promotions:edit", promotion.pk)
    return TemplateResponse(
        request,
        "courses/admin/promotion_form.html",
        {
            "promotion": promotion,
            "form": form,
            "title": _("Message the learners"),
            "submit": _("Send"),
            "intro": ngettext(
                "One e-mail to the %(count)d learner enrolled or having completed "
                "the course.",
                "One e-mail to each of the %(count)d learners enrolled or having "
                "completed the course.",
                recipients,
            )
            % {"count": recipients},
        },
        status=400 if form.errors else 200,
    )


@work_panel(
    "courses_applications_waiting",
    heading=gettext_lazy("Course applications waiting"),
    permission=CHANGE_ENROLMENT,
    empty=gettext_lazy("No application waits for a decision."),
    order=85,
)
def applications_panel(request):
    """Applications waiting for a decision, per promotion taking them (open, or
    running and still taking late learners) or just closed (one query)."""
    State = Promotion.State
    promotions = list(
        Promotion.objects.filter(
            state__in=[State.OPEN, State.ENROLMENT_CLOSED, State.RUNNING]
        )
        .annotate(
            waiting=Count(
                "enrolments", filter=Q(enrolments__state=Enrolment.State.APPLIED)
            )
        )
        .filter(waiting__gt=0)
        .order_by("enrolment_closes_at", "pk")
    )
    base = reverse("courses_enrolments:list")
    rows = [
        Row(
            f"promotion-{promotion.pk}",
            str(promotion),
            count=promotion.waiting,
            url=base
            + "?"
            + urlencode({"promotion": promotion.pk, "state": Enrolment.State.APPLIED}),
        )
        for promotion in promotions
    ]
    total = sum(row.count for row in rows)
    summary = ngettext(
        "%(counter)s application waits for a decision.",
        "%(counter)s applications wait for a decision.",
        total,
    ) % {"counter": total}
    return rows, {"summary": summary if total else ""}
