#!/usr/bin/env python3
"""Soak test of a running MaakMatch (started by README's run command), on loopback only.

    MAAKMATCH_PREVIEW_REQUESTS_PER_MINUTE=100000000 mvn -Prun -DskipTests package   # terminal 1
    python3 bench/soak.py                                                            # terminal 2

Mixed load for SOAK_SECONDS (600) from SOAK_WORKERS (4) threads: anonymous match previews,
sign-ins at Keycloak (each worker every 30 s at most, one at a time: the realm's brute-force
guard takes a burst of logins of one user for an attack), plan edits (read, then write with If-Match) and introductions to a bank
(introduce, then withdraw), each worker on plans of its own in a firm registered for the run.
Every answer is checked; the resident memory of the JVM that serves the application is sampled
every 15 s. Prints requests, errors and latencies per kind and the memory over the run; exits 1
on any error or when the memory of the last third of the run exceeds that of the middle third
by more than SOAK_RSS_GROWTH_MB (32).
Settings: MAAKMATCH_URL (http://localhost:8080), KEYCLOAK_URL (http://localhost:8180),
SOAK_USER (anna, a firm owner of the demo realm; password <user>-demo).
"""
import json
import os
import random
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

BASE = os.environ.get("MAAKMATCH_URL", "http://localhost:8080")
KEYCLOAK = os.environ.get("KEYCLOAK_URL", "http://localhost:8180")
SECONDS = int(os.environ.get("SOAK_SECONDS", "600"))
WORKERS = int(os.environ.get("SOAK_WORKERS", "4"))
USER = os.environ.get("SOAK_USER", "anna")
GROWTH_MB = int(os.environ.get("SOAK_RSS_GROWTH_MB", "32"))
BANK = "rabobank-demo"
HERE = os.path.dirname(os.path.abspath(__file__))

for url in (BASE, KEYCLOAK):
    host = urllib.parse.urlparse(url).hostname
    if host not in ("localhost", "127.0.0.1"):
        sys.exit(f"bench/soak.py runs on loopback only; {url} is not local")


def call(method, path, body=None, token=None, headers=None):
    """One request; (status, headers, parsed body or text, seconds)."""
    data = None
    all_headers = {"Accept": "application/json"}
    if body is not None:
        data = json.dumps(body).encode()
        all_headers["Content-Type"] = "application/json"
    if token:
        all_headers["Authorization"] = "Bearer " + token
    all_headers.update(headers or {})
    request = urllib.request.Request(BASE + path, data=data, method=method, headers=all_headers)
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            status, answer, text = response.status, response.headers, response.read()
    except urllib.error.HTTPError as e:
        status, answer, text = e.code, e.headers, e.read()
    elapsed = time.perf_counter() - started
    try:
        parsed = json.loads(text) if text else None
    except ValueError:
        parsed = text.decode(errors="replace")
    return status, answer, parsed, elapsed


SIGN_INS = threading.Lock()
SIGN_IN_SPACING = 1.5  # the realm's brute-force guard takes logins under 1 s apart for an attack


def sign_in():
    with SIGN_INS:
        time.sleep(SIGN_IN_SPACING)
        return _sign_in()


def _sign_in():
    form = urllib.parse.urlencode(
        {"grant_type": "password", "client_id": "maakmatch-test",
         "username": USER, "password": USER + "-demo"}).encode()
    started = time.perf_counter()
    with urllib.request.urlopen(
            KEYCLOAK + "/realms/maakmatch/protocol/openid-connect/token", form, timeout=30) as r:
        token = json.loads(r.read())["access_token"]
    return token, time.perf_counter() - started


def a_firm():
    kvk = "".join(random.choice("0123456789") for _ in range(8))
    return {"kvkNumber": kvk, "legalName": "Duurproef Metaal B.V.", "sbiCodes": ["25.62"],
            "province": "NB", "foundedOn": "2012-05-01", "employees": 45,
            "annualTurnoverEur": 8_000_000, "balanceSheetTotalEur": 5_000_000,
            "publicBodyOwnershipPct": 0, "relations": [], "deMinimisAid": []}


def a_plan(title):
    return {"title": title, "description": "Duurproef: een freeslijn en robotbelading.",
            "purposes": ["MACHINERY", "PROCESS_INNOVATION"],
            "capexLines": [{"description": "5-assige freesmachine", "category": "MACHINERY",
                            "amountEur": 900_000, "year": 2027, "economicLifeYears": 10}],
            "ownContributionEur": 200_000, "committedByOthersEur": 0, "startsOn": "2027-06-01",
            "milestones": [], "keyTechnologies": [], "trl": 9}


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.times = {}
        self.errors = {}
        self.samples = []

    def ok(self, kind, seconds):
        with self.lock:
            self.times.setdefault(kind, []).append(seconds)

    def error(self, kind, what):
        with self.lock:
            self.errors[kind] = self.errors.get(kind, 0) + 1
            if len(self.samples) < 10:
                self.samples.append(f"{kind}: {what}"[:300])


def expect(tally, kind, reply, *statuses):
    status, _, body, seconds = reply
    if status in statuses:
        tally.ok(kind, seconds)
        return True
    tally.error(kind, f"{status} {body}")
    return False


