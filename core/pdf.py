"""HTML to PDF, the one place the project calls WeasyPrint.

WeasyPrint (and the font tools it loads) weigh about 40 MB; it is imported on the first
document, so web processes that never render one do not carry it.
"""

from django.conf import settings


def html_to_pdf(html: str) -> bytes:
    """The PDF of rendered HTML; static and media paths resolve from the project."""
    from weasyprint import HTML

    return HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf()
