/**
 * Business metrics for supervisors (业务监测) in Prometheus form. Counters live in one
 * process-wide registry so that whatever starts or closes a matter (API, activities) counts
 * with a plain function call; what each API instance measures itself (request latency, open
 * matters read from PostgreSQL) lives in that instance's registry — see `apiMetrics`.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Database } from '../db/client';
import { auditChainState } from '../db/audit-chain';
import type { AuditAnchoring } from './audit-anchor';
import { countOpenMatters } from '../db/matters';
import { ratingStatistics, type RatingStatistics } from '../ratings/statistics';
import { matterKinds, terminalStatuses, type ClosedStatus, type DepartmentCode, type MatterKind } from '../schemas/matter';
import { ratingLevels, type RatingLevel } from '../schemas/rating';

export type SlaCard = 'yellow' | 'red';

export const processMetrics = new Registry();
collectDefaultMetrics({ register: processMetrics });

const started = new Counter({
  name: 'yijianshi_matters_started_total',
  help: 'Matters submitted, by kind',
  labelNames: ['kind'] as const,
  registers: [processMetrics],
});
const closed = new Counter({
  name: 'yijianshi_matters_closed_total',
  help: 'Matters that reached a final status (completed, rejected, withdrawn), by kind',
  labelNames: ['kind', 'status'] as const,
  registers: [processMetrics],
});
const slaCards = new Counter({
  name: 'yijianshi_sla_cards_total',
  help: 'SLA warnings raised: yellow before a time limit runs out, red when overdue',
  labelNames: ['kind', 'card'] as const,
  registers: [processMetrics],
});
const departmentFailures = new Counter({
  name: 'yijianshi_department_failures_total',
  help: 'Department activities that failed (an attempt that Temporal will retry counts too)',
  labelNames: ['department'] as const,
  registers: [processMetrics],
});

const ratings = new Counter({
  name: 'yijianshi_ratings_total',
  help: 'Ratings (好差评) recorded, by matter kind and level',
  labelNames: ['kind', 'level'] as const,
  registers: [processMetrics],
});

// Zero series from the start, so rate() and increase() see the first matter of each kind.
for (const kind of matterKinds) {
  started.labels(kind).inc(0);
  for (const status of terminalStatuses) closed.labels(kind, status).inc(0);
  for (const level of ratingLevels) ratings.labels(kind, level).inc(0);
}

export const matterStarted = (kind: MatterKind) => started.labels(kind).inc();
export const matterClosed = (kind: MatterKind, status: ClosedStatus) => closed.labels(kind, status).inc();
export const slaCardRaised = (kind: MatterKind, card: SlaCard) => slaCards.labels(kind, card).inc();
export const departmentFailed = (department: DepartmentCode) => departmentFailures.labels(department).inc();
export const ratingsRecorded = (kind: MatterKind, level: RatingLevel) => ratings.labels(kind, level).inc();

export interface ApiMetrics {
  /** Everything `/metrics` shows: the process-wide counters and this instance's own. */
  registry: Registry;
  observeRequest(labels: { method: string; route: string; status: number }, seconds: number): void;
}

/**
 * One API instance's metrics. The open-matters gauge is read from PostgreSQL at scrape time,
 * so it is right whichever replica or process moved the matters.
 */
