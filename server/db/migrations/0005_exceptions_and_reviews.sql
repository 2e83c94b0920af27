CREATE TABLE "exception_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"requester_id" uuid NOT NULL,
	"status" text NOT NULL,
	"segment_key" text,
	"segment_version" integer,
	"campaign_id" uuid,
	"risk_category" text,
	"risk_statement" text,
	"risk_findings" integer DEFAULT 0 NOT NULL,
	"protocol" text,
	"proposal_id" uuid,
	"draft" jsonb,
	"idempotency_key" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"submitted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "review_actions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"month" text NOT NULL,
	"item" text NOT NULL,
	"description" text NOT NULL,
	"findings" integer DEFAULT 0 NOT NULL,
	"assignee_id" uuid,
	"due" date,
	"done" boolean DEFAULT false NOT NULL,
	"created_by" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"extra" jsonb
);
--> statement-breakpoint
CREATE TABLE "review_notes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"month" text NOT NULL,
	"item" text NOT NULL,
	"body" text NOT NULL,
	"findings" integer DEFAULT 0 NOT NULL,
	"kind" text NOT NULL,
	"author_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reviews" (
	"month" text PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"timer_started_at" timestamp with time zone,
	"timer_started_by" uuid,
	"facilitator_id" uuid,
	"pressure_answer" text,
	"pressure_findings" integer DEFAULT 0 NOT NULL,
	"snapshot" jsonb,
	"completed_at" timestamp with time zone,
	"completed_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "exception_requests" ADD CONSTRAINT "exception_requests_requester_id_users_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_actions" ADD CONSTRAINT "review_actions_month_reviews_month_fk" FOREIGN KEY ("month") REFERENCES "public"."reviews"("month") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_actions" ADD CONSTRAINT "review_actions_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_actions" ADD CONSTRAINT "review_actions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_notes" ADD CONSTRAINT "review_notes_month_reviews_month_fk" FOREIGN KEY ("month") REFERENCES "public"."reviews"("month") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_notes" ADD CONSTRAINT "review_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_timer_started_by_users_id_fk" FOREIGN KEY ("timer_started_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_facilitator_id_users_id_fk" FOREIGN KEY ("facilitator_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviews" ADD CONSTRAINT "reviews_completed_by_users_id_fk" FOREIGN KEY ("completed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "exception_requests_requester_idx" ON "exception_requests" USING btree ("requester_id","updated_at");--> statement-breakpoint
CREATE INDEX "exception_requests_submitted_idx" ON "exception_requests" USING btree ("submitted_at");--> statement-breakpoint
CREATE UNIQUE INDEX "exception_requests_idempotency_key" ON "exception_requests" USING btree ("requester_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "review_actions_month_idx" ON "review_actions" USING btree ("month");--> statement-breakpoint
CREATE INDEX "review_notes_month_idx" ON "review_notes" USING btree ("month","at");