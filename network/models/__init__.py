from .directory import MembersDirectoryPage
from .partners import Partner, PartnerKind, PartnersPage
from .practices import (
    GoodPracticeDocument,
    GoodPracticeGalleryImage,
    GoodPracticeIndexPage,
    GoodPracticePage,
    Theme,
)
from .projects import ProjectIndexPage, ProjectPage, ProjectStatus

__all__ = [
    "GoodPracticeDocument",
    "GoodPracticeGalleryImage",
    "GoodPracticeIndexPage",
    "GoodPracticePage",
    "MembersDirectoryPage",
    "Partner",
    "PartnerKind",
    "PartnersPage",
    "ProjectIndexPage",
    "ProjectPage",
    "ProjectStatus",
    "Theme",
]
