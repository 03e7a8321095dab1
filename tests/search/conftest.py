from tests.cms.conftest import agenda, news_index

__all__ = ["agenda", "news_index"]
