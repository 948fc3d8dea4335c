/**
 * 审计链每日锚点: once a day (Asia/Shanghai) the head of the audit chain is written down — in
 * `audit_anchors`, in the log (which leaves this database for the log store) and in /metrics
 * (which Prometheus keeps) — so that rewriting the chain up to it shows even if every hash in the
 * table was recomputed. Each API instance looks hourly; the day's first look writes it, once.
 */
import { shanghaiDate } from '../calendar/dates';
import { recordAuditAnchor, type AuditAnchor } from '../db/audit-chain';
import type { Database } from '../db/client';

export interface AuditAnchoring {
  /** Writes today's anchor unless written already; answers it when this call wrote it. */
  anchorNow(): Promise<AuditAnchor | undefined>;
  stop(): void;
}

const hourly = 60 * 60 * 1000;

export function auditAnchoring(db: Database, log: { info(obj: object, msg: string): void; warn(obj: object, msg: string): void }): AuditAnchoring {
  const anchorNow = async () => {
    const anchor = await recordAuditAnchor(db, shanghaiDate(new Date()));
    if (anchor) log.info({ auditAnchor: anchor }, `audit chain anchor ${anchor.day}: event ${anchor.seq} ${anchor.hash}`);
    return anchor;
  };
  const look = () => void anchorNow().catch((error: unknown) => log.warn({ err: error }, 'the audit chain anchor could not be written; retried within the hour'));
  look();
  const timer = setInterval(look, hourly);
  // A process with nothing else to do may end: the next one anchors.
  timer.unref();
  return { anchorNow, stop: () => clearInterval(timer) };
}
