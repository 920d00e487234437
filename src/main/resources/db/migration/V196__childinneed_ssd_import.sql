-- childinneed: CIN plans and visits imported from the SSD (ssd_cin_plans, ssd_cin_visits). The SSD gives no reason
-- for a plan's end: an imported ended plan has end_reason OTHER with a note saying it was not recorded, and its export
-- gives the dates only (docs/SSD-FORMAT.md).
alter table cin_plan add column ssd_import_id text;
alter table cin_visit add column ssd_import_id text;
-- finding the child's plan open on a visit's date, once per batch of imported visits
create index cin_plan_person_start on cin_plan(person_id, start_date);
