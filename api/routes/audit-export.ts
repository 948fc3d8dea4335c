/**
 * 审计导出: the supervisors' audit search as a CSV file (UTF-8 with a byte-order mark, so
 * spreadsheet programs read the Chinese), the same filter and scoping as the paged search. Each
 * export is itself recorded in the audit trail, with its filter and how many rows left.
 */
import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { appendAuditEvents, searchAudit, type AuditEvent } from '../../db/audit';
import type { Database } from '../../db/client';
import { callerOf, requireSupervision } from '../auth';
import { errorBody } from '../errors';
import { auditFilter } from './audit';

/** Rows one export carries at most; a narrower filter gets the rest. */
export const exportRowLimit = 10_000;

/** Sent as it is; the schema only documents the reply. */
const csvDocument = { description: 'CSV（UTF-8，带 BOM）/ CSV, UTF-8 with a byte-order mark', content: { 'text/csv': { schema: z.string() } } };

const header = ['时间 / at (Asia/Shanghai)', '事项编号 / matter', '操作 / action', '环节 / step', '结果 / outcome', '经办人 / actor', '机构 / organisation', '角色 / role', '详情 / details'];

/** A cell as RFC 4180 quotes it; one that a spreadsheet would take for a formula is prefixed so it stays text. */
function cell(value: string | null): string {
  const text = value ?? '';
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const shanghai = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

function line(event: AuditEvent): string {
  const details = Object.keys(event.details).length > 0 ? JSON.stringify(event.details) : '';
  return [shanghai.format(event.at), event.matterId, event.action, event.step, event.outcome, event.actor, event.organisation, event.role, details].map(cell).join(',');
}

export const auditExportRoutes: FastifyPluginAsyncZod<{ db: Database }> = async (app, { db }) => {
  app.get(
    '/api/v1/supervision/audit/export',
    {
      schema: {
        tags: ['supervision', 'audit'],
        summary: '审计导出 / the audit search as CSV, newest first',
        description: `The same filter and scoping as GET /api/v1/supervision/audit, at most ${exportRowLimit} rows (x-total-count says how many matched, x-row-count how many the file holds; x-truncated: true when more matched). Recorded as \`audit-exported\`.`,
        querystring: auditFilter,
        produces: ['text/csv', 'application/json'],
        response: { 200: csvDocument, 400: errorBody, 401: errorBody, 403: errorBody },
      },
    },
    async (request, reply) => {
      const regions = await requireSupervision(db, request);
      const caller = callerOf(request);
      const { items, total } = await searchAudit(db, regions, { ...request.query, page: 1, pageSize: exportRowLimit });
      await appendAuditEvents(db, [
        {
          eventKey: `audit-exported/${request.id}/${randomUUID()}`,
          at: new Date(),
          actor: caller.sub,
          organisation: caller.memberships[0]?.organisation ?? null,
          action: 'audit-exported',
          outcome: String(items.length),
          details: { filter: request.query, rows: items.length, matched: total, requestId: request.id },
        },
      ]);
      const body = `\uFEFF${[header.map(cell).join(','), ...items.map(line)].join('\r\n')}\r\n`;
      const day = shanghai.format(new Date()).slice(0, 10);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="audit-${day}.csv"`)
        .header('cache-control', 'no-store')
        .header('x-total-count', String(total))
        .header('x-row-count', String(items.length))
        .header('x-truncated', String(total > items.length))
        .send(body);
    },
  );
};
