-- Allowed decisions stored grouped like the blocked ones: one row per request, segment, segment
-- version and pilot cohort, with the contacts so allowed in request order, so a request's detail
-- can say why each was allowed (docs/decisions/017-allowed-decisions-grouped.md). Requests checked
-- before this migration keep their allowed count only.
CREATE TABLE "firewall_allow_groups" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"request_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"segment_key" text,
	"segment_version" integer,
	"contact_ids" text[] NOT NULL,
	"contact_count" integer NOT NULL,
	"pilot_id" uuid,
	"pilot_cohort" text,
	CONSTRAINT "firewall_allow_groups_count" CHECK ("firewall_allow_groups"."contact_count" = cardinality("firewall_allow_groups"."contact_ids") AND "firewall_allow_groups"."contact_count" > 0)
);
--> statement-breakpoint
CREATE INDEX "firewall_allow_groups_request_idx" ON "firewall_allow_groups" USING btree ("request_id");--> statement-breakpoint
CREATE TRIGGER firewall_allow_groups_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON firewall_allow_groups
  FOR EACH STATEMENT EXECUTE FUNCTION firewall_decisions_refuse_change();
