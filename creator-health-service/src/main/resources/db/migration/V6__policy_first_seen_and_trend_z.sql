-- The violated policy and its severity, as enforcement states them on ActionApplied (older events
-- carry neither: null). Risk features count repeats per policy and the severity mix from them.
alter table ledger_entry add column policy_code text;
alter table ledger_entry add column severity text;

-- When this service first saw each account in a market (the earliest measure, restriction or
-- commerce period it was told about): the account age risk feature. No event carries an account's
-- creation date, so first seen is the best the service knows; it only ever moves earlier.
create table account_first_seen (
    market        text        not null,
    account_id    text        not null,
    first_seen_at timestamptz not null,
    primary key (market, account_id)
);

-- Accounts booked before this table existed: the earliest thing already stored about them.
insert into account_first_seen (market, account_id, first_seen_at)
select market, account_id, min(seen_at)
from (
    select market, account_id, issued_at as seen_at from ledger_entry
    union all
    select market, account_id, starts_at from account_restriction
    union all
    select market, account_id, period_start from commerce_signal
) known
group by market, account_id;

-- The z-score of an alert's latest window against its baseline windows (null for alerts
-- evaluated before it was computed).
alter table trend_alert add column z_score double precision;

-- When each risk score next changes with nobody acting (a violation, tier drop or commerce period
-- leaving its window, an account ceasing to be new), so the scheduler refreshes due scores through
-- an index, for accounts with or without a ledger. Scores stored before this column are due at
-- once, so the scheduler's first passes compute their due times (batch by batch) instead of
-- leaving accounts known only from commerce signals stale until their next signal.
alter table risk_score add column next_due_at timestamptz;
update risk_score set next_due_at = updated_at;
create index risk_score_due on risk_score (next_due_at) where next_due_at is not null;
