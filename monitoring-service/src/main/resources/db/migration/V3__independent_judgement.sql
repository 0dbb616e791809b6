-- The monitor judges every case from the facts in the events (issue 13): the child's age, the
-- accused's age, how the case ended, the count convicted on, the age the court found, a release
-- on bond or bail that stops the arraignment clock.
alter table monitored_case add column victim_age integer;
alter table monitored_case add column court_ending varchar(60);
alter table monitored_case add column convicted_offence varchar(40);
alter table monitored_case add column child_age_found integer;
alter table monitored_case add column accused_ref varchar(20);
alter table monitored_case add column sentence_months integer;
alter table monitored_case add column sentence_non_custodial boolean;
alter table case_suspect add column age_years integer;
alter table arrest_timer add column released_at timestamptz;
-- Trial without unreasonable delay (Art. 50(2)(e)): adjournments in a row for one reason, and
-- whether the charge-to-judgment limit has been reported.
alter table monitored_case add column adjournment_reason varchar(40);
alter table monitored_case add column adjournment_streak integer not null default 0;
alter table monitored_case add column adjournment_streak_since date;
alter table monitored_case add column trial_delay_alerted boolean not null default false;
