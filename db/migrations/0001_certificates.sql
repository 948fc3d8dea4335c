CREATE TABLE "certificates" (
	"matter_id" text NOT NULL,
	"kind" text NOT NULL,
	"file" "bytea" NOT NULL,
	"sha256" text NOT NULL,
	"issued_at" timestamp with time zone NOT NULL,
	CONSTRAINT "certificates_matter_kind" PRIMARY KEY("matter_id","kind")
);
--> statement-breakpoint
ALTER TABLE "certificates" ADD CONSTRAINT "certificates_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."matters"("id") ON DELETE no action ON UPDATE no action;