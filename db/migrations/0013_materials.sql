CREATE TABLE "material_contents" (
	"material_id" uuid PRIMARY KEY NOT NULL,
	"bytes" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "material_uses" (
	"material_id" uuid NOT NULL,
	"matter_id" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "material_uses_material_matter" PRIMARY KEY("material_id","matter_id")
);
--> statement-breakpoint
CREATE TABLE "materials" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organisation" text NOT NULL,
	"uploaded_by" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"media_type" text NOT NULL,
	"sha256" text NOT NULL,
	"size" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "material_uses" ADD CONSTRAINT "material_uses_material_id_materials_id_fk" FOREIGN KEY ("material_id") REFERENCES "public"."materials"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "material_uses_matter" ON "material_uses" USING btree ("matter_id");--> statement-breakpoint
CREATE INDEX "materials_created" ON "materials" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "materials_organisation" ON "materials" USING btree ("organisation","created_at");