"""Routes of the editorial core that are not pages (under the language prefix)."""

from django.urls import path, re_path

from . import feeds, views

app_name = "cms"

urlpatterns = [
    path("agenda-2030/", views.goal_index, name="goal_index"),
    path("agenda-2030/<slug:slug>/", views.goal_detail, name="goal_detail"),
    path("agenda-2030/colours.css", views.goal_colours, name="goal_colours"),
    path("calendar/agenda.ics", views.agenda_ics, name="agenda_ics"),
    # At most 18 digits: larger numbers do not fit a database integer.
    re_path(
        r"^calendar/events/(?P<pk>[0-9]{1,18})\.ics$", views.event_ics, name="event_ics"
    ),
    path("feeds/news.rss", feeds.NewsFeed(), name="news_rss"),
    path("feeds/news.atom", feeds.NewsAtomFeed(), name="news_atom"),
    path(
        "feeds/news/<str:kind>/<slug:slug>.rss",
        feeds.NewsFeed(),
        name="news_rss_filtered",
    ),
    path(
        "feeds/news/<str:kind>/<slug:slug>.atom",
        feeds.NewsAtomFeed(),
        name="news_atom_filtered",
    ),
    path("feeds/agenda.rss", feeds.AgendaFeed(), name="agenda_rss"),
    path("feeds/agenda.atom", feeds.AgendaAtomFeed(), name="agenda_atom"),
]
