#!/usr/bin/env bash
# Backs up MaakMatch's database into one pg_dump archive (custom format) and checks that the
# archive reads back. The connection comes from libpq's variables: PGHOST, PGPORT, PGUSER,
# PGPASSWORD (or ~/.pgpass) and PGDATABASE. pg_dump must be of the server's major version or
# newer; PG_BIN names the directory of the one to use (e.g. /usr/lib/postgresql/17/bin).
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 FILE.dump" >&2
  exit 2
fi
target=$1
if [ -z "${PGDATABASE:-}" ]; then
  echo "set PGDATABASE (and PGHOST, PGPORT, PGUSER, PGPASSWORD) to the database to back up" >&2
  exit 2
fi
if [ -e "$target" ]; then
  echo "$target exists: a backup never overwrites one" >&2
  exit 1
fi
bin=${PG_BIN:+$PG_BIN/}

# written beside the target and renamed when complete, so a file of that name is a whole backup
partial="$target.partial"
trap 'rm -f "$partial"' EXIT
"${bin}pg_dump" --format=custom --no-owner --no-privileges --file="$partial"
"${bin}pg_restore" --list "$partial" > /dev/null
mv "$partial" "$target"
trap - EXIT
echo "backed up $PGDATABASE to $target ($(du -h "$target" | cut -f1))"
