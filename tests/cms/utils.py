from django.db import connection
from django.test.utils import CaptureQueriesContext


def queries_for(client, url: str) -> int:
    """How many SQL queries a page costs once warm (renditions already made)."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


def site_version() -> int:
    """The current version of what every page repeats (``pagecache.SITE``)."""
    from core import pagecache

    return pagecache._versions([pagecache.SITE])[pagecache.SITE]
