"""Demo news, events, categories, images and a contact page, in three languages.

Idempotent like the rest of the demo: every record is found again by a stable
key. Event dates are relative to the day of the first load so that the agenda
always has something ahead.
"""

import datetime
import io
from typing import Any

from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.models import Collection, Locale

from .models import (
    AgendaPage,
    ContactPage,
    CustomImage,
    EventPage,
    Goal,
    HomePage,
    NewsArticlePage,
    NewsCategory,
    NewsIndexPage,
)
from .services import goals_ensure

LANGUAGES = ("fr", "en", "es")

CATEGORIES = {
    "highlights": {"fr": "Temps forts", "en": "Highlights", "es": "Destacados"},
    "opinions": {"fr": "Tribunes", "en": "Opinions", "es": "Opiniones"},
    "network": {"fr": "Vie du réseau", "en": "Network life", "es": "Vida de la red"},
}
CATEGORY_SLUGS = {
    "highlights": {"fr": "temps-forts", "en": "highlights", "es": "destacados"},
    "opinions": {"fr": "tribunes", "en": "opinions", "es": "opiniones"},
    "network": {"fr": "vie-du-reseau", "en": "network-life", "es": "vida-de-la-red"},
}

# (key, colours, alt text per language, credit)
IMAGES = [
    (
        "cranes",
        ("#0b3c5d", "#f5b700"),
        {
            "fr": "Portiques à conteneurs au crépuscule sur le port",
            "en": "Container cranes at dusk over the port",
            "es": "Grúas portacontenedores al atardecer sobre el puerto",
        },
        "AIVP / J. Martin",
    ),
    (
        "waterfront",
        ("#0f7c80", "#f4f1ea"),
        {
            "fr": "Promenade sur les quais réaménagés",
            "en": "A walk along the redeveloped quays",
            "es": "Paseo por los muelles renovados",
        },
        "AIVP",
    ),
    (
        "estuary",
        ("#276749", "#5ec2c6"),
        {
            "fr": "Zone humide restaurée dans l'estuaire",
            "en": "A restored wetland in the estuary",
            "es": "Humedal restaurado en el estuario",
        },
        "AIVP / M. Silva",
    ),
]

