ALTER TABLE "matters" ADD COLUMN "form_by" jsonb;--> statement-breakpoint
ALTER TABLE "matters" ADD COLUMN "withdrawn_by" jsonb;