#!/usr/bin/env bash
# A throwaway PostgreSQL 15 server with PostGIS for the store's tests: one cluster under target/pg,
# listening on 127.0.0.1 only. .ci/run starts and stops it; a developer can do the same:
#
#   .ci/postgres.sh start
#   SITREP_TEST_PG_URL=$(.ci/postgres.sh url) mvn -B verify
#   .ci/postgres.sh stop
#
# start installs Debian's postgresql and postgresql-15-postgis-3 when they are missing (as root),
# creates the cluster on first use and starts it; a second start finds it running and returns.
# The port is 55432, or SITREP_PG_PORT. Data are disposable: fsync is off.
set -euo pipefail
cd "$(dirname "$0")/.."

PG_MAJOR=15
PORT=${SITREP_PG_PORT:-55432}
ROOT_DIR=$PWD/target/pg
BIN=/usr/lib/postgresql/$PG_MAJOR/bin
# One role authenticates with a password, so tests can check credentials; the rest is trusted.
PASSWORD_ROLE=sitrep_pw

say() { echo "postgres.sh: $*" >&2; }

installed() {
  [ -x "$BIN/pg_ctl" ] && [ -x "$BIN/initdb" ] \
    && dpkg -s "postgresql-$PG_MAJOR-postgis-3" >/dev/null 2>&1
}

install() {
  if installed; then
    return
  fi
  if [ "$(id -u)" != 0 ]; then
    say "PostgreSQL $PG_MAJOR with PostGIS is missing; as root: apt-get install -y postgresql postgresql-$PG_MAJOR-postgis-3"
    exit 1
  fi
  # no default cluster on port 5432: the tests bring their own, and CI leaves nothing running
  mkdir -p /etc/postgresql-common/createcluster.d
  echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.d/sitrep-no-main.conf
  say "installing postgresql and postgresql-$PG_MAJOR-postgis-3"
  apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    postgresql "postgresql-$PG_MAJOR-postgis-3" >&2
}

# PostgreSQL refuses to run as root: then its files belong to the postgres user, which must be
# able to reach them. In a tree it cannot enter (a clone under /root) the cluster goes to /tmp.
as_pg() {
  if [ "$(id -u)" = 0 ]; then
    # from /, since the postgres user may not enter the current directory; paths are absolute
    (cd / && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

cluster_dir() {
  mkdir -p "$ROOT_DIR"
  if [ "$(id -u)" = 0 ]; then
    chown postgres: "$ROOT_DIR"
    if ! runuser -u postgres -- test -w "$ROOT_DIR"; then
      local tmp=/tmp/sitrep-pg-$PORT
      mkdir -p "$tmp"
      chown postgres: "$tmp"
      chmod 700 "$tmp"
      echo "$tmp"
      return
    fi
  fi
  echo "$ROOT_DIR"
}

running() {
  local dir=$1
  [ -f "$dir/data/postmaster.pid" ] && as_pg "$BIN/pg_ctl" -D "$dir/data" status >/dev/null 2>&1
}

start() {
  install
  local dir
  dir=$(cluster_dir)
  if running "$dir"; then
    say "already running on port $PORT ($dir)"
    return
  fi
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    rm -rf "$dir/data"
    as_pg "$BIN/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 \
      --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    as_pg tee "$dir/data/pg_hba.conf" >/dev/null <<EOF
local all all trust
host all $PASSWORD_ROLE 127.0.0.1/32 scram-sha-256
host all $PASSWORD_ROLE ::1/128 scram-sha-256
host all all 127.0.0.1/32 trust
host all all ::1/128 trust
EOF
  fi
  # no Unix socket: its path length is limited and its default directory may not exist
  as_pg "$BIN/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 \
    -o "-p $PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c fsync=off" \
    -o "-c synchronous_commit=off -c full_page_writes=off -c max_connections=50" \
    start >/dev/null || { tail -20 "$dir/postgres.log" >&2; exit 1; }
  say "PostgreSQL $PG_MAJOR running on 127.0.0.1:$PORT ($dir)"
}

stop() {
  local dir
  dir=$(cluster_dir)
  if running "$dir"; then
    as_pg "$BIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
    say "stopped"
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  url) echo "jdbc:postgresql://127.0.0.1:$PORT/postgres?user=postgres" ;;
  *) echo "usage: $0 start|stop|url" >&2; exit 1 ;;
esac
