# ruff: noqa: E501  (demo texts read best one row a line)
"""Demo of "Join the network": a join page and a campaign page in each language,
the campaign "americas-2026" and five applications in different states.

Found again by stable keys (page translation keys, the campaign code, the applicants'
addresses): a second run changes nothing.
"""

from datetime import date

from django.contrib.auth.models import Group, Permission
from django.db import transaction

from accounts.models import Organisation
from cms.demo.common import LANGUAGES, publish_once
from cms.demo.site import add_to_footer
from cms.models import HomePage

from .models import ApplicationNote, Campaign, CampaignPage, JoinPage
from .models import MembershipApplication as A

TEXTS = {
    "fr": {
        "title": "Adhérer",
        "slug": "adherer",
        "intro": "Rejoignez le réseau mondial des villes portuaires.",
        "benefits": [
            ("Un réseau mondial", "Échangez avec des villes et ports de 50 pays."),
            ("Des études", "Accédez aux études et aux données du réseau."),
            ("Des rencontres", "Tarif membre aux conférences et ateliers."),
        ],
        "categories": [
            (
                "Ville portuaire",
                "Villes et intercommunalités",
                "Deux votes à l'assemblée",
            ),
            ("Port", "Autorités portuaires", "Un vote à l'assemblée"),
            (
                "Entreprise, université",
                "Acteurs privés et académiques",
                "Accès aux groupes de travail",
            ),
        ],
        "caption": "Cotisation annuelle (€)",
        "col": ("Catégorie", "Cotisation annuelle (€)"),
        "rows": [
            "Ville portuaire de plus de 200 000 habitants",
            "Autorité portuaire",
            "Entreprise",
            "Université ou association",
        ],
        "campaign": (
            "Villes portuaires des Amériques",
            "ameriques-2026",
            "Villes portuaires des Amériques : rejoignez l'AIVP en 2026.",
        ),
    },
    "en": {
        "title": "Join",
        "slug": "join",
        "intro": "Join the worldwide network of port cities.",
        "benefits": [
            ("A worldwide network", "Meet cities and ports from 50 countries."),
            ("Studies", "Read the network's studies and data."),
            ("Meetings", "Member rate at conferences and workshops."),
        ],
        "categories": [
            ("Port city", "Cities and city groupings", "Two votes at the assembly"),
            ("Port", "Port authorities", "One vote at the assembly"),
            ("Company, university", "Private and academic players", "Working groups"),
        ],
        "caption": "Annual fee (€)",
        "col": ("Category", "Annual fee (€)"),
        "rows": [
            "Port city over 200,000 inhabitants",
            "Port authority",
            "Company",
            "University or association",
        ],
        "campaign": (
            "Port cities of the Americas",
            "americas-2026",
            "Port cities of the Americas: join AIVP in 2026.",
        ),
    },
    "es": {
        "title": "Unirse",
        "slug": "unirse",
        "intro": "Únase a la red mundial de ciudades portuarias.",
        "benefits": [
            ("Una red mundial", "Intercambie con ciudades y puertos de 50 países."),
            ("Estudios", "Acceda a los estudios y datos de la red."),
            ("Encuentros", "Tarifa de miembro en conferencias y talleres."),
        ],
        "categories": [
            (
                "Ciudad portuaria",
                "Ciudades y mancomunidades",
                "Dos votos en la asamblea",
            ),
            ("Puerto", "Autoridades portuarias", "Un voto en la asamblea"),
            (
                "Empresa, universidad",
                "Actores privados y académicos",
                "Grupos de trabajo",
            ),
        ],
        "caption": "Cuota anual (€)",
        "col": ("Categoría", "Cuota anual (€)"),
        "rows": [
            "Ciudad portuaria de más de 200 000 habitantes",
            "Autoridad portuaria",
            "Empresa",
            "Universidad o asociación",
        ],
        "campaign": (
            "Ciudades portuarias de las Américas",
            "americas-2026",
            "Ciudades portuarias de las Américas: únase a la AIVP en 2026.",
        ),
    },
}
FEES = ["12 000", "8 000", "4 000", "1 500"]

