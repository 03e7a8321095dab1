"""A migration the test database has never seen: a release whose migrate has not run."""

from django.db import migrations


class Migration(migrations.Migration):
    operations = []
