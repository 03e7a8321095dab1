"""`manage.py backup`: one dated archive of the database and the media files."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from core.backups import BackupError, backup_prune, backup_write


class Command(BaseCommand):
    help = "Write a dated .tar.gz with the database, the media files and a manifest."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output-dir",
            type=Path,
            default=Path(settings.BACKUP_DIR),
            help="Where the archive is written (default: BACKUP_DIR).",
        )
        parser.add_argument(
            "--keep",
            type=int,
            default=0,
            help="Then delete all but this many newest archives there (0: keep all).",
        )

    def handle(self, *args, output_dir: Path, keep: int, **options):
        try:
            archive = backup_write(directory=output_dir)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(str(archive))
        for old in backup_prune(directory=output_dir, keep=keep):
            self.stdout.write(f"deleted {old}")
