class AccountsError(Exception):
    """A business rule of the accounts app refused the action; the message is shown."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message
