from .directory import MembersDirectoryPage
from .joining import (
    ApplicationNote,
    Campaign,
    CampaignPage,
    JoinPage,
    MembershipApplication,
)

__all__ = [
    "ApplicationNote",
    "Campaign",
    "CampaignPage",
    "JoinPage",
    "MembersDirectoryPage",
    "MembershipApplication",
]
