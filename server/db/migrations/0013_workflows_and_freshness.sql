-- The automation platform's workflows, the checks and sends that name them, and each contact's
-- fresh_until: the next time edge of its segment's time-relative criteria. Existing contacts start
-- with NULL ("not known"): the firewall evaluates them itself until the first freshness pass has
-- computed it (docs/decisions/014-membership-never-stale.md).
CREATE TABLE "workflows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"platform" text NOT NULL,
	"external_id" text NOT NULL,
	"name" text NOT NULL,
	"trigger" text DEFAULT '' NOT NULL,
	"channel" text,
	"audience" text[] DEFAULT '{}'::text[] NOT NULL,
	"actions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"goal" text DEFAULT '' NOT NULL,
	"owner_id" uuid,
	"status" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "workflows_status" CHECK ("workflows"."status" IN ('active', 'paused', 'archived', 'discovered')),
	CONSTRAINT "workflows_platform" CHECK ("workflows"."platform" IN ('braze', 'hubspot', 'customerio', 'iterable', 'salesforce', 'other'))
);
--> statement-breakpoint
ALTER TABLE "firewall_requests" ADD COLUMN "workflow_id" uuid;--> statement-breakpoint
ALTER TABLE "send_events" ADD COLUMN "workflow_id" uuid;--> statement-breakpoint
ALTER TABLE "contacts" ADD COLUMN "fresh_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "workflows" ADD CONSTRAINT "workflows_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "workflows_platform_external_key" ON "workflows" USING btree ("platform","external_id");--> statement-breakpoint
CREATE INDEX "workflows_status_idx" ON "workflows" USING btree ("status");--> statement-breakpoint
CREATE INDEX "firewall_requests_workflow_idx" ON "firewall_requests" USING btree ("workflow_id","at") WHERE "firewall_requests"."workflow_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "send_events_workflow_idx" ON "send_events" USING btree ("workflow_id","sent_at") WHERE "send_events"."workflow_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "contacts_fresh_until_idx" ON "contacts" USING btree ("fresh_until");