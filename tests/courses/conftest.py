from .fixtures import course, learner, open_promotion, promotion  # noqa: F401
