/**
 * P1b: what a matter leaves in Temporal for ever — its history's events and their encoded size,
 * read back from the server for a sample of the matters a phase completed.
 */
import type { Client } from '@temporalio/client';
import proto from '@temporalio/proto';
import { percentile } from './drive';

export interface HistoryFigures {
  sampled: number;
  /** Events per matter: median, fewest, most. */
  events: { p50: number; min: number; max: number };
  /** Encoded history per matter, median, in bytes. */
  bytesP50: number;
  /** The first sampled history's events by type, most first: where the events go. */
  byType: [string, number][];
}

export async function historyFigures(client: Client, workflowIds: readonly string[], sample = 20): Promise<HistoryFigures> {
  const step = Math.max(1, Math.floor(workflowIds.length / sample));
  const chosen = workflowIds.filter((_, index) => index % step === 0).slice(0, sample);
  const counts: number[] = [];
  const bytes: number[] = [];
  const byType = new Map<string, number>();
  for (const [index, id] of chosen.entries()) {
    const history = await client.workflow.getHandle(id).fetchHistory();
    counts.push(history.events?.length ?? 0);
    bytes.push(proto.temporal.api.history.v1.History.encode(history).finish().length);
    if (index > 0) continue;
    for (const event of history.events ?? []) {
      const type = proto.temporal.api.enums.v1.EventType[event.eventType ?? 0]?.replace(/^EVENT_TYPE_/, '') ?? String(event.eventType);
      byType.set(type, (byType.get(type) ?? 0) + 1);
    }
  }
  return {
    sampled: chosen.length,
    events: { p50: percentile(counts, 50), min: Math.min(...counts), max: Math.max(...counts) },
    bytesP50: percentile(bytes, 50),
    byType: [...byType].sort((a, b) => b[1] - a[1]),
  };
}
