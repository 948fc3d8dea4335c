import type { Actor, MatterState } from '../schemas/matter';
import { departmentNames } from './departments';
import type { MatterDefinition } from './types';

/**
 * A matter as it stands the moment it is submitted: waiting for its first reviewer, every
 * department pending. The workflow starts from it and the API answers the submission with
 * it, so the two agree without the API having to ask the workflow.
 */
export function openingState<Form>(definition: MatterDefinition<Form>, form: Form, id: string, submittedAt: string, submittedBy?: Actor): MatterState {
  const firstStep = definition.reviewChain[0]!;
  return {
    id,
    kind: definition.kind,
    ...definition.keys(form),
    status: 'reviewing',
    stage: firstStep.step,
    waitingFor: { step: firstStep.step, title: firstStep.title, role: firstStep.role, organisations: firstStep.organisations(form) },
    specialCase: null,
    departments: definition.departments.map((part) => ({
      code: part.department,
      name: `${departmentNames[part.department]} · ${part.task}`,
      status: 'pending',
    })),
    decisions: [],
    formVersion: 1,
    problems: [],
    sla: { state: 'on-time', limitWorkingDays: definition.sla.limitWorkingDays, matter: null, step: null, cards: [] },
    ...(submittedBy ? { formBy: submittedBy } : {}),
    parties: definition.parties(form),
    refusedMessages: [],
    submittedAt,
    updatedAt: submittedAt,
    version: 0,
  };
}
