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
