from .directory import MembersDirectoryPage
from .port_centers import (
    Audience,
    LabelStatus,
    PortCenter,
    PortCenterPhoto,
    PortCentersPage,
)

__all__ = [
    "Audience",
    "LabelStatus",
    "MembersDirectoryPage",
    "PortCenter",
    "PortCenterPhoto",
    "PortCentersPage",
]
