"""Demo working groups and members' library, in the three languages.

Two groups (Port Center, Cruise) with members from the demo directory; the demo
member's organisation is in Port Center, so the demo member sees its members-only
part. Four library items: a benchmarking report (a small real PDF), a masterclass
recording link and two Port Center opportunity studies. One pending profile change
proposal. Loading again changes nothing.
"""

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Collection, Locale

from accounts.demo import DEMO_MEMBER_EMAIL, DEMO_ORGANISATION
from accounts.models import Organisation, User
from cms.demo.common import LANGUAGES, demo_key
from cms.demo.site import add_to_footer
from cms.models import EventPage, HomePage
from core.pdf import html_to_pdf

from .models import (
    LIBRARY_COLLECTION,
    LibraryIndexPage,
    LibraryItemPage,
    ProfileChangeRequest,
    WorkingGroupIndexPage,
    WorkingGroupMeeting,
    WorkingGroupPage,
    WorkingGroupPrivateDocument,
)

GROUP_INDEX = {
    "fr": ("Groupes de travail", "groupes-de-travail"),
    "en": ("Working groups", "working-groups"),
    "es": ("Grupos de trabajo", "grupos-de-trabajo"),
}
LIBRARY_INDEX = {
    "fr": ("Bibliothèque des membres", "bibliotheque"),
    "en": ("Members' library", "library"),
    "es": ("Biblioteca de los miembros", "biblioteca"),
}
INTRO = {
    "groups": {
        "fr": "Les membres de l'AIVP travaillent ensemble sur des sujets précis.",
        "en": "AIVP members work together on specific subjects.",
        "es": "Los miembros de la AIVP trabajan juntos sobre temas concretos.",
    },
    "library": {
        "fr": "Rapports, enregistrements et études réservés aux membres.",
        "en": "Reports, recordings and studies for members.",
        "es": "Informes, grabaciones y estudios para los miembros.",
    },
}
GROUPS = [
    {
        "key": "group-port-center",
        "slug": "port-center",
        "title": {"fr": "Port Center", "en": "Port Center", "es": "Port Center"},
        "purpose": {
            "fr": "Ouvrir le port aux habitants : centres d'interprétation, visites.",
            "en": "Opening the port to residents: interpretation centres, visits.",
            "es": "Abrir el puerto a los habitantes: centros de interpretación.",
        },
        "members": [
            DEMO_ORGANISATION,
            "Port of Le Havre",
            "City of Marseille",
            "Port of Dakar",
            "City of Montreal",
            "Port of Valparaíso",
            "Nordic Maritime University",  # unlisted: not shown to the public
        ],
        "events": ("Port Center",),
    },
    {
        "key": "group-cruise",
        "slug": "cruise",
        "title": {"fr": "Croisière", "en": "Cruise", "es": "Cruceros"},
        "purpose": {
            "fr": "Accueillir les croisiéristes sans nuire à la ville.",
            "en": "Welcoming cruise passengers without harming the city.",
            "es": "Acoger a los cruceristas sin perjudicar a la ciudad.",
        },
        "members": [
            "City of Genoa",
            "Port Authority of Valencia",
            "Port of Busan",
            "City of Fremantle",
            "Mombasa Port Community",  # lapsed: not shown to the public
        ],
        "events": ("Croisi", "Cruise", "Crucero"),
    },
]
MEMBERS_TEXT = {
    "fr": "Compte rendu de la dernière réunion et prochaines étapes.",
    "en": "Minutes of the last meeting and next steps.",
    "es": "Acta de la última reunión y próximos pasos.",
}
K = LibraryItemPage.Kind
ITEMS = [
    ("library-benchmarking-2025", "benchmarking-2025", K.BENCHMARKING, "2025-06-30",
     {"fr": "Benchmarking des ports 2025", "en": "Port benchmarking 2025",
      "es": "Benchmarking portuario 2025"}, "pdf"),
    ("library-masterclass-2025", "masterclass-waterfronts", K.MASTERCLASS,
     "2025-09-15",
     {"fr": "Masterclass : les fronts d'eau", "en": "Masterclass: waterfronts",
      "es": "Masterclass: los frentes marítimos"}, "link"),
    ("library-study-dakar", "port-center-dakar", K.OPPORTUNITY_STUDY, "2025-03-01",
     {"fr": "Étude d'opportunité : Port Center de Dakar",
      "en": "Opportunity study: Dakar Port Center",
      "es": "Estudio de oportunidad: Port Center de Dakar"}, "pdf"),
    ("library-study-valparaiso", "port-center-valparaiso", K.OPPORTUNITY_STUDY,
     "2024-11-20",
     {"fr": "Étude d'opportunité : Port Center de Valparaíso",
      "en": "Opportunity study: Valparaíso Port Center",
      "es": "Estudio de oportunidad: Port Center de Valparaíso"}, "pdf"),
]  # fmt: skip
SUMMARY = {
    "fr": "Un document de travail du réseau, réservé aux organisations membres.",
    "en": "A working document of the network, for member organisations.",
    "es": "Un documento de trabajo de la red, para las organizaciones miembros.",
}


