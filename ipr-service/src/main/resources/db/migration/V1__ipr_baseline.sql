-- ipr-service schema starts here; its capabilities add their tables next.
create table ipr_schema_info (
    name  text primary key,
    value text not null
);
insert into ipr_schema_info (name, value) values ('owner', 'ipr-service');
