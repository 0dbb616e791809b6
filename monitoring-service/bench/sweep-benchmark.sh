#!/usr/bin/env bash
# sweep-benchmark.sh: how long the monitoring sweep's database work takes with 1,000,000 monitored
# cases and with 100,000, the same 10,000 cases due in both (1% of the million).
#
#   monitoring-service/bench/sweep-benchmark.sh [PORT]
#
# Starts a throwaway PostgreSQL with deploy/local/pg-server under /tmp (removed at the end),
# creates monitored_case with the DDL and partial index of the Flyway migration
# (src/main/resources/db/migration/V1__monitoring.sql), loads the rows with generate_series, then
#   1. EXPLAIN (ANALYZE, BUFFERS) of the sweep's due query, exactly as MonitoredCaseRepository.DUE_QUERY
#      (one batch of 500, FOR UPDATE SKIP LOCKED);
#   2. a full drain: batch after batch of that query, each due case's deadline moved on, until no
#      case is due (what DeadlineSweep does, without the alert inserts), timed.
# Not a test: the figures depend on the machine. Needs the PostgreSQL server binaries.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
MIGRATION="$ROOT/monitoring-service/src/main/resources/db/migration/V1__monitoring.sql"
PG_SERVER="$ROOT/deploy/local/pg-server"
PORT=${1:-55439}
DATA=/tmp/haki-sweep-bench-$$
SOCK=/tmp/hsb-$$
DUE=10000
BATCH=500

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

# The table and the sweep's index, read from the migration (not retyped here).
DDL=$(awk '/^create table monitored_case \(/,/^\);/' "$MIGRATION"; grep -E '^create index monitored_case_next_deadline ' "$MIGRATION")
[[ "$DDL" == *"next_deadline_at is not null"* ]] || { echo "cannot read the DDL from $MIGRATION" >&2; exit 1; }

# The sweep's query (MonitoredCaseRepository.DUE_QUERY) with the batch size of the default config.
DUE_QUERY="select case_id from monitored_case where next_deadline_at <= now() order by next_deadline_at limit $BATCH for update skip locked"

run() { # ROWS
  local rows=$1
  "${PSQL[@]}" <<SQL
set client_min_messages = warning;
drop table if exists monitored_case;
$DDL
-- every 100th case (up to $DUE) is due: deadlines in the past; of the rest, 1 in 5 has no deadline
-- (judgment or closed), the others fall due over the next 60 days.
insert into monitored_case (case_id, stage, county_code, station_code, offence, last_event_at, last_progress_at,
    quiet_due_at, next_deadline_at, deadline_kind)
select 'case-' || g,
       (array['REPORTED','UNDER_INVESTIGATION','REFERRED','CHARGED','IN_COURT'])[1 + g % 5],
       lpad((1 + g % 47)::text, 3, '0'), 'ST-' || (g % 2000), 'DEFILEMENT',
       now() - interval '20 days', now() - interval '20 days',
       d, d, case when d is null then null else 'CASE_QUIET' end
from (select g,
             case when g % ($rows / $DUE) = 0 then now() - interval '1 minute' * (1 + g % 1440)
                  when g % 5 = 1 then null
                  else now() + interval '1 minute' * (1 + g % 86400) end as d
      from generate_series(1, $rows) g) s;
vacuum analyze monitored_case;
SQL
  local due
  due=$("${PSQL[@]}" -At -c "select count(*) from monitored_case where next_deadline_at <= now()")
  echo "== $rows monitored cases, $due due"
  echo "-- one sweep batch (EXPLAIN ANALYZE of the due query, limit $BATCH):"
  "${PSQL[@]}" -c "begin; explain (analyze, buffers, costs off) $DUE_QUERY; rollback;" | sed 's/^/   /'
  echo "-- for contrast, the same batch with the index switched off (what a sweep over all cases costs):"
  "${PSQL[@]}" -c "begin; set local enable_indexscan = off; set local enable_bitmapscan = off; explain (analyze, costs off) $DUE_QUERY; rollback;" \
    | grep -E 'Seq Scan|Execution Time' | sed 's/^/   /'
  echo "-- full sweep: batches of $BATCH until nothing is due, each due case's deadline moved on:"
  "${PSQL[@]}" <<SQL | sed 's/^/   /'
\timing on
do \$\$
declare
  ids text[];
  batches int := 0;
  swept int := 0;
begin
  loop
    select array_agg(case_id) into ids from ($DUE_QUERY) due;
    exit when ids is null;
    update monitored_case set quiet_due_at = null, next_deadline_at = null, deadline_kind = null
    where case_id = any(ids);
    batches := batches + 1;
    swept := swept + cardinality(ids);
  end loop;
  raise notice 'swept % due cases in % batches', swept, batches;
end
\$\$;
SQL
}

echo "PostgreSQL: $("$BINDIR/postgres" --version)   machine: $(nproc) CPU(s)"
run 1000000
run 100000
