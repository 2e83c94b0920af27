CREATE TABLE "outcome_events" (
	"event_id" text PRIMARY KEY NOT NULL,
	"contact_id" text NOT NULL,
	"type" smallint NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"campaign_id" text,
	"workflow_platform" text,
	"workflow_external_id" text,
	"received_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pilot_members" (
	"pilot_id" uuid NOT NULL,
	"contact_id" text NOT NULL,
	"cohort" text NOT NULL,
	"segment_before" text,
	"segment_pilot" text,
	"delivered" integer DEFAULT 0 NOT NULL,
	"opened" integer DEFAULT 0 NOT NULL,
	"clicked" integer DEFAULT 0 NOT NULL,
	"converted" integer DEFAULT 0 NOT NULL,
	"unsubscribed" integer DEFAULT 0 NOT NULL,
	"complained" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "pilot_members_pilot_id_contact_id_pk" PRIMARY KEY("pilot_id","contact_id")
);
--> statement-breakpoint
CREATE TABLE "pilot_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pilot_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"findings" integer DEFAULT 0 NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pilots" (
	"id" uuid PRIMARY KEY NOT NULL,
	"proposal_id" uuid NOT NULL,
	"segment_key" text NOT NULL,
	"proposal_revision" integer NOT NULL,
	"share_percent" integer NOT NULL,
	"started_by" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"end_reason" text,
	"ended_by" uuid,
	"eligible" integer NOT NULL,
	"pilot_size" integer NOT NULL,
	"control_size" integer NOT NULL,
	CONSTRAINT "pilots_share" CHECK ("pilots"."share_percent" BETWEEN 1 AND 20),
	CONSTRAINT "pilots_ended" CHECK (("pilots"."ended_at" IS NULL) = ("pilots"."end_reason" IS NULL))
);
--> statement-breakpoint
ALTER TABLE "firewall_block_groups" ADD COLUMN "pilot_id" uuid;--> statement-breakpoint
ALTER TABLE "firewall_block_groups" ADD COLUMN "pilot_cohort" text;--> statement-breakpoint
ALTER TABLE "pilot_members" ADD CONSTRAINT "pilot_members_pilot_id_pilots_id_fk" FOREIGN KEY ("pilot_id") REFERENCES "public"."pilots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_notes" ADD CONSTRAINT "pilot_notes_pilot_id_pilots_id_fk" FOREIGN KEY ("pilot_id") REFERENCES "public"."pilots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilot_notes" ADD CONSTRAINT "pilot_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilots" ADD CONSTRAINT "pilots_proposal_id_change_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."change_proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilots" ADD CONSTRAINT "pilots_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pilots" ADD CONSTRAINT "pilots_ended_by_users_id_fk" FOREIGN KEY ("ended_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outcome_events_contact_at_idx" ON "outcome_events" USING btree ("contact_id","at");--> statement-breakpoint
CREATE INDEX "pilot_members_contact_idx" ON "pilot_members" USING btree ("contact_id");--> statement-breakpoint
CREATE INDEX "pilot_notes_pilot_idx" ON "pilot_notes" USING btree ("pilot_id","at");--> statement-breakpoint
CREATE INDEX "pilots_segment_idx" ON "pilots" USING btree ("segment_key","ends_at");--> statement-breakpoint
CREATE INDEX "pilots_proposal_idx" ON "pilots" USING btree ("proposal_id");