"""Paint the demo illustrations again into cms/demo/images/ (the demo loads them)."""

from django.core.management.base import BaseCommand

from cms.demo.images import IMAGE_DIR, SCENES


class Command(BaseCommand):
    help = "Paint the demo's port-city illustrations (JPEG, 1600x900) again."

    def handle(self, *args, **options) -> None:
        IMAGE_DIR.mkdir(exist_ok=True)
        for key, paint in SCENES.items():
            path = IMAGE_DIR / f"{key}.jpg"
            paint().save(path)
            size = path.stat().st_size // 1024
            self.stdout.write(f"{path.name}: {size} KB")
