"""Demo Port Centers and the members' places on the map.

Twenty-five Port Centers in port cities of every region (real coordinates of their
waterfronts, invented details), some labelled, some charter signatories, some run
by demo members; one more is a draft that the public must not see. The demo members
(network/demo.py, accounts/demo.py) get their coordinates here, except a few left
"not on the map". The Port Centers page is published in each language; it is not
added to the main menu, which has a "Port Center" entry already (the page about
the network's Port Centers, cms.demo): its editors link the map from there.
"""

from decimal import Decimal

from django.db import transaction
from wagtail.rich_text import RichText

from accounts.models import Organisation
from cms.demo.common import LANGUAGES, demo_key, publish_once
from cms.demo.images import IMAGES, load_images
from cms.demo.site import add_to_footer
from cms.models import HomePage, StandardPage

from ..models import Audience, LabelStatus, PortCenter, PortCenterPhoto, PortCentersPage

A = Audience
GP, FA, SC, ST, PR, TO = (
    A.GENERAL_PUBLIC,
    A.FAMILIES,
    A.SCHOOLS,
    A.STUDENTS,
    A.PROFESSIONALS,
    A.TOURISTS,
)
L = LabelStatus
# name, city, country, latitude, longitude, address, label (status, year),
# charter year (or None), member's name (or None), audiences, kind of place
PORT_CENTERS = [
    ("Port Center Le Havre", "Le Havre", "FR", "49.487500", "0.106700",
     "Quai de Southampton, 76600 Le Havre", (L.LABELLED, 2019), 2016,
     "Havre-Seine Port Authority", [GP, FA, SC, TO], "exhibition"),
    ("Marseille Fos Port Center", "Marseille", "FR", "43.302600", "5.369100",
     "Esplanade J4, 13002 Marseille", (L.LABELLED, 2020), 2017,
     "City of Marseille", [GP, SC, ST, TO], "tours"),
    ("Dunkerque Port Center", "Dunkerque", "FR", "51.034300", "2.376800",
     "Quai de la Citadelle, 59140 Dunkerque", (L.CANDIDATE, 2025), 2021,
     None, [GP, SC, PR], "education"),
    ("Antwerp Port Center", "Antwerp", "BE", "51.230000", "4.405000",
     "Zaha Hadidplein 1, 2030 Antwerpen", (L.LABELLED, 2021), 2018,
     "Port of Antwerp", [GP, SC, ST, PR, TO], "exhibition"),
    ("Rotterdam Port Pavilion", "Rotterdam", "NL", "51.905400", "4.466700",
     "Wilhelminakade 66, 3072 AR Rotterdam", (L.LABELLED, 2019), 2016,
     "City of Rotterdam", [GP, FA, SC, TO], "tours"),
    ("Genova Port Center", "Genoa", "IT", "44.407200", "8.925000",
     "Magazzini del Cotone, Porto Antico, 16128 Genova", (L.LABELLED, 2022), 2015,
     "City of Genoa", [GP, FA, SC, ST], "education"),
    ("Barcelona Port Center", "Barcelona", "ES", "41.375500", "2.180000",
     "Moll de Barcelona, 08039 Barcelona", (L.NONE, None), None,
     None, [GP, TO], "exhibition"),
    ("Valencia Port Center", "Valencia", "ES", "39.450000", "-0.323000",
     "Muelle de la Aduana, 46024 València", (L.CANDIDATE, 2025), 2022,
     "Port Authority of Valencia", [GP, SC, ST, PR], "tours"),
    ("Lisbon River Port Center", "Lisbon", "PT", "38.705700", "-9.145000",
     "Cais do Sodré, 1200-450 Lisboa", (L.LABELLED, 2023), 2019,
     "Lisbon Waterfront Agency", [GP, FA, TO], "exhibition"),
    ("Montréal Port Center", "Montreal", "CA", "45.503000", "-73.554000",
     "Quai Alexandra, Montréal, QC H2Y 4B2", (L.LABELLED, 2021), 2018,
     "City of Montreal", [GP, FA, SC, TO], "tours"),
    ("Québec Port Center", "Quebec City", "CA", "46.817000", "-71.203000",
     "Pointe-à-Carcy, Québec, QC G1K 4C8", (L.NONE, None), 2023,
     None, [GP, SC], "education"),
    ("Buenos Aires Port Center", "Buenos Aires", "AR", "-34.603700", "-58.364000",
     "Dique 3, Puerto Madero, C1107 Buenos Aires", (L.CANDIDATE, 2024), None,
     "City of Buenos Aires", [GP, ST, TO], "exhibition"),
    ("Valparaíso Port Center", "Valparaíso", "CL", "-33.038000", "-71.627000",
     "Muelle Prat, Valparaíso", (L.LABELLED, 2024), 2020,
     "Port of Valparaíso", [GP, FA, SC, TO], "tours"),
    ("Dakar Port Center", "Dakar", "SN", "14.676000", "-17.430000",
     "Môle 1, Port autonome de Dakar, Dakar", (L.LABELLED, 2023), 2019,
     "Port of Dakar", [GP, SC, ST, PR], "education"),
    ("Abidjan Port Center", "Abidjan", "CI", "5.290000", "-4.010000",
     "Boulevard de Vridi, Treichville, Abidjan", (L.NONE, None), 2022,
     "City of Abidjan", [GP, SC, ST], "education"),
    ("Casablanca Port Center", "Casablanca", "MA", "33.605000", "-7.610000",
     "Marina de Casablanca, boulevard des Almohades, Casablanca",
     (L.SUSPENDED, 2020), 2018, None, [GP, TO], "exhibition"),
    ("Tanger Med Port Center", "Tangier", "MA", "35.786000", "-5.810000",
     "Port de Tanger Ville, Tanger", (L.LABELLED, 2022), 2019,
     "Port of Tangier", [GP, FA, SC, TO], "tours"),
    ("Shanghai Port Exhibition Center", "Shanghai", "CN", "31.240000", "121.490000",
     "North Bund, Hongkou, Shanghai", (L.NONE, None), None,
     None, [GP, ST, PR, TO], "exhibition"),
    ("Busan Port Center", "Busan", "KR", "35.100000", "129.040000",
     "North Port, Jung-gu, Busan", (L.CANDIDATE, 2025), 2023,
     "Port of Busan", [GP, FA, SC], "tours"),
    ("Singapore Maritime Gallery", "Singapore", "SG", "1.265000", "103.820000",
     "Marina South Pier, Singapore 018989", (L.NONE, None), None,
     "Port of Singapore Studies Centre", [GP, FA, SC, TO], "exhibition"),
    ("Sydney Harbour Port Center", "Sydney", "AU", "-33.860000", "151.200000",
     "Circular Quay West, The Rocks NSW 2000", (L.NONE, None), 2021,
     None, [GP, TO], "tours"),
    ("Mombasa Port Center", "Mombasa", "KE", "-4.060000", "39.670000",
     "Kilindini Harbour, Mombasa", (L.NONE, None), None,
     "Mombasa Port Community", [GP, SC], "education"),
    ("Helsinki Port Center", "Helsinki", "FI", "60.166000", "24.956000",
     "Katajanokka, 00160 Helsinki", (L.LABELLED, 2020), 2017,
     "City of Helsinki", [GP, FA, SC, TO], "exhibition"),
    ("Gdańsk Port Center", "Gdańsk", "PL", "54.352000", "18.660000",
     "Ołowianka 9, 80-751 Gdańsk", (L.WITHDRAWN, 2019), None,
     "Port of Gdańsk", [GP, ST], "education"),
    ("Santos Port Center", "Santos", "BR", "-23.960000", "-46.300000",
     "Armazém 8, Valongo, Santos", (L.CANDIDATE, 2024), 2022,
     "Port of Santos", [GP, SC, ST, PR], "tours"),
]  # fmt: skip
# A draft: in the admin, nowhere public.
DRAFT = ("Durban Port Center (draft)", "Durban", "ZA", "-29.870000", "31.030000")

