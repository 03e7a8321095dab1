import django_countries.fields
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0007_organisation_country_codes"),
    ]

    operations = [
        migrations.AlterField(
            model_name="organisation",
            name="country",
            field=django_countries.fields.CountryField(
                max_length=2, verbose_name="country"
            ),
        ),
        migrations.AlterField(
            model_name="organisation",
            name="region",
            field=models.CharField(
                blank=True,
                choices=[
                    ("europe", "Europe"),
                    ("africa", "Africa"),
                    ("americas", "Americas"),
                    ("asia_pacific", "Asia-Pacific"),
                    ("middle_east", "Middle East"),
                ],
                help_text="Left empty: the country's region.",
                max_length=20,
                verbose_name="region",
            ),
        ),
        migrations.AlterField(
            model_name="organisation",
            name="slug",
            field=models.SlugField(
                blank=True,
                help_text="The last part of the public profile's address. Made from the name when left empty; a former address is never given to another organisation.",
                max_length=80,
                unique=True,
                verbose_name="address name",
            ),
        ),
    ]
