-- Blocked decisions are stored grouped: one row per request, segment, segment version and list of
-- reasons, with the contacts so blocked in request order (docs/decisions/010). A 10,000-contact
-- check then writes a handful of rows instead of thousands, each with three index entries.
CREATE TABLE "firewall_block_groups" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"request_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"segment_key" text,
	"segment_version" integer,
	"reasons" text[] NOT NULL,
	"contact_ids" text[] NOT NULL,
	"contact_count" integer NOT NULL,
	CONSTRAINT "firewall_block_groups_count" CHECK ("firewall_block_groups"."contact_count" = cardinality("firewall_block_groups"."contact_ids") AND "firewall_block_groups"."contact_count" > 0)
);
--> statement-breakpoint
-- Every block recorded so far moves over, grouped in the order it was written.
INSERT INTO "firewall_block_groups" ("request_id", "at", "segment_key", "segment_version", "reasons", "contact_ids", "contact_count")
SELECT "request_id", "at", "segment_key", "segment_version", "reasons", array_agg("contact_id" ORDER BY "id"), count(*)
FROM "firewall_blocks"
GROUP BY "request_id", "at", "segment_key", "segment_version", "reasons"
ORDER BY min("id");
--> statement-breakpoint
DROP TABLE "firewall_blocks" CASCADE;--> statement-breakpoint
CREATE INDEX "firewall_block_groups_at_idx" ON "firewall_block_groups" USING btree ("at");--> statement-breakpoint
CREATE INDEX "firewall_block_groups_request_idx" ON "firewall_block_groups" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "firewall_block_groups_segment_at_idx" ON "firewall_block_groups" USING btree ("segment_key","at");--> statement-breakpoint
CREATE TRIGGER firewall_block_groups_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON firewall_block_groups
  FOR EACH STATEMENT EXECUTE FUNCTION firewall_decisions_refuse_change();
--> statement-breakpoint
-- Sends are read only by contact (the frequency cap). The index on sent_at alone served no query,
-- and with the window as a parameter it made a generic plan scan every send of the window.
DROP INDEX "send_events_sent_idx";
