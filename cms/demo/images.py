"""Demo images: port-city illustrations shipped as JPEG files in cms/demo/images/.

They are painted by ``manage.py paint_demo_images`` (see scenes.py) and only read
from disk here, so loading the demo needs no download and stays fast. An image has
one alternative text, so each language gets its own copy.
"""

from pathlib import Path

from django.core.files.images import ImageFile
from wagtail.models import Collection

from ..models import CustomImage
from . import scenes, scenes_coast
from .common import LANGUAGES

IMAGE_DIR = Path(__file__).resolve().parent / "images"

SCENES = {
    "harbour-dusk": scenes.harbour_dusk,
    "waterfront": scenes.waterfront,
    "wetland": scenes.wetland,
    "shore-power": scenes.shore_power,
    "tangier": scenes_coast.tangier,
    "valparaiso": scenes_coast.valparaiso,
    "fishing-port": scenes_coast.fishing_port,
    "port-map": scenes_coast.port_map,
    "open-sea": scenes_coast.open_sea,
}

# key: (alternative text per language, credit)
IMAGES = {
    "harbour-dusk": (
        {
            "fr": "Portiques à conteneurs et porte-conteneurs à quai au crépuscule, "
            "la ville illuminée en arrière-plan",
            "en": "Container cranes and a container ship at berth at dusk, the lit "
            "city behind",
            "es": "Grúas portacontenedores y un buque atracado al atardecer, con la "
            "ciudad iluminada al fondo",
        },
        "AIVP / Jeanne Martin",
    ),
    "waterfront": (
        {
            "fr": "Anciens entrepôts devenus logements le long d'une promenade "
            "arborée sur les quais, voiliers au mouillage",
            "en": "Former warehouses turned into homes along a tree-lined quayside "
            "promenade, sailing boats at anchor",
            "es": "Antiguos almacenes convertidos en viviendas a lo largo de un paseo "
            "arbolado en los muelles, veleros fondeados",
        },
        "AIVP / Tomás Rivera",
    ),
    "wetland": (
        {
            "fr": "Roselières d'une zone humide restaurée dans l'estuaire, les "
            "portiques du port au loin dans la brume",
            "en": "Reed beds of a restored wetland in the estuary, the port's cranes "
            "far away in the haze",
            "es": "Carrizales de un humedal restaurado en el estuario, con las grúas "
            "del puerto a lo lejos entre la bruma",
        },
        "AIVP / Marta Silva",
    ),
    "shore-power": (
        {
            "fr": "Navire à passagers branché au réseau électrique du quai à l'heure "
            "bleue, devant la ville éclairée",
            "en": "A passenger ship plugged into the quay's power grid at the blue "
            "hour, in front of the lit city",
            "es": "Buque de pasajeros conectado a la red eléctrica del muelle a la "
            "hora azul, frente a la ciudad iluminada",
        },
        "AIVP / Jeanne Martin",
    ),
    "tangier": (
        {
            "fr": "Maisons blanches d'une ville en collines au-dessus d'une baie, "
            "un porte-conteneurs au quai",
            "en": "White houses of a hillside town above a bay, a container ship at "
            "the quay",
            "es": "Casas blancas de una ciudad en colinas sobre una bahía, con un "
            "portacontenedores en el muelle",
        },
        "AIVP / Youssef Amrani",
    ),
    "valparaiso": (
        {
            "fr": "Maisons colorées accrochées aux collines au-dessus d'une baie où "
            "est amarré un paquebot de croisière",
            "en": "Colourful houses clinging to the hills above a bay where a cruise "
            "ship is moored",
            "es": "Casas de colores colgadas de los cerros sobre una bahía donde está "
            "amarrado un crucero",
        },
        "AIVP / Tomás Rivera",
    ),
    "fishing-port": (
        {
            "fr": "Bateaux de pêche colorés dans le bassin, devant la halle à marée",
            "en": "Colourful fishing boats in the harbour basin, in front of the "
            "fish market hall",
            "es": "Barcos de pesca de colores en la dársena, frente a la lonja",
        },
        "AIVP / Awa Diop",
    ),
    "port-map": (
        {
            "fr": "Plan schématique d'une ville portuaire : la ville, les bassins, "
            "les terminaux à conteneurs et la zone humide",
            "en": "Schematic plan of a port city: the town, the basins, the "
            "container terminals and the wetland",
            "es": "Plano esquemático de una ciudad portuaria: la ciudad, las "
            "dársenas, las terminales de contenedores y el humedal",
        },
        "AIVP",
    ),
    "open-sea": (
        {
            "fr": "Porte-conteneurs et remorqueur entrant au port à l'aube, les "
            "portiques à l'horizon",
            "en": "A container ship and a tug entering the port at dawn, cranes on "
            "the horizon",
            "es": "Portacontenedores y remolcador entrando en el puerto al amanecer, "
            "con las grúas en el horizonte",
        },
        "AIVP / Awa Diop",
    ),
}


def load_images() -> dict[str, dict[str, CustomImage]]:
    """Each illustration once per language; a later load finds them by title."""
    if not Collection.get_root_nodes().exists():  # an emptied database
        Collection.add_root(name="Root")
    images: dict[str, dict[str, CustomImage]] = {}
    for key, (alt, credit) in IMAGES.items():
        images[key] = {}
        for language in LANGUAGES:
            title = f"demo-{key}-{language}"
            image = CustomImage.objects.filter(title=title).first()
            if image is None:
                with open(IMAGE_DIR / f"{key}.jpg", "rb") as file:
                    image = CustomImage.objects.create(
                        title=title,
                        description=alt[language],
                        credit=credit,
                        file=ImageFile(file, name=f"demo-{key}-{language}.jpg"),
                    )
            images[key][language] = image
    return images
