-- Contact ids are keys chosen by other systems, compared only for equality and for a stable order:
-- every column that holds one compares them byte by byte (COLLATE "C") instead of through the C
-- library's locale. A 10,000-contact check walks the contacts' key with ten thousand ids and
-- PostgreSQL sorts them first; under a locale every comparison is a copy and a strcoll() call,
-- bytewise it is a memcmp() (docs/decisions/025-contact-ids-bytewise.md). All of them change
-- together: a join of two contact-id columns under different collations could not use the other
-- column's index. Only indexes on these columns are rebuilt; no table is rewritten.
ALTER TABLE "contacts" ALTER COLUMN "id" SET DATA TYPE text COLLATE "C";--> statement-breakpoint
ALTER TABLE "contact_stays" ALTER COLUMN "contact_id" SET DATA TYPE text COLLATE "C";--> statement-breakpoint
ALTER TABLE "send_events" ALTER COLUMN "contact_id" SET DATA TYPE text COLLATE "C";--> statement-breakpoint
ALTER TABLE "pause_violations" ALTER COLUMN "contact_id" SET DATA TYPE text COLLATE "C";--> statement-breakpoint
ALTER TABLE "pilot_members" ALTER COLUMN "contact_id" SET DATA TYPE text COLLATE "C";--> statement-breakpoint
ALTER TABLE "outcome_events" ALTER COLUMN "contact_id" SET DATA TYPE text COLLATE "C";--> statement-breakpoint
ALTER TABLE "firewall_block_groups" ALTER COLUMN "contact_ids" SET DATA TYPE text[] COLLATE "C";--> statement-breakpoint
ALTER TABLE "firewall_allow_groups" ALTER COLUMN "contact_ids" SET DATA TYPE text[] COLLATE "C";
