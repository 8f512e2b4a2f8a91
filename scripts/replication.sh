#!/usr/bin/env bash
# A MariaDB primary and a replica on this machine, with binlog replication between them, for the
# read-replica tests (packages/api/test/replica-*.int-spec.ts) and for trying DATABASE_REPLICA_URLS.
#
#   scripts/replication.sh start   # primary on 127.0.0.1:3310, replica on 127.0.0.1:3311 (GTID replication)
#   scripts/replication.sh stop    # stops both and removes their data directories
#   scripts/replication.sh env     # the TEST_DATABASE_URL / TEST_REPLICA_URLS lines for the tests
#
# Each server has its own data directory under $REPLICATION_DIR (default /tmp/roster-replication),
# its own socket and port; the machine's own MariaDB (port 3306) is not touched. The test user
# roster_ci / roster_ci is created on the primary and replicated; the replica is read_only.
set -euo pipefail
DIR=${REPLICATION_DIR:-/tmp/roster-replication}
PRIMARY_PORT=${PRIMARY_PORT:-3310}
REPLICA_PORT=${REPLICA_PORT:-3311}
# One database per jest worker (packages/api/jest.config.js: one per core, at least two).
workers=$(( $(nproc) > 2 ? $(nproc) : 2 ))
DBS=${REPLICATION_DATABASES:-roster_rp $(for n in $(seq 2 "$workers"); do printf 'roster_rp_%s ' "$n"; done)}

sql() { mysql --no-defaults -uroot -S "$DIR/$1/mysqld.sock" -e "$2"; }

start_server() { # name port server-id extra-args...
  local name=$1 port=$2 id=$3; shift 3
  # Already running (an earlier start): keep it.
  mysqladmin --no-defaults -uroot -S "$DIR/$name/mysqld.sock" ping >/dev/null 2>&1 && return 0
  if [ ! -d "$DIR/$name/data/mysql" ]; then
    mkdir -p "$DIR/$name"
    mariadb-install-db --no-defaults --datadir="$DIR/$name/data" --user="$(id -un)" \
      --auth-root-authentication-method=socket --skip-test-db >"$DIR/$name/install.log" 2>&1
  fi
  start-stop-daemon --start --background --make-pidfile --pidfile "$DIR/$name/pid" \
    --exec /usr/sbin/mariadbd -- --no-defaults --datadir="$DIR/$name/data" --user="$(id -un)" \
    --port="$port" --bind-address=127.0.0.1 --socket="$DIR/$name/mysqld.sock" \
    --pid-file="$DIR/$name/mariadbd.pid" --log-error="$DIR/$name/error.log" \
    --server-id="$id" --skip-name-resolve --innodb-buffer-pool-size=64M --max-connections=300 "$@"
  for _ in $(seq 1 60); do
    mysqladmin --no-defaults -uroot -S "$DIR/$name/mysqld.sock" ping >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "$name did not start; see $DIR/$name/error.log" >&2
  tail -20 "$DIR/$name/error.log" >&2 || true
  exit 1
}

stop_server() {
  local name=$1
  if [ -f "$DIR/$name/pid" ]; then
    start-stop-daemon --stop --oknodo --retry 30 --pidfile "$DIR/$name/pid" >/dev/null || true
  fi
}

case "${1:-start}" in
  start)
    start_server primary "$PRIMARY_PORT" 1 --log-bin=primary-bin --binlog-format=ROW
    start_server replica "$REPLICA_PORT" 2 --read-only=1 --relay-log=replica-relay --log-slave-updates=0
    if ! sql replica "SHOW SLAVE STATUS\G" | grep -q "Slave_SQL_Running: Yes"; then
      setup="CREATE USER IF NOT EXISTS 'repl'@'127.0.0.1' IDENTIFIED BY 'repl'; GRANT REPLICATION SLAVE ON *.* TO 'repl'@'127.0.0.1';"
      setup+=" CREATE USER IF NOT EXISTS 'roster_ci'@'127.0.0.1' IDENTIFIED BY 'roster_ci';"
      for db in $DBS; do setup+=" CREATE DATABASE IF NOT EXISTS $db CHARACTER SET utf8mb4; GRANT ALL ON $db.* TO 'roster_ci'@'127.0.0.1';"; done
      # The replica starts from an empty server: it replays the primary's whole binlog (users, databases, tables).
      sql primary "$setup FLUSH PRIVILEGES;"
      sql replica "STOP SLAVE; CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=$PRIMARY_PORT, MASTER_USER='repl', MASTER_PASSWORD='repl', MASTER_CONNECT_RETRY=1, MASTER_USE_GTID=slave_pos; START SLAVE;"
    fi
    for _ in $(seq 1 60); do
      status=$(sql replica "SHOW SLAVE STATUS\G")
      if grep -q "Slave_IO_Running: Yes" <<<"$status" && grep -q "Slave_SQL_Running: Yes" <<<"$status" &&
        sql replica "SELECT 1 FROM mysql.user WHERE user='roster_ci'" | grep -q 1; then
        echo "replication running: primary 127.0.0.1:$PRIMARY_PORT, replica 127.0.0.1:$REPLICA_PORT"
        exit 0
      fi
      sleep 0.5
    done
    echo "replication did not start:" >&2
    sql replica "SHOW SLAVE STATUS\G" >&2
    exit 1
    ;;
  stop)
    stop_server replica
    stop_server primary
    rm -rf "$DIR"
    ;;
  env)
    echo "TEST_DATABASE_URL=mysql://roster_ci:roster_ci@127.0.0.1:$PRIMARY_PORT/roster_rp"
    echo "TEST_REPLICA_URLS=mysql://roster_ci:roster_ci@127.0.0.1:$REPLICA_PORT/roster_rp"
    ;;
  *)
    echo "usage: $0 start|stop|env" >&2
    exit 2
    ;;
esac
