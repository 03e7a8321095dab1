"""A table of rows handed to staff as a CSV or XLSX download.

openpyxl (about 18 MB) is imported when a workbook is asked for, not at start.
"""

import csv
import io
from collections.abc import Iterable, Sequence

from django.http import HttpResponse

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def table_download(
    headings: Sequence[str], rows: Iterable[Sequence], *, name: str, fmt: str
) -> HttpResponse:
    """``name.xlsx`` when ``fmt`` is "xlsx", else ``name.csv``."""
    if fmt == "xlsx":
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        sheet.append(list(headings))
        for row in rows:
            sheet.append(list(row))
        buffer = io.BytesIO()
        book.save(buffer)
        response = HttpResponse(buffer.getvalue(), content_type=XLSX_TYPE)
    else:
        fmt = "csv"
        text = io.StringIO()
        writer = csv.writer(text)
        writer.writerow(headings)
        writer.writerows(rows)
        response = HttpResponse(text.getvalue(), content_type="text/csv")
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response
