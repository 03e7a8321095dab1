"""The entrants' and the jury's screens, under /<lang>/awards/."""

from django.urls import path

from .views import entries, files, jury

app_name = "awards"

urlpatterns = [
    path("editions/<int:edition_id>/enter/", entries.enter, name="enter"),
    path("entries/<str:reference>/", entries.entry, name="entry"),
    path("entries/<str:reference>/summary.pdf", entries.summary, name="entry_summary"),
    path("entries/<str:reference>/withdraw/", entries.withdraw, name="entry_withdraw"),
    path(
        "entries/<str:reference>/files/<int:file_id>/remove/",
        entries.remove_file,
        name="entry_file_remove",
    ),
    path(
        "entries/<str:reference>/<slug:section>/",
        entries.entry_section,
        name="entry_section",
    ),
    path("files/<int:file_id>/", files.entry_file, name="file"),
    path("laureates/<int:file_id>/", files.laureate_image, name="laureate_image"),
    path("jury/", jury.home, name="jury"),
    path("jury/reviews/<int:pk>/", jury.review, name="review"),
]
