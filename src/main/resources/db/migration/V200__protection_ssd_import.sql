-- Section 47 enquiries imported from the SSD (ssd_s47_enquiry, docs/SSD-FORMAT.md).
-- The SSD records no strategy discussion: an imported enquiry has none (strategy_discussion_id null) rather than an
-- invented one. Its lead worker may be unknown. The SSD's own fields are kept so an export gives back what came in.
alter table section47_enquiry alter column strategy_discussion_id drop not null;
alter table section47_enquiry alter column lead_worker_id drop not null;
alter table section47_enquiry
    add column ssd_import_id     text,
    add column ssd_nfa           boolean,
    add column ssd_outcome_flags text[],
    add column ssd_team_id       bigint;
