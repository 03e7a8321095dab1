from .directory import MembersDirectoryPage
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
from .projects import ProjectIndexPage, ProjectPage, ProjectStatus

__all__ = [
    "Audience",
    "GoodPracticeDocument",
    "GoodPracticeGalleryImage",
    "GoodPracticeIndexPage",
    "GoodPracticePage",
    "LabelStatus",
    "MembersDirectoryPage",
    "Partner",
    "PartnerKind",
    "PartnersPage",
    "PortCenter",
    "PortCenterPhoto",
    "PortCentersPage",
    "ProjectIndexPage",
    "ProjectPage",
    "ProjectStatus",
    "Theme",
]
