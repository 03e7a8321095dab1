"""The entry's PDF summary: what the entrant submitted, as the jury will read it.

Rendering only (WeasyPrint), in the entrant's language. Images are embedded from the
private storage as data URIs, so the PDF needs no URL to reach them.
"""

import base64

from django.template.loader import render_to_string
from django.utils import translation

from core.pdf import html_to_pdf

from .models import Entry, EntryFile
from .selectors import local_goals


def _data_uri(stored: EntryFile) -> str:
    with stored.file.open("rb") as handle:
        encoded = base64.b64encode(handle.read()).decode("ascii")
    return f"data:{stored.content_type};base64,{encoded}"


def entry_summary_pdf(entry: Entry) -> bytes:
    files = list(entry.files.all())
    images = [
        {"file": f, "src": _data_uri(f)}
        for f in files
        if f.kind == EntryFile.Kind.IMAGE
    ]
    answers = list(entry.goal_answers.select_related("goal"))
    with translation.override(entry.language):
        goals = local_goals([entry], entry.language)
        html = render_to_string(
            "awards/pdf/entry_summary.html",
            {
                "entry": entry,
                "edition": entry.edition,
                "answers": [
                    (goals.get(a.goal.translation_key, a.goal), a) for a in answers
                ],
                "images": images,
                "documents": [f for f in files if f.kind == EntryFile.Kind.DOCUMENT],
            },
        )
    return html_to_pdf(html)


def entry_summary_filename(entry: Entry) -> str:
    return f"entry-{entry.reference}.pdf"
