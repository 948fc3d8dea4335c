-- Trust, part 1 — personal data at rest: blind indexes to look persons up by, beside the sealed
-- values. Sealing the rows already stored needs the keys, which SQL does not have: the data step at
-- start-up (vault/at-rest.ts, run by every process that migrates) seals them and fills these columns.
DROP INDEX "ledger_person";--> statement-breakpoint
ALTER TABLE "department_ledger" ADD COLUMN "person_index" text;--> statement-breakpoint
ALTER TABLE "matters" ADD COLUMN "person_index" text;--> statement-breakpoint
CREATE INDEX "matters_person" ON "matters" USING btree ("person_index");--> statement-breakpoint
CREATE INDEX "ledger_person" ON "department_ledger" USING btree ("department","person_index");--> statement-breakpoint
-- Trust, part 2 — a tamper-evident audit trail: a hash chain over every event, and daily anchors of its head.
CREATE TABLE "audit_anchors" (
	"day" text PRIMARY KEY NOT NULL,
	"chain_seq" bigint NOT NULL,
	"hash" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "chain_seq" bigint;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "prev_hash" text;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "hash" text;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_events_chain_seq" ON "audit_events" USING btree ("chain_seq");--> statement-breakpoint
-- The canonical serialisation of an event, version 1: a tag, then each field as
-- "<UTF-8 byte length>:<text>" ("~" for null), in a fixed order; moments in UTC to the
-- microsecond, details as PostgreSQL prints jsonb (keys in its own fixed order). The verifier
-- (db/audit-chain.ts) builds the same string in TypeScript from the same texts.
CREATE FUNCTION "audit_event_field"(value text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
	SELECT coalesce(octet_length(value)::text || ':' || value, '~')
$$;--> statement-breakpoint
CREATE FUNCTION "audit_event_canonical"(e "audit_events") RETURNS text LANGUAGE sql STABLE AS $$
	SELECT 'yijianshi-audit-v1'
		|| audit_event_field(e.chain_seq::text) || audit_event_field(e.prev_hash) || audit_event_field(e.id::text)
		|| audit_event_field(e.event_key) || audit_event_field(e.matter_id)
		|| audit_event_field(to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
		|| audit_event_field(e.actor) || audit_event_field(e.organisation) || audit_event_field(e.role)
		|| audit_event_field(e.action) || audit_event_field(e.step) || audit_event_field(e.outcome)
		|| audit_event_field(e.details::text)
		|| audit_event_field(to_char(e.recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
$$;--> statement-breakpoint
-- Every insert links the row to the head of the chain. The transaction lock serialises appenders
-- until they commit, so two never read the same head; a row skipped by ON CONFLICT DO NOTHING
-- takes no position, since the next row reads the head again.
CREATE FUNCTION "audit_events_chain"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	head record;
BEGIN
	PERFORM pg_advisory_xact_lock(hashtext('yijianshi.audit_chain'));
	SELECT chain_seq, hash INTO head FROM audit_events WHERE chain_seq IS NOT NULL ORDER BY chain_seq DESC LIMIT 1;
	NEW.chain_seq := coalesce(head.chain_seq, 0) + 1;
	NEW.prev_hash := coalesce(head.hash, '');
	NEW.hash := encode(sha256(convert_to(audit_event_canonical(NEW), 'UTF8')), 'hex');
	RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "audit_events_chain" BEFORE INSERT ON "audit_events" FOR EACH ROW EXECUTE FUNCTION "audit_events_chain"();--> statement-breakpoint
-- The events already recorded join the chain in the order they were written.
ALTER TABLE "audit_events" DISABLE TRIGGER "audit_events_no_change";--> statement-breakpoint
DO $$
DECLARE
	event audit_events;
	previous text := '';
	next_seq bigint := 0;
BEGIN
	PERFORM pg_advisory_xact_lock(hashtext('yijianshi.audit_chain'));
	FOR event IN SELECT * FROM audit_events ORDER BY id LOOP
		next_seq := next_seq + 1;
		event.chain_seq := next_seq;
		event.prev_hash := previous;
		event.hash := encode(sha256(convert_to(audit_event_canonical(event), 'UTF8')), 'hex');
		UPDATE audit_events SET chain_seq = event.chain_seq, prev_hash = event.prev_hash, hash = event.hash WHERE id = event.id;
		previous := event.hash;
	END LOOP;
END;
$$;--> statement-breakpoint
ALTER TABLE "audit_events" ENABLE TRIGGER "audit_events_no_change";
