-- frontdoor: contacts and referrals imported from the SSD (ssd_contacts, ssd_cin_episodes), with every SSD field
-- kept so they export back as imported (docs/SSD-FORMAT.md).

-- An imported record has no person who recorded it in Safeguard.
alter table contact alter column recorded_by drop not null;
alter table contact
    add column ssd_source_desc text,
    -- a contact made only to carry a referral the SSD gave without its contact: never exported, never counted
    add column placeholder boolean not null default false;

alter table contact_child
    add column imported boolean not null default false,
    -- the contact outcome flags of ssd_contacts (cont_contact_outcome_json keys that were "Y"; null when the file
    -- gave none); contacts made here export flags that follow from their decision
    add column ssd_outcome_flags text[];

-- the SSD may give a referral without its primary need or source
alter table referral alter column primary_need drop not null;
alter table referral alter column source_code drop not null;
alter table referral
    add column imported boolean not null default false,
    add column ssd_source_desc text,
    -- cine_referral_outcome_json keys that were "Y" (null when the file gave none)
    add column ssd_outcome_flags text[],
    add column ssd_nfa boolean,
    -- the team and worker the SSD named for the episode when it opened
    add column ssd_team_id bigint references team(id),
    add column ssd_worker_id bigint references app_user(id);

create index contact_child_placeholder on contact(id) where placeholder;
