-- Confirmed violations per market and policy, each once, for trend windows.
create table trend_violation (
    violation_key text        primary key,
    market        text        not null,
    policy_code   text        not null,
    account_id    text        not null,
    occurred_at   timestamptz not null
);

create index trend_violation_window on trend_violation (market, policy_code, occurred_at);

-- Trend alert episodes: at most one open per market and policy.
create table trend_alert (
    id                uuid             primary key,
    market            text             not null,
    policy_code       text             not null,
    status            text             not null,
    raised_at         timestamptz      not null,
    closed_at         timestamptz,
    window_start      timestamptz      not null,
    window_end        timestamptz      not null,
    observed_count    bigint           not null,
    baseline_count    double precision not null,
    ratio             double precision not null,
    threshold         double precision not null,
    distinct_accounts bigint           not null
);

create unique index trend_alert_open on trend_alert (market, policy_code) where status = 'OPEN';
