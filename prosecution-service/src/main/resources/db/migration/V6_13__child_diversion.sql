-- Lawful diversion of a child accused (issue 13): when the child was diverted, into what, and how it ended.
alter table prosecution_file add column diverted_on date;
alter table prosecution_file add column diversion_programme varchar(200);
alter table prosecution_file add column diversion_outcome varchar(20);
alter table prosecution_file add column diversion_concluded_on date;
-- the supervising officer's words on how it ended stay here (ADR 0005: no free text on the topics)
alter table prosecution_file add column diversion_reason varchar(300);
