-- assessment: an assessment still in progress when its case (the child-in-need episode) closes is withdrawn, not left
-- running: its clocks are cancelled (neither met nor missed) and it becomes read-only.
alter table assessment drop constraint assessment_status_check;
alter table assessment add constraint assessment_status_check
    check (status in ('IN_PROGRESS', 'SUBMITTED', 'AUTHORISED', 'WITHDRAWN'));
