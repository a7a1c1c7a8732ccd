#!/usr/bin/env bash
# Load benchmark of a running MaakMatch (started by README's run command), on loopback only.
#
#   MAAKMATCH_PREVIEW_REQUESTS_PER_MINUTE=100000000 mvn -Prun -DskipTests package   # terminal 1
#   bash bench/load.sh                                                               # terminal 2
#
# The anonymous preview is rate-limited per address (30 a minute by default): start the platform
# with the limit raised as above, or every preview after the 30th counts as an error here.
# Settings: MAAKMATCH_URL (http://localhost:8080), KEYCLOAK_URL (http://localhost:8180),
# BENCH_SECONDS per run (10), BENCH_USER (anna, a firm owner with a stored plan).
# Prints one table (requests per second, p50, p99, errors) and the ratios the README's targets
# are stated in, then the resident memory of the JVM that serves the application.
set -euo pipefail
cd "$(dirname "$0")"

BASE=${MAAKMATCH_URL:-http://localhost:8080}
KEYCLOAK=${KEYCLOAK_URL:-http://localhost:8180}
SECONDS_PER_RUN=${BENCH_SECONDS:-10}
USER_NAME=${BENCH_USER:-anna}

case "$BASE" in
  http://localhost:*|http://127.0.0.1:*) ;;
  *) echo "bench/load.sh measures loopback only; MAAKMATCH_URL=$BASE is not local" >&2; exit 2 ;;
esac

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v jq >/dev/null || missing+=(jq)
command -v curl >/dev/null || missing+=(curl)
if [ ${#missing[@]} -gt 0 ]; then
  run_as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
  echo "Installing ${missing[*]} from Debian"
  run_as_root apt-get update -q >/dev/null
  run_as_root apt-get install -y -q "${missing[@]}" >/dev/null
fi

if ! curl -sf "$BASE/health/ready" >/dev/null; then
  echo "MaakMatch does not answer ready at $BASE/health/ready: start it first (README, Quick start)" >&2
  exit 1
fi

token() {
  curl -sf "$KEYCLOAK/realms/maakmatch/protocol/openid-connect/token" \
    -d grant_type=password -d client_id=maakmatch-test \
    -d "username=$USER_NAME" -d "password=$USER_NAME-demo" | jq -r .access_token
}

TOKEN=$(token)
FIRM=$(curl -sf -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/firms" | jq -r '.[0].id')
PLAN=$(curl -sf -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/firms/$FIRM/plans" \
  | jq -r '[.[] | select(.status != "DRAFT")][0].id // .[0].id')
if [ -z "$PLAN" ] || [ "$PLAN" = null ]; then
  echo "$USER_NAME has no stored plan to match (the demo data gives anna one)" >&2
  exit 1
fi

declare -a ROWS
# run <label> <connections> <path> [method] [body file] [with token]
run() {
  local label=$1 conns=$2 path=$3 method=${4:-GET} body=${5:-} auth=${6:-}
  local bearer=""
  [ -n "$auth" ] && bearer=$(token)
  local threads=$(( conns < 2 ? 1 : 2 ))
  local line
  line=$(WRK_METHOD=$method WRK_BODY=$body WRK_TOKEN=$bearer \
    wrk -t"$threads" -c"$conns" -d"${SECONDS_PER_RUN}s" --timeout 10s -s wrk-report.lua \
      "$BASE$path" | grep '^RESULT')
  read -r _ requests rps p50 p99 errors <<<"$line"
  ROWS+=("$label|$conns|$rps|$p50|$p99|$errors")
  printf '%-52s %3s conns %9s rps  p50 %8s ms  p99 %8s ms  errors %s\n' \
    "$label" "$conns" "$rps" "$p50" "$p99" "$errors" >&2
}

rps_of() { # label conns
  local row
  for row in "${ROWS[@]}"; do
    IFS='|' read -r l c r _ <<<"$row"
    if [ "$l" = "$1" ] && [ "$c" = "$2" ]; then echo "$r"; return; fi
  done
}

PREVIEW=preview-example.json
# every measured path once under load first: the JIT compiles what each one runs, so the table
# compares steady states rather than whichever endpoint happened to be measured first
echo "Warming up (${SECONDS_PER_RUN} s each: the trivial endpoint, the preview, the stored-plan match, the catalogue)" >&2
WRK_METHOD=GET wrk -t2 -c8 -d"${SECONDS_PER_RUN}s" -s wrk-report.lua "$BASE/api/v1/login-status" >/dev/null
WRK_METHOD=POST WRK_BODY=$PREVIEW wrk -t2 -c8 -d"${SECONDS_PER_RUN}s" -s wrk-report.lua \
  "$BASE/api/v1/match/preview" >/dev/null
WRK_METHOD=POST WRK_TOKEN=$(token) wrk -t2 -c8 -d"${SECONDS_PER_RUN}s" -s wrk-report.lua \
  "$BASE/api/v1/plans/$PLAN/match" >/dev/null
WRK_METHOD=GET wrk -t2 -c8 -d"${SECONDS_PER_RUN}s" -s wrk-report.lua "$BASE/api/v1/instruments" >/dev/null

run "GET /api/v1/login-status (trivial JAX-RS)" 64 /api/v1/login-status
run "GET /api/v1/login-status (trivial JAX-RS)" 8 /api/v1/login-status
run "GET /health/live" 8 /health/live
run "GET /health/ready" 8 /health/ready
run "POST /api/v1/match/preview" 64 /api/v1/match/preview POST "$PREVIEW"
run "POST /api/v1/match/preview" 8 /api/v1/match/preview POST "$PREVIEW"
run "POST /api/v1/match/preview" 1 /api/v1/match/preview POST "$PREVIEW"
run "POST /api/v1/match/preview?view=summary" 8 "/api/v1/match/preview?view=summary" POST "$PREVIEW"
run "POST /api/v1/plans/{id}/match (signed in)" 8 "/api/v1/plans/$PLAN/match" POST "" auth
run "GET /api/v1/instruments" 8 /api/v1/instruments

PID=$(ss -ltnpH "sport = :${BASE##*:}" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
RSS_MB=$(( $(awk '/VmRSS/ {print $2}' "/proc/$PID/status") / 1024 ))

echo
echo "| endpoint | conns | rps | p50 ms | p99 ms | errors |"
echo "|---|---|---|---|---|---|"
for row in "${ROWS[@]}"; do
  IFS='|' read -r l c r p50 p99 e <<<"$row"
  echo "| $l | $c | $r | $p50 | $p99 | $e |"
done
echo
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f%%", 100 * a / b }'; }
echo "preview / trivial throughput at 64 connections: $(ratio "$(rps_of "POST /api/v1/match/preview" 64)" "$(rps_of "GET /api/v1/login-status (trivial JAX-RS)" 64)") (target >= 50%)"
echo "health/live / trivial at 8 connections: $(ratio "$(rps_of "GET /health/live" 8)" "$(rps_of "GET /api/v1/login-status (trivial JAX-RS)" 8)") (target >= 100%)"
echo "stored-plan match / preview at 8 connections: $(ratio "$(rps_of "POST /api/v1/plans/{id}/match (signed in)" 8)" "$(rps_of "POST /api/v1/match/preview" 8)") (target >= 50%)"
echo "catalogue / preview at 8 connections: $(ratio "$(rps_of "GET /api/v1/instruments" 8)" "$(rps_of "POST /api/v1/match/preview" 8)") (target >= 50%)"
echo "resident memory of the application JVM (pid $PID): ${RSS_MB} MB (target <= 768 MB)"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
