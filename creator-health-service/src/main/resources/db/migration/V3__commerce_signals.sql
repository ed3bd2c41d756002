-- Commerce facts counted by the marketplace's platforms, one row per account, kind and period.
-- A period reported again (a corrected count, a retried batch) replaces its count.
create table commerce_signal (
    id            uuid        primary key,
    market        text        not null,
    account_id    text        not null,
    account_type  text        not null,
    kind          text        not null,
    count         bigint      not null check (count >= 0),
    period_start  timestamptz not null,
    period_end    timestamptz not null check (period_end > period_start),
    received_at   timestamptz not null,
    unique (market, account_id, kind, period_start, period_end)
);

-- Rolling windows read one account's signals by the end of their periods.
create index commerce_signal_window on commerce_signal (market, account_id, period_end);
