from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts")

    def ready(self) -> None:
        from . import account_panels, privacy, services

        account_panels.register()
        privacy.register_contributor(
            privacy.PrivacyContributor(
                key="accounts",
                export=services.accounts_privacy_export,
                erase=services.accounts_privacy_erase,
            )
        )
