-- Term lists, strategies and their change history (issue 3).
create table term_list (
    id          uuid primary key,
    market      text not null,
    name        text not null,
    language    text,
    description text,
    version     integer not null,
    updated_by  text not null,
    updated_at  timestamptz not null,
    unique (market, name)
);

-- Terms and allow-list exceptions (kind EXCEPTION, no mode or severity).
create table term_entry (
    id         uuid primary key,
    list_id    uuid not null references term_list (id) on delete cascade,
    kind       text not null,
    text       text not null,
    mode       text,
    severity   text,
    languages  text,
    -- The protection asset a mark term came from (ipr-service); null for terms added by people.
    source_ref text,
    created_by text not null,
    created_at timestamptz not null
);
create index term_entry_list on term_entry (list_id);
create index term_entry_source on term_entry (source_ref) where source_ref is not null;

create table strategy (
    id              uuid primary key,
    market          text not null,
    name            text not null,
    current_version integer not null,
    state           text not null,
    unique (market, name)
);

create table strategy_version (
    id              uuid primary key,
    strategy_id     uuid not null references strategy (id),
    version         integer not null,
    expression      text not null,
    action          text not null,
    policy_code     text not null,
    severity        text not null,
    reason_template text not null,
    families        text not null,
    created_by      text not null,
    created_at      timestamptz not null,
    unique (strategy_id, version)
);

-- Who changed which list or strategy, when, to which version.
create table policy_change (
    id         uuid primary key,
    market     text not null,
    subject    text not null,
    subject_id uuid not null,
    version    integer not null,
    change     text not null,
    changed_by text not null,
    changed_at timestamptz not null
);
create index policy_change_subject on policy_change (subject_id, version);

-- Screened content, one row per (source platform, external id, version).
create table content_item (
    id                 uuid primary key,
    seq                bigint generated always as identity unique,
    source_platform    text not null,
    external_id        text not null,
    version            integer not null,
    market             text not null,
    kind               text not null,
    language           text not null,
    creator_account_id text,
    seller_account_id  text,
    received_at        timestamptz not null,
    verdict            text not null,
    policy_code        text,
    severity           text,
    strategy_id        uuid,
    strategy_version   integer,
    decision           text not null,
    unique (source_platform, external_id, version)
);
create index content_item_creator on content_item (creator_account_id, seq);
create index content_item_seller on content_item (seller_account_id, seq);

-- Frozen copy of what was screened and the signals found, referenced by events and appeals.
create table evidence_snapshot (
    id          uuid primary key,
    content_id  uuid not null references content_item (id),
    captured_at timestamptz not null,
    content     text not null,
    signals     text not null
);

-- A REVIEW decision waiting for a person; queues and leases come with the review issue.
create table review_task (
    id               uuid primary key,
    content_id       uuid not null references content_item (id),
    market           text not null,
    policy_code      text,
    severity         text,
    strategy_id      uuid,
    strategy_version integer,
    status           text not null,
    created_at       timestamptz not null
);

-- Account context read model, fed by HealthChanged.
create table account_context (
    account_id         text not null,
    account_type       text not null,
    market             text not null,
    tier               text not null,
    active_points      integer not null,
    updated_at         timestamptz not null,
    primary key (account_id, account_type)
);
