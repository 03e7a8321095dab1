from .directory import MembersDirectoryPage
from .groups import (
    WorkingGroupDocument,
    WorkingGroupIndexPage,
    WorkingGroupMeeting,
    WorkingGroupPage,
    WorkingGroupPrivateDocument,
)
from .joining import (
    ApplicationNote,
    Campaign,
    CampaignPage,
    JoinPage,
    MembershipApplication,
)
from .library import LIBRARY_COLLECTION, LibraryIndexPage, LibraryItemPage
from .partners import Partner, PartnerKind, PartnersPage
from .port_centers import (
    Audience,
    LabelStatus,
    PortCenter,
    PortCenterPhoto,
    PortCentersPage,
)
from .practices import (
    GoodPracticeDocument,
    GoodPracticeGalleryImage,
    GoodPracticeIndexPage,
    GoodPracticePage,
    Theme,
)
from .profile_changes import ProfileChangeRequest
from .projects import ProjectIndexPage, ProjectPage, ProjectStatus

__all__ = [
    "ApplicationNote",
    "Audience",
    "Campaign",
    "CampaignPage",
    "GoodPracticeDocument",
    "GoodPracticeGalleryImage",
    "GoodPracticeIndexPage",
    "GoodPracticePage",
    "JoinPage",
    "LIBRARY_COLLECTION",
    "LabelStatus",
    "LibraryIndexPage",
    "LibraryItemPage",
    "MembersDirectoryPage",
    "MembershipApplication",
    "Partner",
    "PartnerKind",
    "PartnersPage",
    "PortCenter",
    "PortCenterPhoto",
    "PortCentersPage",
    "ProfileChangeRequest",
    "ProjectIndexPage",
    "ProjectPage",
    "ProjectStatus",
    "Theme",
    "WorkingGroupDocument",
    "WorkingGroupIndexPage",
    "WorkingGroupMeeting",
    "WorkingGroupPage",
    "WorkingGroupPrivateDocument",
]
