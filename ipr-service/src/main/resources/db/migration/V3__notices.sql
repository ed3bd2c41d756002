-- Notices, the content items they name, and the notifier's contact kept apart from both.
create table notice (
    id               uuid primary key,
    market           text not null,
    organisation_id  text not null references rights_holder (id),
    filed_by         text not null,
    regime           text not null,
    state            text not null,
    work_description text,
    explanation      text,
    asset_ids        text not null default '',
    missing_elements text not null default '',
    good_faith       boolean not null,
    accuracy_sworn   boolean not null,
    trusted          boolean not null,
    received_at      timestamptz not null,
    review_deadline  timestamptz not null,
    reviewer         text,
    lease_expires_at timestamptz,
    decided_at       timestamptz,
    decision_reason  text,
    policy_code      text,
    severity         text,
    version          integer not null default 0
);
create index notice_org on notice (organisation_id, received_at);
create index notice_queue on notice (market, state, trusted, review_deadline);

create table notice_item (
    id              uuid primary key,
    notice_id       uuid not null references notice (id),
    content_id      text not null,
    content_version integer not null,
    content_kind    text not null,
    content_date    date not null,
    language        text,
    location        text,
    account_id      text not null,
    account_type    text not null,
    violation_key   text
);
create index notice_item_notice on notice_item (notice_id);

-- Personal data of the notifier: read only to send notices and to hand the counter-notice over.
create table notice_contact (
    notice_id uuid primary key references notice (id),
    name      text,
    email     text,
    phone     text,
    address   text,
    signature text
);
