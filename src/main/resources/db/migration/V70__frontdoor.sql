-- frontdoor: contacts, screening against a versioned threshold document, decisions, referrals, MASH partner
-- checks, consultations and the partner portal's drafts (DOMAIN.md sections 3 and 5; seeds 003 lines 1640-1720).

-- Code lists copied verbatim from standards/ssd/categories (never invented here).
create table ref_referral_source (code text primary key, description text not null, sort_order int not null);
insert into ref_referral_source(code, description, sort_order) values
('1A', 'INDIVIDUAL - family member, relative or carer.', 0),
('1B', 'INDIVIDUAL - acquaintance (including neighbours and child minders).', 1),
('1C', 'INDIVIDUAL - self.', 2),
('1D', 'INDIVIDUAL - other (including strangers or Members of Parliament (MPs)).', 3),
('2A', 'SCHOOLS.', 4),
('2B', 'EDUCATION SERVICES.', 5),
('3A', 'HEALTH SERVICES - general practitioner (GP).', 6),
('3B', 'HEALTH SERVICES - health visitor.', 7),
('3C', 'HEALTH SERVICES - school nurse.', 8),
('3D', 'HEALTH SERVICES - other primary health services.', 9),
('3E', 'HEALTH SERVICES - A&E (accident and emergency department).', 10),
('3F', 'HEALTH SERVICES - other (for example hospice).', 11),
('4', 'HOUSING - local authority housing or housing association.', 12),
('5A', 'LA SERVICES - social care, for example adults social care services.', 13),
('5B', 'LA SERVICES - other internal services, not including social care or early help.', 14),
('5C', 'LA SERVICES - external, from another local authority’s services, for example social care or early help.', 15),
('5D', 'LA SERVICES - early help.', 16),
('6', 'POLICE.', 17),
('7', 'OTHER LEGAL AGENCY - including courts, probation, immigration, CAFCASS (Children and Family Court Advisory and Support Service) or prison.', 18),
('8', 'OTHER - including children’s centres, independent agency providers or voluntary organisations.', 19),
('9', 'ANONYMOUS.', 20),
('10', 'UNKNOWN.', 21);

create table ref_primary_need (code text primary key, description text not null, sort_order int not null);
insert into ref_primary_need(code, description, sort_order) values
('N1', 'Abuse or neglect', 0),
('N2', 'Child''s disability', 1),
('N3', 'Parental illness or disability', 2),
('N4', 'Family in acute stress', 3),
('N5', 'Family dysfunction', 4),
('N6', 'Socially unacceptable behaviour', 5),
('N7', 'Low income', 6),
('N8', 'Absent parenting', 7);

-- The local threshold document ("Right Help Right Time", seeds 003 lines 1481-1842), versioned: a screening keeps
-- the version it was judged against. Only one version is current.
create table threshold_document (
    id            bigint generated always as identity primary key,
    version       text not null unique,
    title         text not null,
    source        text not null,
    in_force_from date not null,
    current       boolean not null default false
);
create unique index threshold_document_one_current on threshold_document(current) where current;
create table threshold_level (
    document_id bigint not null references threshold_document(id),
    level       int not null check (level between 1 and 4),
    name        text not null,
    description text not null,
    primary key (document_id, level)
);
create table threshold_indicator (
    id          bigint generated always as identity primary key,
    document_id bigint not null references threshold_document(id),
    level       int not null check (level between 1 and 4),
    code        text not null,
    domain      text not null,
    text        text not null,
    unique (document_id, code)
);

insert into threshold_document(version, title, source, in_force_from, current) values
('2021.1', 'Right Help Right Time: practitioners guide to determining need',
 'Local threshold document, Appendix 1 (seeds 003 lines 1725-1842)', date '2021-01-01', true);

insert into threshold_level(document_id, level, name, description)
select id, l.level, l.name, l.description from threshold_document, (values
 (1, 'Universal', 'Children, young people, carers and families with no additional needs who may from time to time require support that can be met within Universal Services (seeds 003 line 1729).'),
 (2, 'Additional', 'A family''s needs can be met by a universal service offering extra support within its own remit or by signposting or working together with another service; likely to require early help for a time limited period (seeds 003 line 1753).'),
 (3, 'Intensive', 'Identified vulnerabilities, multiple and significant complex needs, likely to require a multi-agency coordinated approach and longer term intervention (seeds 003 line 1765).'),
 (4, 'Specialist', 'Very serious, prolonged or complex needs having a major impact on expected outcomes, or serious concern for safety; may require statutory intensive support for the child to be protected (seeds 003 line 1819).')
) as l(level, name, description) where version = '2021.1';