class Worker(threading.Thread):
    def __init__(self, number, firm, token, preview, tally, until):
        super().__init__(daemon=True)
        self.number, self.firm, self.token = number, firm, token
        self.example, self.tally, self.until = preview, tally, until
        self.edits = 0
        self.signed_in_at = time.time()

    def run(self):
        plans = f"/api/v1/firms/{self.firm}/plans"
        status, headers, body, _ = call("POST", plans, a_plan(f"Bewerkt {self.number}"), self.token)
        self.editing = body["id"]
        status, headers, body, _ = call("POST", plans, a_plan(f"Voorgesteld {self.number}"),
                                        self.token)
        self.introduced = body["id"]
        call("POST", f"{plans}/{self.introduced}/submit", None, self.token)
        kinds = ["preview"] * 4 + ["edit"] * 3 + ["introduction"] * 2 + ["sign-in"]
        while time.time() < self.until:
            kind = random.choice(kinds)
            try:
                getattr(self, kind.replace("-", "_"))(plans)
            except Exception as e:  # a refused connection or a timeout is an error too
                self.tally.error(kind, repr(e))

    def preview(self, plans):
        expect(self.tally, "preview", call("POST", "/api/v1/match/preview", self.example), 200)

    def sign_in(self, plans):
        if time.time() - self.signed_in_at < 30:
            return self.preview(plans)
        self.signed_in_at = time.time()
        self.token, seconds = sign_in()
        status, _, body, used = call("GET", "/api/v1/firms", None, self.token)
        if status == 200:
            self.tally.ok("sign-in", seconds + used)
        else:
            self.tally.error("sign-in", f"{status} {body}")

    def edit(self, plans):
        path = f"{plans}/{self.editing}"
        read = call("GET", path, None, self.token)
        if not expect(self.tally, "edit", read, 200):
            return
        self.edits += 1
        plan = a_plan(f"Bewerkt {self.number}")
        plan["description"] = f"Duurproef, wijziging {self.edits}."
        expect(self.tally, "edit",
               call("PUT", path, plan, self.token, {"If-Match": read[1]["ETag"]}), 200)

    def introduction(self, plans):
        introduced = call("POST", f"{plans}/{self.introduced}/introductions",
                          {"organisation": BANK, "instrumentIds": ["bmkb"], "share": ["PLAN"],
                           "message": "Duurproef"}, self.token)
        if expect(self.tally, "introduction", introduced, 201):
            expect(self.tally, "introduction",
                   call("POST", f"/api/v1/introductions/{introduced[2]['id']}/withdraw", None,
                        self.token), 200)


def application_pid():
    found = subprocess.run(["pgrep", "-f", "launch-micro"], capture_output=True, text=True)
    pids = found.stdout.split()
    return int(pids[0]) if pids else None


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))] * 1000


def main():
    status, _, _, _ = call("GET", "/health/ready")
    if status != 200:
        sys.exit(f"MaakMatch does not answer ready at {BASE}/health/ready: start it first")
    pid = application_pid()
    token, _ = _sign_in()
    status, headers, firm, _ = call("POST", "/api/v1/firms", a_firm(), token)
    if status != 201:
        sys.exit(f"could not register the soak's firm: {status} {firm}")
    with open(os.path.join(HERE, "preview-example.json")) as example:
        preview = json.load(example)
    tally = Tally()
    started = time.time()
    until = started + SECONDS
    memory = []
    workers = [Worker(n, firm["id"], token, preview, tally, until) for n in range(WORKERS)]
    for worker in workers:
        worker.start()
    print(f"Soak: {WORKERS} workers for {SECONDS} s against {BASE} (application pid {pid})")
    while time.time() < until:
        if pid:
            memory.append((time.time() - started, rss_mb(pid)))
            print(f"  {memory[-1][0]:5.0f} s  resident {memory[-1][1]:6.0f} MB", flush=True)
        time.sleep(15)
    for worker in workers:
        worker.join(60)

    print(f"\n| kind | requests | errors | p50 ms | p99 ms |\n|---|---|---|---|---|")
    for kind in ("preview", "edit", "introduction", "sign-in"):
        times = tally.times.get(kind, [])
        print(f"| {kind} | {len(times)} | {tally.errors.get(kind, 0)} | "
              f"{percentile(times, 0.5) if times else 0:.1f} | "
              f"{percentile(times, 0.99) if times else 0:.1f} |")
    failed = False
    errors = sum(tally.errors.values())
    if errors:
        failed = True
        print(f"\n{errors} errors, e.g.:\n  " + "\n  ".join(tally.samples))
    if len(memory) >= 6:
        third = len(memory) // 3
        middle = max(rss for _, rss in memory[third:2 * third])
        last = max(rss for _, rss in memory[2 * third:])
        print(f"\nResident memory: first {memory[0][1]:.0f} MB, highest of the middle third "
              f"{middle:.0f} MB, of the last third {last:.0f} MB (allowed growth {GROWTH_MB} MB)")
        if last - middle > GROWTH_MB:
            failed = True
            print("Resident memory still grows at the end of the run")
    print("\nFAILED" if failed else "\nPASSED: no error, no growth of resident memory")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
