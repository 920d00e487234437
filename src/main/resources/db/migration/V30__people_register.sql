-- people: the register of children (including unborn) and adults, with names, addresses, relationships and households.
create extension if not exists pg_trgm;
create extension if not exists fuzzystrmatch;

-- Reference data copied from the Standard Safeguarding Dataset code lists (shared/standards/ssd/categories).
create table ref_sex (code text primary key, description text not null);           -- sex.yml (ssd002)
insert into ref_sex values ('1', 'Male'), ('2', 'Female');

create table ref_gender (code text primary key, description text not null);        -- gender.yml (ssd003)
insert into ref_gender values ('0', 'Not yet born (even if known)'), ('1', 'Male'), ('2', 'Female'),
    ('9', 'Indeterminate / Unable to be classed as male / female');

-- ethnicity.yml lost its first entries; the full DfE set is in objects/ssd_person.yml (PERS004A guidance).
-- CHNE follows ethnicity.yml and the CIN census (ssd_person.yml misspells it CNHE).
create table ref_ethnicity (code text primary key, description text not null, sort_order int not null);
insert into ref_ethnicity values
    ('WBRI', 'White British', 1), ('WIRI', 'White Irish', 2), ('WOTH', 'Any other White background', 3),
    ('WIRT', 'Traveller of Irish Heritage', 4), ('WROM', 'Gypsy/Roma', 5), ('MWBC', 'White and Black Caribbean', 6),
    ('MWBA', 'White and Black African', 7), ('MWAS', 'White and Asian', 8), ('MOTH', 'Any other Mixed background', 9),
    ('AIND', 'Indian', 10), ('APKN', 'Pakistani', 11), ('ABAN', 'Bangladeshi', 12), ('CHNE', 'Chinese', 13),
    ('AOTH', 'Any other Asian background', 14), ('BCRB', 'Caribbean', 15), ('BAFR', 'African', 16),
    ('BOTH', 'Any other Black background', 17), ('OOTH', 'Any other ethnic group', 18), ('REFU', 'Refused', 19),
    ('NOBT', 'Information not yet obtained', 20);

create table ref_disability (code text primary key, description text not null);    -- disability.yml (ssd021)
insert into ref_disability values
    ('AUT', 'Diagnosed with autism or Asperger''s syndrome'), ('BEH', 'Behaviour'), ('COMM', 'Communication'),
    ('CON', 'Consciousness'), ('DDA', 'Disabled under DDA but not in defined categories'), ('HAND', 'Hand function'),
    ('HEAR', 'Hearing'), ('INC', 'Incontinence'), ('LD', 'Learning'), ('MOB', 'Mobility'), ('NONE', 'None'),
    ('PC', 'Personal care'), ('VIS', 'Vision');

create table person (
    id                     bigint generated always as identity primary key,
    kind                   text not null check (kind in ('CHILD', 'UNBORN', 'ADULT')),
    date_of_birth          date,
    expected_delivery_date date,
    sex                    text references ref_sex(code),
    gender                 text references ref_gender(code),
    ethnicity              text references ref_ethnicity(code),
    nhs_number             text check (nhs_number ~ '^[0-9]{10}$'),
    upn                    text,
    first_language         text,
    interpreter_needed     boolean not null default false,
    version                bigint not null default 1,
    merged_into            bigint references person(id),
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    check (kind <> 'UNBORN' or expected_delivery_date is not null)
);
create index person_nhs on person(nhs_number) where nhs_number is not null;
create index person_dob on person(date_of_birth);

create table person_name (
    id           bigint generated always as identity primary key,
    person_id    bigint not null references person(id),
    name_type    text not null check (name_type in ('CURRENT', 'ALIAS', 'PREVIOUS')),
    given_names  text not null,
    family_name  text not null,
    from_date    date,
    to_date      date
);
create index person_name_person on person_name(person_id);
-- exactly one current name per person
create unique index person_name_one_current on person_name(person_id) where name_type = 'CURRENT';

create table person_address (
    id            bigint generated always as identity primary key,
    person_id     bigint not null references person(id),
    line1         text not null,
    line2         text,
    town          text,
    postcode      text not null,
    postcode_norm text not null,
    from_date     date,
    to_date       date
);
create index person_address_person on person_address(person_id);
create index person_address_postcode on person_address(postcode_norm);

create table person_disability (
    person_id bigint not null references person(id),
    code      text not null references ref_disability(code),
    primary key (person_id, code)
);

-- "person_id is the <type> of related_person_id", e.g. (mother, child, PARENT).
create table relationship (
    id                      bigint generated always as identity primary key,
    person_id               bigint not null references person(id),
    related_person_id       bigint not null references person(id),
    relationship_type       text not null,
    parental_responsibility boolean not null default false,
    from_date               date,
    to_date                 date,
    check (person_id <> related_person_id)
);
create index relationship_person on relationship(person_id);
create index relationship_related on relationship(related_person_id);

create table household (
    id         bigint generated always as identity primary key,
    name       text not null,
    created_at timestamptz not null
);

