#!/usr/bin/env bash
# Cold start of the application's JVM to ready, with Keycloak and PostgreSQL already running:
# against a platform started by README's run command, a second Payara Micro is started the way
# the run command starts it (same JVM options and settings, its own root directory and class-data
# archive), on another port, and timed until the application answers; then stopped. The first
# start writes the archive (as the run command's first run does) and is reported apart.
#
#   bash bench/coldstart.sh        # BENCH_STARTS (3) timed starts, BENCH_PORT (8091)
set -euo pipefail

BASE=${MAAKMATCH_URL:-http://localhost:8080}
PORT=${BENCH_PORT:-8091}
STARTS=${BENCH_STARTS:-3}

PID=$(ss -ltnpH "sport = :${BASE##*:}" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
if [ -z "$PID" ] || ! tr '\0' '\n' < "/proc/$PID/cmdline" | grep -q launch-micro.jar; then
  echo "No MaakMatch (Payara Micro) listens at $BASE: start it first (README, Quick start)" >&2
  exit 1
fi
mapfile -t RUNNING < <(tr '\0' '\n' < "/proc/$PID/cmdline")
JAVA=${RUNNING[0]}
OPTIONS=() SETTINGS=() ARGS=()
for ((i = 1; i < ${#RUNNING[@]}; i++)); do
  a=${RUNNING[$i]}
  case "$a" in
    -XX:SharedArchiveFile=*|-XX:ArchiveClassesAtExit=*|-Xlog:cds*) ;;
    -D*) SETTINGS+=("$a") ;;
    -jar) i=$((i + 1)) ;;
    --port) ARGS+=(--port "$PORT"); i=$((i + 1)) ;;
    -*) if [ ${#ARGS[@]} -eq 0 ] && [[ "$a" == -X* || "$a" == -XX* ]]; then OPTIONS+=("$a"); else ARGS+=("$a"); fi ;;
    *) ARGS+=("$a") ;;
  esac
done

PAYARA=$(find ~/.m2/repository/fish/payara/extras/payara-micro -name 'payara-micro-*.jar' | sort | tail -1)
ROOT=$(mktemp -d /tmp/maakmatch-coldstart-XXXX)
trap 'rm -rf "$ROOT"' EXIT
"$JAVA" -jar "$PAYARA" --rootdir "$ROOT" --outputlauncher >/dev/null
ARCHIVE=$ROOT/classes.jsa

# start <label> <archive option>: seconds from the JVM's start to the application's first answer
start() {
  local begin end pid
  begin=$(date +%s.%N)
  "$JAVA" "${OPTIONS[@]}" "$2" '-Xlog:cds*=off' "${SETTINGS[@]}" -jar "$ROOT/launch-micro.jar" \
    "${ARGS[@]}" > "$ROOT/$1.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://localhost:$PORT/api/v1/instruments"; do
    kill -0 "$pid" 2>/dev/null || { echo "Payara stopped: see $ROOT/$1.log" >&2; exit 1; }
    sleep 0.2
  done
  end=$(date +%s.%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  awk -v b="$begin" -v e="$end" 'BEGIN { printf "%.1f", e - b }'
}

echo "first start (writes the class-data archive): $(start first "-XX:ArchiveClassesAtExit=$ARCHIVE") s"
for n in $(seq 1 "$STARTS"); do
  echo "cold start $n: $(start "start$n" "-XX:SharedArchiveFile=$ARCHIVE") s (target <= 20 s)"
done
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1)"
