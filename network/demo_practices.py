"""Demo good practices, cooperation projects and partners, in three languages.

Twelve practices over the ten goals, three projects (one planned, one ongoing, one
completed: their dates follow today), six partners with generated logos, and the
three index pages in French, English and Spanish. Safe to run again: pages are found
by their translation key, partners and logos by their name.
"""

import io
from datetime import timedelta

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from PIL import Image, ImageDraw, ImageFont

from accounts.models import Organisation
from cms.demo.common import LANGUAGES, demo_key, goals, paragraph, publish_once
from cms.demo.images import load_images
from cms.demo.site import add_to_footer, add_to_menu
from cms.models import (
    CustomImage,
    GoalMeasure,
    HomePage,
    NewsArticlePage,
    StandardPage,
)

from .demo_texts.practices_a import PRACTICES_A
from .demo_texts.practices_b import PRACTICES_B
from .demo_texts.projects import PARTNERS, PROJECTS
from .models import (
    GoodPracticeGalleryImage,
    GoodPracticeIndexPage,
    GoodPracticePage,
    Partner,
    PartnersPage,
    ProjectIndexPage,
    ProjectPage,
)

TEXTS = {**PRACTICES_A, **PRACTICES_B}

# key: city, country, year, theme, goals, measures (goal, measure), image, contact
PRACTICES = [
    ("le-havre-port-center", "Le Havre", "FR", 2016, "culture", [6, 5], [(6, 1)],
     "harbour-dusk", "Port of Le Havre"),
    ("hamburg-hafencity", "Hamburg", "DE", 2008, "waterfront", [8, 9], [(8, 1)],
     "waterfront", "Hamburg Harbour Logistics"),
    ("rotterdam-climate", "Rotterdam", "NL", 2019, "climate", [1, 10],
     [(1, 1), (1, 2)], "wetland", "City of Rotterdam"),
    ("barcelona-port-vell", "Barcelona", "ES", 1992, "waterfront", [8, 6],
     [(8, 2)], "waterfront", ""),
    ("montreal-waterfront", "Montréal", "CA", 2017, "waterfront", [8, 9],
     [(8, 3)], "open-sea", "City of Montreal"),
    ("dakar-fishing", "Dakar", "SN", 2021, "jobs", [7, 5], [(7, 1)],
     "fishing-port", "Port of Dakar"),
    ("marseille-shore-power", "Marseille", "FR", 2022, "energy", [2, 9],
     [(2, 1)], "shore-power", "City of Marseille"),
    ("antwerp-port-community", "Antwerp", "BE", 2020, "governance", [4],
     [(4, 1)], "port-map", "Port of Antwerp"),
    ("helsinki-ferry-tram", "Helsinki", "FI", 2018, "mobility", [3, 2],
     [(3, 1)], "open-sea", "City of Helsinki"),
    ("tangier-training", "Tangier", "MA", 2015, "jobs", [5, 4], [(5, 1)],
     "tangier", "Port of Tangier"),
    ("valparaiso-heritage", "Valparaíso", "CL", 2019, "governance", [4, 6],
     [(4, 2)], "valparaiso", "Port of Valparaíso"),
    ("durban-estuary", "Durban", "ZA", 2014, "nature", [10, 7], [(10, 1)],
     "wetland", "City of Durban"),
]  # fmt: skip

# key: programme, start and end in days from today, goals, member partners, others
PROJECT_FACTS = [
    ("interreg-interfaces", "Interreg Europe", -700, 400, [8, 4],
     ["Port of Le Havre", "City of Genoa", "Port of Gdańsk"], "Ville de Bilbao"),
    ("horizon-shore-power", "Horizon Europe", 90, 1200, [2, 9],
     ["City of Marseille", "Port Authority of Valencia", "City of Helsinki"],
     "EU Shore Power Alliance\nNordic Grid Operators"),
    ("africa-cooperation", "Agence française de développement", -2200, -400,
     [5, 7, 8], ["Port of Dakar", "City of Abidjan", "Port of Cotonou"], ""),
]  # fmt: skip

INDEXES = {
    "practices": (GoodPracticeIndexPage, {
        "fr": ("Bonnes pratiques", "bonnes-pratiques",
               "Ce que les villes portuaires du réseau ont fait, pour que d'autres "
               "puissent s'en inspirer."),
        "en": ("Good practices", "good-practices",
               "What the network's port cities have done, so that others can "
               "follow."),
        "es": ("Buenas prácticas", "buenas-practicas",
               "Lo que han hecho las ciudades portuarias de la red, para que otras "
               "se inspiren."),
    }),
    "projects": (ProjectIndexPage, {
        "fr": ("Projets de coopération", "projets",
               "Les projets que l'AIVP conduit avec ses membres et partenaires."),
        "en": ("Cooperation projects", "projects",
               "The projects AIVP runs with its members and partners."),
        "es": ("Proyectos de cooperación", "proyectos",
               "Los proyectos que la AIVP lleva a cabo con sus miembros y socios."),
    }),
    "partners": (PartnersPage, {
        "fr": ("Partenaires", "partenaires",
               "Les institutions, programmes et médias qui soutiennent le réseau."),
        "en": ("Partners", "partners",
               "The institutions, programmes and media that support the network."),
        "es": ("Socios", "socios",
               "Las instituciones, programas y medios que apoyan la red."),
    }),
}  # fmt: skip

BLOCK_TITLES = {"fr": "Nos partenaires", "en": "Our partners", "es": "Nuestros socios"}


