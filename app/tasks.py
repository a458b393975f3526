"""The task queue: one code path, two backends chosen by config.

Huey, because it has both backends we need behind one API and nothing else to run:

* no ``REDIS_URL`` → ``SqliteHuey`` (a persistent queue in ``instance/queue.sqlite3``); its
  own ``Consumer`` with thread workers is started inside the web process on the first
  request, so ``flask --app app run`` alone serves everything and queued work survives a
  restart;
* ``REDIS_URL`` → ``RedisHuey``; ``flask --app app worker`` runs consumers on other machines.

Tests set ``HUEY_IMMEDIATE`` (huey's immediate mode: tasks run at enqueue time, in memory).

Each app gets its own ``Huey`` instance (``app.extensions["huey"]``) with its tasks bound to
that app, so the task body runs in an application context. Every enqueued job has a ``Task``
row (models.Task) tracked per document.
"""
from __future__ import annotations

import atexit
import logging
import threading
from typing import Callable

from huey import Huey, RedisHuey, SqliteHuey
from huey.consumer import Consumer

log = logging.getLogger(__name__)


def _sqlite_huey(config) -> Huey:
    return SqliteHuey(name=config.get("HUEY_NAME", "wcr"), filename=config["HUEY_SQLITE_PATH"],
                      immediate=config["HUEY_IMMEDIATE"], results=False, timeout=30)


def _redis_huey(config) -> Huey:
    return RedisHuey(name=config.get("HUEY_NAME", "wcr"), url=config["REDIS_URL"],
                     immediate=config["HUEY_IMMEDIATE"], results=False)


QUEUES: dict[str, Callable[[object], Huey]] = {"sqlite": _sqlite_huey, "redis": _redis_huey}


def queue_kind(config) -> str:
    return "redis" if config.get("REDIS_URL") else "sqlite"


class EmbeddedConsumer(Consumer):
    """huey's consumer started from a non-main thread of the web process: no signal handlers
    (the web server owns the signals); stopped at exit."""

    def _set_signal_handlers(self):
        pass


def init_app(app) -> None:
    huey = QUEUES[queue_kind(app.config)](app.config)

    @huey.task(context=True)
    def extract_document(document_id: int, task=None):
        with app.app_context():
            from app.services.documents import process_document

            process_document(document_id, task_id=task.id if task else None)

    app.extensions["huey"] = huey
    app.extensions["huey_tasks"] = {"extract": extract_document}
    app.extensions["huey_consumer"] = None
    app.extensions["huey_consumer_lock"] = threading.Lock()

    if app.config.get("EMBEDDED_WORKER") and not app.config["HUEY_IMMEDIATE"]:
        @app.before_request
        def _ensure_consumer() -> None:
            start_embedded_consumer(app)


def enqueue(app, name: str, *args, on_id: Callable[[str], None] | None = None) -> str:
    """Put a job on the queue and return its id. ``on_id(job_id)`` runs before the job is
    queued (to record the Task row first: in immediate mode the job runs inside enqueue)."""
    huey: Huey = app.extensions["huey"]
    job = app.extensions["huey_tasks"][name].s(*args)
    if on_id is not None:
        on_id(job.id)
    huey.enqueue(job)
    return job.id


def start_embedded_consumer(app) -> Consumer:
    """Start the in-process consumer once (idempotent, thread-safe)."""
    consumer = app.extensions.get("huey_consumer")
    if consumer is not None:
        return consumer
    with app.extensions["huey_consumer_lock"]:
        if app.extensions["huey_consumer"] is None:
            consumer = EmbeddedConsumer(app.extensions["huey"], workers=app.config["HUEY_WORKERS"],
                                        worker_type="thread", periodic=False, max_delay=1.0,
                                        check_worker_health=False)
            if queue_kind(app.config) == "sqlite":
                from app.services.documents import requeue_interrupted

                with app.app_context():
                    requeue_interrupted()
            consumer.start()
            app.extensions["huey_consumer"] = consumer
            atexit.register(stop_embedded_consumer, app)
            log.info("embedded task consumer started (%s workers)", app.config["HUEY_WORKERS"])
    return app.extensions["huey_consumer"]


def stop_embedded_consumer(app) -> None:
    consumer = app.extensions.get("huey_consumer")
    if consumer is not None:
        consumer.stop(graceful=True)
        app.extensions["huey_consumer"] = None


def run_worker(app, workers: int) -> None:
    """`flask worker`: a foreground consumer (signals handled) for another machine."""
    Consumer(app.extensions["huey"], workers=workers, worker_type="thread",
             periodic=False, max_delay=2.0).run()
