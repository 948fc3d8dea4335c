-- Personal data at rest: blind indexes to look persons up by, beside the sealed values. Sealing the
-- rows already stored needs the keys, which SQL does not have: the data step at start-up
-- (vault/at-rest.ts, run by every process that migrates) seals them and fills these columns.
DROP INDEX "ledger_person";--> statement-breakpoint
ALTER TABLE "department_ledger" ADD COLUMN "person_index" text;--> statement-breakpoint
ALTER TABLE "matters" ADD COLUMN "person_index" text;--> statement-breakpoint
CREATE INDEX "matters_person" ON "matters" USING btree ("person_index");--> statement-breakpoint
CREATE INDEX "ledger_person" ON "department_ledger" USING btree ("department","person_index");
