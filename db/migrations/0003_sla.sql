CREATE TABLE "sla_cards" (
	"matter_id" text NOT NULL,
	"kind" text NOT NULL,
	"card" text NOT NULL,
	"scope" text NOT NULL,
	"step" text NOT NULL,
	"due" timestamp with time zone NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"notified" jsonb NOT NULL,
	CONSTRAINT "sla_cards_identity" PRIMARY KEY("matter_id","scope","step","card","due")
);
--> statement-breakpoint
ALTER TABLE "matters" ADD COLUMN "sla" jsonb;--> statement-breakpoint
ALTER TABLE "matters" ADD COLUMN "sla_state" text;--> statement-breakpoint
ALTER TABLE "matters" ADD COLUMN "sla_due" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sla_cards" ADD CONSTRAINT "sla_cards_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "matters_sla" ON "matters" USING btree ("sla_state","sla_due");