"""Demo events, dated from the day of the first load so the agenda has a future."""

import datetime
from typing import Any

from ..models import EventPage
from .common import LANGUAGES, goals, publish_once
from .texts_events import EVENT_BODIES

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
        "image": "harbour-dusk",
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
        # The public live stream; registrants join the meeting itself (events).
        "online_url": "https://live.aivp.example/shore-power",
        "goals": [2],
        "image": "shore-power",
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
        "image": "valparaiso",
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
        "image": "open-sea",
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
        "image": "wetland",
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


def load_events(*, agenda_by_language, images, today: datetime.date) -> None:
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
                "body": EVENT_BODIES[item["key"]][language],
            }
            if "start" in item:
                fields["start_time"] = datetime.time(*item["start"])
                fields["end_time"] = datetime.time(*item["end"])
            if "image" in item:
                fields["hero_image"] = images[item["image"]][language]
            publish_once(
                key=item["key"],
                model=EventPage,
                parent=agenda_by_language[language],
                language=language,
                fields=fields,
                relations={"goals": goals(item["goals"], language)},
            )
