-- Rights-holder organisations, their verification documents, and the assets they register.
create table rights_holder (
    id                  text primary key,
    legal_name          text not null,
    market              text not null,
    verification_status text not null,
    trust_status        text not null,
    created_at          timestamptz not null,
    updated_at          timestamptz not null
);

create table verification_document (
    id              uuid primary key,
    organisation_id text not null references rights_holder (id),
    kind            text not null,
    reference       text not null,
    recorded_at     timestamptz not null,
    recorded_by     text not null
);
create index verification_document_org on verification_document (organisation_id);

create table protection_asset (
    id                  uuid primary key,
    organisation_id     text not null references rights_holder (id),
    kind                text not null,
    title               text not null,
    mark_text           text,
    registration_number text,
    office              text,
    classes             text not null default '',
    owner_name          text not null,
    valid_from          date,
    valid_until         date,
    pdq_hashes          text not null default '',
    markets             text not null,
    status              text not null,
    created_at          timestamptz not null,
    updated_at          timestamptz not null
);
create index protection_asset_org on protection_asset (organisation_id);

-- Who did what to an organisation, an asset or a notice, and when: the record reviewers and
-- auditors read. No contact data is written here.
create table ipr_history (
    id              uuid primary key,
    seq             bigint generated always as identity,
    subject_type    text not null,
    subject_id      text not null,
    organisation_id text not null,
    at              timestamptz not null,
    actor           text not null,
    action          text not null,
    detail          text
);
create index ipr_history_subject on ipr_history (subject_type, subject_id, seq);
