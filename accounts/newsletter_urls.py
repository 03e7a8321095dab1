from django.urls import path

from . import views

app_name = "newsletter"

urlpatterns = [
    path("", views.newsletter_subscribe, name="subscribe"),
    path("unsubscribe/<uuid:token>/", views.newsletter_withdraw, name="withdraw"),
]
