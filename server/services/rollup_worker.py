"""The rollup worker: folds events stored as pending into the coach's rollups.

On SQLite the ingest folds its own events in the transaction that stores them
(server/api/event_writer.py). On PostgreSQL it stores them pending (queued in PendingEvent)
and wakes this worker (`poke()`, safe from any thread), which waits a moment so that
the batches of a busy minute are folded together and runs `apply_pending` in a worker
thread: there the inserts of the next groups and the fold run side by side on two
database connections. A periodic pass picks up what another process stored if that
process died before folding it, and events stored pending by a server of an earlier
version. Claims are made in the database, so several processes never fold one event
twice; a coach's request also catches up first (server/api/deps.py).

One worker per app (`app.state.rollup_worker`), started and stopped by the app's
lifespan.
"""

import asyncio
import logging

from anyio import to_thread
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from server.db import get_engine
from server.services.rollups import apply_pending

log = logging.getLogger("stegvis.rollups")

GATHER_S = 0.25  # let a burst of batches arrive, then fold them in one pass
IDLE_PASS_S = 10.0


class RollupWorker:
    def __init__(self) -> None:
        # Per event loop: an app is normally served by one loop, but a test may enter its
        # lifespan from several threads at once, each with its own loop.
        self._running: dict[asyncio.AbstractEventLoop, tuple[asyncio.Task, asyncio.Event]] = {}

    def start(self) -> None:
        wake = asyncio.Event()
        task = asyncio.create_task(self._run(wake), name="stegvis-rollups")
        self._running[asyncio.get_running_loop()] = (task, wake)

    async def stop(self) -> None:
        task, _wake = self._running.pop(asyncio.get_running_loop(), (None, None))
        if task is None:
            return
        task.cancel()
        # Never let shutdown hang on the worker: a pass in its thread finishes on its own.
        await asyncio.wait({task}, timeout=10)

    def poke(self) -> None:
        """Ask for a pass soon; callable from request threads. No-op when not running."""
        for loop, (_task, wake) in list(self._running.items()):
            if not loop.is_closed():
                loop.call_soon_threadsafe(wake.set)

    @staticmethod
    async def _run(wake: asyncio.Event) -> None:
        while True:
            # asyncio.timeout, not wait_for: on Python 3.11 wait_for can swallow the
            # cancellation that stops this loop when a poke lands at the same moment.
            try:
                async with asyncio.timeout(IDLE_PASS_S):
                    await wake.wait()
            except TimeoutError:
                pass
            else:
                await asyncio.sleep(GATHER_S)
            wake.clear()
            try:
                await to_thread.run_sync(_one_pass)
            except SQLAlchemyError as exc:  # database down: the next pass tries again
                log.warning("rollup pass failed: %s", exc)


def _one_pass() -> int:
    with Session(get_engine()) as session:
        return apply_pending(session, queue_writers=True)
