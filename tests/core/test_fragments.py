"""What every page repeats is built once per version of content, never served after
a change, and read by a page without a round trip to Redis per part."""

import pytest
from django.conf import settings
from django.test import Client

from core import pagecache
from tests.factories import VerifiedUserFactory

pytestmark = pytest.mark.django_db(transaction=True)

needs_redis = pytest.mark.skipif(
    not settings.REDIS_URL, reason="the copy in each process is for a shared cache"
)


class CountingCache:
    """The cache as the page cache sees it, counting what it is asked."""

    def __init__(self, wrapped):
        self.wrapped = wrapped
        self.asked: list[tuple[str, list[str]]] = []

    def __getattr__(self, name):
        method = getattr(self.wrapped, name)

        def counted(*args, **kwargs):
            keys = args[0] if args else []
            keys = [keys] if isinstance(keys, str) else list(keys)
            self.asked.append((name, keys))
            return method(*args, **kwargs)

        return counted

    def reads(self, prefix: str) -> int:
        return sum(
            1
            for name, keys in self.asked
            if name in ("get", "get_many") and any(k.startswith(prefix) for k in keys)
        )


@pytest.fixture
def built():
    calls = []

    def compute():
        calls.append(len(calls) + 1)
        return {"built": len(calls)}

    compute.calls = calls
    return compute


def test_a_part_is_built_once_until_content_changes(built):
    assert pagecache.remembered("part", 1, compute=built) == {"built": 1}
    assert pagecache.remembered("part", 1, compute=built) == {"built": 1}
    assert pagecache.remembered("part", 2, compute=built) == {"built": 2}

    pagecache.bump(pagecache.CONTENT)

    assert pagecache.remembered("part", 1, compute=built) == {"built": 3}


def test_a_part_kept_is_a_copy_its_reader_cannot_change(built):
    pagecache.remembered("part", compute=built)["built"] = "changed by a reader"

    assert pagecache.remembered("part", compute=built) == {"built": 1}


@needs_redis
def test_each_process_keeps_a_copy_of_what_redis_keeps(built):
    pagecache.remembered("part", compute=built)
    version = pagecache._versions([pagecache.CONTENT])[pagecache.CONTENT]
    pagecache.cache.delete(f"fragment:part::{version}")

    # Read from this process's copy: not built again.
    assert pagecache.remembered("part", compute=built) == {"built": 1}

    pagecache.bump(pagecache.CONTENT)  # another process published: Redis says so

    assert pagecache.remembered("part", compute=built) == {"built": 2}


def test_a_signed_in_page_reads_the_version_of_content_once(homes, monkeypatch):
    member = Client()
    member.force_login(VerifiedUserFactory())
    member.get("/fr/")  # the parts are kept
    counting = CountingCache(pagecache.cache)
    monkeypatch.setattr(pagecache, "cache", counting)

    assert member.get("/fr/").status_code == 200

    assert counting.reads(pagecache.TAG_PREFIX + pagecache.CONTENT) == 1
    if settings.REDIS_URL:
        # Every part comes from this process's copy.
        assert counting.reads("fragment:") == 0
