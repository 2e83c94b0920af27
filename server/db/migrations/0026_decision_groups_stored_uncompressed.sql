-- A 10,000-contact check stores its decisions' contact ids in a handful of arrays of some 30 kB
-- each, and PostgreSQL compressed each with pglz before storing it: two fifths of the check's
-- write (docs/decisions/025-contact-ids-bytewise.md). They are stored as they are instead, out of
-- line as before: about two and a half times the space for those arrays (a month of a million
-- decisions, some 16 MB instead of 6 MB), read without decompressing. Arrays of a few ids, as
-- single-contact checks write, stay in the row as they always did. Rows already written keep
-- their compressed form.
ALTER TABLE "firewall_allow_groups" ALTER COLUMN "contact_ids" SET STORAGE EXTERNAL;--> statement-breakpoint
ALTER TABLE "firewall_block_groups" ALTER COLUMN "contact_ids" SET STORAGE EXTERNAL;
