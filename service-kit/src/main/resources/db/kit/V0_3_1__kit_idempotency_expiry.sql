-- Idempotency records expire (haki.idempotency.retention, default 24 h) and keep no response body:
-- a body could hold a suspect's name. A replay re-reads the created resource from its location;
-- request_hash (SHA-256 of the request) still detects a different request under the same key.
-- Numbered 0.3.1 (kit migrations apply out of order) so it cannot clash with a 0.5 added elsewhere.
alter table idempotency_record drop column response_json;
alter table idempotency_record add column expires_at timestamptz;
update idempotency_record set expires_at = created_at + interval '24 hours';
alter table idempotency_record alter column expires_at set not null;
alter table idempotency_record alter column location set not null;
create index idempotency_record_expires_at on idempotency_record (expires_at);
