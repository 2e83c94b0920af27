-- Setting proposals get the stale-base protection of segment proposals (docs/rules.md, "Governed
-- settings"): every approved change bumps the setting's version, and a proposal keeps the version
-- it was made against. A setting never changed has no row, which counts as version 0.
ALTER TABLE "settings" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
-- Open setting proposals were made against the values in force now.
UPDATE "change_proposals" p SET "base_version" = COALESCE((SELECT s."version" FROM "settings" s WHERE s."key" = p."setting_key"), 0)
WHERE p."kind" = 'setting' AND p."status" = 'open';
