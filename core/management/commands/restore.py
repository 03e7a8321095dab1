"""`manage.py restore <archive>`: load a backup into an empty database and media."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from core.backups import BackupError, restore_archive


class Command(BaseCommand):
    help = (
        "Restore an archive written by `backup` into an empty database and media "
        "directory, then check the row counts against its manifest."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", type=Path)
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace what a non-empty database and media directory hold.",
        )

    def handle(self, *args, archive: Path, force: bool, **options):
        if not archive.is_file():
            raise CommandError(f"{archive} is not a file")
        try:
            counts = restore_archive(archive=archive, force=force)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Restored {archive}: {len(counts)} tables, "
            f"{sum(counts.values())} rows, as in its manifest."
        )
