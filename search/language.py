"""Words: synonyms that widen a query, and "did you mean" for a misspelt one.

Synonyms come from the editors' ``Synonym`` groups: where a query contains one term
of a group (accents and case aside), the search looks for any term of the group.

Suggestions compare each word of a query that finds nothing with the words of the
published pages in the same language (``SearchWord``): by trigram similarity on
PostgreSQL (``pg_trgm``, with a trigram index), by ``difflib`` elsewhere.
"""

import difflib
import re
import unicodedata

from django.core.cache import cache
from django.db import connection
from modelsearch.query import And, Or, Phrase, PlainText

from .models import SearchWord, Synonym

SYNONYMS_KEY = "search:synonyms"
MIN_LENGTH = 4
SIMILARITY = 0.35


def fold(text: str) -> str:
    """Lower case without accents: the form words are compared in."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words_of(text: str) -> dict[str, str]:
    """Each word of the text, folded, with its spelling (lower case, accents kept)."""
    return {
        fold(w): w
        for w in re.findall(r"[^\W\d_]+", text.lower())
        if len(w) >= MIN_LENGTH
    }


def synonym_groups() -> list[list[str]]:
    groups = cache.get(SYNONYMS_KEY)
    if groups is None:
        groups = [s.term_list for s in Synonym.objects.all()]
        groups = [g for g in groups if len(g) > 1]
        cache.set(SYNONYMS_KEY, groups, None)
    return groups


def forget_synonyms(**kwargs) -> None:
    cache.delete(SYNONYMS_KEY)


def expand(query: str):
    """The query, with each synonym found replaced by any of its group's terms."""
    rest = f" {fold(query)} "
    parts = []
    for group in synonym_groups():
        for term in sorted(group, key=len, reverse=True):
            pattern = rf"(?<!\w){re.escape(fold(term))}(?!\w)"
            if re.search(pattern, rest):
                rest = re.sub(pattern, " ", rest)
                parts.append(Or([Phrase(t) for t in group]))
                break
    if not parts:
        return query
    rest = " ".join(rest.split())
    if rest:
        parts.append(PlainText(rest))
    return parts[0] if len(parts) == 1 else And(parts)


def remember(language: str, text: str) -> None:
    """Add a published text's words to the language's suggestions."""
    SearchWord.objects.bulk_create(
        [
            SearchWord(language=language, word=word[:60], spelling=spelling[:60])
            for word, spelling in words_of(text).items()
        ],
        ignore_conflicts=True,
    )


def _closest(word: str, language: str) -> str | None:
    known = SearchWord.objects.filter(language=language)
    if known.filter(word=word).exists():
        return None
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import TrigramSimilarity

        return (
            known.annotate(similarity=TrigramSimilarity("word", word))
            .filter(similarity__gte=SIMILARITY)
            .order_by("-similarity", "word")
            .values_list("spelling", flat=True)
            .first()
        )
    spellings = dict(known.values_list("word", "spelling"))
    found = difflib.get_close_matches(word, list(spellings), n=1, cutoff=0.75)
    return spellings[found[0]] if found else None


def suggestion(query: str, language: str) -> str:
    """The query with its unknown words replaced by the closest known ones; "" when
    nothing is changed."""
    changed = False
    out = []
    for token in query.split()[:8]:
        folded = fold(token)
        closest = _closest(folded, language) if len(folded) >= MIN_LENGTH else None
        if closest and fold(closest) != folded:
            out.append(closest)
            changed = True
        else:
            out.append(token)
    return " ".join(out) if changed else ""
