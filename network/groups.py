"""What a working group's page shows."""

from django.utils import timezone

from cms.selectors import attach_taxonomies

from .access import may_see_group_part
from .selectors import directory_page, join_url, listed_members


def group_context(page, request) -> dict:
    members = list(listed_members().filter(working_groups=page))
    directory = directory_page(page.locale) if members else None
    for organisation in members:
        organisation.profile_url = (
            directory.profile_url(organisation, request) if directory else ""
        )
    now = timezone.now()
    meetings = [
        m.event for m in page.meetings.select_related("event").filter(event__live=True)
    ]
    attach_taxonomies(meetings)  # their cards show their goals
    allowed = may_see_group_part(request.user, page)
    return {
        "members": members,
        "coming_meetings": sorted(
            (e for e in meetings if e.end >= now), key=lambda e: e.start
        ),
        "past_meetings": sorted(
            (e for e in meetings if e.end < now), key=lambda e: e.start, reverse=True
        ),
        "public_documents": [
            d.document for d in page.documents.select_related("document")
        ],
        "members_part": allowed,
        "private_documents": [
            d.document for d in page.private_documents.select_related("document")
        ]
        if allowed
        else [],
        "join_url": "" if allowed else join_url(),
    }
