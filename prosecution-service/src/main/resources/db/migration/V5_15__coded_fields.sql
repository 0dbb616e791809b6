-- ADR 0005 (no free text on any topic): what this service publishes in place of the prosecutor's
-- words and of court names. The words stay in their own columns, shown only to prosecutors.
alter table prosecution_file add column override_reason_code varchar(40);
alter table prosecution_file add column direction_codes_json text;
alter table prosecution_file add column court_code varchar(20);
alter table prosecution_file add column appeal_court_code varchar(20);
-- rows written before keep NULL codes: their events carried the words (contract 1.0)
