from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("", views.account_home, name="home"),
    path("profile/", views.profile_edit, name="profile"),
    path("organisation/join/", views.organisation_join, name="join"),
    path("organisation/<int:pk>/leave/", views.affiliation_leave, name="leave"),
    path("join-requests/", views.join_requests, name="join_requests"),
    path(
        "join-requests/<int:pk>/decide/",
        views.join_request_decide,
        name="join_request_decide",
    ),
    path("privacy/", views.privacy, name="privacy"),
    path("privacy/export/", views.data_export, name="export"),
    path("privacy/delete/", views.account_delete, name="delete"),
]
