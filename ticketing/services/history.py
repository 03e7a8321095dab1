"""State changes of orders, written to the project's audit log.

Every change of an order's state or payment leaves an entry ``ticketing.order.<verb>``
in ``core.AuditEntry`` (who, when, from which state to which), in the transaction that
makes the change.

Every change also reaches the functions registered under the Wagtail hook
``ticketing_order_state_changed`` (``fn(order=, from_state=, to_state=, actor=)``), in
the same transaction: the module whose places an order pays for (a course promotion)
confirms or frees them with the money, or not at all.
"""

from wagtail import hooks

from core.audit import audit_record

from ..models import Order

STATE_CHANGED_HOOK = "ticketing_order_state_changed"


def order_log(
    *,
    order: Order,
    action: str,
    actor=None,
    from_state: str = "",
    to_state: str = "",
    **data,
) -> None:
    """Record ``ticketing.order.<action>``; details are kept as text."""
    audit_record(
        subject=order,
        actor=actor,
        action=f"ticketing.order.{action}",
        from_state=from_state,
        to_state=to_state,
        data={key: str(value) for key, value in data.items()},
    )


def order_set_state(*, order: Order, to_state: str, action: str, actor=None, **data):
    """Move a (locked) order to a new state and record who did it."""
    if to_state not in Order.State.values:
        raise ValueError(f"Unknown order state: {to_state!r}")
    from_state = order.state
    order.state = to_state
    order.save()
    order_log(
        order=order,
        action=action,
        actor=actor,
        from_state=from_state,
        to_state=to_state,
        **data,
    )
    for state_changed in hooks.get_hooks(STATE_CHANGED_HOOK):
        state_changed(
            order=order, from_state=from_state, to_state=to_state, actor=actor
        )


def order_flag(*, order: Order, reason: str, **data) -> None:
    """Ask staff to look at a (locked) order: money and places no longer match."""
    order.needs_attention = True
    order.attention_reason = "\n".join(filter(None, [order.attention_reason, reason]))
    order.save(update_fields=["needs_attention", "attention_reason"])
    order_log(order=order, action="flagged", reason=reason, **data)
