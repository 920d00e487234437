-- work: closing a case with the CIN reason for closure (standards/ssd/categories/reason_for_closure.yml, SSD052),
-- copied verbatim (never invented here).
create table ref_reason_for_closure (code text primary key, description text not null, sort_order int not null);
insert into ref_reason_for_closure(code, description, sort_order) values
('RC1', 'Adopted.', 0),
('RC2', 'Died.', 1),
('RC3', 'Child arrangements order.', 2),
('RC4', 'Special guardianship order.', 3),
('RC5', 'Transferred to services of another local authority.', 4),
('RC6', 'Transferred to adult social care services.', 5),
('RC7', 'Services ceased for any other reason, including child no longer in need.', 6),
('RC8', 'Case closed after assessment, no further action.', 7),
('RC9', 'Case closed after assessment, referred to early help.', 8);

alter table case_file add column closure_reason text references ref_reason_for_closure(code);
