CREATE TABLE "campaigns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"channel" text NOT NULL,
	"target_segment" text,
	"copy" text DEFAULT '' NOT NULL,
	"copy_findings" integer DEFAULT 0 NOT NULL,
	"creator_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"approval_state" text DEFAULT 'not_requested' NOT NULL,
	"approved_version" integer,
	"approval_by" uuid,
	"approval_at" timestamp with time zone,
	"approval_note" text
);
--> statement-breakpoint
CREATE TABLE "firewall_blocks" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"request_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"contact_id" text NOT NULL,
	"segment_key" text,
	"segment_version" integer,
	"reasons" text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "firewall_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"caller" text NOT NULL,
	"channel" text NOT NULL,
	"campaign_id" uuid,
	"target_segment" text,
	"customer_initiated" boolean DEFAULT false NOT NULL,
	"contact_count" integer NOT NULL,
	"allowed_count" integer NOT NULL,
	"blocked_count" integer NOT NULL,
	"segment_unsafe" boolean NOT NULL
);
--> statement-breakpoint
CREATE TABLE "override_attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_id" uuid,
	"actor_label" text NOT NULL,
	"team" text,
	"target" text,
	"segment_key" text,
	"campaign_id" uuid,
	"reason" text,
	"via" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pause_violations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" text NOT NULL,
	"contact_id" text NOT NULL,
	"segment_key" text NOT NULL,
	"segment_version" integer NOT NULL,
	"channel" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"source" text NOT NULL,
	"campaign_id" uuid,
	"status" text DEFAULT 'open' NOT NULL,
	"acknowledged_by" uuid,
	"acknowledged_at" timestamp with time zone,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	"resolution_note" text
);
--> statement-breakpoint
CREATE TABLE "send_events" (
	"event_id" text PRIMARY KEY NOT NULL,
	"contact_id" text NOT NULL,
	"channel" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"campaign_id" uuid,
	"source" text NOT NULL,
	"customer_initiated" boolean DEFAULT false NOT NULL,
	"received_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_creator_id_users_id_fk" FOREIGN KEY ("creator_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_approval_by_users_id_fk" FOREIGN KEY ("approval_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "firewall_blocks" ADD CONSTRAINT "firewall_blocks_request_id_firewall_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."firewall_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "firewall_requests" ADD CONSTRAINT "firewall_requests_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "firewall_requests" ADD CONSTRAINT "firewall_requests_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "override_attempts" ADD CONSTRAINT "override_attempts_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pause_violations" ADD CONSTRAINT "pause_violations_event_id_send_events_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."send_events"("event_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pause_violations" ADD CONSTRAINT "pause_violations_acknowledged_by_users_id_fk" FOREIGN KEY ("acknowledged_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pause_violations" ADD CONSTRAINT "pause_violations_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "campaigns_creator_idx" ON "campaigns" USING btree ("creator_id");--> statement-breakpoint
CREATE INDEX "campaigns_segment_idx" ON "campaigns" USING btree ("target_segment");--> statement-breakpoint
CREATE INDEX "firewall_blocks_at_idx" ON "firewall_blocks" USING btree ("at");--> statement-breakpoint
CREATE INDEX "firewall_blocks_request_idx" ON "firewall_blocks" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "firewall_blocks_segment_at_idx" ON "firewall_blocks" USING btree ("segment_key","at");--> statement-breakpoint
CREATE INDEX "firewall_requests_at_idx" ON "firewall_requests" USING btree ("at");--> statement-breakpoint
CREATE INDEX "firewall_requests_campaign_idx" ON "firewall_requests" USING btree ("campaign_id","at");--> statement-breakpoint
CREATE INDEX "override_attempts_at_idx" ON "override_attempts" USING btree ("at");--> statement-breakpoint
CREATE UNIQUE INDEX "pause_violations_event_key" ON "pause_violations" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "pause_violations_sent_idx" ON "pause_violations" USING btree ("sent_at");--> statement-breakpoint
CREATE INDEX "send_events_contact_sent_idx" ON "send_events" USING btree ("contact_id","sent_at");--> statement-breakpoint
CREATE INDEX "send_events_sent_idx" ON "send_events" USING btree ("sent_at");