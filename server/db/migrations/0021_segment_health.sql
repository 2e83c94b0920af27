CREATE TABLE "segment_drift_states" (
	"segment_key" text PRIMARY KEY NOT NULL,
	"drifting" boolean NOT NULL,
	"metrics" text[] NOT NULL,
	"changed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "segment_weeks" (
	"segment_key" text NOT NULL,
	"week" date NOT NULL,
	"sends" integer DEFAULT 0 NOT NULL,
	"delivered" integer DEFAULT 0 NOT NULL,
	"unsubscribed" integer DEFAULT 0 NOT NULL,
	"complained" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "segment_weeks_segment_key_week_pk" PRIMARY KEY("segment_key","week")
);
--> statement-breakpoint
-- Sends and outcome events stored before this migration count too: each for the segment its
-- contact was in at the time (the same statement as rebuildSegmentWeeks in segment-health.repo.ts).
INSERT INTO "segment_weeks" ("segment_key", "week", "sends", "delivered", "unsubscribed", "complained")
SELECT segment_key, week, sum(sends), sum(delivered), sum(unsubscribed), sum(complained) FROM (
	SELECT s.segment_key, date_trunc('week', e.sent_at AT TIME ZONE 'UTC')::date AS week,
		count(*) AS sends, 0 AS delivered, 0 AS unsubscribed, 0 AS complained
	FROM "send_events" e
	JOIN "contact_stays" s ON s.contact_id = e.contact_id AND e.sent_at >= s.entered_at AND (s.left_at IS NULL OR e.sent_at < s.left_at)
	GROUP BY 1, 2
	UNION ALL
	SELECT s.segment_key, date_trunc('week', e.at AT TIME ZONE 'UTC')::date,
		0, count(*) FILTER (WHERE e.type = 0), count(*) FILTER (WHERE e.type = 4), count(*) FILTER (WHERE e.type = 5)
	FROM "outcome_events" e
	JOIN "contact_stays" s ON s.contact_id = e.contact_id AND e.at >= s.entered_at AND (s.left_at IS NULL OR e.at < s.left_at)
	WHERE e.type IN (0, 4, 5)
	GROUP BY 1, 2
) t
GROUP BY 1, 2;
