"""Demo content for the site's pages, in French, English and Spanish.

Idempotent: pages are found again by a stable translation key, so running the loader
twice changes nothing.
"""

import uuid
from collections.abc import Callable
from typing import Any

from django.db import transaction
from wagtail.models import Locale, Page, Site

from .models import (
    FooterSettings,
    HomePage,
    MenuItem,
    NavigationSettings,
    SocialLink,
    StandardPage,
)

LANGUAGES = ("fr", "en", "es")
DEMO_NAMESPACE = uuid.UUID("6f1f0f8e-2d3b-4c55-9a0e-5d1c2a7b9e10")


def demo_key(name: str) -> uuid.UUID:
    """A stable translation key for a demo page, so reloading finds it again."""
    return uuid.uuid5(DEMO_NAMESPACE, name)


def paragraph(html: str) -> dict[str, Any]:
    return {"type": "paragraph", "value": html}


def heading(text: str) -> dict[str, Any]:
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


def quote(text: str, attribution: str) -> dict[str, Any]:
    return {"type": "quote", "value": {"quote": text, "attribution": attribution}}


HOME = {
    "fr": {
        "title": "Accueil",
        "slug": "accueil",
        "hero_title": "Le réseau mondial des villes portuaires",
        "hero_text": (
            "Depuis 1988, l'AIVP réunit villes, autorités portuaires et entreprises "
            "pour construire ensemble des villes portuaires durables."
        ),
        "hero_link_label": "Découvrir l'AIVP",
        "body": [
            heading("L'Agenda 2030 des villes portuaires"),
            paragraph(
                "<p>Adopté à Québec en 2018, l'Agenda 2030 de l'AIVP fixe "
                "<b>10 objectifs</b> et 46 mesures pour des relations ville-port "
                "durables : adaptation au changement climatique, transition "
                "énergétique, mobilité durable, gouvernance renouvelée…</p>"
            ),
            quote(
                "La ville portuaire est un laboratoire de la transition écologique.",
                "AIVP",
            ),
        ],
    },
    "en": {
        "title": "Home",
        "slug": "home",
        "hero_title": "The worldwide network of port cities",
        "hero_text": (
            "Since 1988, AIVP has brought together cities, port authorities and "
            "companies to build sustainable port cities together."
        ),
        "hero_link_label": "Discover AIVP",
        "body": [
            heading("The port cities' Agenda 2030"),
            paragraph(
                "<p>Adopted in Quebec in 2018, the AIVP Agenda 2030 sets "
                "<b>10 goals</b> and 46 measures for sustainable city-port "
                "relations: climate change adaptation, energy transition, "
                "sustainable mobility, renewed "
                "governance…</p>"
            ),
            quote(
                "The port city is a laboratory of the ecological transition.",
                "AIVP",
            ),
        ],
    },
    "es": {
        "title": "Inicio",
        "slug": "inicio",
        "hero_title": "La red mundial de ciudades portuarias",
        "hero_text": (
            "Desde 1988, la AIVP reúne ciudades, autoridades portuarias y empresas "
            "para construir juntas ciudades portuarias sostenibles."
        ),
        "hero_link_label": "Descubrir la AIVP",
        "body": [
            heading("La Agenda 2030 de las ciudades portuarias"),
            paragraph(
                "<p>Adoptada en Quebec en 2018, la Agenda 2030 de la AIVP fija "
                "<b>10 objetivos</b> y 46 medidas para relaciones ciudad-puerto "
                "sostenibles: adaptación al cambio climático, transición energética, "
                "movilidad sostenible, gobernanza renovada…</p>"
            ),
            quote(
                "La ciudad portuaria es un laboratorio de la transición ecológica.",
                "AIVP",
            ),
        ],
    },
}

