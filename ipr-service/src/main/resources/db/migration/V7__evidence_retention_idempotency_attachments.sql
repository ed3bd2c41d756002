-- Issue 8, remaining gaps: automatic evidence (content text and hashes on notice items, brand
-- authorisations), contact data retention, idempotent filing, attachments, logo hash qualities.

-- The IPR pack version a notice was judged under.
alter table notice add column pack_version text;

-- What the notifier saw of each item: its text (listing title and description, caption), PDQ
-- hashes of its images or key frames, and a listing's EAN-13. Used for automatic evidence.
alter table notice_item add column content_text text;
alter table notice_item add column pdq_hashes text not null default '';
alter table notice_item add column ean text;

-- Logo hash qualities (0-100, '?' where unknown), in the order of pdq_hashes.
alter table protection_asset add column pdq_qualities text not null default '';
create index protection_asset_org_created on protection_asset (organisation_id, created_at, id);

-- Contact data is redacted (fields nulled) after the pack's retention period.
alter table notice_contact add column redacted_at timestamptz;
alter table counter_notice_contact add column redacted_at timestamptz;
create index notice_market_state on notice (market, state);

-- A rights holder authorises an account (a reseller, a licensed creator) to use its marks: one
-- asset, or every asset of the organisation when asset_id is null. Revoked rows stay on record.
create table brand_authorisation (
    id              uuid primary key,
    organisation_id text not null references rights_holder (id),
    asset_id        uuid references protection_asset (id),
    account_id      text not null,
    account_type    text not null,
    valid_from      date,
    valid_until     date,
    reference       text,
    created_at      timestamptz not null,
    created_by      text not null,
    revoked_at      timestamptz,
    revoked_by      text
);
create index brand_authorisation_account on brand_authorisation (organisation_id, account_id);
create index brand_authorisation_org on brand_authorisation (organisation_id, created_at, id);

-- Idempotency-Key of notice filings: the first answer, replayed for a repeat with the same body.
create table notice_filing_key (
    caller_subject  text not null,
    idempotency_key text not null,
    request_hash    text not null,
    notice_id       uuid not null references notice (id),
    response        text not null,
    created_at      timestamptz not null,
    primary key (caller_subject, idempotency_key)
);
create index notice_filing_key_created on notice_filing_key (created_at);

-- Evidence files on notices: metadata apart from the bytes, so that listings never load them.
create table notice_attachment (
    id           uuid primary key,
    notice_id    uuid not null references notice (id),
    name         text not null,
    content_type text not null,
    size_bytes   integer not null,
    sha256       text not null,
    uploaded_at  timestamptz not null,
    uploaded_by  text not null
);
create index notice_attachment_notice on notice_attachment (notice_id, uploaded_at, id);

create table notice_attachment_content (
    attachment_id uuid primary key references notice_attachment (id),
    content       bytea not null
);
