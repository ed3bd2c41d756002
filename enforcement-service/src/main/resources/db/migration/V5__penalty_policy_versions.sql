-- Penalty policy versions changed through the admin API; the newest per model overrides the
-- shipped or mounted file of that model.
create table penalty_policy_version (
    model       text not null,
    version     text not null,
    body        text not null,
    sha256      text not null,
    changed_at  timestamptz not null,
    changed_by  text not null,
    reason      text not null,
    primary key (model, version)
);
