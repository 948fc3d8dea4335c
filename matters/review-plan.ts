/**
 * Which review steps a matter goes through, as data: its definition's chain (主管部门 → 政务大厅)
 * and, for a special case, the personnel division's countersign levels after the hall.
 * Pure, so the routing is unit-tested without a server.
 */
import type { MatterDefinition } from './types';
import type { MatterStatus, Role, SpecialCase } from '../schemas/matter';

export interface PlannedStep {
  step: string;
  title: string;
  role: Role;
  organisations: string[];
  /** The matter's status while it waits at this step. */
  status: Extract<MatterStatus, 'reviewing' | 'countersigning'>;
}

export function reviewPlan<Form>(definition: MatterDefinition<Form>, form: Form, specialCase: SpecialCase | null): PlannedStep[] {
  const chain: PlannedStep[] = definition.reviewChain.map((step) => ({
    step: step.step,
    title: step.title,
    role: step.role,
    organisations: step.organisations(form),
    status: 'reviewing',
  }));
  if (!specialCase) return chain;
  const { levels, organisation } = definition.countersign;
  const countersign: PlannedStep[] = levels.map((title, index) => ({
    step: `countersign-${index + 1}`,
    title,
    role: 'countersigner',
    organisations: [organisation(form)],
    status: 'countersigning',
  }));
  return [...chain, ...countersign];
}

/** The first countersign rule the form meets, if any: a special case the hall cannot wave through. */
export function ruleSpecialCase<Form>(definition: MatterDefinition<Form>, form: Form): SpecialCase | null {
  const rule = definition.countersign.rules.find((candidate) => candidate.applies(form));
  return rule ? { reason: rule.reason, source: 'rule', rule: rule.id } : null;
}

/** Every organisation the matter may wait for at a review step (the countersign levels included, which the hall may ask for any matter). */
export function reviewingOrganisations<Form>(definition: MatterDefinition<Form>, form: Form): string[] {
  return [...new Set(reviewPlan(definition, form, { reason: '', source: 'hall' }).flatMap((step) => step.organisations))];
}

/** The role a review step waits for, by the step's name: what a decision there is taken as. */
export function roleOfStep(step: string): Role {
  if (step === 'competent') return 'competent-reviewer';
  if (step === 'hall') return 'hall-officer';
  return 'countersigner';
}
