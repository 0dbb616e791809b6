-- The trace an alert was raised in (OpenTelemetry trace id, 32 hex digits): for an alert raised by an
-- event, the trace of the agency call that caused the event, so an operator can follow the alert back
-- to the police or ODPP request (docs/operations/observability.md#traces). Null for alerts raised
-- outside a trace (before tracing, or by the deadline sweep).
-- Version 3.1 so that it cannot clash with a V4 of a branch in flight (out-of-order is on).
alter table alert add column trace_id varchar(32);