export function apiMetrics(db: Database, log: { warn(obj: object, msg: string): void }, anchoring: Pick<AuditAnchoring, 'anchorNow'>): ApiMetrics {
  const own = new Registry();
  const latency = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'API response time, by route pattern',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [own],
  });
  const seriesOf = new Map<string, ReturnType<typeof latency.labels>>();
  // Both gauges below come from one query per scrape; prom-client collects them concurrently.
  let pending: Promise<{ kind: string; stage: string; open: number }[] | undefined> | undefined;
  const openMatters = () =>
    (pending ??= countOpenMatters(db)
      .then(
        (rows) => rows,
        (error: unknown) => {
          // One failed query must not cost the scrape its latency and process metrics.
          log.warn({ err: error }, 'open matters could not be counted for /metrics');
          return undefined;
        },
      )
      .finally(() => (pending = undefined)));
  new Gauge({
    name: 'yijianshi_matters_open',
    help: 'Matters not yet completed, rejected or withdrawn, by kind and stage',
    labelNames: ['kind', 'stage'] as const,
    registers: [own],
    async collect() {
      const rows = await openMatters();
      this.reset();
      for (const row of rows ?? []) this.labels(row.kind, row.stage).set(row.open);
    },
  });
  new Gauge({
    name: 'yijianshi_matters_open_query_up',
    help: '1 when yijianshi_matters_open could be read from PostgreSQL at this scrape, 0 when not (its series are then absent)',
    registers: [own],
    async collect() {
      this.set((await openMatters()) ? 1 : 0);
    },
  });
  let chain: ReturnType<typeof auditChainState> | undefined;
  const chainState = () =>
    // A scrape on a day not yet anchored anchors it first: with Prometheus scraping, the day's anchor is the head as the day began.
    (chain ??= anchoring
      .anchorNow()
      .then(() => auditChainState(db))
      .catch((error: unknown) => {
        log.warn({ err: error }, 'the audit chain could not be read for /metrics');
        return undefined;
      })
      .finally(() => (chain = undefined)) as ReturnType<typeof auditChainState>);
  new Gauge({
    name: 'yijianshi_audit_chain_length',
    help: 'Events on the audit hash chain',
    registers: [own],
    async collect() {
      const state = await chainState();
      if (state) this.set(state.length);
    },
  });
  new Gauge({
    name: 'yijianshi_audit_chain_anchor',
    help: 'The latest daily anchor of the audit hash chain: its position as the value, its day and hash as labels (keep them: they prove the chain up to there)',
    labelNames: ['day', 'hash'] as const,
    registers: [own],
    async collect() {
      const state = await chainState();
      this.reset();
      if (state?.anchor) this.labels(state.anchor.day, state.anchor.hash).set(state.anchor.seq);
    },
  });
  ratingGauges(db, own, log);
  return {
    registry: Registry.merge([processMetrics, own]),
    observeRequest: ({ method, route, status }, seconds) => {
      // prom-client hashes the labels on every call; one series per route and status, looked up once.
      const key = `${method} ${route} ${status}`;
      let series = seriesOf.get(key);
      if (!series) seriesOf.set(key, (series = latency.labels(method, route, String(status))));
      series.observe(seconds);
    },
  };
}

/**
 * This month's (Asia/Shanghai) satisfaction and rectification on-time rates, read from PostgreSQL
 * at scrape time like the open matters, with one query per scrape for both gauges.
 */
function ratingGauges(db: Database, registry: Registry, log: { warn(obj: object, msg: string): void }): void {
  let pending: Promise<RatingStatistics | undefined> | undefined;
  const thisMonth = () => {
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    return { from: `${today.slice(0, 7)}-01`, to: today };
  };
  const statistics = () =>
    (pending ??= ratingStatistics(db, 'all', thisMonth())
      .then(
        (value) => value,
        (error: unknown) => {
          log.warn({ err: error }, 'rating statistics could not be read for /metrics');
          return undefined;
        },
      )
      .finally(() => (pending = undefined)));
  new Gauge({
    name: 'yijianshi_satisfaction_rate',
    help: "This month's satisfaction rate (好评: 非常满意 and 满意, of the ratings counted), by dimension (region, kind, hall, competent, department) and subject",
    labelNames: ['dimension', 'subject'] as const,
    registers: [registry],
    async collect() {
      const read = await statistics();
      this.reset();
      for (const [dimension, rows] of Object.entries(read?.satisfaction ?? {})) {
        for (const row of rows) if (row.rate !== null) this.labels(dimension, row.subject).set(row.rate);
      }
    },
  });
  new Gauge({
    name: 'yijianshi_rectification_on_time_rate',
    help: "This month's 差评 rectifications replied by their deadline, of those replied or overdue, by region",
    labelNames: ['region'] as const,
    registers: [registry],
    async collect() {
      const read = await statistics();
      this.reset();
      for (const row of read?.rectification ?? []) if (row.onTimeRate !== null) this.labels(row.region).set(row.onTimeRate);
    },
  });
}
