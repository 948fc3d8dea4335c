/**
 * The matter projection: what lists, searches and closed matters are read from.
 * Written only by the workflow (as a local activity, so it costs no extra round trip).
 */
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { matters } from '../db/schema';
import type { RecordActivities } from './types';

export function recordActivities(db: Database): RecordActivities {
  return {
    async recordMatter(state, form) {
      const row = {
        kind: state.kind,
        unitCode: state.unitCode,
        applicationNo: state.applicationNo,
        region: state.region,
        status: state.status,
        stage: state.stage,
        waitingFor: state.waitingFor,
        specialCase: state.specialCase,
        departments: state.departments,
        decisions: state.decisions,
        problems: state.problems,
        formVersion: state.formVersion,
        outcome: state.outcome ?? null,
        submittedAt: new Date(state.submittedAt),
        updatedAt: new Date(state.updatedAt),
        completedAt: state.completedAt ? new Date(state.completedAt) : null,
        version: state.version,
      };
      await db
        .insert(matters)
        .values({ id: state.id, ...row, form: form ?? {} })
        .onConflictDoUpdate({
          target: matters.id,
          set: form === undefined ? row : { ...row, form },
          setWhere: sql`${matters.version} < ${state.version}`,
        });
    },
  };
}