NEWS: list[dict[str, Any]] = [
    {
        "key": "news-prize-2024",
        "days_ago": 3,
        "image": "waterfront",
        "category": "highlights",
        "goals": [8, 6],
        "tags": ["prix", "Tanger"],
        "authors": [("Lucie Bernard", "Chargée de communication")],
        "fr": (
            "Le prix Antoine Rufenacht récompense la reconversion du port de Tanger",
            "Le jury a salué une opération qui rend les quais aux habitants tout en "
            "maintenant l'activité portuaire.",
        ),
        "en": (
            "The Antoine Rufenacht Prize rewards the conversion of Tangier's port",
            "The jury praised an operation that gives the quays back to residents "
            "while keeping the port at work.",
        ),
        "es": (
            "El premio Antoine Rufenacht recompensa la reconversión del puerto "
            "de Tánger",
            "El jurado elogió una operación que devuelve los muelles a los vecinos "
            "manteniendo la actividad portuaria.",
        ),
    },
    {
        "key": "news-shore-power",
        "days_ago": 12,
        "image": "cranes",
        "category": "network",
        "goals": [2, 9],
        "tags": ["énergie", "escales"],
        "authors": [("Pablo Ortega", "Responsable de projets")],
        "fr": (
            "Branchement électrique à quai : cinq villes portuaires partagent leur "
            "expérience",
            "Anvers, Marseille, Halifax, Valparaíso et Dakar comparent coûts, "
            "calendrier et bénéfices pour la qualité de l'air.",
        ),
        "en": (
            "Shore power: five port cities share their experience",
            "Antwerp, Marseille, Halifax, Valparaíso and Dakar compare costs, "
            "timelines and the benefits for air quality.",
        ),
        "es": (
            "Conexión eléctrica en muelle: cinco ciudades portuarias comparten su "
            "experiencia",
            "Amberes, Marsella, Halifax, Valparaíso y Dakar comparan costes, plazos "
            "y beneficios para la calidad del aire.",
        ),
    },
    {
        "key": "news-port-center-label",
        "days_ago": 25,
        "image": "waterfront",
        "category": "network",
        "goals": [6],
        "tags": ["Port Center"],
        "authors": [],
        "fr": (
            "Trois nouveaux Port Centers reçoivent le label AIVP",
            "Lieux ouverts aux habitants et aux scolaires, ils expliquent le port et "
            "ses métiers.",
        ),
        "en": (
            "Three new Port Centers receive the AIVP label",
            "Open to residents and schools, they explain the port and its jobs.",
        ),
        "es": (
            "Tres nuevos Port Centers reciben el sello de la AIVP",
            "Abiertos a vecinos y escolares, explican el puerto y sus oficios.",
        ),
    },
    {
        "key": "news-opinion-climate",
        "days_ago": 40,
        "image": "estuary",
        "category": "opinions",
        "goals": [1, 10],
        "tags": ["climat"],
        "authors": [("Olivier Lemaire", "Directeur général")],
        "fr": (
            "Tribune : adapter les villes portuaires à la montée des eaux, maintenant",
            "Les ports sont en première ligne ; les solutions fondées sur la nature "
            "doivent entrer dans les plans d'aménagement.",
        ),
        "en": (
            "Opinion: adapting port cities to rising seas, now",
            "Ports are on the front line; nature-based solutions must enter "
            "development plans.",
        ),
        "es": (
            "Opinión: adaptar las ciudades portuarias a la subida del mar, ya",
            "Los puertos están en primera línea; las soluciones basadas en la "
            "naturaleza deben entrar en los planes urbanísticos.",
        ),
    },
    {
        "key": "news-course-promotion",
        "days_ago": 55,
        "image": "cranes",
        "category": "highlights",
        "goals": [5],
        "tags": ["formation"],
        "authors": [],
        "fr": (
            "Le cours en ligne sur la ville portuaire durable ouvre sa nouvelle "
            "promotion",
            "Dix semaines pour comprendre les relations ville-port, avec des études "
            "de cas du réseau.",
        ),
        "en": (
            "The online course on the sustainable port city opens a new cohort",
            "Ten weeks to understand city-port relations, with case studies from "
            "the network.",
        ),
        "es": (
            "El curso en línea sobre la ciudad portuaria sostenible abre una nueva "
            "promoción",
            "Diez semanas para comprender las relaciones ciudad-puerto, con casos "
            "de estudio de la red.",
        ),
    },
    {
        "key": "news-blue-port",
        "days_ago": 70,
        "image": "estuary",
        "category": "network",
        "goals": [7],
        "tags": ["FAO", "alimentation"],
        "authors": [],
        "fr": (
            "Blue Port Initiative : l'AIVP rejoint la FAO pour une alimentation de "
            "qualité",
            "Les ports sont des maillons essentiels des chaînes alimentaires "
            "mondiales.",
        ),
        "en": (
            "Blue Port Initiative: AIVP joins FAO for quality food",
            "Ports are essential links in the world's food chains.",
        ),
        "es": (
            "Blue Port Initiative: la AIVP se une a la FAO por una alimentación de "
            "calidad",
            "Los puertos son eslabones esenciales de las cadenas alimentarias "
            "mundiales.",
        ),
    },
]

