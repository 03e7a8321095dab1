from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.decorators.http import condition
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cms.sitemaps import all_sitemaps, sitemap_etag
from cms.views import robots_txt
from config import health
from courses.views.documents import certificate_verify_short
from ticketing.webhooks import stripe_webhook


@condition(etag_func=sitemap_etag)
def sitemap_xml(request):
    """The sitemap, with the sections modules register (collected when asked for);
    304 to a crawler that sends back its ETag while no section has changed."""
    return sitemap(request, sitemaps=all_sitemaps())


urlpatterns = [
    path("healthz", health.healthz, name="healthz"),
    path("healthz/live", health.live, name="healthz_live"),
    path("healthz/ready", health.ready, name="healthz_ready"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap_xml),
    # The admin signs in through allauth (rate limits, MFA): its own form is bypassed.
    path(
        "admin/login/",
        RedirectView.as_view(pattern_name="account_login", query_string=True),
    ),
    path("stripe/webhook/", stripe_webhook, name="stripe_webhook"),
    # Open data (GeoJSON of the maps), the same address in every language.
    path("api/", include("network.api_urls")),
    # The address printed on certificates; it redirects to the visitor's language.
    path(
        "certificates/<str:code>/",
        certificate_verify_short,
        name="certificate_verify_short",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    path("account/network/", include("network.urls")),
    path("account/", include("accounts.urls")),
    path("newsletter/", include("accounts.newsletter_urls")),
    # Goals, calendars (.ics, webcal) and RSS/Atom feeds, per language.
    path("tickets/", include("ticketing.urls")),
    path("learning/", include("courses.urls")),
    path("awards/", include("awards.urls")),
    path("diagnosis/", include("diagnosis.urls")),
    path("search/", include("search.urls")),
    path("events/", include("events.urls")),
    path("", include("cms.urls")),
    # Wagtail's page serving catches everything else, so it stays last.
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

# A 404 under a language prefix points to the page in the languages that have it.
handler404 = "cms.views.page_not_found"
