/**
 * Step budgets inside the committed limit: for every matter and every path its definition
 * allows — the review chain, then none, some or all of the countersign levels, then the
 * departments in parallel — the steps' budgets add up to no more than the limit's office hours,
 * so a matter that meets every step's budget is never overdue as a whole.
 */
import { describe, expect, it } from 'vitest';
import { matterDefinitions } from '../../matters';
import { departmentBudgetHours, type MatterDefinition } from '../../matters/types';

/** 09:00–17:30, the standard office day the budgets are counted in. */
const officeHoursPerDay = 8.5;

function paths(definition: MatterDefinition<any>): { name: string; hours: number }[] {
  const { stageHours } = definition.sla;
  const chain = definition.reviewChain.reduce((sum, step) => sum + stageHours[step.step], 0);
  return definition.countersign.levels.map((_, index) => index + 1).concat(0).map((levels) => ({
    name: [...definition.reviewChain.map((step) => step.step), ...Array.from({ length: levels }, (_, level) => `countersign-${level + 1}`), 'departments'].join(' → '),
    hours: chain + levels * stageHours.countersign + stageHours.departments,
  }));
}

describe('step budgets of every definition', () => {
  for (const definition of Object.values(matterDefinitions)) {
    it(`${definition.kind}: every path fits in ${definition.sla.limitWorkingDays} working day(s)`, () => {
      const limit = definition.sla.limitWorkingDays * officeHoursPerDay;
      const over = paths(definition).filter((path) => path.hours > limit);
      expect(over, `paths over ${limit} office hours`).toEqual([]);
      expect(paths(definition)).toHaveLength(definition.countersign.levels.length + 1);
    });

    it(`${definition.kind}: no department's own budget exceeds the departments step`, () => {
      for (const part of definition.departments) expect(departmentBudgetHours(part, definition.sla)).toBeLessThanOrEqual(definition.sla.stageHours.departments);
    });
  }
});