EVENTS: list[dict[str, Any]] = [
    {
        "key": "event-world-conference",
        "in_days": 160,
        "duration_days": 3,
        "all_day": True,
        "type": EventPage.EventType.WORLD_CONFERENCE,
        "time_zone": "America/Montreal",
        "venue": "Palais des congrès",
        "city": {"fr": "Montréal", "en": "Montreal", "es": "Montreal"},
        "country": {"fr": "Canada", "en": "Canada", "es": "Canadá"},
        "goals": [1, 2, 3, 4, 8],
        "registration_url": "https://www.aivp.org/",
        "image": "cranes",
        "fr": (
            "Conférence mondiale Villes & Ports",
            "Trois jours de débats et de visites sur l'avenir des villes portuaires.",
        ),
        "en": (
            "World Conference Cities & Ports",
            "Three days of debates and visits on the future of port cities.",
        ),
        "es": (
            "Conferencia mundial Ciudades y Puertos",
            "Tres días de debates y visitas sobre el futuro de las ciudades "
            "portuarias.",
        ),
    },
    {
        "key": "event-webinar-shore-power",
        "in_days": 9,
        "start": (16, 0),
        "end": (17, 30),
        "type": EventPage.EventType.WEBINAR,
        "time_zone": "Europe/Paris",
        "online_url": "https://webinar.aivp.example/shore-power",
        "goals": [2],
        "fr": (
            "Webinaire : financer l'électrification des quais",
            "Retours d'expérience et outils de financement européens.",
        ),
        "en": (
            "Webinar: funding shore power",
            "Lessons learnt and European funding tools.",
        ),
        "es": (
            "Seminario web: financiar la electrificación de los muelles",
            "Experiencias y herramientas de financiación europeas.",
        ),
    },
    {
        "key": "event-port-center-group",
        "in_days": 34,
        "start": (9, 30),
        "end": (17, 0),
        "type": EventPage.EventType.WORKING_GROUP,
        "time_zone": "Europe/Lisbon",
        "venue": "Porto de Lisboa",
        "city": {"fr": "Lisbonne", "en": "Lisbon", "es": "Lisboa"},
        "country": {"fr": "Portugal", "en": "Portugal", "es": "Portugal"},
        "goals": [6],
        "image": "waterfront",
        "fr": (
            "Groupe de travail Port Center",
            "Réunion annuelle du réseau des Port Centers.",
        ),
        "en": (
            "Port Center working group",
            "Annual meeting of the Port Center network.",
        ),
        "es": (
            "Grupo de trabajo Port Center",
            "Reunión anual de la red de Port Centers.",
        ),
    },
    {
        "key": "event-masterclass-cruise",
        "in_days": 61,
        "start": (14, 0),
        "end": (18, 0),
        "type": EventPage.EventType.MASTERCLASS,
        "time_zone": "America/Santiago",
        "venue": "Universidad de Valparaíso",
        "city": {"fr": "Valparaíso", "en": "Valparaíso", "es": "Valparaíso"},
        "country": {"fr": "Chili", "en": "Chile", "es": "Chile"},
        "goals": [3, 9],
        "fr": (
            "Masterclass : croisière et ville",
            "Gérer les flux de passagers sans saturer le centre historique.",
        ),
        "en": (
            "Masterclass: cruise and the city",
            "Managing passenger flows without overwhelming the historic centre.",
        ),
        "es": (
            "Clase magistral: cruceros y ciudad",
            "Gestionar los flujos de pasajeros sin saturar el centro histórico.",
        ),
    },
    {
        "key": "event-partner-blue-economy",
        "in_days": 88,
        "start": (10, 0),
        "end": (12, 0),
        "type": EventPage.EventType.PARTNER_EVENT,
        "time_zone": "Europe/Paris",
        "venue": "OCDE",
        "city": {"fr": "Paris", "en": "Paris", "es": "París"},
        "country": {"fr": "France", "en": "France", "es": "Francia"},
        "online_url": "https://live.oecd.example/blue-economy",
        "goals": [4, 10],
        "cancelled": True,
        "fr": (
            "Économie bleue et villes portuaires (OCDE)",
            "Présentation des travaux de l'OCDE sur l'économie bleue.",
        ),
        "en": (
            "Blue economy and port cities (OECD)",
            "Presentation of the OECD's research on the blue economy.",
        ),
        "es": (
            "Economía azul y ciudades portuarias (OCDE)",
            "Presentación de los trabajos de la OCDE sobre la economía azul.",
        ),
    },
    {
        "key": "event-webinar-biodiversity",
        "in_days": -30,
        "start": (15, 0),
        "end": (16, 30),
        "type": EventPage.EventType.WEBINAR,
        "time_zone": "Europe/Paris",
        "online_url": "https://webinar.aivp.example/biodiversity",
        "goals": [10],
        "fr": (
            "Webinaire : la biodiversité dans les espaces portuaires",
            "Inventaires, génie écologique et suivi.",
        ),
        "en": (
            "Webinar: biodiversity in port areas",
            "Surveys, ecological engineering and monitoring.",
        ),
        "es": (
            "Seminario web: la biodiversidad en los espacios portuarios",
            "Inventarios, ingeniería ecológica y seguimiento.",
        ),
    },
]

