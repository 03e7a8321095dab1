from tests.awards.fixtures import edition, prize_pages
from tests.cms.conftest import agenda, news_index
from tests.network.conftest import directory, hidden
from tests.network.port_center_fixtures import draft, havre, port_centers_page

__all__ = [
    "agenda",
    "directory",
    "draft",
    "edition",
    "havre",
    "hidden",
    "news_index",
    "port_centers_page",
    "prize_pages",
]