insert into threshold_indicator(document_id, level, code, domain, text)
select d.id, i.level, i.code, i.domain, i.text from threshold_document d, (values
 (1, 'L1-01', 'Development needs', 'General development is age appropriate; achieving education key stages; good attendance'),
 (1, 'L1-02', 'Health', 'Good physical health with age appropriate development and language'),
 (1, 'L1-03', 'Social, emotional, behaviour, identity', 'Good mental health and psychological wellbeing; good quality early attachments'),
 (1, 'L1-04', 'Family and environmental factors', 'Stable families where parents are able to meet the child''s needs; supportive family relationships'),
 (1, 'L1-05', 'Housing, employment and finance', 'Child fully supported financially; good quality stable housing'),
 (1, 'L1-06', 'Parents and carers', 'Parents able to provide care for the child''s needs appropriately; secure and caring parenting'),
 (2, 'L2-01', 'Learning/education', 'Occasional truanting or non-attendance and poor punctuality; some fixed term exclusions'),
 (2, 'L2-02', 'Health', 'Slow in reaching development milestones; overdue immunisations or checks; untreated dental decay'),
 (2, 'L2-03', 'Social, emotional, behaviour, identity', 'Low level mental health or emotional issues; lack of confidence or low self-esteem; social isolation'),
 (2, 'L2-04', 'Family and social relationships', 'Parents or carers have relationship difficulties which affect the child'),
 (2, 'L2-05', 'Housing, employment and finance', 'Overcrowding in poor housing; serious debt or rent arrears; temporary or unstable housing'),
 (2, 'L2-06', 'Social and community resources', 'Associating with anti-social or criminally active peers; risk of gang involvement or exploitation'),
 (2, 'L2-07', 'Basic care, safety and protection', 'Low level concerns about parental alcohol or substance use; some exposure to dangerous situations'),
 (2, 'L2-08', 'Guidance, boundaries and stimulation', 'Lack of routine and inconsistent boundaries; poor supervision within the home'),
 (3, 'L3-01', 'Learning/education', 'Short term exclusions or at risk of permanent exclusion; persistent absence from school'),
 (3, 'L3-02', 'Health', 'Mental health issues emerging (self-harming, eating disorder, badly managed anxiety, depression)'),
 (3, 'L3-03', 'Health', 'Lack of food; developmental milestones not being met due to parental care'),
 (3, 'L3-04', 'Social, emotional, behaviour, identity', 'Low or medium level indicators of child exploitation or peer on peer abuse; evidence of gang affiliation'),
 (3, 'L3-05', 'Social, emotional, behaviour, identity', 'Child is engaging in cyber activity that potentially places others or themselves at risk of harm'),
 (3, 'L3-06', 'Family and social relationships', 'History of ongoing domestic violence'),
 (3, 'L3-07', 'Housing, employment and finance', 'Severe overcrowding, temporary accommodation, homeless'),
 (3, 'L3-08', 'Basic care, safety and protection', 'Escalating concerns that parental alcohol or substance use is adversely impacting on the child'),
 (3, 'L3-09', 'Emotional warmth and stability', 'Parent is unresponsive or fails to recognise the child''s emotional needs'),
 (4, 'L4-01', 'Learning/education', 'Chronic non-attendance or children persistently missing from education attributable to parenting'),
 (4, 'L4-02', 'Health', 'Concern about serious unexplained injury; repeat or patterns of injuries'),
 (4, 'L4-03', 'Health', 'Serious physical and emotional health concerns consistently not addressed by the parent (e.g. failure to thrive)'),
 (4, 'L4-04', 'Health', 'Child is at serious risk of FGM, or there is evidence of FGM from a lead clinician'),
 (4, 'L4-05', 'Social, emotional, behaviour, identity', 'Serious concerns or evidence that the child is being exploited'),
 (4, 'L4-06', 'Social, emotional, behaviour, identity', 'Child goes missing and their welfare and safety is seriously compromised'),
 (4, 'L4-07', 'Social and community resources', 'High levels of domestic abuse that put the child at serious risk of significant harm'),
 (4, 'L4-08', 'Social and community resources', 'Child is subjected to physical, emotional, sexual abuse or neglect'),
 (4, 'L4-09', 'Basic care, safety and protection', 'Parents'' mental health or substance misuse seriously compromises the health, welfare and safety of the child'),
 (4, 'L4-10', 'Basic care, safety and protection', 'Parental disclosure of serious harm to the child')
) as i(level, code, domain, text) where d.version = '2021.1';

