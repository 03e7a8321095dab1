"""CSV import of an existing member list, with a dry run that says what would change.

Columns (the same as the admin's CSV export): name, kind, country, region, city,
website, membership_status, membership_start, membership_end, is_listed. Rows are
matched to existing organisations by name, whatever its case. Only "name", "kind" and
"country" are required columns; a missing optional column leaves the field unchanged.
A country is an ISO 3166 code or a name in English, French or Spanish; an empty region
is the country's.
"""

import csv
import io
from copy import copy
from dataclasses import dataclass, field
from datetime import date, datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from core.audit import audit_record

from .countries import country_code, region_of_country
from .exceptions import AccountsError
from .models import Organisation

REQUIRED_COLUMNS = ("name", "kind", "country")
OPTIONAL_COLUMNS = (
    "region",
    "city",
    "website",
    "membership_status",
    "membership_start",
    "membership_end",
    "is_listed",
)
COLUMNS = REQUIRED_COLUMNS + OPTIONAL_COLUMNS
MAX_ROWS = 5000

TRUE_WORDS = {"1", "true", "yes", "y", "oui", "si", "sí", "x"}
FALSE_WORDS = {"0", "false", "no", "n", "non", ""}


@dataclass
class RowResult:
    line: int
    name: str
    action: str  # "create", "update", "unchanged" or "error"
    changes: dict = field(default_factory=dict)  # field -> (before, after)
    errors: list[str] = field(default_factory=list)


@dataclass
class ImportReport:
    rows: list[RowResult] = field(default_factory=list)
    applied: bool = False

    def count(self, action: str) -> int:
        return sum(1 for row in self.rows if row.action == action)

    @property
    def counts(self) -> dict[str, int]:
        return {
            action: self.count(action)
            for action in ("create", "update", "unchanged", "error")
        }

    @property
    def has_errors(self) -> bool:
        return self.count("error") > 0


def _choice(value: str, choices) -> str:
    wanted = value.strip().lower()
    for code, label in choices:
        if wanted in (code.lower(), str(label).lower()):
            return code
    raise ValidationError(
        _("“%(value)s” is not one of: %(choices)s.")
        % {"value": value, "choices": ", ".join(code for code, _label in choices)}
    )


def _date(value: str) -> date | None:
    value = value.strip()
    if not value:
        return None
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(value, pattern).date()
        except ValueError:
            continue
    raise ValidationError(
        _("“%(value)s” is not a date (use YYYY-MM-DD).") % {"value": value}
    )


def _country(value: str) -> str:
    code = country_code(value)
    if not code:
        raise ValidationError(
            _("“%(value)s” is not a country (use its ISO code or its name).")
            % {"value": value}
        )
    return code


def _region(value: str) -> str:
    if not value.strip():
        return ""
    return _choice(value, Organisation.Region.choices)


def _boolean(value: str) -> bool:
    word = value.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ValidationError(_("“%(value)s” is not yes or no.") % {"value": value})


PARSERS = {
    "kind": lambda value: _choice(value, Organisation.Kind.choices),
    "country": _country,
    "region": _region,
    "membership_status": lambda value: _choice(value, Organisation.Status.choices),
    "membership_start": _date,
    "membership_end": _date,
    "is_listed": _boolean,
}


def read_csv(data: bytes | str) -> list[dict[str, str]]:
    """Parses the file into rows; refuses what is not a usable member list."""
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise AccountsError(_("The file must be CSV encoded in UTF-8.")) from error
    else:
        text = data
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    headers = [name.strip().lower() for name in reader.fieldnames or []]
    missing = [column for column in REQUIRED_COLUMNS if column not in headers]
    if missing:
        raise AccountsError(
            _("The file lacks the column(s): %(columns)s.")
            % {"columns": ", ".join(missing)}
        )
    reader.fieldnames = headers
    rows = []
    for row in reader:
        if len(rows) >= MAX_ROWS:
            raise AccountsError(
                _("The file has more than %(max)d rows.") % {"max": MAX_ROWS}
            )
        rows.append(
            {
                key: (value or "").strip()
                for key, value in row.items()
                if key in COLUMNS and isinstance(value, str)
            }
        )
    return rows


def _plan_row(
    line: int, row: dict[str, str], existing: dict[str, Organisation], seen: set
) -> tuple[RowResult, Organisation | None]:
    name = " ".join(row.get("name", "").split())
    result = RowResult(line=line, name=name, action="error")
    if not name:
        result.errors.append(_("The name is empty."))
        return result, None
    if name.lower() in seen:
        result.errors.append(_("This organisation appears twice in the file."))
        return result, None
    seen.add(name.lower())

    organisation = existing.get(name.lower())
    target = Organisation(name=name) if organisation is None else copy(organisation)
    for column in COLUMNS[1:]:
        if column not in row:
            continue
        raw = row[column]
        try:
            value = PARSERS[column](raw) if column in PARSERS else raw
        except ValidationError as error:
            result.errors.append(f"{column}: {' '.join(error.messages)}")
            continue
        setattr(target, column, value)
    if target.country and not target.region:
        target.region = region_of_country(target.country.code)
    if not result.errors:
        try:
            target.full_clean(exclude=["logo"])
        except ValidationError as error:
            for field_name, messages in error.message_dict.items():
                prefix = "" if field_name == "__all__" else f"{field_name}: "
                result.errors.extend(prefix + message for message in messages)
    if result.errors:
        return result, None

    if organisation is None:
        result.action = "create"
        result.changes = {
            column: ("", _display(getattr(target, column))) for column in COLUMNS
        }
    else:
        result.changes = {
            column: (
                _display(getattr(organisation, column)),
                _display(getattr(target, column)),
            )
            for column in COLUMNS
            if getattr(organisation, column) != getattr(target, column)
        }
        result.action = "update" if result.changes else "unchanged"
    return result, target


def _display(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def organisations_import(*, data: bytes | str, apply: bool, actor) -> ImportReport:
    """Plans the import of a member list; with `apply`, carries it out atomically.

    Nothing is written while any row has an error: the file is fixed and sent again.
    """
    rows = read_csv(data)
    existing = {
        organisation.name.lower(): organisation
        for organisation in Organisation.objects.all()
    }
    report = ImportReport()
    planned: list[tuple[RowResult, Organisation]] = []
    seen: set[str] = set()
    for line, row in enumerate(rows, start=2):
        result, target = _plan_row(line, row, existing, seen)
        report.rows.append(result)
        if target is not None and result.action in ("create", "update"):
            planned.append((result, target))
    if not apply:
        return report
    if report.has_errors:
        raise AccountsError(_("Fix the rows with errors before importing."))
    with transaction.atomic():
        for result, target in planned:
            before = existing.get(target.name.lower())
            target.save()
            audit_record(
                subject=target,
                actor=actor,
                action=f"accounts.organisation.import_{result.action}",
                from_state=before.membership_status if before else "",
                to_state=target.membership_status,
                note="; ".join(
                    f"{column}: {old} → {new}"
                    for column, (old, new) in result.changes.items()
                ),
            )
    report.applied = True
    return report
