-- The month's firewall figures from day rollups kept by triggers in the inserting transaction, and
-- the check's contacts read from a covering index (docs/decisions/015-scale.md).
CREATE TABLE "firewall_block_days" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"day" date NOT NULL,
	"shard" smallint NOT NULL,
	"segment_key" text,
	"reasons" text[] NOT NULL,
	"contacts" bigint NOT NULL,
	CONSTRAINT "firewall_block_days_key" UNIQUE NULLS NOT DISTINCT("day","shard","segment_key","reasons")
);
--> statement-breakpoint
CREATE TABLE "firewall_request_days" (
	"day" date NOT NULL,
	"shard" smallint NOT NULL,
	"requests" bigint NOT NULL,
	"segment_unsafe" bigint NOT NULL,
	CONSTRAINT "firewall_request_days_day_shard_pk" PRIMARY KEY("day","shard")
);
--> statement-breakpoint
CREATE FUNCTION firewall_block_days_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Sorted, so concurrent statements lock rollup rows in one order and cannot deadlock.
  INSERT INTO firewall_block_days AS d (day, shard, segment_key, reasons, contacts)
  SELECT (n.at AT TIME ZONE 'UTC')::date, (pg_backend_pid() % 8)::smallint, n.segment_key, n.reasons, sum(n.contact_count)
    FROM added n GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4
  ON CONFLICT ON CONSTRAINT firewall_block_days_key DO UPDATE SET contacts = d.contacts + excluded.contacts;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER firewall_block_groups_roll_up AFTER INSERT ON firewall_block_groups
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION firewall_block_days_add();
--> statement-breakpoint
CREATE FUNCTION firewall_request_days_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO firewall_request_days AS d (day, shard, requests, segment_unsafe)
  SELECT (n.at AT TIME ZONE 'UTC')::date, (pg_backend_pid() % 8)::smallint, count(*), count(*) FILTER (WHERE n.segment_unsafe)
    FROM added n GROUP BY 1, 2 ORDER BY 1, 2
  ON CONFLICT (day, shard) DO UPDATE
    SET requests = d.requests + excluded.requests, segment_unsafe = d.segment_unsafe + excluded.segment_unsafe;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER firewall_requests_roll_up AFTER INSERT ON firewall_requests
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION firewall_request_days_add();
--> statement-breakpoint
INSERT INTO firewall_block_days (day, shard, segment_key, reasons, contacts)
SELECT (at AT TIME ZONE 'UTC')::date, 0, segment_key, reasons, sum(contact_count)
  FROM firewall_block_groups GROUP BY 1, 3, 4;
--> statement-breakpoint
INSERT INTO firewall_request_days (day, shard, requests, segment_unsafe)
SELECT (at AT TIME ZONE 'UTC')::date, 0, count(*), count(*) FILTER (WHERE segment_unsafe)
  FROM firewall_requests GROUP BY 1;
--> statement-breakpoint
-- The check reads each contact's segment and time edge from this index alone (an index-only scan).
CREATE INDEX "contacts_check_idx" ON "contacts" USING btree ("id") INCLUDE ("segment_key", "fresh_until");
