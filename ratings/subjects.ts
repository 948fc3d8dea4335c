/**
 * Whom a rating speaks of, from the closed matter's record: its region and kind, the hall and the
 * competent departments that decided on it (by the organisations their decisions were taken for),
 * and each department that handled a part. A step rated on its own counts with its own level; one
 * not rated counts with the overall level. A step the matter never reached cannot be rated.
 */
import { departmentNames } from '../matters/departments';
import type { FieldError } from '../schemas/field-errors';
import type { DepartmentCode, MatterState } from '../schemas/matter';
import { departmentOf, hallOf } from '../schemas/organisation-codes';
import type { RatingDimension, RatingLevel, RatingRequest } from '../schemas/rating';

export interface RatingScore {
  dimension: RatingDimension;
  subject: string;
  level: RatingLevel;
}

type Rated = Pick<MatterState, 'kind' | 'region' | 'decisions' | 'departments'>;

/** The organisations the decisions at `step` were taken for; the region's hall for a hall decision recorded before decisions named theirs. */
function decidedBy(matter: Rated, step: 'competent' | 'hall'): string[] {
  const decisions = matter.decisions.filter((decision) => decision.step === step);
  const organisations = decisions.map((decision) => decision.actor?.organisation ?? (step === 'hall' ? hallOf(matter.region) : undefined));
  return [...new Set(organisations.filter((organisation): organisation is string => organisation !== undefined))];
}

/** The departments that took up their part (registered, refused or had it revoked). */
function handlingDepartments(matter: Rated): DepartmentCode[] {
  return matter.departments.filter((department) => department.status !== 'pending').map((department) => department.code);
}

/** A rated step the matter never reached, each named at its field. */
export function ratingProblems(matter: Rated, rating: RatingRequest): FieldError[] {
  const problems: FieldError[] = [];
  if (rating.steps?.competent && decidedBy(matter, 'competent').length === 0) problems.push({ field: 'steps.competent', message: '该事项未经主管部门审核，不能评价该环节 / the matter never reached its competent department' });
  if (rating.steps?.hall && decidedBy(matter, 'hall').length === 0) problems.push({ field: 'steps.hall', message: '该事项未经政务大厅审核，不能评价该环节 / the matter never reached the hall' });
  const handled = handlingDepartments(matter);
  for (const code of Object.keys(rating.steps?.departments ?? {}) as DepartmentCode[]) {
    if (!handled.includes(code)) problems.push({ field: `steps.departments.${code}`, message: `${departmentNames[code]}部门未办理该事项 / department ${code} had no part in the matter` });
  }
  return problems;
}

export function ratingScores(matter: Rated, rating: RatingRequest): RatingScore[] {
  const { overall, steps = {} } = rating;
  return [
    { dimension: 'region', subject: matter.region, level: overall },
    { dimension: 'kind', subject: matter.kind, level: overall },
    ...decidedBy(matter, 'hall').map((subject): RatingScore => ({ dimension: 'hall', subject, level: steps.hall ?? overall })),
    ...decidedBy(matter, 'competent').map((subject): RatingScore => ({ dimension: 'competent', subject, level: steps.competent ?? overall })),
    ...handlingDepartments(matter).map((code): RatingScore => ({ dimension: 'department', subject: departmentOf(code, matter.region), level: steps.departments?.[code] ?? overall })),
  ];
}
