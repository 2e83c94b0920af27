CREATE TABLE "glossary_terms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"phrase" text NOT NULL,
	"kind" text NOT NULL,
	"reason" text,
	"definition" text,
	"replacements" text[] DEFAULT '{}'::text[] NOT NULL,
	"examples" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"archived_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "language_findings" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"term" text NOT NULL,
	"field" text NOT NULL,
	"source_id" text,
	"actor_id" uuid,
	"count" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "change_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"segment_key" text,
	"setting_key" text,
	"base_version" integer,
	"content" jsonb NOT NULL,
	"rationale" text NOT NULL,
	"rationale_findings" integer DEFAULT 0 NOT NULL,
	"status" text NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"proposer_id" uuid NOT NULL,
	"exception_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decision_note" text,
	"follow_up_due" date,
	"follow_up_outcome" text,
	"follow_up_at" timestamp with time zone,
	"follow_up_by" uuid,
	CONSTRAINT "change_proposals_target" CHECK (("change_proposals"."segment_key" IS NOT NULL) <> ("change_proposals"."setting_key" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "contact_stays" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"contact_id" text NOT NULL,
	"segment_key" text NOT NULL,
	"entered_at" timestamp with time zone NOT NULL,
	"left_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" text PRIMARY KEY NOT NULL,
	"attributes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"segment_key" text,
	"entered_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "segment_versions" (
	"segment_key" text NOT NULL,
	"version" integer NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"criteria" jsonb NOT NULL,
	"priority" integer NOT NULL,
	"pause" jsonb NOT NULL,
	"approval" text NOT NULL,
	"transitions" text[] NOT NULL,
	"expected_dwell_min" integer NOT NULL,
	"expected_dwell_max" integer NOT NULL,
	"status" text NOT NULL,
	"proposal_id" uuid,
	"proposed_by" uuid,
	"approved_by" uuid,
	"approved_at" timestamp with time zone NOT NULL,
	CONSTRAINT "segment_versions_segment_key_version_pk" PRIMARY KEY("segment_key","version")
);
--> statement-breakpoint
CREATE TABLE "segments" (
	"key" text PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"current_version" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "glossary_terms" ADD CONSTRAINT "glossary_terms_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "language_findings" ADD CONSTRAINT "language_findings_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_proposals" ADD CONSTRAINT "change_proposals_proposer_id_users_id_fk" FOREIGN KEY ("proposer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_proposals" ADD CONSTRAINT "change_proposals_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change_proposals" ADD CONSTRAINT "change_proposals_follow_up_by_users_id_fk" FOREIGN KEY ("follow_up_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_stays" ADD CONSTRAINT "contact_stays_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "segment_versions" ADD CONSTRAINT "segment_versions_segment_key_segments_key_fk" FOREIGN KEY ("segment_key") REFERENCES "public"."segments"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "segment_versions" ADD CONSTRAINT "segment_versions_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "segment_versions" ADD CONSTRAINT "segment_versions_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "glossary_terms_phrase_key" ON "glossary_terms" USING btree (lower("phrase"));--> statement-breakpoint
CREATE INDEX "language_findings_at_idx" ON "language_findings" USING btree ("at");--> statement-breakpoint
CREATE INDEX "language_findings_term_at_idx" ON "language_findings" USING btree ("term","at");--> statement-breakpoint
CREATE INDEX "change_proposals_status_idx" ON "change_proposals" USING btree ("status","created_at");--> statement-breakpoint
CREATE INDEX "change_proposals_segment_idx" ON "change_proposals" USING btree ("segment_key");--> statement-breakpoint
CREATE INDEX "contact_stays_contact_idx" ON "contact_stays" USING btree ("contact_id","entered_at");--> statement-breakpoint
CREATE INDEX "contact_stays_segment_idx" ON "contact_stays" USING btree ("segment_key","entered_at");--> statement-breakpoint
CREATE INDEX "contacts_segment_idx" ON "contacts" USING btree ("segment_key","entered_at");