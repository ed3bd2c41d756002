-- creator-health-service schema starts here; its capabilities add their tables next.
create table creator_health_schema_info (
    name  text primary key,
    value text not null
);
insert into creator_health_schema_info (name, value) values ('owner', 'creator-health-service');
