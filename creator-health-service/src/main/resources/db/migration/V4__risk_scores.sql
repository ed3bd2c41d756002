-- Each account's risk score, kept current as its events arrive, so the queue is an index read
-- of the top scores instead of a scan of every account.
create table risk_score (
    market        text          not null,
    account_id    text          not null,
    account_type  text          not null,
    score         numeric(14,4) not null,
    features      text          not null,
    contributions text          not null,
    updated_at    timestamptz   not null,
    primary key (market, account_id)
);

create index risk_score_queue on risk_score (market, score desc, account_id);