STANDARD_PAGES = {
    "about": {
        "fr": {
            "title": "À propos de l'AIVP",
            "slug": "a-propos",
            "introduction": (
                "Fondée au Havre en 1988 par Antoine Rufenacht, l'AIVP est le réseau "
                "mondial des villes portuaires."
            ),
            "body": [
                paragraph(
                    "<p>L'AIVP rassemble les acteurs de la ville portuaire : villes, "
                    "autorités portuaires, entreprises, universités. Elle favorise "
                    "l'échange d'expériences et de bonnes pratiques entre ses membres "
                    "sur les cinq continents.</p>"
                ),
                heading("Nos axes de travail"),
                paragraph(
                    "<ul><li>Le développement du réseau et des Port Centers</li>"
                    "<li>L'échange d'expériences et de bonnes pratiques</li>"
                    "<li>La coopération internationale entre villes portuaires</li>"
                    "<li>L'influence auprès des partenaires internationaux</li></ul>"
                ),
            ],
        },
        "en": {
            "title": "About AIVP",
            "slug": "about",
            "introduction": (
                "Founded in Le Havre in 1988 by Antoine Rufenacht, AIVP is the "
                "worldwide network of port cities."
            ),
            "body": [
                paragraph(
                    "<p>AIVP brings together the stakeholders of the port city: "
                    "cities, port authorities, companies and universities. It "
                    "fosters the exchange of experience and good practice between its "
                    "members on "
                    "five continents.</p>"
                ),
                heading("What we do"),
                paragraph(
                    "<ul><li>Growing the network and its Port Centers</li>"
                    "<li>Exchanging experience and good practice</li>"
                    "<li>International cooperation between port cities</li>"
                    "<li>Influence with international partners</li></ul>"
                ),
            ],
        },
        "es": {
            "title": "Acerca de la AIVP",
            "slug": "acerca-de",
            "introduction": (
                "Fundada en Le Havre en 1988 por Antoine Rufenacht, la AIVP es la red "
                "mundial de ciudades portuarias."
            ),
            "body": [
                paragraph(
                    "<p>La AIVP reúne a los actores de la ciudad portuaria: ciudades, "
                    "autoridades portuarias, empresas y universidades. Fomenta el "
                    "intercambio de experiencias y buenas prácticas entre sus miembros "
                    "en los cinco continentes.</p>"
                ),
                heading("Nuestras líneas de trabajo"),
                paragraph(
                    "<ul><li>El desarrollo de la red y de los Port Centers</li>"
                    "<li>El intercambio de experiencias y buenas prácticas</li>"
                    "<li>La cooperación internacional entre ciudades portuarias</li>"
                    "<li>La influencia ante los socios internacionales</li></ul>"
                ),
            ],
        },
    },
    "membership": {
        "fr": {
            "title": "Devenir membre",
            "slug": "devenir-membre",
            "introduction": (
                "Rejoignez plus de 200 membres dans plus de 40 pays engagés pour des "
                "villes portuaires durables."
            ),
            "body": [
                paragraph(
                    "<p>Les membres accèdent aux rencontres du réseau, aux tarifs "
                    "préférentiels de la conférence mondiale, à l'outil "
                    "d'autodiagnostic de l'Agenda 2030 et aux études de bonnes "
                    "pratiques.</p>"
                ),
            ],
        },
        "en": {
            "title": "Become a member",
            "slug": "membership",
            "introduction": (
                "Join more than 200 members in over 40 countries working for "
                "sustainable port cities."
            ),
            "body": [
                paragraph(
                    "<p>Members take part in the network's meetings, enjoy member "
                    "rates at the world conference, use the Agenda 2030 "
                    "self-diagnosis tool and receive good-practice reports.</p>"
                ),
            ],
        },
        "es": {
            "title": "Hacerse miembro",
            "slug": "hacerse-miembro",
            "introduction": (
                "Únase a más de 200 miembros en más de 40 países comprometidos con "
                "ciudades portuarias sostenibles."
            ),
            "body": [
                paragraph(
                    "<p>Los miembros participan en los encuentros de la red, disfrutan "
                    "de tarifas preferentes en la conferencia mundial, utilizan la "
                    "herramienta de autodiagnóstico de la Agenda 2030 y reciben "
                    "estudios de buenas prácticas.</p>"
                ),
            ],
        },
    },
    "port-center": {
        "fr": {
            "title": "Port Center",
            "slug": "port-center",
            "introduction": (
                "Un Port Center ouvre le port aux citoyens : un lieu pour comprendre, "
                "visiter et s'approprier le port."
            ),
            "body": [
                paragraph(
                    "<p>Depuis 2011, l'AIVP anime le réseau des Port Centers, porte "
                    "leur charte des missions et délivre le label "
                    "« Port Center by AIVP ».</p>"
                ),
            ],
        },
        "en": {
            "title": "Port Center",
            "slug": "port-center",
            "introduction": (
                "A Port Center opens the port to its citizens: a place to understand, "
                "visit and take ownership of the port."
            ),
            "body": [
                paragraph(
                    "<p>Since 2011, AIVP has run the Port Center network, holds its "
                    "missions charter and awards the “Port Center by AIVP” label.</p>"
                ),
            ],
        },
        "es": {
            "title": "Port Center",
            "slug": "port-center",
            "introduction": (
                "Un Port Center abre el puerto a la ciudadanía: un lugar para "
                "comprender, visitar y apropiarse del puerto."
            ),
            "body": [
                paragraph(
                    "<p>Desde 2011, la AIVP anima la red de Port Centers, custodia su "
                    "carta de misiones y otorga el sello «Port Center by AIVP».</p>"
                ),
            ],
        },
    },
}


