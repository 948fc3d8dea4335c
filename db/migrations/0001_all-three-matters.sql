CREATE TABLE "certificates" (
	"matter_id" text NOT NULL,
	"kind" text NOT NULL,
	"content" jsonb NOT NULL,
	"file" "bytea",
	"sha256" text,
	"issued_at" timestamp with time zone NOT NULL,
	CONSTRAINT "certificates_matter_kind" PRIMARY KEY("matter_id","kind")
);
--> statement-breakpoint
ALTER TABLE "department_ledger" ADD COLUMN "ended_by_matter" text;--> statement-breakpoint
ALTER TABLE "matters" ADD COLUMN "special_case" jsonb;--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."matters"("id") ON DELETE no action ON UPDATE no action;