-- A professional talking a concern through with a MASH social worker (seeds 003 lines 1670-1676): always recorded,
-- with the names of the professionals; not a referral (a later referral links to it).
create table consultation (
    id                   bigint generated always as identity primary key,
    held_at              timestamptz not null,
    social_worker_id     bigint not null references app_user(id),
    social_worker_name   text not null,
    professional_name    text not null,
    professional_role    text,
    professional_agency  text not null,
    child_id             bigint,
    child_description    text,
    concern              text not null,
    advice               text not null,
    recorded_at          timestamptz not null
);

create table contact (
    id                    bigint generated always as identity primary key,
    received_at           timestamptz not null,
    channel               text not null check (channel in ('PHONE','EMAIL','PORTAL','API','IN_PERSON','LETTER')),
    referrer_name         text not null,
    referrer_role         text,
    referrer_agency       text,
    referrer_agency_type  text,
    referrer_phone        text,
    referrer_email        text,
    referrer_agency_id    bigint references agency(id),
    source_code           text not null references ref_referral_source(code),
    concern               text not null,
    categories            text[] not null default '{}',
    family_knows          boolean,
    family_consents       boolean,
    consent_note          text,
    early_help_assessment boolean not null default false,
    early_help_note       text,
    consultation_id       bigint references consultation(id),
    team_id               bigint references team(id),
    recorded_by           bigint not null references app_user(id),
    recorded_at           timestamptz not null
);
create index contact_received on contact(received_at);
create index contact_referrer_agency on contact(referrer_agency_id);

create table contact_adult (
    id           bigint generated always as identity primary key,
    contact_id   bigint not null references contact(id),
    name         text not null,
    relationship text,
    details      text
);

-- One row per child on the contact: each child gets its own screening and decision. A child with an open case is
-- routed to that case (status ROUTED_TO_OPEN_CASE, seeds 003 line 1676) and never enters the queue.
create table contact_child (
    id                     bigint generated always as identity primary key,
    contact_id             bigint not null references contact(id),
    child_id               bigint not null,
    child_name             text not null,
    matched                text not null check (matched in ('CHOSEN','AUTOMATIC','REGISTERED')),
    status                 text not null check (status in ('OPEN','HELD','DECIDED','ROUTED_TO_OPEN_CASE')),
    possible_re_referral   boolean not null default false,
    routed_case_id         bigint,
    level                  int check (level between 1 and 4),
    threshold_document_id  bigint references threshold_document(id),
    indicators             text[] not null default '{}',
    level_rationale        text,
    screened_by            bigint references app_user(id),
    screened_at            timestamptz,
    held_at                timestamptz,
    decision               text,
    decision_detail        text,
    decision_reason        text,
    other_support          text,
    family_informed        boolean,
    family_not_informed_reason text,
    decided_by             bigint references app_user(id),
    decided_at             timestamptz,
    version                int not null default 0
);
create index contact_child_contact on contact_child(contact_id);
create index contact_child_open on contact_child(status) where status in ('OPEN','HELD');
create index contact_child_child on contact_child(child_id);

create table referral (
    id                    bigint generated always as identity primary key,
    contact_child_id      bigint not null unique references contact_child(id),
    child_id              bigint not null,
    referral_at           timestamptz not null,
    source_code           text not null references ref_referral_source(code),
    primary_need          text not null references ref_primary_need(code),
    re_referral           boolean not null,
    previous_referral_at  timestamptz,
    case_id               bigint,
    acknowledged_at       timestamptz,
    acknowledged_how      text,
    next_steps            text[],
    next_steps_rationale  text,
    nfa_reasons           text,
    other_support         text,
    family_informed       boolean,
    family_not_informed_reason text,
    decided_by            bigint references app_user(id),
    decided_at            timestamptz,
    created_at            timestamptz not null
);
create index referral_child on referral(child_id, referral_at);
create index referral_at on referral(referral_at);

-- What a MASH partner agency holds (police, health, education ...): visible only to MASH staff and the decision maker.
create table partner_check (
    id           bigint generated always as identity primary key,
    contact_id   bigint not null references contact(id),
    agency_type  text not null,
    agency_name  text not null,
    checked_on   date not null,
    summary      text not null,
    shared_with  text not null,
    recorded_by  bigint not null references app_user(id),
    recorded_at  timestamptz not null
);
create index partner_check_contact on partner_check(contact_id);

-- The partner portal's multi-agency referral form, saved on every page so a time-out loses nothing.
create table referral_draft (
    id           bigint generated always as identity primary key,
    owner_id     bigint not null references app_user(id),
    answers      jsonb not null default '{}',
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    submitted_contact_id bigint references contact(id)
);
create index referral_draft_owner on referral_draft(owner_id) where submitted_contact_id is null;

create table frontdoor_demo_marker (loaded_at timestamptz not null);
