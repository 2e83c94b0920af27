CREATE TABLE "attributes" (
	"name" text PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"type" text NOT NULL,
	"definition" text,
	"source" text,
	"owner_id" uuid,
	"sensitivity" text,
	"first_seen_at" timestamp with time zone,
	"accepted_by" uuid,
	"accepted_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "attributes_status" CHECK ("attributes"."status" IN ('discovered', 'accepted')),
	CONSTRAINT "attributes_type" CHECK ("attributes"."type" IN ('number', 'string', 'boolean', 'date', 'array')),
	CONSTRAINT "attributes_sensitivity" CHECK ("attributes"."sensitivity" IS NULL OR "attributes"."sensitivity" IN ('none', 'personal', 'special_category')),
	CONSTRAINT "attributes_accepted_complete" CHECK ("attributes"."status" <> 'accepted' OR ("attributes"."definition" IS NOT NULL AND "attributes"."source" IS NOT NULL AND "attributes"."owner_id" IS NOT NULL AND "attributes"."sensitivity" IS NOT NULL AND "attributes"."accepted_at" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "follow_up_outcomes" (
	"proposal_id" uuid NOT NULL,
	"checkpoint_days" integer NOT NULL,
	"outcome" text NOT NULL,
	"note" text NOT NULL,
	"note_findings" integer DEFAULT 0 NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"opened_proposal_id" uuid,
	CONSTRAINT "follow_up_outcomes_proposal_id_checkpoint_days_pk" PRIMARY KEY("proposal_id","checkpoint_days"),
	CONSTRAINT "follow_up_outcomes_checkpoint" CHECK ("follow_up_outcomes"."checkpoint_days" IN (7, 30, 90))
);
--> statement-breakpoint
CREATE TABLE "segment_reviews" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"segment_key" text NOT NULL,
	"version" integer NOT NULL,
	"note" text NOT NULL,
	"note_findings" integer DEFAULT 0 NOT NULL,
	"reviewed_by" uuid NOT NULL,
	"reviewed_at" timestamp with time zone NOT NULL,
	"next_due" date NOT NULL
);
--> statement-breakpoint
ALTER TABLE "change_proposals" ADD COLUMN "fairness_note" text;--> statement-breakpoint
ALTER TABLE "change_proposals" ADD COLUMN "fairness_attributes" jsonb;--> statement-breakpoint
ALTER TABLE "attributes" ADD CONSTRAINT "attributes_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attributes" ADD CONSTRAINT "attributes_accepted_by_users_id_fk" FOREIGN KEY ("accepted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_outcomes" ADD CONSTRAINT "follow_up_outcomes_proposal_id_change_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."change_proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_outcomes" ADD CONSTRAINT "follow_up_outcomes_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_outcomes" ADD CONSTRAINT "follow_up_outcomes_opened_proposal_id_change_proposals_id_fk" FOREIGN KEY ("opened_proposal_id") REFERENCES "public"."change_proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "segment_reviews" ADD CONSTRAINT "segment_reviews_segment_key_segments_key_fk" FOREIGN KEY ("segment_key") REFERENCES "public"."segments"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "segment_reviews" ADD CONSTRAINT "segment_reviews_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "segment_reviews_segment_idx" ON "segment_reviews" USING btree ("segment_key","reviewed_at");--> statement-breakpoint
-- The attributes that segment versions already read, and those on a sample of contacts, start as
-- discovered: the owner accepts each into the dictionary before a new proposal may use it
-- (docs/rules.md, "Attribute dictionary"). The type is a first guess the owner confirms on accepting.
INSERT INTO "attributes" ("name", "status", "type", "first_seen_at", "updated_at")
SELECT DISTINCT ON (x.name) x.name, 'discovered', x.type, now(), now()
FROM (
  SELECT 0 AS rank, c ->> 'attr' AS name,
    CASE
      WHEN c ->> 'op' IN ('within_days', 'older_than_days') THEN 'date'
      WHEN jsonb_typeof(coalesce(c -> 'value' -> 0, c -> 'value')) IN ('number', 'boolean')
        THEN jsonb_typeof(coalesce(c -> 'value' -> 0, c -> 'value'))
      ELSE 'string'
    END AS type
  FROM "segment_versions" v, jsonb_path_query(v."criteria", 'strict $.**') AS c
  WHERE jsonb_typeof(c) = 'object' AND c ? 'attr' AND c ? 'op'
  UNION ALL
  SELECT 1, f.path,
    CASE
      WHEN jsonb_typeof(f.value) = 'string' AND (f.value #>> '{}') ~ '^\d{4}-\d{2}-\d{2}' THEN 'date'
      ELSE jsonb_typeof(f.value)
    END
  FROM (
    WITH RECURSIVE sample AS (
      SELECT "attributes" AS a FROM "contacts" WHERE jsonb_typeof("attributes") = 'object' LIMIT 10000
    ), flat(path, value, depth) AS (
      SELECT e.key, e.value, 1 FROM sample s, jsonb_each(s.a) e
      WHERE e.key ~ '^[A-Za-z_][A-Za-z0-9_-]*$'
      UNION ALL
      SELECT f.path || '.' || e.key, e.value, f.depth + 1
      FROM flat f, jsonb_each(f.value) e
      WHERE jsonb_typeof(f.value) = 'object' AND f.depth < 8 AND e.key ~ '^[A-Za-z_][A-Za-z0-9_-]*$'
    )
    SELECT path, value FROM flat WHERE jsonb_typeof(value) NOT IN ('object', 'null')
  ) AS f
) AS x
WHERE x.name ~ '^[A-Za-z_][A-Za-z0-9_-]*(\.[A-Za-z_][A-Za-z0-9_-]*)*$' AND length(x.name) <= 200
  AND x.type IN ('number', 'string', 'boolean', 'date', 'array')
ORDER BY x.name, x.rank;
