CREATE TABLE "rating_scores" (
	"rating_id" uuid NOT NULL,
	"dimension" text NOT NULL,
	"subject" text NOT NULL,
	"level" text NOT NULL,
	CONSTRAINT "rating_scores_identity" PRIMARY KEY("rating_id","dimension","subject")
);
--> statement-breakpoint
CREATE TABLE "ratings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"matter_id" text NOT NULL,
	"kind" text NOT NULL,
	"region" text NOT NULL,
	"unit_code" text NOT NULL,
	"overall" text NOT NULL,
	"steps" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"comment" text,
	"rated_by" text NOT NULL,
	"rated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rectifications" (
	"matter_id" text PRIMARY KEY NOT NULL,
	"rating_id" uuid NOT NULL,
	"region" text NOT NULL,
	"office" text NOT NULL,
	"status" text NOT NULL,
	"appeal" text,
	"due" timestamp with time zone,
	"sla_state" text NOT NULL,
	"state" jsonb NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"version" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "certificate_id" text;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "jws" text;--> statement-breakpoint
ALTER TABLE "certificates" ADD COLUMN "revoked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "rating_scores" ADD CONSTRAINT "rating_scores_rating_id_ratings_id_fk" FOREIGN KEY ("rating_id") REFERENCES "public"."ratings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ratings" ADD CONSTRAINT "ratings_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_matter_id_matters_id_fk" FOREIGN KEY ("matter_id") REFERENCES "public"."matters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_rating_id_ratings_id_fk" FOREIGN KEY ("rating_id") REFERENCES "public"."ratings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rating_scores_dimension" ON "rating_scores" USING btree ("dimension","subject");--> statement-breakpoint
CREATE UNIQUE INDEX "ratings_matter" ON "ratings" USING btree ("matter_id");--> statement-breakpoint
CREATE INDEX "ratings_region_rated" ON "ratings" USING btree ("region","rated_at");--> statement-breakpoint
CREATE INDEX "rectifications_region" ON "rectifications" USING btree ("region","opened_at");--> statement-breakpoint
CREATE UNIQUE INDEX "certificates_certificate_id" ON "certificates" USING btree ("certificate_id");--> statement-breakpoint
CREATE FUNCTION "ratings_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "ratings_no_change" BEFORE UPDATE OR DELETE ON "ratings" FOR EACH ROW EXECUTE FUNCTION "ratings_append_only"();--> statement-breakpoint
CREATE TRIGGER "ratings_no_truncate" BEFORE TRUNCATE ON "ratings" FOR EACH STATEMENT EXECUTE FUNCTION "ratings_append_only"();--> statement-breakpoint
CREATE TRIGGER "rating_scores_no_change" BEFORE UPDATE OR DELETE ON "rating_scores" FOR EACH ROW EXECUTE FUNCTION "ratings_append_only"();--> statement-breakpoint
CREATE TRIGGER "rating_scores_no_truncate" BEFORE TRUNCATE ON "rating_scores" FOR EACH STATEMENT EXECUTE FUNCTION "ratings_append_only"();
