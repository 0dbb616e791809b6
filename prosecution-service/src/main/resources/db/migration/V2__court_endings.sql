-- Every ending judged (issue 13): sentences in years and months or non-custodial, the count convicted
-- on and the age the court found, the accused, and endings that are not a decision on the merits.
alter table prosecution_file add column sentence_months integer;
alter table prosecution_file add column sentence_non_custodial boolean;
alter table prosecution_file add column court_ending varchar(60);
alter table prosecution_file add column convicted_offence varchar(40);
alter table prosecution_file add column child_age_found integer;
alter table prosecution_file add column accused_ref varchar(10);
alter table prosecution_file add column ended_on date;
alter table prosecution_file add column ruling_reference varchar(200);
