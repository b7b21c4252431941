"""What one simulated team member does against `sabt serve` in the web benchmark (locust).

Each user sends about one request a second (so N users ≈ N requests/s) over the main pages and
their API twins: dashboard, a page of the sources list, a source page, and search in Latin and
Persian script. The Bearer token and the source ids come from the environment.

Locust starts all the users in the same instant, so each user keeps a schedule of its own: one
request a second from a random phase within the first second, so that the requests arrive spread
over the second. (Locust's `constant_throughput` cannot do this: it counts from the user's
creation, so a pause in `on_start` is taken off the first wait and every user asks at the same
moment each second — a burst of N requests, then nothing; measured so, ten users saw ~110 ms for
requests that take 10–15 ms alone.)
"""

import os
import random
import time

import gevent
from locust import HttpUser, task

TOKEN = os.environ["SABT_BENCH_TOKEN"]
SOURCE_IDS = [int(i) for i in os.environ["SABT_BENCH_SOURCE_IDS"].split(",")]
LIST_PAGES = int(os.environ["SABT_BENCH_LIST_PAGES"])
QUERIES = {"latin": "Evin", "persian": "زندان اوین"}


class TeamMember(HttpUser):
    def on_start(self) -> None:
        self.client.headers["Authorization"] = f"Bearer {TOKEN}"
        self.due = time.perf_counter() + random.random()
        gevent.sleep(self.due - time.perf_counter())

    def wait_time(self) -> float:
        """Until this user's next second, however long the last request took."""
        self.due += 1.0
        return max(0.0, self.due - time.perf_counter())

    def _both(self, html: str, api: str, name: str, **params: str) -> None:
        twin = random.random() < 0.5
        self.client.get(api if twin else html, params=params, name=("api " if twin else "") + name)

    @task(2)
    def dashboard(self) -> None:
        self._both("/", "/api/v1/dashboard", "dashboard")

    @task(2)
    def sources(self) -> None:
        number = str(random.randint(1, LIST_PAGES))
        self._both("/sources", "/api/v1/sources", "sources list", page=number)

    @task(3)
    def source(self) -> None:
        chosen = random.choice(SOURCE_IDS)
        self._both(f"/sources/{chosen}", f"/api/v1/sources/{chosen}", "source page")

    @task(2)
    def search_latin(self) -> None:
        self._both("/search", "/api/v1/search", "search latin", q=QUERIES["latin"])

    @task(2)
    def search_persian(self) -> None:
        self._both("/search", "/api/v1/search", "search persian", q=QUERIES["persian"])
