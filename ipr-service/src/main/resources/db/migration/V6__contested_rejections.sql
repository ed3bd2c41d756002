-- DSA Art. 20 for notifiers: a rejected notice may be contested once and goes to another agent.
alter table notice add column contested_at timestamptz;
alter table notice add column first_reviewer text;
