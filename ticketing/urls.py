from django.urls import path

from . import views

app_name = "ticketing"

urlpatterns = [
    path("check-in/", views.check_in, name="check_in"),
    path("orders/", views.order_list, name="order_list"),
    path("orders/<str:code>/", views.order_detail, name="order_detail"),
    path("orders/<str:code>/pay/", views.order_pay, name="order_pay"),
    path("orders/<str:code>/paid/", views.order_paid, name="order_paid"),
    path(
        "orders/<str:code>/not-paid/",
        views.order_payment_cancelled,
        name="order_payment_cancelled",
    ),
    path(
        "orders/<str:code>/tickets/<int:pk>.pdf",
        views.ticket_download,
        name="ticket_download",
    ),
    path(
        "orders/<str:code>/pro-forma.pdf",
        views.pro_forma_download,
        name="pro_forma_download",
    ),
    path(
        "orders/<str:code>/invoices/<str:number>.pdf",
        views.invoice_download,
        name="invoice_download",
    ),
    path("waiting-list/", views.waiting_list, name="waiting_list"),
    path(
        "waiting-list/<int:pk>/cancel/",
        views.waiting_list_cancel,
        name="waiting_list_cancel",
    ),
    path("<slug:slug>/", views.tickets, name="tickets"),
    path(
        "<slug:slug>/waiting-list/",
        views.waiting_list_join,
        name="waiting_list_join",
    ),
    path("<slug:slug>/group/", views.group_request, name="group_request"),
    path("<slug:slug>/details/", views.details, name="details"),
    path("<slug:slug>/review/", views.review, name="review"),
]
