-- DSA Art. 23: notices rejected as manifestly unfounded, and the notifier's standing.
alter table notice add column manifestly_unfounded boolean not null default false;

create table notifier_standing (
    organisation_id   text primary key references rights_holder (id),
    flagged_at        timestamptz,
    warned_at         timestamptz,
    warning_reason    text,
    suspended_until   timestamptz,
    suspension_reason text
);
