"""``{% keep %}``: a part of a page built once for every visitor, until content changes.

    {% load kept %}
    {% keep "article" page.pk page.live_revision_id tag="site" %}…{% endkeep %}
    {% keep "agenda" page.pk request.GET.urlencode below=page until=ends %}…

The part is rendered by the first visit and kept (``pagecache.remembered``) under its
name and the values given, in the active language and for the host asked; later
visits, signed-in ones included, get the same HTML without running what is inside.
The values name everything the part depends on besides published content (a page,
a listing's query). What the view gives the part should be lazy (a queryset, a
``SimpleLazyObject``): a kept part then costs no query at all.

``tag="site"`` keeps the part until what every page repeats changes
(``pagecache.SITE``) rather than any content: for a part whose values name all
else it shows (a card, by its page's live revision and address; an article's
content, by its live revision), which then outlives the publishing of other
pages. What such a part shows of another page (a link to it, its title above
in the breadcrumbs) renews ``site`` when that page is published
(cms.sitewide.shown_site_wide).

``below=page`` keeps a listing's part until what every page repeats changes or
one of the pages below ``page`` is published or unpublished
(``pagecache.below``), so that publishing an event leaves the news alone.

``until`` (a datetime, or a callable giving one) is when the part stops being true
without any publish (an agenda's list, when its first coming event ends); it is
only read when the part is built. A preview is always built afresh, and a part
that used a form's CSRF token, or whose values are too long to be worth keeping,
is built for this visit only.

Only what is the same for every visitor goes inside: no form posting with a
token, no name, no message, nothing calling ``pagecache.tag`` (an event's places).
"""

import hashlib

from django import template
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from core import pagecache

register = template.Library()

TOKEN_READ = "CSRF_COOKIE_NEEDS_UPDATE"  # noqa: S105 (a flag's name)
MAX_VALUES = 300  # characters: a longer query string is built for its visit only


@register.tag
def keep(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(
            f"{bits[0]} needs a name: {{% keep 'part' value … %}}"
        )
    until = tag = below = None
    values = []
    for bit in bits[1:]:
        if bit.startswith("below="):
            below = parser.compile_filter(bit.removeprefix("below="))
        elif bit.startswith("until="):
            until = parser.compile_filter(bit.removeprefix("until="))
        elif bit.startswith("tag="):
            tag = parser.compile_filter(bit.removeprefix("tag="))
        else:
            values.append(parser.compile_filter(bit))
    nodelist = parser.parse(("endkeep",))
    parser.delete_first_token()
    return KeepNode(nodelist, values, until, tag, below)


class KeepNode(template.Node):
    def __init__(self, nodelist, values, until, tag, below):
        self.nodelist = nodelist
        self.values = values
        self.until = until
        self.tag = tag
        self.below = below

    def tags(self, context) -> str | tuple[str, ...]:
        if self.below is not None:
            return (pagecache.SITE, pagecache.below(self.below.resolve(context)))
        return self.tag.resolve(context) if self.tag else pagecache.CONTENT

    def render(self, context):
        request = context.get("request")
        if request is None or getattr(request, "is_preview", False):
            return self.nodelist.render(context)
        digest = _digest([value.resolve(context) for value in self.values])
        if digest is None:
            return self.nodelist.render(context)

        def build() -> dict:
            # Django marks a request whose token a template read.
            token_read = request.META.get(TOKEN_READ, False)
            request.META[TOKEN_READ] = False
            html = self.nodelist.render(context)
            personal = request.META[TOKEN_READ]
            request.META[TOKEN_READ] = token_read or personal
            until = self.until.resolve(context) if self.until is not None else None
            return {"html": str(html), "until": until, "personal": personal}

        kept = pagecache.remembered(
            "keep",
            request.get_host(),
            get_language(),
            digest,
            compute=build,
            lifetime=_lifetime,
            tag=self.tags(context),
        )
        return mark_safe(kept["html"])  # noqa: S308 (a rendered template)


def _digest(values) -> str | None:
    """What names a part besides its name; None when too long to be worth it."""
    joined = "\x1f".join(str(value) for value in values)
    if len(joined) > MAX_VALUES:
        return None
    return hashlib.blake2b(joined.encode(), digest_size=16).hexdigest()


def are_kept(request, name: str, many_values, *, tag=pagecache.CONTENT) -> list[bool]:
    """Whether ``{% keep name *values tag=tag %}`` would find each part kept, for
    this request's host and language (a listing reads whole only the items whose
    cards are not)."""
    if getattr(request, "is_preview", False):
        return [False for _values in many_values]
    host, language = request.get_host(), get_language()
    # The part's name is its first value, as the tag reads it.
    parts = [(host, language, _digest((name, *values))) for values in many_values]
    kept = pagecache.are_remembered("keep", parts, tag=tag)
    return [
        found and part[2] is not None for found, part in zip(kept, parts, strict=True)
    ]


def _lifetime(value: dict) -> int:
    if value["personal"]:
        return 0
    if value["until"] is None:
        return pagecache.FRAGMENT_SECONDS
    return max(0, int((value["until"] - timezone.now()).total_seconds()))
