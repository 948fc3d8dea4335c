CREATE TABLE "personnel_register" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"person_index" text NOT NULL,
	"person" text NOT NULL,
	"unit_code" text NOT NULL,
	"employment" jsonb NOT NULL,
	"made_by" text NOT NULL,
	"ended_by" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "personnel_register_made_by" ON "personnel_register" USING btree ("made_by");--> statement-breakpoint
CREATE INDEX "personnel_register_person" ON "personnel_register" USING btree ("person_index");--> statement-breakpoint
CREATE INDEX "personnel_register_ended_by" ON "personnel_register" USING btree ("ended_by");
