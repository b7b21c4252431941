"""What one simulated team member does against `sabt serve` in the web benchmark (locust).

Each user sends about one request a second (so N users ≈ N requests/s) over the main pages and
their API twins: dashboard, a page of the sources list, a source page, and search in Latin and
Persian script. The Bearer token and the source ids come from the environment.

Locust starts all the users in the same instant, and `constant_throughput` keeps each one's
phase, so without a first pause of its own every user would ask at the same moment each second:
a burst of N requests, then nothing. Each user therefore waits a random fraction of a second
before its first request, so that the requests arrive spread over the second.
"""

import os
import random

import gevent
from locust import HttpUser, constant_throughput, task

TOKEN = os.environ["SABT_BENCH_TOKEN"]
SOURCE_IDS = [int(i) for i in os.environ["SABT_BENCH_SOURCE_IDS"].split(",")]
LIST_PAGES = int(os.environ["SABT_BENCH_LIST_PAGES"])
QUERIES = {"latin": "Evin", "persian": "زندان اوین"}


class TeamMember(HttpUser):
    wait_time = constant_throughput(1)

    def on_start(self) -> None:
        self.client.headers["Authorization"] = f"Bearer {TOKEN}"
        gevent.sleep(random.random())

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
