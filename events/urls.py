from django.urls import path

from . import views

app_name = "events"

urlpatterns = [
    path("<int:pk>/register/", views.register, name="register"),
    path("cancel/<str:token>/", views.cancel, name="cancel"),
]
