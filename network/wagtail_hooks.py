"""The network's Wagtail hooks, one module per part of the network (network/hooks/)."""

from .hooks import (
    directory,  # noqa: F401
    joining,  # noqa: F401
)
