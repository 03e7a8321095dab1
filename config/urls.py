from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from config.health import healthz
from ticketing.webhooks import stripe_webhook

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("stripe/webhook/", stripe_webhook, name="stripe_webhook"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("tickets/", include("ticketing.urls")),
    # Wagtail's page serving catches everything else, so it stays last.
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
