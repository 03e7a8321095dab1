"""Checkout forms. They check shape only; prices and places are the services' job."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import ATTENDEE_FIELDS, INVOICE_FIELDS, Order, OrderPosition, TicketType


class TicketSelectionForm(forms.Form):
    """A quantity per ticket type offered, and an optional voucher code."""

    voucher = forms.CharField(label=_("Voucher code"), max_length=50, required=False)

    def __init__(self, *args, ticket_types: list[TicketType], **kwargs):
        super().__init__(*args, **kwargs)
        self.ticket_types = ticket_types
        for ticket_type in ticket_types:
            self.fields[f"quantity_{ticket_type.pk}"] = forms.IntegerField(
                label=ticket_type.local_name,
                min_value=0,
                max_value=ticket_type.max_per_order,
                initial=0,
                required=False,
            )

    def quantity_fields(self):
        return [
            (ticket_type, self[f"quantity_{ticket_type.pk}"])
            for ticket_type in self.ticket_types
        ]

    def clean(self):
        cleaned = super().clean()
        chosen = {}
        for ticket_type in self.ticket_types:
            quantity = cleaned.get(f"quantity_{ticket_type.pk}") or 0
            if quantity and quantity < ticket_type.min_per_order:
                self.add_error(
                    f"quantity_{ticket_type.pk}",
                    _("Choose at least %(min)d.") % {"min": ticket_type.min_per_order},
                )
            if quantity:
                chosen[ticket_type.pk] = quantity
        if not chosen and not self.errors:
            raise forms.ValidationError(_("Choose at least one ticket."))
        cleaned["chosen"] = chosen
        return cleaned


class AttendeeForm(forms.ModelForm):
    class Meta:
        model = OrderPosition
        fields = ATTENDEE_FIELDS
        labels = {
            "attendee_name": _("Full name"),
            "attendee_email": _("E-mail"),
            "organisation": _("Organisation"),
            "badge_name": _("Name on the badge"),
            "dietary_needs": _("Dietary needs"),
            "access_needs": _("Access needs"),
        }


AttendeeFormSet = forms.formset_factory(AttendeeForm, extra=0)


class InvoiceForm(forms.ModelForm):
    payment_method = forms.ChoiceField(
        label=_("Payment method"),
        choices=Order.PaymentMethod.choices,
        widget=forms.RadioSelect,
        initial=Order.PaymentMethod.CARD,
    )

    class Meta:
        model = Order
        fields = (*INVOICE_FIELDS, "payment_method")
        widgets = {"invoice_address": forms.Textarea(attrs={"rows": 3})}


class ReviewForm(forms.Form):
    accept_terms = forms.BooleanField(
        label=_("I accept the terms and conditions of sale."), required=True
    )


class WaitingListJoinForm(forms.Form):
    """How many tickets of a sold-out type the person would buy if places return."""

    ticket_type = forms.IntegerField(widget=forms.HiddenInput)
    quantity = forms.IntegerField(
        label=_("Tickets wanted"), min_value=1, max_value=99, initial=1
    )


class GroupRequestForm(forms.Form):
    """A buyer asks to book more places than the limits allow."""

    places = forms.IntegerField(
        label=_("Number of tickets"), min_value=2, max_value=500
    )
    organisation = forms.CharField(label=_("Organisation"), max_length=200)
    message = forms.CharField(
        label=_("Message"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Who is in the group, and how you will pay."),
    )
