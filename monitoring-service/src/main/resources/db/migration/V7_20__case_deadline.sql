-- The sweep's own narrow table (issue 14, "sweep in proportion to what is due"): one row per case
-- that has a deadline, nothing else. The sweep claims its due rows through case_deadline_due and
-- loads only those cases, so neither its reads nor its writes touch the wide monitored_case row
-- of a case that is not due, and a swept quiet case (the common breach) changes only its narrow
-- row here, never the wide row or its indexes. Kept by ProjectionService.refreshDeadline in the
-- transaction that changes the case; a case without a deadline (judgment given, closed) has no row.
--   due_at        the case's next deadline: the earliest of its quiet limit, running arraignment
--                 timers, sequence gaps past their grace and the charge-to-judgment limit
--   kind          what falls due then (CASE_QUIET, ARRAIGNMENT, SEQUENCE_GAP, TRIAL_DELAY)
--   quiet_due_at  the quiet limit of the case's stage, while no quiet alert was raised for it
-- The three were columns of monitored_case; they move here (MonitoredCaseEntity reads them back).
create table case_deadline (
    case_id       varchar(64)  primary key,
    due_at        timestamptz  not null,
    kind          varchar(30)  not null,
    quiet_due_at  timestamptz
);
create index case_deadline_due on case_deadline (due_at);

-- In deadline order, so that the rows that fall due together share pages from the start (as they
-- go on to do: a row is written when its case is, and falls due a fixed time after that write).
insert into case_deadline (case_id, due_at, kind, quiet_due_at)
select case_id, next_deadline_at, deadline_kind, quiet_due_at
from monitored_case
where next_deadline_at is not null
order by next_deadline_at;

drop index monitored_case_next_deadline;
alter table monitored_case drop column next_deadline_at;
alter table monitored_case drop column deadline_kind;
alter table monitored_case drop column quiet_due_at;
