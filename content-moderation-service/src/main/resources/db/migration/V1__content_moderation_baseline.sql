-- content-moderation-service schema starts here; the screening engine adds its tables next.
create table moderation_schema_info (
    name  text primary key,
    value text not null
);
insert into moderation_schema_info (name, value) values ('owner', 'content-moderation-service');
