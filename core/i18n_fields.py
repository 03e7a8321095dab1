"""Text stored once per language in plain columns, for records that keep one identity.

Pages are translated with wagtail-localize and small taxonomies with
``TranslatableMixin``: both make one row per language. A record that other rows
point to as one thing (a ticket type that orders, quotas and vouchers reference)
keeps a single row instead (docs/decisions/0012-translated-records.md). Its text in
the default language (``settings.LANGUAGE_CODE``) stays in the base column, and each
other language has a blank-able column named ``<field>_<language>``::

    class TicketType(models.Model):
        name = models.CharField(_("name (French)"), max_length=200)
        name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
        name_es = models.CharField(_("name (Spanish)"), max_length=200, blank=True)

        local_name = Localized("name")

``localized(record, "name")`` (or ``record.local_name``, which templates can read)
is the text in the active language, or in the default language when that column is
blank. ``language_panels`` lays the columns out in the Wagtail admin, one group per
language.
"""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _


def _code(language: str | None) -> str:
    """``es`` for ``es``, ``es-ar`` or ``es_AR``; the default language for nothing."""
    return (language or settings.LANGUAGE_CODE).replace("_", "-").split("-")[0].lower()


def other_languages() -> list[str]:
    """The languages kept in suffixed columns: every site language but the default."""
    default = _code(settings.LANGUAGE_CODE)
    return [_code(code) for code, _name in settings.LANGUAGES if _code(code) != default]


def column(field: str, language: str | None) -> str:
    """The column holding ``field`` in ``language``: the base column for the default."""
    code = _code(language)
    return field if code == _code(settings.LANGUAGE_CODE) else f"{field}_{code}"


def localized(record, field: str, language: str | None = None) -> str:
    """``record.<field>`` in ``language`` (the active one by default).

    Falls back to the default language's text when the translation is blank or the
    language has no column.
    """
    name = column(field, language or translation.get_language())
    value = getattr(record, name, "") if name != field else ""
    return value or getattr(record, field)


class Localized:
    """A read-only attribute giving a field in the active language: ``local_name``."""

    def __init__(self, field: str):
        self.field = field

    def __set_name__(self, owner, name):
        self.__doc__ = f"``{self.field}`` in the active language."

    def __get__(self, record, owner=None):
        if record is None:
            return self
        return localized(record, self.field)


def language_panels(*fields: str) -> list:
    """Wagtail admin panels: the given fields grouped under one heading per language.

    The default language comes first; its text is what the others fall back to.
    """
    from wagtail.admin.panels import FieldPanel, MultiFieldPanel

    default = _code(settings.LANGUAGE_CODE)
    panels = []
    for code in [default, *other_languages()]:
        info = translation.get_language_info(code)
        panels.append(
            MultiFieldPanel(
                [FieldPanel(column(field, code)) for field in fields],
                heading=info["name_translated"],
                help_text=_("Shown when a translation is left blank.")
                if code == default
                else _("Leave blank to show the text in the default language."),
                classname="collapsible",
            )
        )
    return panels
