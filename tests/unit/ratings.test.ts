/**
 * 好差评 as pure logic: whom a rating speaks of (region, kind, the hall and competent departments
 * that decided, each department that took up its part) and at which level, which steps a matter
 * never reached and so cannot be rated, and where a 差评's rectification goes.
 */
import { describe, expect, it } from 'vitest';
import { rectificationInputOf } from '../../ratings/rectification-input';
import type { StoredRating } from '../../ratings/store';
import { ratingProblems, ratingScores } from '../../ratings/subjects';
import type { DecisionRecord, DepartmentProgress, MatterState } from '../../schemas/matter';
import { isGood, isPoor, ratingLevels } from '../../schemas/rating';

const at = '2026-11-27T02:00:00.000Z';
const decision = (step: string, organisation: string, role: NonNullable<DecisionRecord['actor']>['role']): DecisionRecord => ({ step, decision: 'approve', at, actor: { id: `${step}-officer`, role, organisation } });
const department = (code: DepartmentProgress['code'], status: DepartmentProgress['status']): DepartmentProgress => ({ code, name: code, status });

/** A transfer of 利通区 reviewed by both competent departments and the county's hall, two departments handled. */
const transfer: Pick<MatterState, 'id' | 'kind' | 'region' | 'unitCode' | 'decisions' | 'departments'> = {
  id: '12640302MB0003105X-LT2026-0001',
  kind: 'transfer',
  region: '640302',
  unitCode: '12640302MB0003105X',
  decisions: [decision('competent', '11640302MB0000218B', 'competent-reviewer'), decision('competent', '11640300MB0000312H', 'competent-reviewer'), decision('hall', 'hall-640302', 'hall-officer')],
  departments: [department('personnel', 'done'), department('wage', 'done'), department('pension', 'pending')],
};

describe('rating levels', () => {
  it('counts the top two as 好评 and the bottom two as 差评', () => {
    expect(ratingLevels.filter(isGood)).toEqual(['very-satisfied', 'satisfied']);
    expect(ratingLevels.filter(isPoor)).toEqual(['dissatisfied', 'very-dissatisfied']);
  });
});

describe('ratingScores', () => {
  it('scores the region, kind, hall, every competent department and every department that took up its part, a rated step at its own level', () => {
    const scores = ratingScores(transfer, { overall: 'basic', steps: { hall: 'very-satisfied', departments: { wage: 'dissatisfied' } } });
    expect(scores).toEqual([
      { dimension: 'region', subject: '640302', level: 'basic' },
      { dimension: 'kind', subject: 'transfer', level: 'basic' },
      { dimension: 'hall', subject: 'hall-640302', level: 'very-satisfied' },
      { dimension: 'competent', subject: '11640302MB0000218B', level: 'basic' },
      { dimension: 'competent', subject: '11640300MB0000312H', level: 'basic' },
      { dimension: 'department', subject: 'personnel-640302', level: 'basic' },
      { dimension: 'department', subject: 'wage-640302', level: 'dissatisfied' },
    ]);
  });

  it('names no hall or department for a matter rejected by its competent department', () => {
    const rejected = { ...transfer, decisions: [{ ...decision('competent', '11640302MB0000218B', 'competent-reviewer'), decision: 'reject' as const }], departments: transfer.departments.map((d) => ({ ...d, status: 'pending' as const })) };
    expect(ratingScores(rejected, { overall: 'satisfied' }).map((score) => score.dimension)).toEqual(['region', 'kind', 'competent']);
  });
});

describe('ratingProblems', () => {
  it('refuses to rate a step the matter never reached, each at its field', () => {
    const rejected = { ...transfer, decisions: [decision('competent', '11640302MB0000218B', 'competent-reviewer')], departments: transfer.departments.map((d) => ({ ...d, status: 'pending' as const })) };
    expect(ratingProblems(rejected, { overall: 'satisfied', steps: { hall: 'satisfied', departments: { pension: 'basic', personnel: 'basic' } } }).map((problem) => problem.field)).toEqual([
      'steps.hall',
      'steps.departments.pension',
      'steps.departments.personnel',
    ]);
    expect(ratingProblems(transfer, { overall: 'satisfied', steps: { competent: 'satisfied', hall: 'basic', departments: { wage: 'basic' } } })).toEqual([]);
  });
});

describe('rectificationInputOf', () => {
  const rating: StoredRating = {
    id: '6f0c8a4e-1111-4a2b-9c3d-000000000001',
    matterId: transfer.id,
    kind: 'transfer',
    region: '640302',
    unitCode: transfer.unitCode,
    overall: 'dissatisfied',
    steps: {},
    comment: '往返多次',
    ratedBy: 'lt.school.clerk',
    ratedAt: new Date('2026-09-21T02:00:00.000Z'),
  };

  it('sends a county’s 差评 to its prefecture’s supervision office, with the county’s hall to appeal and the rater to reply to, counting from the rating', () => {
    expect(rectificationInputOf(transfer, rating, 15)).toEqual({
      matterId: transfer.id,
      kind: 'transfer',
      region: '640302',
      unitCode: transfer.unitCode,
      ratingId: rating.id,
      office: 'supervision-640300',
      hall: 'hall-640302',
      rater: 'lt.school.clerk',
      openedAt: '2026-09-21T02:00:00.000Z',
      limitWorkingDays: 15,
      yellowAt: 0.75,
    });
  });

  it('leaves no hall to appeal when the matter never reached one, and carries no comment into the workflow', () => {
    const input = rectificationInputOf({ ...transfer, region: '640000', decisions: [decision('competent', '11640000MB00001277', 'competent-reviewer')] }, rating, 15);
    expect(input).toMatchObject({ office: 'supervision-640000', hall: null });
    expect(JSON.stringify(input)).not.toContain(rating.comment!);
  });
});
