"""Demo listing pages (the news, the agenda) and the contact page of each language."""

from wagtail.models import Page

from ..models import AgendaPage, ContactPage, NewsIndexPage
from .common import LANGUAGES, publish_once, publish_translations

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


def load_listings(homes: dict[str, Page]) -> dict[str, dict[str, Page]]:
    listings = {
        key: publish_translations(
            key=f"listing-{key}",
            model=model,
            parent_by_language=homes,
            content={
                language: dict(
                    zip(("title", "slug", "introduction"), text, strict=True)
                )
                for language, text in texts.items()
            },
        )
        for key, (model, texts) in LISTINGS.items()
    }
    listings["contact"] = {}
    for language in LANGUAGES:
        title, slug, introduction = CONTACT[language]
        page, created = publish_once(
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
        listings["contact"][language] = page
    return listings
