CREATE TABLE "accounts" (
	"login" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"secret_hash" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"login" text NOT NULL,
	"organisation" text NOT NULL,
	"role" text NOT NULL,
	CONSTRAINT "memberships_login_organisation_role" PRIMARY KEY("login","organisation","role")
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"region" text NOT NULL,
	"competent_department" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tasks" (
	"id" text PRIMARY KEY NOT NULL,
	"matter_id" text NOT NULL,
	"kind" text NOT NULL,
	"unit_code" text NOT NULL,
	"region" text NOT NULL,
	"step" text NOT NULL,
	"title" text NOT NULL,
	"role" text NOT NULL,
	"organisation" text NOT NULL,
	"due" timestamp with time zone,
	"sla_state" text NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by_version" integer,
	"claimed_by" text,
	"claimed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "matters" ADD COLUMN "parties" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "matters" ADD COLUMN "refused_messages" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_login_accounts_login_fk" FOREIGN KEY ("login") REFERENCES "public"."accounts"("login") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_organisation_organisations_code_fk" FOREIGN KEY ("organisation") REFERENCES "public"."organisations"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_competent_department_organisations_code_fk" FOREIGN KEY ("competent_department") REFERENCES "public"."organisations"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tasks_inbox" ON "tasks" USING btree ("organisation","role","due","opened_at") WHERE "tasks"."closed_at" is null;--> statement-breakpoint
CREATE INDEX "tasks_matter" ON "tasks" USING btree ("matter_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tasks_open_step" ON "tasks" USING btree ("matter_id","step","organisation") WHERE "tasks"."closed_at" is null;--> statement-breakpoint
CREATE INDEX "matters_parties" ON "matters" USING gin ("parties");--> statement-breakpoint
-- Matters recorded before parties existed get the units and competent departments their stored form names, as the matter definitions list them; an open matter's next projection writes the workflow's own list.
UPDATE "matters" SET "parties" = ARRAY(
	SELECT DISTINCT party FROM unnest(ARRAY["unit_code", "form" #>> '{unit,competentDepartment,code}', "form" #>> '{releasingUnit,code}', "form" #>> '{releasingUnit,competentDepartment,code}']) AS party
	WHERE party IS NOT NULL
);
