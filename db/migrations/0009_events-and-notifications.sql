CREATE TABLE "events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"data" jsonb NOT NULL,
	"matter_id" text,
	"region" text,
	"parties" text[],
	"organisation" text,
	"role" text,
	"login" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	"matter_id" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"login" text,
	"organisation" text,
	"role" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notifications_audience" CHECK (("notifications"."login" is not null and "notifications"."organisation" is null and "notifications"."role" is null) or ("notifications"."login" is null and "notifications"."organisation" is not null and "notifications"."role" is not null))
);
--> statement-breakpoint
CREATE TABLE "notification_reads" (
	"notification_id" uuid NOT NULL,
	"login" text NOT NULL,
	"read_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_reads_notification_login" PRIMARY KEY("notification_id","login")
);
--> statement-breakpoint
ALTER TABLE "notification_reads" ADD CONSTRAINT "notification_reads_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notifications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "events_at" ON "events" USING btree ("at");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_key" ON "notifications" USING btree ("key");--> statement-breakpoint
CREATE INDEX "notifications_group" ON "notifications" USING btree ("organisation","role","created_at");--> statement-breakpoint
CREATE INDEX "notifications_login" ON "notifications" USING btree ("login","created_at");
