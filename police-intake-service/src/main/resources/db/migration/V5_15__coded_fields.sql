-- ADR 0005 (no free text on any topic): the codes this service publishes in place of the names
-- of health facilities and courts. The names stay in their own columns, shown only to the police.
alter table medical_evidence add column facility_code varchar(6);
alter table suspect add column arraignment_court_code varchar(20);
