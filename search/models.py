"""What editors maintain for the search: synonyms, and the words it suggests from.

``Synonym``: a group of words or phrases that mean the same ("port center, port
centre, centre portuaire"); a query containing one of them also finds the others.
``SearchWord``: the words of the published pages' titles and summaries, per
language, that "did you mean" compares a misspelt word with (kept current on publish
and rebuilt by ``manage.py search_rebuild``).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class Synonym(models.Model):
    terms = models.TextField(
        _("words that mean the same"),
        max_length=1000,
        help_text=_(
            "Separate them with commas, for example: port center, port centre, "
            "centre portuaire. A search for one also finds the others, in every "
            "language."
        ),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    panels = [FieldPanel("terms")]

    class Meta:
        verbose_name = _("synonym")
        verbose_name_plural = _("synonyms")
        ordering = ["terms"]

    def __str__(self) -> str:
        return self.terms[:80]

    @property
    def term_list(self) -> list[str]:
        return [t for t in (" ".join(p.split()) for p in self.terms.split(",")) if t]


class SearchWord(models.Model):
    language = models.CharField(_("language"), max_length=10)
    word = models.CharField(_("word"), max_length=60)  # lower case, no accents
    spelling = models.CharField(_("spelling"), max_length=60)  # as written

    class Meta:
        verbose_name = _("search word")
        verbose_name_plural = _("search words")
        constraints = [
            models.UniqueConstraint(
                fields=["language", "word"], name="search_word_unique"
            )
        ]

    def __str__(self) -> str:
        return self.word


class SearchLog(models.Model):
    """How often a query was asked on a day, in a language, and what it found."""

    wagtail_reference_index_ignore = True  # a record of what people did (see Order)

    language = models.CharField(_("language"), max_length=10)
    query = models.CharField(_("query"), max_length=200)
    date = models.DateField(_("date"))
    hits = models.PositiveIntegerField(_("searches"), default=0)
    results = models.PositiveIntegerField(_("results"), default=0)

    class Meta:
        verbose_name = _("search log")
        verbose_name_plural = _("search logs")
        constraints = [
            models.UniqueConstraint(
                fields=["language", "query", "date"], name="search_log_unique"
            )
        ]
        permissions = [("view_search_report", _("Can see what visitors search"))]

    def __str__(self) -> str:
        return f"{self.query} ({self.language}, {self.date})"
