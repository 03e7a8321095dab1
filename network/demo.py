"""Demo members directory: about forty organisations and the page in each language.

Names are generic ("Port of …", "City of …"); the presentations are short and
describe what such a member does, in French, English and Spanish. A few members are
unlisted and one membership has lapsed, so the directory shows who it must not.
"""

from datetime import date, timedelta

from django.db import transaction
from django.utils import timezone

from accounts.models import Organisation
from cms.demo.common import LANGUAGES, publish_once
from cms.demo.site import add_to_footer, add_to_menu
from cms.models import HomePage

from .models import MembersDirectoryPage

K = Organisation.Kind
# name, kind, country, city, first year; "unlisted" or "lapsed" as a fifth item
MEMBERS = [
    ("Port of Le Havre", K.PORT_AUTHORITY, "FR", "Le Havre", 1989),
    ("City of Marseille", K.PORT_CITY, "FR", "Marseille", 1995),
    ("Port of Antwerp", K.PORT_AUTHORITY, "BE", "Antwerp", 2001),
    ("City of Rotterdam", K.PORT_CITY, "NL", "Rotterdam", 1998),
    ("Port Authority of Valencia", K.PORT_AUTHORITY, "ES", "Valencia", 2005),
    ("City of Genoa", K.PORT_CITY, "IT", "Genoa", 2003),
    ("Port of Gdańsk", K.PORT_AUTHORITY, "PL", "Gdańsk", 2016),
    ("Lisbon Waterfront Agency", K.OTHER, "PT", "Lisbon", 2012),
    ("Hamburg Harbour Logistics", K.COMPANY, "DE", "Hamburg", 2018),
    ("Nordic Maritime University", K.ACADEMIC, "NO", "Bergen", 2019, "unlisted"),
    ("City of Helsinki", K.PORT_CITY, "FI", "Helsinki", 2014),
    ("Port of Dakar", K.PORT_AUTHORITY, "SN", "Dakar", 2008),
    ("City of Abidjan", K.PORT_CITY, "CI", "Abidjan", 2011),
    ("Port of Tema", K.PORT_AUTHORITY, "GH", "Tema", 2015),
    ("City of Durban", K.PORT_CITY, "ZA", "Durban", 2010),
    ("Port of Tangier", K.PORT_AUTHORITY, "MA", "Tangier", 2013),
    ("University of Douala", K.ACADEMIC, "CM", "Douala", 2020),
    ("Mombasa Port Community", K.OTHER, "KE", "Mombasa", 2017, "lapsed"),
    ("Port of Cotonou", K.PORT_AUTHORITY, "BJ", "Cotonou", 2021),
    ("City of Montreal", K.PORT_CITY, "CA", "Montreal", 2000),
    ("Port of Valparaíso", K.PORT_AUTHORITY, "CL", "Valparaíso", 2006),
    ("City of Buenos Aires", K.PORT_CITY, "AR", "Buenos Aires", 2009),
    ("Port of Santos", K.PORT_AUTHORITY, "BR", "Santos", 2012),
    ("City of Montevideo", K.PORT_CITY, "UY", "Montevideo", 2016),
    ("Caribbean Ports Consulting", K.COMPANY, "PA", "Panama City", 2022),
    ("Port of Veracruz", K.PORT_AUTHORITY, "MX", "Veracruz", 2019, "unlisted"),
    ("Gulf Coast Maritime Institute", K.ACADEMIC, "US", "New Orleans", 2018),
    ("City of Yokohama", K.PORT_CITY, "JP", "Yokohama", 2004),
    ("Port of Busan", K.PORT_AUTHORITY, "KR", "Busan", 2010),
    ("City of Ningbo", K.PORT_CITY, "CN", "Ningbo", 2017),
    ("Port of Singapore Studies Centre", K.ACADEMIC, "SG", "Singapore", 2015),
    ("City of Fremantle", K.PORT_CITY, "AU", "Fremantle", 2013),
    ("Port of Auckland", K.PORT_AUTHORITY, "NZ", "Auckland", 2020),
    ("Ho Chi Minh City Port Services", K.COMPANY, "VN", "Ho Chi Minh City", 2021),
    ("Port of Chennai", K.PORT_AUTHORITY, "IN", "Chennai", 2014, "unlisted"),
    ("Port of Aqaba", K.PORT_AUTHORITY, "JO", "Aqaba", 2016),
    ("City of Beirut", K.PORT_CITY, "LB", "Beirut", 2007),
    ("Dubai Waterfront Development", K.COMPANY, "AE", "Dubai", 2019),
    ("Port of Sohar", K.PORT_AUTHORITY, "OM", "Sohar", 2022),
    ("City of Haifa", K.PORT_CITY, "IL", "Haifa", 2011),
]

