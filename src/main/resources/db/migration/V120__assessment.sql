-- Child and family assessment (WT2023 paras 138-186; seeds 000 lines 2160-2640; local procedure seeds 003 lines 1690-1701).

-- Factors identified at the end of assessment: CIN census codes copied verbatim from
-- standards/ssd/categories/assessment_factors.yml (item ref ssd065).
create table ref_assessment_factor (code text primary key, description text not null, sort_order int not null);
insert into ref_assessment_factor(code, description, sort_order) values
('1A', 'Alcohol misuse: concerns about alcohol misuse by the child', 0),
('1B', 'Alcohol misuse: concerns about alcohol misuse by the parent(s)/carer(s)', 1),
('1C', 'Alcohol misuse: concerns about alcohol misuse by another person living in the household', 2),
('2A', 'Drug misuse: concerns about drug misuse by the child', 3),
('2B', 'Drug misuse: concerns about drug misuse by the parent(s)/carer(s)', 4),
('2C', 'Drug misuse: concerns about drug misuse by another person living in the household', 5),
('3A', 'Domestic abuse: concerns about the child being the subject of domestic abuse', 6),
('3B', 'Domestic abuse: concerns about the childs parent(s)/carer(s) being the subject of domestic abuse', 7),
('3C', 'Domestic abuse: concerns about another person living in the household being the subject of domestic abuse', 8),
('4A', 'Mental health: concerns about the mental health of the child', 9),
('4B', 'Mental health: concerns about the mental health of the parent(s)/carer(s)', 10),
('4C', 'Mental health: concerns about the mental health of another person in the family/household', 11),
('5A', 'Learning disability: concerns about the childs learning disability', 12),
('5B', 'Learning disability: concerns about the parent(s)/carer(s) learning disability', 13),
('5C', 'Learning disability: concerns about another person in the family/households learning disability', 14),
('6A', 'Physical disability or illness: concerns about a physical disability or illness of the child', 15),
('6B', 'Physical disability or illness: concerns about a physical disability or illness of the parent(s)/carer(s)', 16),
('6C', 'Physical disability or illness: concerns about a physical disability or illness of another person in the family/household', 17),
('7A', 'Young carer: concerns that services may be required or the childs health or development may be impaired due to their caring responsibilities', 18),
('8B', 'Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - overseas children who intend to return', 19),
('8C', 'Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - overseas children who intend to stay', 20),
('8D', 'Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - UK children in educational placements', 21),
('8E', 'Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - UK children making alternative family arrangements', 22),
('8F', 'Privately fostered: concerns that services may be required or the child may be at risk as a privately fostered child - other', 23),
('9A', 'UASC: concerns that services may be required or the child may be at risk of harm as an unaccompanied asylum-seeking child', 24),
('10A', 'Missing: concerns that services may be required or the child may be at risk of harm due to going/being missing', 25),
('11A', 'Child sexual exploitation: concerns that services may be required or the child may be at risk of harm due to child sexual exploitation', 26),
('12A', 'Trafficking: concerns that services may be required or the child may be at risk of harm due to trafficking', 27),
('13A', 'Gangs: concerns that services may be required or the child may be at risk of harm because of involvement in/with gangs', 28),
('14A', 'Socially unacceptable behaviour: concerns that services may be required or the child may be at risk due to their socially unacceptable behaviour', 29),
('15A', 'Self-harm: concerns that services may be required or due to suspected/actual self-harming child may be at risk of harm', 30),
('16A', 'Abuse or neglect – NEGLECT: concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect', 31),
('17A', 'Abuse or neglect – EMOTIONAL ABUSE: concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect', 32),
('18B', 'Abuse or neglect – PHYSICAL ABUSE (child on child): concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect by another child', 33),
('18C', 'Abuse or neglect – PHYSICAL ABUSE (adult on child): concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect by an adult', 34),
('19B', 'Abuse or neglect – SEXUAL ABUSE (child on child): concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect by another child', 35),
('19C', 'Abuse or neglect – SEXUAL ABUSE (adult on child): concerns that services may be required or the child may be suffering or likely to suffer significant harm due to abuse or neglect by an adult', 36),
('20', 'Other', 37),
('21', 'No factors identified - only use this code if there is no evidence of any of the factors listed above or below and no further action is being taken', 38),
('22A', 'Female genital mutilation (FGM) - concerns that services may be required or the child may be at risk due to female genital mutilation', 39),
('23A', 'Abuse linked to faith or belief - concerns that services may be required or the child may be at risk due to abuse linked to faith or belief', 40),
('24A', 'Child criminal exploitation: concerns that services may be required or the child may be at risk of harm due to child criminal exploitation', 41);

-- One single assessment per referral (section 17 by default; section 47 when it is a s47 enquiry's assessment).
create table assessment (
    id                      bigserial primary key,
    referral_id             bigint not null unique,
    child_id                bigint not null references person(id),
    case_id                 bigint,
    kind                    text not null check (kind in ('SECTION_17', 'SECTION_47')),
    section47_reference     text,
    referral_at             timestamptz not null,
    started_on              date not null,
    started_at              timestamptz not null,
    started_by              bigint not null,
    target_date             date,
    status                  text not null check (status in ('IN_PROGRESS', 'SUBMITTED', 'AUTHORISED')),
    wishes_and_feelings     text,
    family_views            text,
    analysis                text,
    factors                 text[] not null default '{}',
    outcome                 text,
    outcome_details         text,
    consent_given_by        text,
    consent_date            date,
    not_seen_reason         text,
    late_reason             text,
    submitted_at            timestamptz,
    submitted_by            bigint,
    return_comment          text,
    returned_at             timestamptz,
    returned_by             bigint,
    authorised_on           date,
    authorised_at           timestamptz,
    authorised_by           bigint,
    updated_at              timestamptz not null
);
create index assessment_child on assessment(child_id);
create index assessment_case on assessment(case_id);
create index assessment_authorised on assessment(authorised_on);

-- Each time the child was seen during the assessment, and whether alone.
create table assessment_child_seen (
    id             bigserial primary key,
    assessment_id  bigint not null references assessment(id),
    seen_on        date not null,
    seen_alone     boolean not null,
    others_present text,
    recorded_by    bigint not null,
    recorded_at    timestamptz not null
);
create index assessment_child_seen_assessment on assessment_child_seen(assessment_id);

-- Other children in the household considered, with a note per child.
create table assessment_other_child (
    assessment_id bigint not null references assessment(id),
    child_id      bigint not null references person(id),
    note          text not null,
    primary key (assessment_id, child_id)
);

-- Requests for information from other agencies (consent first unless a s47 enquiry: seeds 003 line 1697).
create table assessment_information_request (
    id                      bigserial primary key,
    assessment_id           bigint not null references assessment(id),
    agency                  text not null,
    asked                   text not null,
    requested_on            date not null,
    consent_override_reason text,
    response                text,
    responded_on            date,
    recorded_by             bigint not null,
    recorded_at             timestamptz not null
);
create index assessment_information_request_assessment on assessment_information_request(assessment_id);
