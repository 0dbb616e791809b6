-- A release on police bond or cash bail stops the Art. 49(1)(f) arraignment clock.
alter table suspect add column released_at timestamptz;
alter table suspect add column release_terms text check (release_terms in ('POLICE_BOND', 'CASH_BAIL'));