DESCRIPTIONS = {
    "exhibition": (
        "Au bord des quais, le Port Center de {city} explique le port à tous : "
        "maquettes, films et jeux montrent les navires, les métiers et les "
        "projets qui transforment la ville portuaire.",
        "On the quayside, the {city} Port Center explains the port to everyone: "
        "models, films and games show the ships, the jobs and the projects that "
        "are changing the port city.",
        "Junto a los muelles, el Port Center de {city} explica el puerto a todos: "
        "maquetas, películas y juegos muestran los buques, los oficios y los "
        "proyectos que transforman la ciudad portuaria.",
    ),
    "tours": (
        "Le Port Center de {city} ouvre le port aux habitants : visites guidées "
        "en bateau et en bus, rencontres avec les équipes du port et une "
        "exposition sur la transition énergétique.",
        "The {city} Port Center opens the port to residents: guided tours by boat "
        "and by bus, meetings with the port's teams and an exhibition on the "
        "energy transition.",
        "El Port Center de {city} abre el puerto a los vecinos: visitas guiadas en "
        "barco y en autobús, encuentros con los equipos del puerto y una "
        "exposición sobre la transición energética.",
    ),
    "education": (
        "Lieu d'apprentissage, le Port Center de {city} accueille écoles et "
        "étudiants : ateliers sur la logistique, les métiers portuaires et la "
        "biodiversité de l'estuaire.",
        "A place of learning, the {city} Port Center welcomes schools and "
        "students: workshops on logistics, port jobs and the estuary's "
        "biodiversity.",
        "Lugar de aprendizaje, el Port Center de {city} recibe a escuelas y "
        "estudiantes: talleres sobre logística, oficios portuarios y la "
        "biodiversidad del estuario.",
    ),
}
OPENING_HOURS = (
    "Du mardi au dimanche, de 10 h à 18 h.\nVisites de groupes sur réservation.",
    "Tuesday to Sunday, 10 am to 6 pm.\nGroup visits by appointment.",
    "De martes a domingo, de 10 a 18 h.\nVisitas de grupos con reserva.",
)
PHOTOS = {
    "Port Center Le Havre": ["harbour-dusk", "waterfront"],
    "Valparaíso Port Center": ["valparaiso"],
    "Tanger Med Port Center": ["tangier"],
    "Dakar Port Center": ["fishing-port"],
    "Antwerp Port Center": ["shore-power"],
}
PAGE = {
    "fr": ("Les Port Centers", "port-centers", "Les Port Centers ouvrent le port "
           "aux citoyens. Trouvez ceux du réseau sur la carte ou dans la liste."),
    "en": ("Port Centers", "port-centers", "Port Centers open the port to its "
           "citizens. Find the network's on the map or in the list."),
    "es": ("Los Port Centers", "port-centers", "Los Port Centers abren el puerto a "
           "la ciudadanía. Encuentre los de la red en el mapa o en la lista."),
}  # fmt: skip

