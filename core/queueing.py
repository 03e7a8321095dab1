"""Queuing a task never fails the request that queues it.

Every task is queued after the change it follows has been committed, and the work it
stands for is recorded in the database (an unsent outbox row, an order past its hold,
a waiting-list place nobody was offered yet). When the broker cannot be reached, the
publish is logged and dropped, and the periodic sweeps find that work again once the
broker is back. The Celery app uses this class for every task (``config/celery.py``).
"""

import logging

from celery import Task
from kombu.exceptions import OperationalError

logger = logging.getLogger(__name__)


class SafeEnqueueTask(Task):
    """A Celery task whose ``delay()`` and ``apply_async()`` survive a broker outage."""

    def apply_async(self, args=None, kwargs=None, **options):
        try:
            return super().apply_async(args, kwargs, **options)
        except OperationalError as error:
            logger.error(
                "Broker unavailable: %s%r not queued; a periodic sweep will do it: %s",
                self.name,
                tuple(args or ()),
                error,
            )
            return None
