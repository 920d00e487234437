-- Which people the synthetic demo data set created, by family, so other modules' demo data can open cases on them.
create table people_demo_member (
    family_no int    not null,
    person_id bigint not null references person(id),
    role      text   not null,
    primary key (family_no, person_id)
);