# The line that leads from the page about Port Centers to the map of them.
MAP_LINK = {
    "fr": "Trouver un Port Center sur la carte du réseau",
    "en": "Find a Port Center on the network's map",
    "es": "Encontrar un Port Center en el mapa de la red",
}

# The demo members' places (their city's port); those missing are "not on the map".
MEMBER_PLACES = {
    "Havre-Seine Port Authority": ("49.483000", "0.120000"),
    "City of Puerto Albora": ("-0.743000", "-90.313000"),
    "Port of Le Havre": ("49.479000", "0.160000"),
    "City of Marseille": ("43.296500", "5.369800"),
    "Port of Antwerp": ("51.263000", "4.399000"),
    "City of Rotterdam": ("51.922500", "4.479170"),
    "Port Authority of Valencia": ("39.445000", "-0.317000"),
    "City of Genoa": ("44.405600", "8.946300"),
    "Port of Gdańsk": ("54.398000", "18.671000"),
    "Lisbon Waterfront Agency": ("38.707000", "-9.136000"),
    "Hamburg Harbour Logistics": ("53.541000", "9.984000"),
    "Nordic Maritime University": ("60.392000", "5.324000"),
    "City of Helsinki": ("60.169900", "24.938400"),
    "Port of Dakar": ("14.680000", "-17.425000"),
    "City of Abidjan": ("5.359600", "-4.008300"),
    "Port of Tema": ("5.633000", "0.016000"),
    "City of Durban": ("-29.858700", "31.021800"),
    "Port of Tangier": ("35.790000", "-5.805000"),
    "Mombasa Port Community": ("-4.043500", "39.668200"),
    "Port of Cotonou": ("6.349000", "2.433000"),
    "City of Montreal": ("45.501700", "-73.567300"),
    "Port of Valparaíso": ("-33.034000", "-71.626000"),
    "City of Buenos Aires": ("-34.603700", "-58.381600"),
    "Port of Santos": ("-23.970000", "-46.290000"),
    "City of Montevideo": ("-34.901100", "-56.164500"),
    "Port of Veracruz": ("19.200000", "-96.130000"),
    "City of Yokohama": ("35.443700", "139.638000"),
    "Port of Busan": ("35.104000", "129.042000"),
    "City of Ningbo": ("29.868300", "121.544000"),
    "Port of Singapore Studies Centre": ("1.296600", "103.776400"),
    "City of Fremantle": ("-32.056900", "115.743900"),
    "Port of Auckland": ("-36.843000", "174.780000"),
    "Ho Chi Minh City Port Services": ("10.762600", "106.706000"),
    "Port of Chennai": ("13.100000", "80.295000"),
    "Port of Aqaba": ("29.520000", "35.000000"),
    "City of Beirut": ("33.893800", "35.501800"),
    "Dubai Waterfront Development": ("25.204800", "55.270800"),
    "Port of Sohar": ("24.497000", "56.620000"),
    "City of Haifa": ("32.794000", "34.989600"),
}


