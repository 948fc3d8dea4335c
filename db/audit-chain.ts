/**
 * The audit trail's hash chain: every event carries SHA-256 over its canonical serialisation and
 * the previous event's hash, set by the database as it inserts the row (migration 0012). Here:
 * recomputing it — independently of the database's own function — to find an edited row (its
 * hash no longer matches), a deleted one (a gap in the positions), a row slipped in around the
 * trigger (no position) or a rewritten tail (a daily anchor no longer matches); and writing the
 * daily anchors.
 */
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from './client';

/** Must equal the tag `audit_event_canonical` starts with. */
const canonicalTag = 'yijianshi-audit-v1';

export type ChainBreakKind = 'altered' | 'missing' | 'relinked' | 'unchained' | 'anchor-mismatch';

export interface ChainBreak {
  kind: ChainBreakKind;
  /** The chain position concerned (for `missing`, the first position that is gone). */
  seq: number | null;
  /** The row concerned (for `missing`, the row after the gap). */
  id: number | null;
  /** For `missing`: how many positions are gone. */
  count?: number;
  message: string;
}

export interface ChainReport {
  verified: boolean;
  /** Events on the chain. */
  events: number;
  head: { seq: number; hash: string } | null;
  anchorsChecked: number;
  /** The first break in chain order, null when the chain verifies. */
  firstBroken: ChainBreak | null;
  /** Every break found, in chain order, at most `maxBreaks`. */
  breaks: ChainBreak[];
}

interface ChainRow extends Record<string, unknown> {
  id: string;
  chain_seq: string;
  prev_hash: string | null;
  hash: string | null;
  fields: (string | null)[];
}

const batch = 5000;

/** The same serialisation as the database's `audit_event_canonical`, from the same texts. */
export function canonicalAuditEvent(fields: readonly (string | null)[]): string {
  return canonicalTag + fields.map((value) => (value === null ? '~' : `${Buffer.byteLength(value, 'utf8')}:${value}`)).join('');
}

export async function verifyAuditChain(db: Database, { maxBreaks = 100 } = {}): Promise<ChainReport> {
  const breaks: ChainBreak[] = [];
  const add = (found: ChainBreak) => {
    if (breaks.length < maxBreaks) breaks.push(found);
  };
  let previous: { seq: number; id: number; hash: string | null } | null = null;
  let events = 0;
  for (;;) {
    const after: number = previous?.seq ?? 0;
    const result = await db.execute<ChainRow>(sql`
      select id::text, chain_seq::text, prev_hash, hash,
        array[chain_seq::text, prev_hash, id::text, event_key, matter_id, ${utc(sql`at`)}, actor, organisation, role, action, step, outcome, details::text, ${utc(sql`recorded_at`)}] as fields
      from audit_events where chain_seq > ${after} order by audit_events.chain_seq limit ${batch}`);
    const rows: ChainRow[] = result.rows;
    for (const row of rows) {
      const seq: number = Number(row.chain_seq);
      const id: number = Number(row.id);
      events += 1;
      const expected = createHash('sha256').update(canonicalAuditEvent(row.fields), 'utf8').digest('hex');
      const gapFrom = (previous?.seq ?? 0) + 1;
      if (seq > gapFrom) {
        add({ kind: 'missing', seq: gapFrom, id, count: seq - gapFrom, message: `第 ${gapFrom}–${seq - 1} 条事件已缺失（被删除） / events ${gapFrom}–${seq - 1} of the chain are gone (deleted), before event ${id}` });
      } else if (row.prev_hash !== (previous?.hash ?? '')) {
        add({ kind: 'relinked', seq, id, message: `事件 ${id} 记录的前一哈希与第 ${seq - 1} 条不符（前一条被改写） / event ${id} does not link to the event before it (that one was rewritten)` });
      }
      if (row.hash !== expected) add({ kind: 'altered', seq, id, message: `事件 ${id} 的内容与其哈希不符（已被修改） / event ${id} no longer matches its hash (edited)` });
      previous = { seq, id, hash: row.hash };
    }
    if (rows.length < batch) break;
  }
  const unchained = await db.execute<{ id: string }>(sql`select id::text from audit_events where chain_seq is null order by id limit ${maxBreaks}`);
  for (const row of unchained.rows) add({ kind: 'unchained', seq: null, id: Number(row.id), message: `事件 ${row.id} 不在链上（绕过触发器写入） / event ${row.id} is not on the chain (written around the trigger)` });
  const anchors = await db.execute<{ day: string; chain_seq: string; hash: string; actual: string | null }>(sql`
    select a.day, a.chain_seq::text, a.hash, e.hash as actual from audit_anchors a left join audit_events e on e.chain_seq = a.chain_seq order by a.chain_seq`);
  for (const anchor of anchors.rows) {
    if (anchor.actual !== anchor.hash) {
      add({
        kind: 'anchor-mismatch',
        seq: Number(anchor.chain_seq),
        id: null,
        message: `${anchor.day} 的锚点（第 ${anchor.chain_seq} 条）与链不符 / the anchor of ${anchor.day} (event ${anchor.chain_seq}) is ${anchor.actual === null ? 'no longer on the chain' : 'not what the chain holds'}`,
      });
    }
  }
  breaks.sort((a, b) => (a.seq ?? Number.MAX_SAFE_INTEGER) - (b.seq ?? Number.MAX_SAFE_INTEGER));
  const head = previous && previous.hash ? { seq: previous.seq, hash: previous.hash } : null;
  return { verified: breaks.length === 0, events, head, anchorsChecked: anchors.rows.length, firstBroken: breaks[0] ?? null, breaks };
}

/** A moment as the canonical serialisation writes it: UTC, to the microsecond. */
const utc = (column: ReturnType<typeof sql>) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

export interface AuditAnchor {
  day: string;
  seq: number;
  hash: string;
}

/** Records the chain's head as the anchor of `day`, once; answers it when this call wrote it. */
export async function recordAuditAnchor(db: Database, day: string): Promise<AuditAnchor | undefined> {
  const { rows } = await db.execute<{ day: string; chain_seq: string; hash: string }>(sql`
    insert into audit_anchors (day, chain_seq, hash)
    select ${day}, chain_seq, hash from audit_events where chain_seq is not null order by chain_seq desc limit 1
    on conflict (day) do nothing
    returning day, chain_seq::text, hash`);
  const [row] = rows;
  return row && { day: row.day, seq: Number(row.chain_seq), hash: row.hash };
}

/** The newest anchor, and the chain's length now. */
export async function auditChainState(db: Database): Promise<{ anchor: AuditAnchor | null; length: number }> {
  const { rows } = await db.execute<{ day: string | null; chain_seq: string | null; hash: string | null; length: string }>(sql`
    select a.day, a.chain_seq::text, a.hash, (select coalesce(max(chain_seq), 0)::text from audit_events) as length
    from (select 1) one left join lateral (select * from audit_anchors order by chain_seq desc, day desc limit 1) a on true`);
  const [row] = rows;
  return {
    anchor: row?.day && row.chain_seq && row.hash ? { day: row.day, seq: Number(row.chain_seq), hash: row.hash } : null,
    length: Number(row?.length ?? 0),
  };
}
