"""Countries of member organisations: ISO 3166 codes, names read in any language.

Member lists arrive with country names typed by people ("France", "Équateur",
"Estados Unidos"): ``country_code`` finds the ISO code of a name in English, French or
Spanish (accents and case ignored) or of a code; ``region_of_country`` places a code
in one of the network's regions.
"""

import unicodedata
from functools import cache

from django.utils import translation
from django_countries import countries

NAME_LANGUAGES = ("en", "fr", "es")
ALIASES = {
    "usa": "US",
    "uk": "GB",
    "great britain": "GB",
    "england": "GB",
    "south korea": "KR",
    "coree du sud": "KR",
    "russia": "RU",
    "russie": "RU",
    "vietnam": "VN",
    "ivory coast": "CI",
    "cote d'ivoire": "CI",
    "turkey": "TR",
    "turquie": "TR",
    "holland": "NL",
    "the netherlands": "NL",
}

# ISO codes by region of the network; any other code is in Europe.
_REGION_CODES = {
    "africa": "DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN "
    "GW KE LS LR LY MG MW ML MR MU YT MA MZ NA NE NG RE RW SH ST SN SC SL SO ZA SS SD "
    "TZ TG TN UG EH ZM ZW",
    "americas": "AI AG AR AW BS BB BZ BM BO BQ BR VG CA KY CL CO CR CU CW DM DO EC SV "
    "FK GF GL GD GP GT GY HT HN JM MQ MX MS NI PA PY PE PR BL KN LC MF PM VC SX SR TT "
    "TC US UM VI UY VE GS",
    "asia_pacific": "AF AS AU BD BT IO BN KH CN CX CC CK FJ PF GU HK IN ID JP KI KP KR "
    "LA MO MY MV MH FM MN MM NR NP NC NZ NU NF MP PK PW PG PH PN WS SG SB LK TW TJ TH "
    "TL TK TO TV UZ VU VN WF KZ KG TM HM TF AQ",
    "middle_east": "AE BH IL IQ IR JO KW LB OM PS QA SA SY TR YE",
}
REGION_OF_CODE = {
    code: region for region, codes in _REGION_CODES.items() for code in codes.split()
}


def _plain(text: str) -> str:
    """Lower case, no accents, single spaces: how names are compared."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'"))
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(plain.lower().split())


@cache
def _codes_by_name() -> dict[str, str]:
    names = {}
    for language in reversed(NAME_LANGUAGES):  # English wins a clash
        with translation.override(language):
            for code, name in countries:
                names[_plain(str(name))] = code
    names.update(ALIASES)
    return names


def country_code(value: str) -> str:
    """The ISO 3166 code of a country code or name, or "" when none matches."""
    value = (value or "").strip()
    if not value:
        return ""
    if len(value) == 2 and value.upper() in countries:
        return value.upper()
    code = _codes_by_name().get(_plain(value))
    if code:
        return code
    # Names as django-countries spells them in English or French ("Korea (the…)").
    for language in NAME_LANGUAGES[:2]:
        code = countries.by_name(value, language=language)
        if code:
            return code
    return ""


def region_of_country(code: str) -> str:
    """The network region (an ``Organisation.Region`` value) of an ISO code."""
    code = (code or "").upper()
    if not code:
        return ""
    return REGION_OF_CODE.get(code, "europe")
