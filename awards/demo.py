"""Demo of the prize: its page in three languages, the 2024 edition with its winner,
a special mention and the jury's reviews, and the 2026 call, open now, with a draft
by the demo member. Editions are found again by year, entries by reference, pages by
their keys: a second run changes nothing. Rows are written directly; no mail is
queued.
"""

import datetime
from decimal import Decimal

from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone

from accounts.demo import DEMO_JURY_EMAIL, DEMO_MEMBER_EMAIL
from accounts.models import User
from cms.demo.common import LANGUAGES, goals, publish_once
from cms.demo.images import IMAGE_DIR
from cms.demo.site import add_to_menu
from cms.models import HomePage

from .demo_texts import (
    CRITERIA,
    EDITION_PAGES,
    ELIGIBILITY,
    ENTRIES_2024,
    PRIZE,
    ROUNDS,
    RULES,
)
from .models import (
    Assignment,
    Criterion,
    Edition,
    Entry,
    EntryFile,
    EntryGoal,
    PrizeEditionPage,
    PrizePage,
    Round,
    Score,
)
from .uploads import clean_upload

OTHER_JURORS = [
    ("ines.duarte@jury.example", "Inês", "Duarte"),
    ("li.wei@jury.example", "Wei", "Li"),
]


def _jurors() -> list[User]:
    jury = Group.objects.get(name="Jury")
    jurors = list(User.objects.filter(email=DEMO_JURY_EMAIL))
    for email, first, last in OTHER_JURORS:
        user, created = User.objects.get_or_create(
            email=email, defaults={"first_name": first, "last_name": last}
        )
        if created:
            user.set_unusable_password()
            user.save()
        jurors.append(user)
    for user in jurors:
        user.groups.add(jury)
    return jurors


def _edition(year: int, **values) -> Edition:
    edition, created = Edition.objects.get_or_create(year=year, defaults=values)
    if created:
        for order, (fr, en, es, weight, top) in enumerate(CRITERIA):
            Criterion.objects.create(
                edition=edition,
                sort_order=order,
                name=fr,
                name_en=en,
                name_es=es,
                weight=Decimal(weight),
                scale_max=top,
            )
        for order, (fr, en, es) in enumerate(ROUNDS):
            Round.objects.create(
                edition=edition, sort_order=order, name=fr, name_en=en, name_es=es
            )
    return edition


def _pages(homes, edition: Edition) -> None:
    for language in LANGUAGES:
        texts = PRIZE[language]
        prize, _created = publish_once(
            key="prize",
            model=PrizePage,
            parent=homes[language],
            language=language,
            fields=texts,
        )
        if language == "fr":
            add_to_menu(prize)
        title, introduction = EDITION_PAGES[edition.year][language]
        publish_once(
            key=f"prize-{edition.year}",
            model=PrizeEditionPage,
            parent=prize,
            language=language,
            fields={
                "title": title,
                "slug": str(edition.year),
                "edition": edition,
                "introduction": introduction,
                "rules": RULES[language],
                "eligibility": ELIGIBILITY[language],
            },
        )


def _image(entry: Entry, key: str, credit: str) -> None:
    if entry.files.exists():
        return
    with open(IMAGE_DIR / f"{key}.jpg", "rb") as handle:
        data = handle.read()
    clean = clean_upload(
        SimpleUploadedFile(f"{key}.jpg", data), kind="image", max_bytes=10 << 20
    )
    stored = EntryFile(
        entry=entry,
        kind=EntryFile.Kind.IMAGE,
        name=clean.name,
        content_type=clean.content_type,
        size=len(clean.content),
        width=clean.width,
        height=clean.height,
        caption=entry.project_name,
        credit=credit,
    )
    stored.file.save(f"demo.{clean.extension}", SimpleUploadedFile("x", clean.content))


def _past_entries(edition: Edition, jurors: list[User]) -> None:
    rounds = list(edition.rounds.order_by("sort_order"))
    criteria = list(edition.criteria.all())
    submitted = timezone.make_aware(datetime.datetime(2024, 3, 1, 10))
    for suffix, project, organisation, city, country, image, numbers, outcome, marks, (
        citation,
        citation_en,
        citation_es,
    ) in ENTRIES_2024:
        entry, created = Entry.objects.get_or_create(
            reference=f"ARP{edition.year}-{suffix}",
            defaults={
                "edition": edition,
                "contact_name": "",
                "organisation_name": organisation,
                "project_name": project,
                "port_city": city,
                "country": country,
                "operation_started_on": datetime.date(2016, 1, 1),
                "operation_ended_on": datetime.date(2023, 6, 30),
                "budget_range": Entry.Budget.FROM_10M,
                "summary": project,
                "consent_to_publish": True,
                "state": Entry.State.ELIGIBLE,
                "round": rounds[-1],
                "outcome": outcome,
                "citation": citation,
                "citation_en": citation_en,
                "citation_es": citation_es,
                "submitted_at": submitted,
                "result_sent_at": submitted + datetime.timedelta(days=200),
            },
        )
        if not created:
            continue
        for goal in goals(numbers, "fr"):
            EntryGoal.objects.create(entry=entry, goal=goal, description=project)
        _image(entry, image, organisation)
        for juror, mark in zip(jurors, marks, strict=False):
            assignment = Assignment.objects.create(
                round=rounds[-1],
                entry=entry,
                juror=juror,
                conflict=Assignment.Conflict.NONE,
                declared_at=submitted + datetime.timedelta(days=60),
                review=Assignment.Review.SUBMITTED,
                submitted_at=submitted + datetime.timedelta(days=70),
            )
            Score.objects.bulk_create(
                Score(assignment=assignment, criterion=c, value=mark) for c in criteria
            )


def _member_draft(edition: Edition) -> None:
    member = User.objects.filter(email=DEMO_MEMBER_EMAIL).first()
    if member is None or Entry.objects.filter(edition=edition).exists():
        return
    Entry.objects.create(
        edition=edition,
        reference=f"ARP{edition.year}-001",
        entrant=member,
        contact_name=member.get_full_name(),
        language="fr",
        organisation_name="Havre Seine Métropole (démo)",
        project_name="Le port dans la ville",
        port_city="Le Havre",
        country="FR",
    )


@transaction.atomic
def load(stdout) -> None:
    homes = {home.locale.language_code: home for home in HomePage.objects.all()}
    if any(language not in homes for language in LANGUAGES):
        return
    jurors = _jurors()
    today = timezone.localdate()
    past = _edition(
        2024,
        state=Edition.State.ANNOUNCED,
        call_opens_on=datetime.date(2023, 10, 1),
        call_closes_on=datetime.date(2024, 3, 31),
        jury_deadline=datetime.date(2024, 6, 30),
        announcement_on=datetime.date(2024, 10, 15),
    )
    current = _edition(
        2026,
        state=Edition.State.CALL_OPEN,
        call_opens_on=today - datetime.timedelta(days=20),
        call_closes_on=today + datetime.timedelta(days=60),
        jury_deadline=today + datetime.timedelta(days=120),
        announcement_on=today + datetime.timedelta(days=180),
    )
    for edition in (past, current):
        edition.jurors.set(jurors)
        edition.save()
        _pages(homes, edition)
    past.rounds.update(state=Round.State.CLOSED)
    _past_entries(past, jurors)
    _member_draft(current)
    stdout.write(
        f"Prize: editions {past.year} (announced, {past.entries.count()} entries) "
        f"and {current.year} (call open until {current.call_closes_on})."
    )
