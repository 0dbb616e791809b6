-- Outbox trace context (service-kit): the W3C traceparent of the span that wrote the row (the HTTP
-- call, or the consumer that applied an event), sent by the relay as the record's traceparent header
-- so the next agency continues the same trace. Null for rows written outside a trace or before 0.6.1.
-- Version 0.6.1 so that it cannot clash with a 0.6 of a branch in flight; kit migrations apply out
-- of order (META-INF/microprofile-config.properties).
alter table outbox_event add column trace_parent varchar(55);
