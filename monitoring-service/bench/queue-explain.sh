#!/usr/bin/env bash
# queue-explain.sh: the plans and timings of the alert queue's SQL (AlertQuery, AlertRepository)
# on a table of 200,000 alerts of which 2% still need action, as after years of follow-up.
#
#   monitoring-service/bench/queue-explain.sh [PORT]
#
# Starts a throwaway PostgreSQL with deploy/local/pg-server under /tmp (removed at the end),
# creates table alert with the DDL and indexes of the Flyway migrations (V1__monitoring.sql,
# V2__alert_queue.sql, read from the files), loads the rows with generate_series, then prints
# EXPLAIN (ANALYZE, BUFFERS) of the statements AlertQuery builds for the default queue (nationally
# and for one county), its total and the grouped per-filter counts. Not a test: the figures depend
# on the machine. Needs the PostgreSQL server binaries.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
V1="$ROOT/monitoring-service/src/main/resources/db/migration/V1__monitoring.sql"
V2="$ROOT/monitoring-service/src/main/resources/db/migration/V2__alert_queue.sql"
PG_SERVER="$ROOT/deploy/local/pg-server"
PORT=${1:-55441}
DATA=/tmp/haki-queue-bench-$$
SOCK=/tmp/hqb-$$
ROWS=200000

BINDIR=$("$PG_SERVER" check | sed "s/ (.*//")
PSQL=("$BINDIR/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U bench -d bench)

cleanup() {
  "$PG_SERVER" stop "$DATA" >/dev/null 2>&1 || true
  rm -rf "$DATA" "$SOCK"
}
trap cleanup EXIT

mkdir -p "$DATA" "$SOCK"
PG_FAST=1 "$PG_SERVER" start "$DATA" "$PORT" "$SOCK" >/dev/null
"$PG_SERVER" createdb "$DATA" "$PORT" "$SOCK" bench bench bench-only >/dev/null

# The table and its indexes, read from the migrations (not retyped here).
DDL=$(awk '/^create table alert \(/,/^\);/' "$V1"; grep -E '^create index alert_[a-z_]+ on alert ' "$V1"; grep -v '^--' "$V2")
[[ "$DDL" == *"severity_rank"* ]] || { echo "cannot read the DDL from $V1 and $V2" >&2; exit 1; }

"${PSQL[@]}" <<SQL
set client_min_messages = warning;
$DDL
-- 47 counties, 2,000 stations; every 50th alert still needs action, the rest are resolved or cleared
insert into alert (alert_id, case_id, alert_type, breach_key, severity, stage, county_code, station_code,
    reason, rule, status, raised_at, updated_at)
select md5(g::text)::uuid, 'case-' || g,
       (array['CASE_QUIET','CLOSED_WITHOUT_COURT_OUTCOME','PROHIBITED_CLOSURE_ATTEMPT','ARRAIGNMENT_OVERDUE'])[1 + g % 4],
       'bench', (array['MEDIUM','HIGH','CRITICAL','HIGH'])[1 + g % 4], 'REFERRED',
       lpad((1 + g % 47)::text, 3, '0'), 'ST-' || (g % 2000), 'bench', 'bench',
       case when g % 50 = 0 then (array['OPEN','ACKNOWLEDGED','ASSIGNED','ESCALATED'])[1 + (g / 50) % 4]
            when g % 3 = 0 then 'CLEARED' else 'RESOLVED' end,
       now() - interval '1 minute' * ($ROWS - g), now()
from generate_series(1, $ROWS) g;
vacuum analyze alert;
SQL

ACTIVE="status in ('OPEN', 'ACKNOWLEDGED', 'ASSIGNED', 'ESCALATED')"
ORDER="order by severity_rank desc, raised_at, alert_id"
explain() { # TITLE SQL
  echo "-- $1"
  "${PSQL[@]}" -c "explain (analyze, buffers, costs off) $2" | sed 's/^/   /'
}

echo "PostgreSQL: $("$BINDIR/postgres" --version)   machine: $(nproc) CPU(s)"
echo "== $ROWS alerts, $("${PSQL[@]}" -At -c "select count(*) from alert where $ACTIVE") needing action"
explain "national default queue, first page" "select * from alert where $ACTIVE $ORDER limit 20"
explain "county 047 default queue, first page" "select * from alert where county_code = '047' and $ACTIVE $ORDER limit 20"
explain "county 047 default queue, its total" "select count(*) from alert where county_code = '047' and $ACTIVE"
explain "county 047 per-filter counts (one grouped query)" "select alert_type, status, severity,
  count(*) filter (where $ACTIVE and true), count(*) filter (where true and true), count(*) filter (where true and $ACTIVE)
  from alert where county_code = '047' group by grouping sets ((alert_type), (status), (severity))"
explain "national per-filter counts (one grouped query over every alert)" "select alert_type, status, severity,
  count(*) filter (where $ACTIVE and true), count(*) filter (where true and true), count(*) filter (where true and $ACTIVE)
  from alert where true group by grouping sets ((alert_type), (status), (severity))"
