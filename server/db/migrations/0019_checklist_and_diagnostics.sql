CREATE TABLE "checklist_answers" (
	"month" text NOT NULL,
	"key" text NOT NULL,
	"checked" boolean NOT NULL,
	"note" text NOT NULL,
	"findings" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "checklist_answers_month_key_pk" PRIMARY KEY("month","key")
);
--> statement-breakpoint
CREATE TABLE "checklists" (
	"month" text PRIMARY KEY NOT NULL,
	"revision" integer NOT NULL,
	"score" smallint NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "checklists_score" CHECK ("checklists"."score" BETWEEN 0 AND 10)
);
--> statement-breakpoint
CREATE TABLE "diagnostics" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seq" bigserial NOT NULL,
	"taken_by" uuid NOT NULL,
	"taken_at" timestamp with time zone NOT NULL,
	"answers" jsonb NOT NULL,
	"overall" numeric(4, 2) NOT NULL,
	CONSTRAINT "diagnostics_seq_unique" UNIQUE("seq")
);
--> statement-breakpoint
ALTER TABLE "checklist_answers" ADD CONSTRAINT "checklist_answers_month_checklists_month_fk" FOREIGN KEY ("month") REFERENCES "public"."checklists"("month") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklists" ADD CONSTRAINT "checklists_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnostics" ADD CONSTRAINT "diagnostics_taken_by_users_id_fk" FOREIGN KEY ("taken_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;