def _organisations(names) -> list[Organisation]:
    return list(Organisation.objects.filter(name__in=names))


def _measures(pairs, language) -> list[GoalMeasure]:
    found = []
    for goal_number, number in pairs:
        measure = GoalMeasure.objects.filter(
            goal__locale__language_code=language,
            goal__number=goal_number,
            number=number,
        ).first()
        if measure is not None:
            found.append(measure)
    return found


def load_indexes(homes) -> dict:
    indexes = {}
    for key, (model, texts) in INDEXES.items():
        indexes[key] = {}
        for language in LANGUAGES:
            title, slug, introduction = texts[language]
            if model is PartnersPage:
                introduction = f"<p>{introduction}</p>"
            indexes[key][language], _created = publish_once(
                key=f"network-{key}",
                model=model,
                parent=homes[language],
                language=language,
                fields={"title": title, "slug": slug, "introduction": introduction},
            )
            if language == "fr":
                if key == "practices":
                    add_to_menu(indexes[key][language])
                else:
                    add_to_footer(indexes[key][language])
    return indexes


def load_practices(indexes, images) -> None:
    for key, city, country, year, theme, numbers, pairs, image, contact in PRACTICES:
        organisation = Organisation.objects.filter(name=contact).first()
        for language in LANGUAGES:
            title, slug, summary, first, second = TEXTS[key][language]
            fields = {
                "title": title,
                "slug": slug,
                "port_city": city,
                "country": country,
                "year": year,
                "theme": theme,
                "summary": summary,
                "body": [paragraph(f"<p>{first}</p>"), paragraph(f"<p>{second}</p>")],
                "hero_image": images[image][language],
                "contact_organisation": organisation,
            }
            if key == "le-havre-port-center":
                fields["gallery_images"] = [
                    GoodPracticeGalleryImage(image=images[name][language])
                    for name in ("port-map", "open-sea")
                ]
            publish_once(
                key=f"practice-{key}",
                model=GoodPracticePage,
                parent=indexes["practices"][language],
                language=language,
                fields=fields,
                relations={
                    "goals": goals(numbers, language),
                    "measures": _measures(pairs, language),
                },
            )


def load_projects(indexes, images, today) -> None:
    for number, fact in enumerate(PROJECT_FACTS):
        key, programme, start, end, numbers, members, others = fact
        for language in LANGUAGES:
            title, slug, summary, text, results = PROJECTS[key][language]
            news = NewsArticlePage.objects.live().filter(locale__language_code=language)
            news = list(news.order_by("-date", "pk")[number * 2 : number * 2 + 2])
            publish_once(
                key=f"project-{key}",
                model=ProjectPage,
                parent=indexes["projects"][language],
                language=language,
                fields={
                    "title": title,
                    "slug": slug,
                    "start_date": today + timedelta(days=start),
                    "end_date": today + timedelta(days=end),
                    "programme": programme,
                    "summary": summary,
                    "body": [paragraph(f"<p>{text}</p>")],
                    "results": results,
                    "other_partners": others,
                    "hero_image": images[
                        ("port-map", "shore-power", "tangier")[number]
                    ][language],
                },
                relations={
                    "goals": goals(numbers, language),
                    "partner_organisations": _organisations(members),
                    "related_news": news,
                },
            )


def _logo(name: str, colour: str) -> CustomImage:
    title = f"demo-partner-{slugify(name)}"
    image = CustomImage.objects.filter(title=title).first()
    if image is not None:
        return image
    picture = Image.new("RGB", (480, 240), colour)
    initials = "".join(word[0].upper() for word in name.split() if len(word) > 2)[:3]
    draw = ImageDraw.Draw(picture)
    font = ImageFont.load_default(size=110)
    draw.text((240, 120), initials, fill="#ffffff", font=font, anchor="mm")
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return CustomImage.objects.create(
        title=title,
        description=f"{name} logo",
        file=ImageFile(buffer, name=f"{title}.png"),
    )


def load_partners() -> None:
    for order, (name, kind, url, texts, colour) in enumerate(PARTNERS):
        Partner.objects.update_or_create(
            name=name,
            defaults={
                "kind": kind,
                "url": url,
                "description": texts[0],
                "description_en": texts[1],
                "description_es": texts[2],
                "order": (order + 1) * 10,
                "active": True,
                "logo": _logo(name, colour),
            },
        )


def add_partners_block(homes) -> None:
    """The "about" page shows the institutional partners (a block in its body)."""
    for language in LANGUAGES:
        about = StandardPage.objects.filter(
            translation_key=demo_key("about"), locale__language_code=language
        ).first()
        if about is None or any(b.block_type == "partners" for b in about.body):
            continue
        about.body.append(
            ("partners", {"title": BLOCK_TITLES[language], "kind": "institutional"})
        )
        about.save_revision().publish()


@transaction.atomic
def load(stdout) -> None:
    homes = {home.locale.language_code: home for home in HomePage.objects.all()}
    if any(language not in homes for language in LANGUAGES):
        return
    images = load_images()
    indexes = load_indexes(homes)
    load_practices(indexes, images)
    load_projects(indexes, images, timezone.localdate())
    load_partners()
    add_partners_block(homes)
    stdout.write(
        f"Good practices: {GoodPracticePage.objects.count()}, projects: "
        f"{ProjectPage.objects.count()}, partners: {Partner.objects.count()}."
    )
