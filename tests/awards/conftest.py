from .fixtures import edition, prize_pages  # noqa: F401
