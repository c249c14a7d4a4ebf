# shellcheck shell=bash
# Throwaway services for the test phases: a PostgreSQL cluster and the app in demo mode.
# Each start records what to stop; services_stop (called from scripts/test's EXIT trap) stops
# whatever is running and removes its folder. Sourced by scripts/test.

PG_DIR=""      # the cluster's folder (mktemp -d, owned by the postgres user)
PG_BIN=""      # the folder with initdb and pg_ctl
PG_PORT=""
APP_PID=""
APP_LOG=""

free_port() { # -> a TCP port on 127.0.0.1 that nobody listens on now
  "$PYTHON" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

pg_bin() { # -> the folder of the newest installed PostgreSQL's initdb and pg_ctl
  local dir
  dir=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then
    echo "$dir"
  elif command -v initdb >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
  else
    return 1
  fi
}

as_postgres() { # runs a command as the postgres system user (as ourselves when not root)
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

postgres_start() { # -> sets PG_PORT; a cluster on 127.0.0.1 with trust auth, user postgres
  PG_BIN=$(pg_bin) || { echo "initdb not found (is the postgresql package installed?)"; return 1; }
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    useradd --system --user-group --home-dir /var/lib/postgresql --shell /bin/sh postgres
  fi
  PG_DIR=$(mktemp -d "${TMPDIR:-/tmp}/minhbach-pg.XXXXXX")
  [ "$(id -u)" -ne 0 ] || chown postgres: "$PG_DIR"
  PG_PORT=$(free_port)
  (
    cd "$PG_DIR" || exit 1 # a folder the postgres user may enter
    as_postgres "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust --encoding=UTF8 \
      --locale=C.UTF-8 --no-sync >"$PG_DIR/initdb.log" 2>&1 ||
      { cat "$PG_DIR/initdb.log"; exit 1; }
    # Disposable data: no fsync. The socket lives in the cluster's folder, TCP on loopback only.
    as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 start \
      -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -c unix_socket_directories='$PG_DIR' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
      >/dev/null ||
      { cat "$PG_DIR/server.log"; exit 1; }
  )
}

postgres_stop() {
  [ -n "$PG_DIR" ] || return 0
  if [ -f "$PG_DIR/data/postmaster.pid" ]; then
    (cd "$PG_DIR" && as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w -t 30 stop) >/dev/null 2>&1 || true
  fi
  rm -rf "$PG_DIR"
  PG_DIR=""
}

app_start() { # binary workdir -> sets APP_PORT; the app in demo mode on 127.0.0.1, healthy
  local binary=$1 work=$2 waited=0
  APP_PORT=$(free_port)
  APP_LOG="$work/server.log"
  mkdir -p "$work/uploads"
  MINHBACH_DB="$work/e2e.sqlite" MINHBACH_UPLOADS="$work/uploads" HOST=127.0.0.1 PORT="$APP_PORT" \
    MINHBACH_DEMO_PASSWORD="$DEMO_PASSWORD" "$binary" demo </dev/null >"$APP_LOG" 2>&1 &
  APP_PID=$!
  until "$PYTHON" - "http://127.0.0.1:$APP_PORT/healthz" <<'PY' 2>/dev/null
import sys, urllib.request
sys.exit(0 if urllib.request.urlopen(sys.argv[1], timeout=2).status == 200 else 1)
PY
  do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      echo "the server stopped before it was healthy; its log:"
      cat "$APP_LOG"
      APP_PID=""
      return 1
    fi
    if [ "$waited" -ge 120 ]; then
      echo "GET /healthz did not answer 200 within 120 s; the server's log:"
      cat "$APP_LOG"
      return 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
  echo "server up on http://127.0.0.1:$APP_PORT after ${waited}s (pid $APP_PID, log $APP_LOG)"
  # The demo command prints the password it gave the demo accounts; trust what it printed.
  local printed
  printed=$(sed -n 's/.*Mật khẩu demo: *\([^ ]*\).*/\1/p' "$APP_LOG" | tail -n 1)
  if [ -n "$printed" ] && [ "$printed" != "$DEMO_PASSWORD" ]; then
    echo "the server printed another demo password than MINHBACH_DEMO_PASSWORD; using the printed one"
    DEMO_PASSWORD=$printed
  fi
}

app_stop() {
  [ -n "$APP_PID" ] || return 0
  kill "$APP_PID" 2>/dev/null || true
  local _
  for _ in $(seq 1 50); do
    kill -0 "$APP_PID" 2>/dev/null || break
    sleep 0.2
  done
  kill -9 "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
}

services_stop() {
  app_stop
  postgres_stop
}
