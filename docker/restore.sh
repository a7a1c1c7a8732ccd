#!/usr/bin/env bash
# Restores a backup made by backup.sh into an empty database, in one transaction: either all of
# it is there afterwards or nothing. Start MaakMatch afterwards; Flyway finds its history and
# applies only migrations newer than the backup. The connection comes from libpq's variables
# (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE); PG_BIN as for backup.sh.
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 FILE.dump" >&2
  exit 2
fi
source=$1
if [ -z "${PGDATABASE:-}" ]; then
  echo "set PGDATABASE (and PGHOST, PGPORT, PGUSER, PGPASSWORD) to the empty database" >&2
  exit 2
fi
if [ ! -r "$source" ]; then
  echo "cannot read $source" >&2
  exit 2
fi
bin=${PG_BIN:+$PG_BIN/}

# restoring over live data would mix two states of the platform: refuse, change nothing
tables=$("${bin}psql" --no-psqlrc --tuples-only --no-align --set=ON_ERROR_STOP=1 \
  --command="SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
if [ "$tables" != "0" ]; then
  echo "$PGDATABASE is not empty ($tables tables): restore into a new, empty database" >&2
  exit 1
fi
"${bin}pg_restore" --no-owner --no-privileges --exit-on-error --single-transaction \
  --dbname="$PGDATABASE" "$source"
plans=$("${bin}psql" --no-psqlrc --tuples-only --no-align --set=ON_ERROR_STOP=1 \
  --command="SELECT count(*) FROM investment_plan")
echo "restored $source into $PGDATABASE: $plans plans"
