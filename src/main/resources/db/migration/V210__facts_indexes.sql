-- facts: the DfE API purges merged duplicates (ChildFacts.mergedAway); a small partial index spares a scan of every
-- person to find the few merged ones.
create index person_merged_away on person(id) where merged_into is not null;
