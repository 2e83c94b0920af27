-- Each new audit entry carries a keyed hash of its chain hash, made with a key that is never in
-- the database (docs/decisions/002). Entries written before stay without one.
ALTER TABLE "audit_entries" ADD COLUMN "mac" text;
