CREATE TABLE "firewall_check_keys" (
	"scope" text NOT NULL,
	"key" text NOT NULL,
	"fingerprint" text NOT NULL,
	"claimed_at" timestamp with time zone NOT NULL,
	"request_id" uuid,
	"response" jsonb,
	CONSTRAINT "firewall_check_keys_scope_key_pk" PRIMARY KEY("scope","key")
);
--> statement-breakpoint
CREATE INDEX "firewall_check_keys_claimed_idx" ON "firewall_check_keys" USING btree ("claimed_at");