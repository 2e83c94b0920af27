CREATE TABLE "backlog_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"goal" text NOT NULL,
	"value" smallint NOT NULL,
	"effort" smallint NOT NULL,
	"urgency" text NOT NULL,
	"status" text NOT NULL,
	"segment_keys" text[] NOT NULL,
	"workflow_ids" uuid[] NOT NULL,
	"requester_id" uuid NOT NULL,
	"from_exception_id" uuid,
	"from_proposal_id" uuid,
	"proposal_id" uuid,
	"position" integer,
	"rationale" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "backlog_items_value" CHECK ("backlog_items"."value" BETWEEN 1 AND 5),
	CONSTRAINT "backlog_items_effort" CHECK ("backlog_items"."effort" BETWEEN 1 AND 5),
	CONSTRAINT "backlog_items_declined" CHECK (("backlog_items"."status" = 'declined') = ("backlog_items"."rationale" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "backlog_order" (
	"id" smallint PRIMARY KEY NOT NULL,
	"version" integer NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone,
	CONSTRAINT "backlog_order_single" CHECK ("backlog_order"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE "backlog_items" ADD CONSTRAINT "backlog_items_requester_id_users_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "backlog_items" ADD CONSTRAINT "backlog_items_from_exception_id_exception_requests_id_fk" FOREIGN KEY ("from_exception_id") REFERENCES "public"."exception_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "backlog_items" ADD CONSTRAINT "backlog_items_from_proposal_id_change_proposals_id_fk" FOREIGN KEY ("from_proposal_id") REFERENCES "public"."change_proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "backlog_items" ADD CONSTRAINT "backlog_items_proposal_id_change_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."change_proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "backlog_items" ADD CONSTRAINT "backlog_items_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "backlog_order" ADD CONSTRAINT "backlog_order_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "backlog_items_status_idx" ON "backlog_items" USING btree ("status","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "backlog_items_proposal_idx" ON "backlog_items" USING btree ("proposal_id");