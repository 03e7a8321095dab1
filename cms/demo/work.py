"""Work in progress on the demo's pages, for the admin home's "Pages to work on"
(docs/admin-home.md): the demo editor's draft of "Devenir membre", and a new
version of the Port Centers page scheduled by the administrator to go live in two
weeks. Neither changes what visitors see.

It runs after every other loader (the last of load_demo's modules), since some of
them publish these pages again, which would replace a draft. Found again by their
revisions: a second run changes nothing.
"""

from datetime import timedelta

from django.utils import timezone
from wagtail.models import Revision

from accounts.demo import DEMO_EDITOR_EMAIL
from accounts.models import User

from ..models import StandardPage
from .common import demo_key

DRAFT_INTRODUCTION = (
    "Rejoignez plus de 200 membres dans plus de 40 pays engagés pour des villes "
    "portuaires durables : adhésion, tarifs et démarche en trois étapes."
)
SCHEDULED_INTRODUCTION = (
    "Les Port Centers ouvrent le port à ses habitants : découvrez la carte mise à "
    "jour du réseau et les nouveaux centres de l'année."
)


def _french_page(key: str) -> StandardPage | None:
    return StandardPage.objects.filter(
        translation_key=demo_key(key), locale__language_code="fr"
    ).first()


def load(stdout) -> None:
    editor = User.objects.filter(email=DEMO_EDITOR_EMAIL).first()
    admin = User.objects.filter(is_superuser=True).order_by("pk").first()
    draft, scheduled = _french_page("membership"), _french_page("port-center")
    if None in (editor, admin, draft, scheduled):
        return
    revisions = Revision.page_revisions
    if not revisions.filter(object_id=str(draft.pk), user=editor).exists():
        draft.introduction = DRAFT_INTRODUCTION
        draft.save_revision(user=editor)
    if not revisions.filter(
        object_id=str(scheduled.pk), approved_go_live_at__isnull=False
    ).exists():
        scheduled.introduction = SCHEDULED_INTRODUCTION
        scheduled.go_live_at = timezone.now() + timedelta(days=14)
        scheduled.save_revision(user=admin).publish(user=admin)
    stdout.write(
        f"Pages to work on: {editor.email} has a draft of {draft.title!r}; a new "
        f"version of {scheduled.title!r} is scheduled."
    )
