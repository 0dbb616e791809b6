-- Every court sitting the ODPP records (issue 17): the adjournment reasons counted in the
-- statistics (issue 13 item 7) and the next court date on the case page. Part of the projection:
-- wiped and refilled by a rebuild. Numbered 4.17 so that another branch's V4 does not clash.
create table court_sitting (
    event_id            uuid        primary key,
    case_id             varchar(64) not null,
    sitting_kind        varchar(20),
    sitting_date        date        not null,
    adjourned           boolean     not null,
    adjournment_reason  varchar(40),
    next_date           date
);
create index court_sitting_case on court_sitting (case_id, sitting_date);
create index court_sitting_date on court_sitting (sitting_date) where adjourned;
-- The milestones of the trends and the funnel are read from the timeline by event type.
create index timeline_entry_type on timeline_entry (event_type, case_id, occurred_at);
