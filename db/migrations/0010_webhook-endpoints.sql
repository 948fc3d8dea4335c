-- Per-endpoint queues with a circuit breaker (issue 20). Subscriptions get a state instead of the
-- active flag: those accepted before verification existed were accepted under the old rules and
-- stay active; deactivated ones stay deactivated.
ALTER TABLE "webhook_subscriptions" ADD COLUMN "state" text DEFAULT 'pending' NOT NULL;--> statement-breakpoint
UPDATE "webhook_subscriptions" SET "state" = CASE WHEN "active" THEN 'active' ELSE 'deactivated' END;--> statement-breakpoint
DROP INDEX "webhook_subscriptions_organisation";--> statement-breakpoint
ALTER TABLE "webhook_subscriptions" DROP COLUMN "active";--> statement-breakpoint
ALTER TABLE "webhook_subscriptions" ADD COLUMN "circuit" text DEFAULT 'closed' NOT NULL;--> statement-breakpoint
ALTER TABLE "webhook_subscriptions" ADD COLUMN "failing_since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "webhook_subscriptions" ADD COLUMN "last_error" text;--> statement-breakpoint
ALTER TABLE "webhook_subscriptions" ADD COLUMN "last_error_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "webhook_subscriptions" ADD COLUMN "last_delivered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "webhook_subscriptions" ADD COLUMN "verified_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "webhook_subscriptions" ADD COLUMN "disabled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "webhook_subscriptions" ADD COLUMN "queue_idle" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "webhook_subscriptions" ADD COLUMN "queue_seen_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "webhook_subscriptions_organisation_state" ON "webhook_subscriptions" USING btree ("organisation","state");--> statement-breakpoint
-- Deliveries get the order their endpoint receives them in (the existing ones by when they were
-- enqueued), the event type beside the status, and the type inside the payload too.
CREATE SEQUENCE "webhook_deliveries_seq_seq";--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD COLUMN "seq" bigint;--> statement-breakpoint
UPDATE "webhook_deliveries" SET "seq" = "ordered"."n" FROM (SELECT "id", row_number() OVER (ORDER BY "created_at", "id") AS "n" FROM "webhook_deliveries") AS "ordered" WHERE "webhook_deliveries"."id" = "ordered"."id";--> statement-breakpoint
SELECT setval('"webhook_deliveries_seq_seq"', COALESCE((SELECT max("seq") FROM "webhook_deliveries"), 0) + 1, false);--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ALTER COLUMN "seq" SET DEFAULT nextval('"webhook_deliveries_seq_seq"');--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ALTER COLUMN "seq" SET NOT NULL;--> statement-breakpoint
ALTER SEQUENCE "webhook_deliveries_seq_seq" OWNED BY "webhook_deliveries"."seq";--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD COLUMN "type" text DEFAULT 'matter.status' NOT NULL;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ALTER COLUMN "type" DROP DEFAULT;--> statement-breakpoint
UPDATE "webhook_deliveries" SET "payload" = jsonb_build_object('type', 'matter.status') || "payload";--> statement-breakpoint
-- A delivery still pending now has its own webhookDelivery workflow running: it finishes there,
-- and no queue takes it as well.
ALTER TABLE "webhook_deliveries" ADD COLUMN "legacy_workflow" boolean DEFAULT false NOT NULL;--> statement-breakpoint
UPDATE "webhook_deliveries" SET "legacy_workflow" = true WHERE "status" = 'pending';--> statement-breakpoint
CREATE INDEX "webhook_deliveries_queue" ON "webhook_deliveries" USING btree ("subscription_id","seq") WHERE "webhook_deliveries"."status" = 'pending';--> statement-breakpoint
CREATE TABLE "webhook_notices" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"subscription_id" uuid NOT NULL,
	"organisation" text NOT NULL,
	"audience" text NOT NULL,
	"kind" text NOT NULL,
	"details" jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "webhook_notices" ADD CONSTRAINT "webhook_notices_subscription_id_webhook_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."webhook_subscriptions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "webhook_notices_organisation" ON "webhook_notices" USING btree ("organisation","at");