PRESENTATIONS = {
    K.PORT_CITY: (
        "La ville de {city} travaille avec son port sur le front d'eau, le logement "
        "et la mobilité. Elle partage ses projets au sein du réseau.",
        "The city of {city} works with its port on the waterfront, housing and "
        "mobility. It shares its projects within the network.",
        "La ciudad de {city} trabaja con su puerto en el frente marítimo, la vivienda "
        "y la movilidad. Comparte sus proyectos en la red.",
    ),
    K.PORT_AUTHORITY: (
        "Le port de {city} conduit sa transition écologique en dialogue avec la "
        "ville et ses habitants.",
        "The port of {city} leads its ecological transition in dialogue with the "
        "city and its residents.",
        "El puerto de {city} lleva a cabo su transición ecológica en diálogo con la "
        "ciudad y sus habitantes.",
    ),
    K.COMPANY: (
        "Entreprise basée à {city}, elle accompagne les projets portuaires et "
        "urbains de ses clients.",
        "A company based in {city}, it supports its clients' port and urban projects.",
        "Empresa con sede en {city}, acompaña los proyectos portuarios y urbanos de "
        "sus clientes.",
    ),
    K.ACADEMIC: (
        "Établissement de recherche et d'enseignement à {city}, il étudie les "
        "relations entre villes et ports.",
        "A research and teaching institution in {city}, it studies the relations "
        "between cities and ports.",
        "Institución de investigación y enseñanza en {city}, estudia las relaciones "
        "entre ciudades y puertos.",
    ),
    K.OTHER: (
        "Structure de {city} qui réunit acteurs publics et privés autour de "
        "l'interface ville-port.",
        "A body in {city} that brings public and private players together around "
        "the port-city interface.",
        "Entidad de {city} que reúne a actores públicos y privados en torno a la "
        "interfaz ciudad-puerto.",
    ),
}

DIRECTORY = {
    "fr": ("Membres", "membres", "Les villes, ports, entreprises et universités "
           "du réseau mondial de l'AIVP."),
    "en": ("Members", "members", "The cities, ports, companies and universities "
           "of AIVP's worldwide network."),
    "es": ("Miembros", "miembros", "Las ciudades, puertos, empresas y "
           "universidades de la red mundial de la AIVP."),
}  # fmt: skip


def _member_fields(row, today: date) -> dict:
    name, kind, country, city, year, *flags = row
    french, english, spanish = PRESENTATIONS[kind]
    fields = {
        "kind": kind,
        "country": country,
        "city": city,
        "website": "https://" + name.lower().replace(" ", "-")[:40] + ".example",
        "membership_status": Organisation.Status.ACTIVE,
        "membership_start": date(year, 1, 1),
        "membership_end": None,
        "is_listed": "unlisted" not in flags,
        "presentation": french.format(city=city),
        "presentation_en": english.format(city=city),
        "presentation_es": spanish.format(city=city),
    }
    if "lapsed" in flags:
        fields["membership_end"] = today - timedelta(days=30)
    return fields


def load_members(today: date) -> None:
    for row in MEMBERS:
        fields = _member_fields(row, today)
        organisation = Organisation.objects.filter(name=row[0]).first()
        if organisation is None:
            Organisation.objects.create(name=row[0], **fields)
        else:  # a reload refreshes the fields but keeps the address name
            for key, value in fields.items():
                setattr(organisation, key, value)
            organisation.save()


def load_directory() -> None:
    homes = {home.locale.language_code: home for home in HomePage.objects.all()}
    for language in LANGUAGES:
        if language not in homes:
            return
        title, slug, introduction = DIRECTORY[language]
        page, created = publish_once(
            key="members-directory",
            model=MembersDirectoryPage,
            parent=homes[language],
            language=language,
            fields={
                "title": title,
                "slug": slug,
                "introduction": f"<p>{introduction}</p>",
            },
        )
        if language == "fr":
            add_to_menu(page)
            add_to_footer(page)


@transaction.atomic
def load(stdout) -> None:
    load_members(timezone.localdate())
    load_directory()
    shown = Organisation.objects.filter(is_listed=True).count()
    stdout.write(f"Member organisations: {len(MEMBERS)} demo ({shown} listed).")
