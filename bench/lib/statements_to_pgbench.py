#!/usr/bin/env python3
"""Turns the PostgreSQL server log of one captured request into a pgbench script.

  statements_to_pgbench.py LOG_EXCERPT USER OUTBOX_ID [CASE_ID [OB_NUMBER]] > script.sql

Reads the "execute ...: SQL" / "statement: SQL" lines that USER's sessions logged (log_statement =
all) with their "DETAIL:  parameters: $1 = '...'" lines, puts the parameters in as literals, and
writes the statements in the order they ran, each session's transactions whole (BEGIN ... COMMIT).
So that every pgbench transaction writes new rows, as every request does:
  - each UUID keeps its first 24 characters and ends in :k (12 random decimal digits, set per run
    of the script), so keys, event ids and idempotency keys are new and still UUIDs;
  - the case id and the OB number get the suffix :k;
  - the id of the outbox row the request wrote (OUTBOX_ID, where a statement says "id = N" or
    "id in (N)") becomes currval of its sequence (the row this pgbench transaction inserted).
Each session's transactions are kept whole and written in the order they ended; transactions
that write nothing (the outbox relay's idle polls before and after the request) are left out.
Session-level statements the driver sends on connecting (SET, SHOW) are left out.
"""
import re
import sys

LINE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+ \S+ \[(\d+)\] (\S+)@(\S+) (LOG|DETAIL|ERROR|STATEMENT):  (.*)$")
EXECUTE = re.compile(r"^(?:execute [^:]+|statement): (.*)$", re.S)
PARAM = re.compile(r"\$(\d+) = (NULL|'(?:[^']|'')*')")
UUID = re.compile(r"\b([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-)[0-9a-f]{12}\b")


def records(path):
    """(pid, user, kind, text) with continuation lines joined."""
    current = None
    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.rstrip("\n")
            m = LINE.match(line)
            if m:
                if current:
                    yield current
                current = [m.group(1), m.group(2), m.group(4), m.group(5)]
            elif current:
                current[3] += "\n" + line.lstrip("\t")
    if current:
        yield current


def main():
    path, user, outbox_id = sys.argv[1], sys.argv[2], sys.argv[3]
    case_id = sys.argv[4] if len(sys.argv) > 4 else None
    ob_number = sys.argv[5] if len(sys.argv) > 5 else None
    statements = []  # (pid, sql)
    for pid, who, kind, text in records(path):
        if who != user:
            continue
        if kind == "LOG":
            m = EXECUTE.match(text)
            if m:
                statements.append([pid, m.group(1).strip()])
        elif kind == "DETAIL" and text.startswith("parameters: ") and statements:
            params = {int(n): v for n, v in PARAM.findall(text)}
            sql = statements[-1][1]
            statements[-1][1] = re.sub(r"\$(\d+)\b", lambda p: params.get(int(p.group(1)), p.group(0)), sql)
    # each session's transactions whole, in the order they ended (a suspended transaction resumes
    # after the one started inside it, which pgbench's one connection cannot interleave)
    open_tx = {}
    ended = []  # (position of the end, [sql...])
    for position, (pid, sql) in enumerate(statements):
        head = sql.split(None, 1)[0].upper() if sql else ""
        if head in ("SET", "SHOW") or not sql:
            continue
        if head in ("BEGIN", "START"):
            open_tx[pid] = [sql]
        elif pid in open_tx:
            open_tx[pid].append(sql)
            if head in ("COMMIT", "ROLLBACK", "END"):
                ended.append((position, open_tx.pop(pid)))
        else:
            ended.append((position, [sql]))
    out = ["\\set k random(100000000000, 999999999999)"]
    writes = re.compile(r"^\s*(insert|update|delete)\b", re.I)
    for _, tx in sorted(ended, key=lambda e: e[0]):
        if not any(writes.match(sql) for sql in tx):
            continue  # a read-only transaction: the relay's idle polls around the request
        for sql in tx:
            sql = UUID.sub(lambda m: m.group(1) + ":k", sql)
            if case_id:
                sql = sql.replace(case_id, case_id + "-:k")
            if ob_number:
                sql = sql.replace(ob_number, ob_number + "-:k")
            sql = re.sub(r"(\bid\s*(?:=|in\s*\()\s*)'?%s'?(?!\d)" % re.escape(outbox_id),
                         lambda m: m.group(1) + "currval(pg_get_serial_sequence('outbox_event', 'id'))", sql)
            out.append(" ".join(sql.split()) + ";")
    print("\n".join(out))


if __name__ == "__main__":
    main()