PROMOTIONS = {
    "fr": [
        (
            "Conférence mondiale",
            "Inscrivez-vous à la prochaine conférence mondiale.",
            "S'inscrire",
        ),
        (
            "Le cours en ligne",
            "La ville portuaire durable, en dix semaines.",
            "Découvrir le cours",
        ),
        (
            "Prix Antoine Rufenacht",
            "Une opération ville-port remarquable ? Candidatez.",
            "Candidater",
        ),
    ],
    "en": [
        ("World conference", "Register for the next world conference.", "Register"),
        (
            "The online course",
            "The sustainable port city, in ten weeks.",
            "Discover the course",
        ),
        ("Antoine Rufenacht Prize", "A remarkable city-port project? Apply.", "Apply"),
    ],
    "es": [
        (
            "Conferencia mundial",
            "Inscríbase en la próxima conferencia mundial.",
            "Inscribirse",
        ),
        (
            "El curso en línea",
            "La ciudad portuaria sostenible, en diez semanas.",
            "Descubrir el curso",
        ),
        (
            "Premio Antoine Rufenacht",
            "¿Una operación ciudad-puerto notable? Participe.",
            "Participar",
        ),
    ],
}


def promotions(language: str, listings: dict, pages: dict) -> list[tuple]:
    """The home page's promoted items: the conference, the course, the prize."""
    from .models import EventPage

    conference = EventPage.objects.filter(
        translation_key=demo_key("event-world-conference"),
        locale__language_code=language,
    ).first()
    targets = [
        {"page": conference},
        {"page": pages["about"][language]},
        {"url": "https://aivp-rufenacht-prize.org/"},
    ]
    return [
        (
            "promo",
            {**target, "title": title, "text": text, "link_label": label},
        )
        for target, (title, text, label) in zip(
            targets, PROMOTIONS[language], strict=True
        )
    ]


def upsert_page(
    *,
    key: str,
    parent_by_language: Callable[[str], Page],
    model: type[Page],
    content: dict[str, dict[str, Any]],
) -> dict[str, Page]:
    """Create (once) and publish a page in each language, linked as translations."""
    translation_key = demo_key(key)
    pages: dict[str, Page] = {}
    for language in LANGUAGES:
        locale = Locale.objects.get(language_code=language)
        existing = model.objects.filter(
            translation_key=translation_key, locale=locale
        ).first()
        if existing is not None:
            pages[language] = existing
            continue
        page = model(
            translation_key=translation_key, locale=locale, **content[language]
        )
        parent_by_language(language).add_child(instance=page)
        page.save_revision().publish()
        pages[language] = page
    return pages


@transaction.atomic
def load(stdout) -> None:
    root = Page.get_first_root_node()
    site = Site.objects.filter(is_default_site=True).first()

    # Replace Wagtail's placeholder "Welcome" page with the real home page.
    if site and not isinstance(site.root_page.specific, HomePage):
        placeholder = site.root_page
        site.root_page = root
        site.save()
        placeholder.delete()

    homes = upsert_page(
        key="home",
        parent_by_language=lambda language: root,
        model=HomePage,
        content=HOME,
    )
    if site is None:
        site = Site.objects.create(
            hostname="localhost", port=80, root_page=homes["fr"], is_default_site=True
        )
    site.root_page = homes["fr"]
    site.site_name = "AIVP"
    site.save()

    pages = {
        key: upsert_page(
            key=key,
            parent_by_language=lambda language: homes[language],
            model=StandardPage,
            content=content,
        )
        for key, content in STANDARD_PAGES.items()
    }

    for language, home in homes.items():
        if home.hero_link_id is None:
            home.hero_link = pages["about"][language]
            home.save_revision().publish()

    from .demo_editorial import load as load_editorial

    listings = load_editorial(stdout, homes)
    for language, home in homes.items():
        if not home.promotions:
            home = HomePage.objects.get(pk=home.pk)
            home.promotions = promotions(language, listings, pages)
            home.save_revision().publish()

    navigation = NavigationSettings.for_site(site)
    if not navigation.menu_items.exists():
        for order, target in enumerate(
            (
                pages["about"]["fr"],
                listings["news"]["fr"],
                listings["agenda"]["fr"],
                pages["port-center"]["fr"],
                listings["contact"]["fr"],
            )
        ):
            MenuItem.objects.create(settings=navigation, page=target, sort_order=order)

    footer = FooterSettings.for_site(site)
    if not footer.address:
        footer.organisation_name = "AIVP"
        footer.address = "5 quai de la Saône\n76600 Le Havre\nFrance"
        footer.email = "contact@aivp.example"
        footer.phone = "+33 2 35 00 00 00"
        footer.save()
    if not footer.social_links.exists():
        for order, (network, url) in enumerate(
            [
                (SocialLink.Network.LINKEDIN, "https://www.linkedin.com/company/aivp"),
                (SocialLink.Network.YOUTUBE, "https://www.youtube.com/@aivp"),
                (SocialLink.Network.X, "https://x.com/aivp"),
            ]
        ):
            SocialLink.objects.create(
                settings=footer, network=network, url=url, sort_order=order
            )
    stdout.write(f"Pages: {Page.objects.filter(depth__gt=1).count()} in 3 languages.")
