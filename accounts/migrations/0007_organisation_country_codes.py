"""Country names become ISO codes, regions the network's, and every member a slug.

A country name that matches no country (in English, French or Spanish) is left
blank and printed, to be fixed in the admin. A region that is not one of the
network's is replaced by the country's.
"""

from django.db import migrations
from django.utils.text import slugify

from accounts.countries import country_code, region_of_country

REGIONS = {
    "europe": "europe",
    "africa": "africa",
    "afrique": "africa",
    "americas": "americas",
    "amériques": "americas",
    "americas (the)": "americas",
    "américas": "americas",
    "asia-pacific": "asia_pacific",
    "asia_pacific": "asia_pacific",
    "asie-pacifique": "asia_pacific",
    "asia-pacífico": "asia_pacific",
    "middle east": "middle_east",
    "middle_east": "middle_east",
    "moyen-orient": "middle_east",
    "oriente medio": "middle_east",
}


def convert_organisations(apps, schema_editor):
    Organisation = apps.get_model("accounts", "Organisation")
    unknown = []
    used = set()
    for organisation in Organisation.objects.order_by("pk"):
        name = organisation.country
        organisation.country = country_code(name)
        if name and not organisation.country:
            unknown.append(f"{organisation.name}: {name}")
        region = REGIONS.get(organisation.region.strip().lower(), "")
        organisation.region = region or region_of_country(organisation.country)
        base = slugify(organisation.name)[:74].strip("-") or "member"
        slug, number = base, 1
        while slug in used:
            number += 1
            slug = f"{base}-{number}"
        used.add(slug)
        organisation.slug = slug
        organisation.save(update_fields=["country", "region", "slug"])
    if unknown:
        print("\n  Countries not recognised (left blank, fix them in the admin):")  # noqa: T201
        for line in unknown:
            print(f"    {line}")  # noqa: T201


def back_to_names(apps, schema_editor):
    from django_countries import countries

    Organisation = apps.get_model("accounts", "Organisation")
    for organisation in Organisation.objects.all():
        organisation.country = dict(countries).get(organisation.country, "")
        organisation.save(update_fields=["country"])


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0006_organisation_directory_fields"),
    ]

    operations = [
        migrations.RunPython(convert_organisations, back_to_names),
    ]
