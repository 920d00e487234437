-- demo: marks that the demo cases were loaded (demo mode only), so a restart does not load them twice.
create table demo_cases_marker (loaded_at timestamptz not null);