create table household_member (
    id           bigint generated always as identity primary key,
    household_id bigint not null references household(id),
    person_id    bigint not null references person(id),
    from_date    date,
    to_date      date
);
create index household_member_household on household_member(household_id);
create index household_member_person on household_member(person_id);

-- Search. Every name row (current, alias, previous) has one row here with normalised name parts and the
-- person's date of birth, so a name (+dob) search is a btree lookup on (family, given) for a short list of
-- candidate spellings. The candidate spellings come from name_term: the distinct normalised name parts,
-- small even at a million people, with trigram and phonetic indexes.
create table person_search (
    name_id     bigint primary key,
    person_id   bigint not null,
    name_type   text not null,
    given_norm  text not null,
    family_norm text not null,
    display     text not null,
    dob         date
);
create index person_search_family_given on person_search(family_norm, given_norm);
create index person_search_given on person_search(given_norm);
create index person_search_person on person_search(person_id);

create table name_term (
    term   text primary key,
    dm     text generated always as (dmetaphone(term)) stored,
    dm_alt text generated always as (dmetaphone_alt(term)) stored,
    sx     text generated always as (soundex(term)) stored
);
create index name_term_trgm on name_term using gin (term gin_trgm_ops);
create index name_term_dm on name_term(dm);
create index name_term_dm_alt on name_term(dm_alt);
create index name_term_sx on name_term(sx);

-- Nicknames and short forms of given names: names in one group are treated as the same given name.
create table nickname (
    group_name text not null,
    name       text not null,
    primary key (group_name, name)
);
create index nickname_name on nickname(name);
insert into nickname(group_name, name)
select g, unnest(n) from (values
    ('robert',    array['robert', 'rob', 'robbie', 'bob', 'bobby', 'bert']),
    ('william',   array['william', 'will', 'willie', 'bill', 'billy', 'liam']),
    ('catherine', array['catherine', 'katherine', 'kathryn', 'kate', 'katie', 'kat', 'cathy', 'kathy', 'kitty']),
    ('jonathan',  array['jonathan', 'jon', 'john', 'johnny', 'jonny', 'jack']),
    ('elizabeth', array['elizabeth', 'liz', 'lizzie', 'beth', 'betty', 'eliza', 'libby', 'elsie']),
    ('samuel',    array['samuel', 'sam', 'sammy']),
    ('samantha',  array['samantha', 'sam', 'sammy']),
    ('alexander', array['alexander', 'alex', 'al', 'xander', 'sandy']),
    ('alexandra', array['alexandra', 'alex', 'lexi', 'sandra', 'sandy']),
    ('michael',   array['michael', 'mike', 'mikey', 'mick', 'micky']),
    ('thomas',    array['thomas', 'tom', 'tommy']),
    ('james',     array['james', 'jim', 'jimmy', 'jamie']),
    ('richard',   array['richard', 'rich', 'rick', 'ricky', 'dick']),
    ('edward',    array['edward', 'ed', 'eddie', 'ted', 'teddy', 'ned']),
    ('margaret',  array['margaret', 'maggie', 'meg', 'peggy', 'maisie']),
    ('daniel',    array['daniel', 'dan', 'danny']),
    ('joseph',    array['joseph', 'joe', 'joey']),
    ('christopher', array['christopher', 'chris', 'kit']),
    ('christine', array['christine', 'chris', 'christina', 'tina']),
    ('anthony',   array['anthony', 'tony']),
    ('nicholas',  array['nicholas', 'nick', 'nicky']),
    ('benjamin',  array['benjamin', 'ben', 'benny']),
    ('matthew',   array['matthew', 'matt', 'matty']),
    ('jennifer',  array['jennifer', 'jen', 'jenny']),
    ('rebecca',   array['rebecca', 'becky', 'becca']),
    ('victoria',  array['victoria', 'vicky', 'tori']),
    ('charlotte', array['charlotte', 'charlie', 'lottie']),
    ('charles',   array['charles', 'charlie', 'chas', 'chuck']),
    ('abigail',   array['abigail', 'abi', 'abby', 'gail']),
    ('stephen',   array['stephen', 'steven', 'steve', 'stevie']),
    ('patricia',  array['patricia', 'pat', 'patsy', 'trish']),
    ('deborah',   array['deborah', 'debbie', 'debs']),
    ('susan',     array['susan', 'sue', 'susie']),
    ('frederick', array['frederick', 'fred', 'freddie']),
    ('henry',     array['henry', 'harry', 'hal']),
    ('oliver',    array['oliver', 'ollie']),
    ('amelia',    array['amelia', 'millie', 'amy']),
    ('olivia',    array['olivia', 'liv', 'livvy']),
    ('isabella',  array['isabella', 'isabel', 'izzy', 'bella']),
    ('joshua',    array['joshua', 'josh']),
    ('zachary',   array['zachary', 'zach', 'zack'])
) as t(g, n);

-- demo data is loaded once; this marker says it has been
create table people_demo_marker (loaded_at timestamptz not null);
