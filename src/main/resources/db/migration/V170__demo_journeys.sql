-- demo: marks that the demo journeys (allocation request, child in need plan, child protection, recording) were
-- loaded (demo mode only), so a restart does not load them twice.
create table demo_journeys_marker (loaded_at timestamptz not null);
