CREATE TABLE "department_ledger" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"department" text NOT NULL,
	"matter_id" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"receipt" text NOT NULL,
	"unit_code" text NOT NULL,
	"person_id_number" text NOT NULL,
	"details" jsonb NOT NULL,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "matters" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"unit_code" text NOT NULL,
	"application_no" text NOT NULL,
	"region" text NOT NULL,
	"status" text NOT NULL,
	"stage" text NOT NULL,
	"waiting_for" jsonb,
	"departments" jsonb NOT NULL,
	"decisions" jsonb NOT NULL,
	"problems" jsonb NOT NULL,
	"form" jsonb NOT NULL,
	"form_version" integer NOT NULL,
	"outcome" text,
	"submitted_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	"version" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "department_ledger" ADD CONSTRAINT "department_ledger_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_idempotency" ON "department_ledger" USING btree ("idempotency_key");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_receipt" ON "department_ledger" USING btree ("receipt");--> statement-breakpoint
CREATE INDEX "ledger_person" ON "department_ledger" USING btree ("department","person_id_number");--> statement-breakpoint
CREATE INDEX "ledger_matter" ON "department_ledger" USING btree ("matter_id");--> statement-breakpoint
CREATE UNIQUE INDEX "matters_business_key" ON "matters" USING btree ("unit_code","application_no");--> statement-breakpoint
CREATE INDEX "matters_list" ON "matters" USING btree ("status","kind","region","submitted_at");--> statement-breakpoint
CREATE INDEX "matters_submitted" ON "matters" USING btree ("submitted_at");