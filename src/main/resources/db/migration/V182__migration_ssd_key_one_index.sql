-- ssd_key is read a whole kind at a time (by its primary key's first column); the second index cost an index entry
-- for every one of the ~8 million ids of a large authority's import and served no query.
drop index if exists ssd_key_local;
