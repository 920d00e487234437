-- Per-child facts (the CIN census checks on every child's page): a child's cases, closed or open, and the plan a
-- conference made, without scanning case_file or sorting cp_plan.
create index if not exists case_file_child on case_file(child_id);
create index if not exists cp_plan_conference on cp_plan(conference_id);
