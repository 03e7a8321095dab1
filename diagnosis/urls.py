"""Members' self-diagnosis screens, under /<lang>/diagnosis/."""

from django.urls import path

from . import colleagues, views

app_name = "diagnosis"

urlpatterns = [
    path("", views.home, name="home"),
    path("organisations/<int:organisation_id>/start/", views.start, name="start"),
    path(
        "organisations/<int:organisation_id>/contributors/",
        colleagues.contributors,
        name="contributors",
    ),
    path(
        "organisations/<int:organisation_id>/invitations/",
        colleagues.invite,
        name="invite",
    ),
    path(
        "organisations/<int:organisation_id>/invitations/<int:pk>/withdraw/",
        colleagues.withdraw,
        name="withdraw",
    ),
    path("invitations/<str:token>/", colleagues.invitation, name="invitation"),
    path("assessments/<int:pk>/", views.assessment, name="assessment"),
    path("assessments/<int:pk>/goals/<int:number>/", views.goal, name="goal"),
    path("assessments/<int:pk>/submit/", views.submit, name="submit"),
    path("assessments/<int:pk>/status/", views.status, name="status"),
    path("assessments/<int:pk>/results/", views.results, name="results"),
    path(
        "assessments/<int:pk>/results.pdf",
        views.results_download,
        name="results_pdf",
    ),
]
