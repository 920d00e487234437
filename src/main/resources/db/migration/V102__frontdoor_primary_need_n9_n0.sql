-- The CIN census code set also has N9 and N0 (SSD objects/ssd_cin_episodes.yml, cine_referral_need_code guidance);
-- categories/primary_need.yml lists only N1–N8. N0 matters at the front door: a referral whose need is yet to be
-- determined, or closed following assessment.
insert into ref_primary_need(code, description, sort_order) values
    ('N9', 'Cases other than children in need', 9),
    ('N0', 'Not stated', 10)
on conflict (code) do nothing;
