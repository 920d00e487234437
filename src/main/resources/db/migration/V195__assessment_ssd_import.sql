-- assessment: single assessments imported from the SSD (ssd_cin_assessments, ssd_assessment_factors), with every SSD
-- field Safeguard did not hold kept so they export back as imported (docs/SSD-FORMAT.md).
alter table assessment
    -- the import that brought the assessment (null: recorded here); an imported assessment exports its stored SSD values
    add column ssd_import_id     text,
    -- cina_assessment_child_seen as given (the SSD has no dates for the child seen)
    add column ssd_child_seen    boolean,
    -- cina_assessment_outcome_json keys that were "Y" (null: no outcome given)
    add column ssd_outcome_flags text[],
    -- cina_assessment_outcome_nfa
    add column ssd_outcome_nfa   boolean,
    -- cina_assessment_team and cina_assessment_worker_id
    add column team_id           bigint references team(id),
    add column worker_id         bigint references app_user(id);
