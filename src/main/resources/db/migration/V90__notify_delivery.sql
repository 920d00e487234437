-- notify delivery: the dispatcher reads the queue through this small partial index.
create index notification_queued on notification(created_at, id) where status = 'QUEUED';
