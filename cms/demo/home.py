"""The demo home page in each language and the items it promotes."""

from ..blocks import PromoBlock
from ..models import EventPage
from .common import demo_key, heading, paragraph, quote

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


PROMOTIONS = {
    "fr": [
        (
            "Conférence mondiale",
            "Inscrivez-vous à la prochaine conférence mondiale.",
            "Programme et inscription",
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
        (
            "World conference",
            "Register for the next world conference.",
            "Programme and registration",
        ),
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
            "Programa e inscripción",
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


def promotions(language: str, pages: dict, images: dict) -> list[tuple]:
    """The home page's promoted items: the conference, the course, the prize."""
    image_block = PromoBlock().child_blocks["image"]
    conference = EventPage.objects.filter(
        translation_key=demo_key("event-world-conference"),
        locale__language_code=language,
    ).first()
    targets = [
        {"page": conference, "image": images["open-sea"][language]},
        {"page": pages["course"][language], "image": images["port-map"][language]},
        {
            "url": "https://aivp-rufenacht-prize.org/",
            "image": images["valparaiso"][language],
        },
    ]
    return [
        (
            "promo",
            {
                **target,
                "image": image_block.normalize(target["image"]),
                "title": title,
                "text": text,
                "link_label": label,
            },
        )
        for target, (title, text, label) in zip(
            targets, PROMOTIONS[language], strict=True
        )
    ]
