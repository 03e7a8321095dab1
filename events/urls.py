from django.urls import path

from . import views

app_name = "events"

urlpatterns = [
    path("<int:pk>/register/", views.register, name="register"),
    path("registrants/<int:pk>/pay/", views.pay, name="pay"),
    path("cancel/<str:token>/", views.cancel, name="cancel"),
    path("<int:pk>/recording/", views.recording, name="recording"),
    path("<int:pk>/slides/", views.slides, name="slides"),
]
