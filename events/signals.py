"""What visitors see of a registration (its places, full or not) is kept with the
event's page: a registrant's change renews it (core/pagecache.py)."""

from core import pagecache

from .panels import registration_tag


def registrant_changed(sender, instance, **kwargs) -> None:
    if pagecache.enabled():
        pagecache.bump(registration_tag(instance.registration_id))
