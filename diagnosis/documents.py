"""The results as a PDF (WeasyPrint): the radar as inline SVG, the table with last
year's and the network's figures, and the recommendations, in the reader's
language. The same context as the results page (``results_context``)."""

from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from core.pdf import html_to_pdf

from .charts import radar_svg
from .models import Assessment
from .results import results_context


def results_pdf(assessment: Assessment, language: str) -> bytes:
    context = results_context(assessment, language)
    chart = context["chart"]
    svg = radar_svg(
        chart["labels"],
        chart["datasets"],
        maximum=chart["max"],
        title=_("Scores per goal, out of 100"),
    )
    html = render_to_string(
        "diagnosis/pdf/results.html",
        {"assessment": assessment, "radar": mark_safe(svg), **context},  # noqa: S308 (escaped by radar_svg)
    )
    return html_to_pdf(html)


def results_filename(assessment: Assessment) -> str:
    return f"self-diagnosis-{assessment.organisation.slug}-{assessment.year}.pdf"