def load_port_centers() -> int:
    members = {o.name: o for o in Organisation.objects.all()}
    images = load_images()
    for number, row in enumerate(PORT_CENTERS):
        (
            name,
            city,
            country,
            lat,
            lng,
            address,
            label,
            charter,
            member,
            audiences,
            kind,
        ) = row
        french, english, spanish = DESCRIPTIONS[kind]
        fields = {
            "name": name,
            "city": city,
            "country": country,
            "latitude": Decimal(lat),
            "longitude": Decimal(lng),
            "address": address,
            "website": f"https://{city.lower().replace(' ', '-')}-port-center.example",
            "label_status": label[0],
            "label_year": label[1],
            "charter_signatory": charter is not None,
            "charter_year": charter,
            "organisation": members.get(member),
            "audiences": audiences,
            "description": french.format(city=city),
            "description_en": english.format(city=city),
            "description_es": spanish.format(city=city),
            "opening_hours": OPENING_HOURS[0] if number % 3 else "",
            "opening_hours_en": OPENING_HOURS[1] if number % 3 else "",
            "opening_hours_es": OPENING_HOURS[2] if number % 3 else "",
            "is_published": True,
        }
        port_center = _save(name, fields)
        for order, key in enumerate(PHOTOS.get(name, [])):
            alt = IMAGES[key][0]
            PortCenterPhoto.objects.update_or_create(
                port_center=port_center,
                sort_order=order,
                defaults={
                    "image": images[key]["fr"],
                    "alt_text": alt["fr"],
                    "alt_text_en": alt["en"],
                    "alt_text_es": alt["es"],
                },
            )
    name, city, country, lat, lng = DRAFT
    _save(
        name,
        {
            "city": city,
            "country": country,
            "latitude": Decimal(lat),
            "longitude": Decimal(lng),
            "is_published": False,
        },
    )
    return len(PORT_CENTERS)


def _save(name: str, fields: dict) -> PortCenter:
    """Found again by its name on a reload, which keeps its address name."""
    port_center = PortCenter.objects.filter(name=name).first() or PortCenter(name=name)
    for key, value in fields.items():
        setattr(port_center, key, value)
    port_center.save()
    return port_center


def place_members() -> int:
    placed = 0
    for name, (lat, lng) in MEMBER_PLACES.items():
        placed += Organisation.objects.filter(name=name).update(
            latitude=Decimal(lat), longitude=Decimal(lng)
        )
    return placed


def load_page() -> None:
    homes = {home.locale.language_code: home for home in HomePage.objects.all()}
    for language in LANGUAGES:
        if language not in homes:
            return
        title, slug, introduction = PAGE[language]
        page, _created = publish_once(
            key="port-centers",
            model=PortCentersPage,
            parent=homes[language],
            language=language,
            fields={
                "title": title,
                "slug": slug,
                "introduction": f"<p>{introduction}</p>",
            },
        )
        link_from_port_center_page(page, language)
        if language == "fr":
            add_to_footer(page)


def link_from_port_center_page(map_page: PortCentersPage, language: str) -> None:
    """The page about Port Centers ends with a link to the map, added once."""
    about = StandardPage.objects.filter(
        translation_key=demo_key("port-center"), locale__language_code=language
    ).first()
    if about is None or f'id="{map_page.pk}"' in str(about.body.raw_data):
        return
    link = f'<p><a linktype="page" id="{map_page.pk}">{MAP_LINK[language]}</a></p>'
    about.body.append(("paragraph", RichText(link)))
    about.save_revision().publish()


@transaction.atomic
def load(stdout) -> None:
    count = load_port_centers()
    placed = place_members()
    load_page()
    stdout.write(
        f"Port Centers: {count} published and one draft; {placed} members on the map."
    )
