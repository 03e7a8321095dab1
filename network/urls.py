from django.urls import path

from . import views

app_name = "network"

urlpatterns = [
    path(
        "organisation/<int:pk>/propose/",
        views.propose_changes,
        name="propose_changes",
    ),
]
