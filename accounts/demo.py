"""Demo accounts: the administrator whose login `make run` prints."""

import os

from django.db import transaction

from .models import User

DEMO_ADMIN_EMAIL = "admin@aivp.example"


def demo_admin_password() -> str:
    return os.environ.get("DEMO_ADMIN_PASSWORD", "aivp-demo-admin")


@transaction.atomic
def load(stdout) -> None:
    admin, _ = User.objects.get_or_create(
        email=DEMO_ADMIN_EMAIL,
        defaults={"first_name": "Demo", "last_name": "Administrator"},
    )
    admin.is_staff = True
    admin.is_superuser = True
    admin.is_active = True
    admin.set_password(demo_admin_password())
    admin.save()
    stdout.write(f"Administrator: {DEMO_ADMIN_EMAIL} / {demo_admin_password()}")
