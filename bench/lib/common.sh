# Shared by the bench/ scripts that run against the local stack (deploy/local/stack up).
# The ports and names are the stack's (deploy/local/stack, "settings").
BENCH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
POLICE=http://127.0.0.1:8081
PROSECUTION=http://127.0.0.1:8082
MONITORING=http://127.0.0.1:8083
KEYCLOAK_TOKEN_URL=http://localhost:8180/realms/haki/protocol/openid-connect/token
KAFKA_BOOTSTRAP=127.0.0.1:9092
KAFKA_LIBS=$BENCH_ROOT/.local/kafka/libs
PG_PORT=5433
PG_SOCKET=/tmp/haki-local-$(id -u)/pgsock
PG_BIN=$("$BENCH_ROOT/deploy/local/pg-server" check | sed "s/ (.*//")
LOAD=(java -XX:+UseSerialGC -Xmx256m "$BENCH_ROOT/bench/lib/Load.java")

die() { echo "error: $*" >&2; exit 1; }

# the superuser over the stack's local socket (trust), as deploy/local/pg-server sets it up
psql_super() { # DB psql-args...
  local db=$1; shift
  local cmd=("$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PG_SOCKET" -p "$PG_PORT" -U postgres -d "$db" "$@")
  if [[ $(id -u) -eq 0 ]] && id postgres >/dev/null 2>&1; then runuser -u postgres -- "${cmd[@]}"; else "${cmd[@]}"; fi
}

require_stack() {
  local url
  for url in "$POLICE" "$PROSECUTION" "$MONITORING"; do
    curl -fsS -o /dev/null "$url/q/health/ready" || die "$url is not ready: start the stack first (deploy/local/stack up)"
  done
}

token() { # USER: a demo user's access token (password grant on the public client haki-cli)
  curl -fsS -d grant_type=password -d client_id=haki-cli -d "username=$1" -d password=demo-password \
    "$KEYCLOAK_TOKEN_URL" | jq -r .access_token
}

# resident set size of each service of the stack, in MB, from /proc (the pids deploy/local/stack wrote)
service_rss() { # NAME -> MB
  local pid; pid=$(cat "$BENCH_ROOT/.local/pids/$1.pid" 2>/dev/null) || return 1
  awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status"
}
