from .directory import MembersDirectoryPage
from .groups import (
    WorkingGroupDocument,
    WorkingGroupIndexPage,
    WorkingGroupMeeting,
    WorkingGroupPage,
    WorkingGroupPrivateDocument,
)
from .library import LIBRARY_COLLECTION, LibraryIndexPage, LibraryItemPage
from .profile_changes import ProfileChangeRequest

__all__ = [
    "LIBRARY_COLLECTION",
    "LibraryIndexPage",
    "LibraryItemPage",
    "MembersDirectoryPage",
    "ProfileChangeRequest",
    "WorkingGroupDocument",
    "WorkingGroupIndexPage",
    "WorkingGroupMeeting",
    "WorkingGroupPage",
    "WorkingGroupPrivateDocument",
]
