ALTER TABLE "department_ledger" ADD COLUMN "ended_by_matter" text;--> statement-breakpoint
ALTER TABLE "matters" ADD COLUMN "special_case" jsonb;