LISTINGS = {
    "news": (
        NewsIndexPage,
        {
            "fr": ("Actualités", "actualites", "Les nouvelles du réseau mondial."),
            "en": ("News", "news", "News from the worldwide network."),
            "es": ("Noticias", "noticias", "Noticias de la red mundial."),
        },
    ),
    "agenda": (
        AgendaPage,
        {
            "fr": ("Agenda", "agenda", "Conférences, webinaires et rencontres."),
            "en": ("Agenda", "agenda", "Conferences, webinars and meetings."),
            "es": ("Agenda", "agenda", "Conferencias, seminarios web y encuentros."),
        },
    ),
}

CONTACT = {
    "fr": ("Contact", "contact", "Une question ? Écrivez à l'équipe de l'AIVP."),
    "en": ("Contact", "contact", "A question? Write to the AIVP team."),
    "es": ("Contacto", "contacto", "¿Una pregunta? Escriba al equipo de la AIVP."),
}
CONTACT_FIELDS = {
    "fr": [("Nom", "singleline"), ("E-mail", "email"), ("Message", "multiline")],
    "en": [("Name", "singleline"), ("E-mail", "email"), ("Message", "multiline")],
    "es": [("Nombre", "singleline"), ("E-mail", "email"), ("Mensaje", "multiline")],
}


def _image_file(name: str, colours: tuple[str, str]) -> ImageFile:
    """A simple harbour skyline drawing, so the demo needs no downloaded photos."""
    width, height = 1600, 900
    image = PILImage.new("RGB", (width, height), colours[0])
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, int(height * 0.7), width, height], fill="#072a42")
    for index in range(6):
        x = 120 + index * 250
        draw.rectangle([x, 250, x + 30, int(height * 0.7)], fill=colours[1])
        draw.polygon(
            [(x - 80, 250), (x + 200, 250), (x + 200, 280), (x - 80, 280)],
            fill=colours[1],
        )
    draw.ellipse([1250, 80, 1400, 230], fill="#f4f1ea")
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return ImageFile(buffer, name=f"demo-{name}.jpg")


def _images() -> dict[str, dict[str, CustomImage]]:
    if not Collection.get_root_nodes().exists():  # an emptied database
        Collection.add_root(name="Root")
    images: dict[str, dict[str, CustomImage]] = {}
    for key, colours, alt, credit in IMAGES:
        images[key] = {}
        for language in LANGUAGES:
            title = f"demo-{key}-{language}"
            image = CustomImage.objects.filter(title=title).first()
            if image is None:
                image = CustomImage.objects.create(
                    title=title,
                    description=alt[language],
                    credit=credit,
                    file=_image_file(f"{key}-{language}", colours),
                )
            images[key][language] = image
    return images


def _categories() -> dict[str, dict[str, NewsCategory]]:
    from .demo import demo_key

    result: dict[str, dict[str, NewsCategory]] = {}
    for key, names in CATEGORIES.items():
        result[key] = {}
        for language in LANGUAGES:
            locale = Locale.objects.get(language_code=language)
            category, _ = NewsCategory.objects.get_or_create(
                locale=locale,
                slug=CATEGORY_SLUGS[key][language],
                defaults={
                    "name": names[language],
                    "translation_key": demo_key(f"category-{key}"),
                },
            )
            result[key][language] = category
    return result


def _goals(numbers, language) -> list[Goal]:
    return list(Goal.objects.filter(number__in=numbers, locale__language_code=language))


