"""Load realistic demo content for every module. Safe to run again."""

import logging
from importlib import import_module

from django.core.management.base import BaseCommand

# Each module's demo.load(stdout) runs in this order; later modules may rely on
# the content of earlier ones (pages need the accounts, tickets need the pages).
DEMO_MODULES = (
    "accounts.demo",
    "cms.demo",
    "network.demo",
    "network.port_centers.demo",
    "network.demo_practices",
    "network.demo_groups",
    "network.demo_joining",
    "courses.demo",
    "ticketing.demo",
    "awards.demo",
    "diagnosis.demo",
    "events.demo",
    "search.demo",
    # Drafts and a scheduled publication, once no loader publishes pages again.
    "cms.demo.work",
)


class Command(BaseCommand):
    help = "Load demo content (idempotent) and print the demo logins."

    def handle(self, *args, **options) -> None:
        # Wagtail logs every page creation; keep the output to what the loaders say.
        wagtail_logger = logging.getLogger("wagtail")
        level = wagtail_logger.level
        wagtail_logger.setLevel(logging.WARNING)
        try:
            for module_name in DEMO_MODULES:
                import_module(module_name).load(self.stdout)
        finally:
            wagtail_logger.setLevel(level)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
