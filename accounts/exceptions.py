from core.exceptions import AppError


class AccountsError(AppError):
    """A business rule of the accounts app refused the action; the message is shown."""
