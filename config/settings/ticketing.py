"""Stripe and the conference's ticketing (docs/ticketing.md), read by base.py."""

from decimal import Decimal

import environ

env = environ.Env()  # base.py has read .env into the environment

# --- Stripe -------------------------------------------------------------------------

STRIPE_SECRET_KEY = env("STRIPE_SECRET_KEY", default="")
STRIPE_WEBHOOK_SECRET = env("STRIPE_WEBHOOK_SECRET", default="")
# Lets the tests point the SDK at a local fake Stripe server.
STRIPE_API_BASE = env("STRIPE_API_BASE", default="https://api.stripe.com")
STRIPE_API_VERSION = "2026-10-28.endive"  # the version stripe 16.1 is built for

# --- Ticketing ----------------------------------------------------------------------

# Minutes a card order holds its tickets from the start of payment.
TICKETING_HOLD_MINUTES = env.int("TICKETING_HOLD_MINUTES", default=30)
# Always on; the concurrency test switches it off to show the oversell it prevents.
TICKETING_LOCK_QUOTAS = True
# Seconds a signed Stripe webhook stays acceptable (Stripe's own default).
TICKETING_WEBHOOK_TOLERANCE = 300
# Refunds on one order may add up to this much (in the order's currency) unless the
# person holds ticketing.refund_any_amount (docs/roles.md).
TICKETING_REFUND_LIMIT = Decimal(env("TICKETING_REFUND_LIMIT", default="2000"))
# Wrong voucher codes accepted per session, account and address, per window (seconds).
TICKETING_VOUCHER_ATTEMPTS = env.int("TICKETING_VOUCHER_ATTEMPTS", default=10)
TICKETING_VOUCHER_WINDOW = env.int("TICKETING_VOUCHER_WINDOW", default=3600)
# Unpaid places one buyer may hold at once for a conference, across orders; and of
# those, how many may wait for a bank transfer. An approved group booking request
# raises both for that buyer (docs/ticketing.md, "Holds").
TICKETING_OPEN_PLACES_PER_BUYER = env.int("TICKETING_OPEN_PLACES_PER_BUYER", default=10)
TICKETING_TRANSFER_PLACES_WITHOUT_APPROVAL = env.int(
    "TICKETING_TRANSFER_PLACES_WITHOUT_APPROVAL", default=5
)
# Hours a person at the head of a waiting list has to buy the places offered.
TICKETING_WAITING_LIST_OFFER_HOURS = env.int(
    "TICKETING_WAITING_LIST_OFFER_HOURS", default=24
)

# The seller printed on invoices and credit notes, as French law requires (legal form,
# address, SIREN and intra-EU VAT number). Set the real numbers in production.
TICKETING_SELLER = {
    "name": env(
        "TICKETING_SELLER_NAME",
        default="AIVP – Association Internationale Villes et Ports",
    ),
    "legal_form": env("TICKETING_SELLER_LEGAL_FORM", default="Association loi 1901"),
    "address": env(
        "TICKETING_SELLER_ADDRESS", default="5 quai de la Saône, 76600 Le Havre, France"
    ),
    "siren": env("TICKETING_SELLER_SIREN", default="000 000 000"),
    "vat_number": env("TICKETING_SELLER_VAT_NUMBER", default="FR00000000000"),
}
