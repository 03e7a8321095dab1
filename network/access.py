"""Who may see the members-only parts of the network: library files, the members-only
part of a working group. One home for both rules, read by pages, the download view and
Wagtail's own document address (network/hooks/groups.py)."""

from django.db.models import Q
from django.utils import timezone

from accounts.models import Affiliation
from accounts.selectors import organisations_with_membership_on, user_is_member


def is_staff(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active and user.is_staff)


def may_use_library(user) -> bool:
    """Staff, and people whose organisation is a member today."""
    return is_staff(user) or user_is_member(user=user)


def may_see_group_part(user, group) -> bool:
    """Staff, and people with an approved link to one of the group's organisations
    whose membership covers today."""
    if is_staff(user):
        return True
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    current = organisations_with_membership_on(on=timezone.localdate())
    return Affiliation.objects.filter(
        user=user,
        status=Affiliation.Status.APPROVED,
        organisation__in=current.filter(working_groups=group),
    ).exists()


def library_document_q() -> Q:
    """Documents of the library: in its collection (or below), or an item's file."""
    from wagtail.models import Collection

    from .models import LIBRARY_COLLECTION, LibraryItemPage

    paths = Collection.objects.filter(name=LIBRARY_COLLECTION).values_list(
        "path", flat=True
    )
    query = Q(pk__in=LibraryItemPage.objects.values("document_id"))
    for path in paths:
        query |= Q(collection__path__startswith=path)
    return query


def document_refused(document, user) -> bool:
    """True if Wagtail's /documents/ address must answer 404 to this person."""
    from wagtail.documents import get_document_model

    from .models import WorkingGroupPage, WorkingGroupPrivateDocument

    if is_staff(user):
        return False
    Document = get_document_model()
    in_library = Document.objects.filter(library_document_q(), pk=document.pk).exists()
    if in_library and not may_use_library(user):
        return True
    group_ids = WorkingGroupPrivateDocument.objects.filter(
        document=document
    ).values_list("page_id", flat=True)
    groups = list(WorkingGroupPage.objects.filter(pk__in=list(group_ids)))
    return bool(groups) and not any(may_see_group_part(user, g) for g in groups)