def _publish_new(*, key, model, parent, language, fields, relations=None):
    """Create and publish a page once; later loads find it by its key."""
    from .demo import demo_key

    locale = Locale.objects.get(language_code=language)
    existing = model.objects.filter(
        translation_key=demo_key(key), locale=locale
    ).first()
    if existing is not None:
        return existing, False
    page = model(translation_key=demo_key(key), locale=locale, **fields)
    parent.add_child(instance=page)
    for name, values in (relations or {}).items():
        getattr(page, name).set(values)
    page.save_revision().publish()
    return page, True


def load(stdout, homes: dict[str, HomePage]) -> dict[str, dict[str, Any]]:
    goals_ensure()
    images = _images()
    categories = _categories()
    today = timezone.localdate()
    listings: dict[str, dict[str, Any]] = {}
    for key, (model, texts) in LISTINGS.items():
        listings[key] = {}
        for language in LANGUAGES:
            title, slug, introduction = texts[language]
            listings[key][language], _ = _publish_new(
                key=f"listing-{key}",
                model=model,
                parent=homes[language],
                language=language,
                fields={"title": title, "slug": slug, "introduction": introduction},
            )

    for item in NEWS:
        for language in LANGUAGES:
            title, summary = item[language]
            page, created = _publish_new(
                key=item["key"],
                model=NewsArticlePage,
                parent=listings["news"][language],
                language=language,
                fields={
                    "title": title,
                    "summary": summary,
                    "date": today - datetime.timedelta(days=item["days_ago"]),
                    "hero_image": images[item["image"]][language],
                    "body": [
                        {"type": "paragraph", "value": f"<p>{summary}</p>"},
                    ],
                },
                relations={
                    "goals": _goals(item["goals"], language),
                    "categories": [categories[item["category"]][language]],
                },
            )
            if created:
                for order, (name, role) in enumerate(item["authors"]):
                    # Roles are written in French; other languages show the name.
                    page.authors.create(
                        name=name,
                        role=role if language == "fr" else "",
                        sort_order=order,
                    )
                page.tags.add(*item["tags"])
                page.save_revision().publish()

    for item in EVENTS:
        start_date = today + datetime.timedelta(days=item["in_days"])
        for language in LANGUAGES:
            title, summary = item[language]
            fields = {
                "title": title,
                "summary": summary,
                "event_type": item["type"],
                "time_zone": item["time_zone"],
                "all_day": item.get("all_day", False),
                "start_date": start_date,
                "end_date": start_date
                + datetime.timedelta(days=item.get("duration_days", 1) - 1),
                "venue": item.get("venue", ""),
                "city": item.get("city", {}).get(language, ""),
                "country": item.get("country", {}).get(language, ""),
                "online_url": item.get("online_url", ""),
                "registration_url": item.get("registration_url", ""),
                "cancelled": item.get("cancelled", False),
                "body": [{"type": "paragraph", "value": f"<p>{summary}</p>"}],
            }
            if "start" in item:
                fields["start_time"] = datetime.time(*item["start"])
                fields["end_time"] = datetime.time(*item["end"])
            if "image" in item:
                fields["hero_image"] = images[item["image"]][language]
            _publish_new(
                key=item["key"],
                model=EventPage,
                parent=listings["agenda"][language],
                language=language,
                fields=fields,
                relations={"goals": _goals(item["goals"], language)},
            )

    contacts = {}
    for language in LANGUAGES:
        title, slug, introduction = CONTACT[language]
        page, created = _publish_new(
            key="contact",
            model=ContactPage,
            parent=homes[language],
            language=language,
            fields={
                "title": title,
                "slug": slug,
                "introduction": introduction,
                "to_address": "contact@aivp.example",
                "from_address": "site@aivp.example",
                "subject": "Message from the website",
            },
        )
        if created:
            for order, (label, field_type) in enumerate(CONTACT_FIELDS[language]):
                page.form_fields.create(
                    label=label, field_type=field_type, required=True, sort_order=order
                )
            page.save_revision().publish()
        contacts[language] = page
    listings["contact"] = contacts

    stdout.write(
        f"News: {NewsArticlePage.objects.count()}, "
        f"events: {EventPage.objects.count()}, goals: {Goal.objects.count()}."
    )
    return listings
