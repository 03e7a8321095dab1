from core.exceptions import AppError


class CmsError(AppError):
    """A refused editorial operation, with a message an editor can read."""
