-- The contacts' primary key carries what the firewall check reads (segment and time edge), so
-- the check's index-only scan walks the key itself and the separate covering index goes: every
-- contact written (an import, an approval's re-evaluation, the freshness pass) has one index
-- entry fewer to make (docs/decisions/024-random-ids-and-the-import.md). Nothing refers to the
-- key by a foreign key any more (migration 0022).
ALTER TABLE "contacts" DROP CONSTRAINT "contacts_pkey";--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_pkey" PRIMARY KEY ("id") INCLUDE ("segment_key", "fresh_until");--> statement-breakpoint
DROP INDEX "contacts_check_idx";--> statement-breakpoint
-- An index-only scan reads a heap page for every row on a page not marked all-visible, which any
-- update or insert clears until a vacuum. PostgreSQL's defaults vacuum after a fifth of the table
-- changes (200,000 contacts of a million): vacuum after a hundredth instead, for the contacts
-- and for the sends the frequency cap counts through an index-only scan too.
ALTER TABLE "contacts" SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_insert_scale_factor = 0.01);--> statement-breakpoint
ALTER TABLE "send_events" SET (autovacuum_vacuum_scale_factor = 0.01, autovacuum_vacuum_insert_scale_factor = 0.01);
