from .directory import MembersDirectoryPage

__all__ = ["MembersDirectoryPage"]