APPLICATIONS = [
    # organisation, kind, country, city, e-mail, language, status
    (
        "City of Halifax",
        "port_city",
        "CA",
        "Halifax",
        "halifax@example.org",
        "en",
        "new",
    ),
    (
        "Puerto de Cartagena",
        "port_authority",
        "CO",
        "Cartagena",
        "cartagena@example.org",
        "es",
        "contacted",
    ),
    (
        "Ville de Québec",
        "port_city",
        "CA",
        "Québec",
        "quebec@example.org",
        "fr",
        "declined",
    ),
    (
        "Port of Savannah",
        "port_authority",
        "US",
        "Savannah",
        "savannah@example.org",
        "en",
        "new",
    ),
    (
        "Puerto de Callao",
        "port_authority",
        "PE",
        "Callao",
        "callao@example.org",
        "es",
        "approved",
    ),
]


def _page_fields(text):
    return {
        "title": text["title"],
        "slug": text["slug"],
        "introduction": f"<p>{text['intro']}</p>",
        "benefits": [
            ("benefit", {"title": t, "text": b, "image": None})
            for t, b in text["benefits"]
        ],
        "categories": [
            ("category", {"name": n, "audience": a, "includes": i})
            for n, a, i in text["categories"]
        ],
        "fees": [
            (
                "fees",
                {
                    "caption": text["caption"],
                    "table": {
                        "columns": [
                            {"type": "text", "heading": text["col"][0]},
                            {"type": "numeric", "heading": text["col"][1]},
                        ],
                        "rows": [
                            {"values": [row, fee]}
                            for row, fee in zip(text["rows"], FEES, strict=True)
                        ],
                    },
                },
            )
        ],
    }


def load_pages(campaign) -> None:
    homes = {home.locale.language_code: home for home in HomePage.objects.all()}
    for language in LANGUAGES:
        if language not in homes:
            return
        text = TEXTS[language]
        join, _created = publish_once(
            key="join-page",
            model=JoinPage,
            parent=homes[language],
            language=language,
            fields=_page_fields(text),
        )
        if language == "fr":
            add_to_footer(join)
        title, slug, hero = text["campaign"]
        publish_once(
            key="campaign-americas-2026",
            model=CampaignPage,
            parent=join,
            language=language,
            fields={
                "title": title,
                "slug": slug,
                "campaign": campaign,
                "hero_text": f"<p>{hero}</p>",
            },
        )


def load_applications(campaign) -> None:
    for name, kind, country, city, email, language, status in APPLICATIONS:
        if A.objects.filter(email=email).exists():
            continue
        application = A.objects.create(
            organisation_name=name,
            kind=kind,
            country=country,
            city=city,
            contact_name="Demo " + city,
            contact_role="Director",
            email=email,
            language=language,
            status=status,
            campaign=campaign if country != "CA" else None,
            utm_source="newsletter" if status == "new" else "",
        )
        if status == "approved":  # the member it became (made by network.demo)
            organisation, _created = Organisation.objects.get_or_create(
                name=name,
                defaults={
                    "kind": kind,
                    "country": country,
                    "city": city,
                    "membership_status": Organisation.Status.ACTIVE,
                    "membership_start": date(2026, 1, 1),
                },
            )
            A.objects.filter(pk=application.pk).update(organisation=organisation)
            ApplicationNote.objects.create(
                application=application, text="Call with the port director: agreed."
            )
            ApplicationNote.objects.create(
                application=application, text="Board approved on 15 January."
            )


def grant_permission() -> None:
    """Moderators decide applications in the demo (in production: Settings → Groups)."""
    group = Group.objects.filter(name="Moderators").first()
    if group is not None:
        group.permissions.add(
            Permission.objects.get(codename="decide_membershipapplication")
        )


@transaction.atomic
def load(stdout) -> None:
    campaign, _created = Campaign.objects.get_or_create(
        code="americas-2026",
        defaults={"name": "Americas 2026", "description": "American port cities."},
    )
    load_pages(campaign)
    load_applications(campaign)
    grant_permission()
    stdout.write(f"Membership applications: {A.objects.count()} demo.")