def _pdf(title: str) -> bytes:
    return html_to_pdf(f"<h1>{title}</h1><p>AIVP — demo document.</p>")


def _document(title: str, filename: str, collection) -> object:
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing is not None:
        return existing
    document = Document(title=title, collection=collection)
    document.file.save(filename, ContentFile(_pdf(title)), save=False)
    document.save()
    return document


def _library_collection():
    found = Collection.objects.filter(name=LIBRARY_COLLECTION).first()
    return found or Collection.get_first_root_node().add_child(name=LIBRARY_COLLECTION)


def _page(model, key, parent, language, fields, build=None):
    locale = Locale.objects.get(language_code=language)
    found = model.objects.filter(translation_key=demo_key(key), locale=locale).first()
    if found is not None:
        return found
    page = model(translation_key=demo_key(key), locale=locale, **fields)
    if build:
        build(page)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _group_builder(spec, language, private_document):
    def build(page):
        page.members = list(Organisation.objects.filter(name__in=spec["members"]))
        events = EventPage.objects.filter(
            locale__language_code=language, event_type="working-group"
        )
        page.meetings = [
            WorkingGroupMeeting(event=event)
            for event in events
            if any(word in event.title for word in spec["events"])
        ]
        if spec["key"] == "group-port-center":
            page.private_documents = [
                WorkingGroupPrivateDocument(document=private_document)
            ]

    return build


def load_groups(homes, private_document) -> None:
    for language in LANGUAGES:
        title, slug = GROUP_INDEX[language]
        index = _page(
            WorkingGroupIndexPage,
            "working-groups",
            homes[language],
            language,
            {
                "title": title,
                "slug": slug,
                "introduction": f"<p>{INTRO['groups'][language]}</p>",
            },
        )
        if language == "fr":
            add_to_footer(index)
        for spec in GROUPS:
            _page(
                WorkingGroupPage,
                spec["key"],
                index,
                language,
                {
                    "title": spec["title"][language],
                    "slug": spec["slug"],
                    "purpose": f"<p>{spec['purpose'][language]}</p>",
                    "members_text": f"<p>{MEMBERS_TEXT[language]}</p>",
                },
                _group_builder(spec, language, private_document),
            )


def load_library(homes) -> None:
    collection = _library_collection()
    for language in LANGUAGES:
        title, slug = LIBRARY_INDEX[language]
        index = _page(
            LibraryIndexPage,
            "members-library",
            homes[language],
            language,
            {
                "title": title,
                "slug": slug,
                "introduction": f"<p>{INTRO['library'][language]}</p>",
            },
        )
        if language == "fr":
            add_to_footer(index)
        for key, item_slug, kind, day, titles, form in ITEMS:
            fields = {
                "title": titles[language],
                "slug": item_slug,
                "kind": kind,
                "date": day,
                "summary": SUMMARY[language],
            }
            if form == "pdf":
                fields["document"] = _document(
                    titles["en"], f"{item_slug}.pdf", collection
                )
            else:
                fields["recording_url"] = "https://video.aivp.example/masterclass"
            _page(LibraryItemPage, key, index, language, fields)


def load_proposal() -> None:
    organisation = Organisation.objects.filter(name=DEMO_ORGANISATION).first()
    user = User.objects.filter(email=DEMO_MEMBER_EMAIL).first()
    if organisation is None or user is None:
        return
    if ProfileChangeRequest.objects.filter(organisation=organisation).exists():
        return
    ProfileChangeRequest.objects.create(
        organisation=organisation,
        proposed_by=user,
        language="fr",
        values={
            "city": "Le Havre – Rouen",
            "presentation": "Le port de l'axe Seine, du Havre à Paris.",
        },
    )


@transaction.atomic
def load(stdout) -> None:
    homes = {home.locale.language_code: home for home in HomePage.objects.all()}
    if any(language not in homes for language in LANGUAGES):
        return
    private = _document(
        "Port Center — minutes",
        "port-center-minutes.pdf",
        Collection.get_first_root_node(),
    )
    load_groups(homes, private)
    load_library(homes)
    load_proposal()
    stdout.write(
        f"Working groups: {WorkingGroupPage.objects.count()} pages; library: "
        f"{LibraryItemPage.objects.count()} pages ({timezone.localdate()})."
    )
