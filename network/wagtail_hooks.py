"""The network's Wagtail hooks, one module per part of the network (network/hooks/)."""

from .hooks import directory, groups, joining, port_centers, practices  # noqa: F401
