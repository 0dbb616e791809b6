-- The alert queue sorted in SQL: severity as a rank, in the order of ke.haki.contract.ngec.Severity
-- (AlertQueueTest checks every value), most severe highest.
alter table alert add column severity_rank smallint not null generated always as (
    case severity when 'LOW' then 1 when 'MEDIUM' then 2 when 'HIGH' then 3 when 'CRITICAL' then 4 else 0 end) stored;

-- The default queue (alerts still needing action), nationally and for a county monitor, read in
-- its order (AlertQuery's "severity_rank desc, raised_at, alert_id"): a page stops after its rows.
create index alert_queue on alert (severity_rank desc, raised_at, alert_id)
    where status in ('OPEN', 'ACKNOWLEDGED', 'ASSIGNED', 'ESCALATED');
create index alert_queue_county on alert (county_code, severity_rank desc, raised_at, alert_id)
    where status in ('OPEN', 'ACKNOWLEDGED', 'ASSIGNED', 'ESCALATED');
-- One chosen status (the resolved or cleared alerts too), in the same order.
create index alert_status_queue on alert (status, severity_rank desc, raised_at, alert_id);
