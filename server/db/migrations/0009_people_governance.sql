CREATE TABLE "user_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"role" text,
	"started_at" timestamp with time zone,
	"previous_started_at" timestamp with time zone,
	"status" text DEFAULT 'pending' NOT NULL,
	"proposed_by" uuid NOT NULL,
	"proposed_at" timestamp with time zone NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"note" text,
	CONSTRAINT "user_changes_shape" CHECK (("user_changes"."kind" = 'role_grant' AND "user_changes"."role" IN ('owner','operations','admin') AND "user_changes"."started_at" IS NULL)
        OR ("user_changes"."kind" = 'start_date' AND "user_changes"."role" IS NULL AND "user_changes"."started_at" IS NOT NULL)),
	CONSTRAINT "user_changes_status" CHECK ("user_changes"."status" IN ('pending','confirmed','rejected','withdrawn','cancelled')),
	CONSTRAINT "user_changes_two_people" CHECK ("user_changes"."decided_by" IS NULL OR "user_changes"."decided_by" <> "user_changes"."proposed_by")
);
--> statement-breakpoint
ALTER TABLE "users" DROP CONSTRAINT "users_separation_of_duties";--> statement-breakpoint
ALTER TABLE "sign_in_failures" ADD COLUMN "client" text;--> statement-breakpoint
ALTER TABLE "sign_in_failures" ADD COLUMN "device" text;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "created_by" uuid;--> statement-breakpoint
ALTER TABLE "user_changes" ADD CONSTRAINT "user_changes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_changes" ADD CONSTRAINT "user_changes_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "user_changes" ADD CONSTRAINT "user_changes_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "user_changes_one_pending" ON "user_changes" USING btree ("user_id","kind",coalesce("role", '')) WHERE "user_changes"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "user_changes_user_idx" ON "user_changes" USING btree ("user_id","kind","status");--> statement-breakpoint
CREATE INDEX "user_changes_status_idx" ON "user_changes" USING btree ("status","proposed_at");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sign_in_failures_client_at_idx" ON "sign_in_failures" USING btree ("client","at");--> statement-breakpoint
CREATE INDEX "sign_in_failures_device_at_idx" ON "sign_in_failures" USING btree ("device","at");--> statement-breakpoint
CREATE INDEX "sign_in_failures_at_idx" ON "sign_in_failures" USING btree ("at");--> statement-breakpoint
-- A marketer may no longer hold admin (docs/rules.md, "Separation of duties"): an account that held
-- both keeps marketer and loses admin, the safer of the two (docs/operations.md, "Upgrading").
UPDATE "users" SET "roles" = array_remove("roles", 'admin') WHERE 'marketer' = ANY("roles") AND 'admin' = ANY("roles");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_separation_of_duties" CHECK (NOT ('marketer' = ANY("users"."roles") AND "users"."roles" && ARRAY['owner','operations','admin']::text[]));