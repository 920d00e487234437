-- demo: marks that the demo assessment was loaded (demo mode only), so a restart does not load it twice.
create table demo_assessments_marker (loaded_at timestamptz not null);
