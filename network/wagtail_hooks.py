"""The network's Wagtail hooks, one module per part of the network (network/hooks/)."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from search.registry import SEARCH_TYPES_HOOK, SearchType

from .hooks import directory, groups, joining, port_centers, practices  # noqa: F401


@hooks.register(SEARCH_TYPES_HOOK)
def search_types():
    from .models import (
        GoodPracticePage,
        LibraryItemPage,
        MembersDirectoryPage,
        PartnersPage,
        PortCentersPage,
        ProjectPage,
        WorkingGroupPage,
    )
    from .searching import record_types

    return [
        SearchType(
            "practices",
            _("Good practices"),
            (GoodPracticePage,),
            goals="goals",
            order=30,
        ),
        SearchType(
            "projects",
            _("Cooperation projects"),
            (ProjectPage,),
            goals="goals",
            order=40,
        ),
        SearchType(
            "library",
            _("Members' library"),
            (LibraryItemPage,),
            goals="goals",
            order=60,
        ),
        SearchType(
            "network",
            _("The network"),
            (WorkingGroupPage, MembersDirectoryPage, PortCentersPage, PartnersPage),
            order=70,
        ),
        *record_types(),
    ]
