"""Demo synonyms: the groups an editor of the network would start from.

Each group joins the ways the three languages (and their spellings) name one
thing, so a search for one finds the pages that use another. Safe to run again:
a group is found by its first term.
"""

from .language import forget_synonyms
from .models import Synonym

GROUPS = (
    "port center, port centre, centre portuaire, centro portuario",
    "shore power, onshore power supply, cold ironing, branchement électrique à quai, "
    "courant à quai, electrificación de los muelles, conexión eléctrica en muelle",
    "waterfront, front d'eau, frente marítimo, frente portuario",
    "webinar, webinaire, seminario web",
)


def load(stdout) -> None:
    for terms in GROUPS:
        first = terms.split(",")[0]
        if not Synonym.objects.filter(terms__startswith=first).exists():
            Synonym.objects.create(terms=terms)
    forget_synonyms()
    stdout.write(f"Search synonyms: {len(GROUPS)} groups.")
