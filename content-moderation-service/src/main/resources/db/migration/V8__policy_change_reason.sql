-- Why a change was made, in its author's words (bulk term imports ask for it). Nullable: earlier
-- changes and the single-entry admin calls carry none. "if not exists" because another change of
-- the same issue may add the same column; the migrations then agree instead of failing.
alter table policy_change add column if not exists reason text;
