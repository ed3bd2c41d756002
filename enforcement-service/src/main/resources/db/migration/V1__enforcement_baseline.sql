-- enforcement-service schema starts here; its capabilities add their tables next.
create table enforcement_schema_info (
    name  text primary key,
    value text not null
);
insert into enforcement_schema_info (name, value) values ('owner', 'enforcement-service');
