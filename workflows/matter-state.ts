/**
 * The state keeper: the matter's one state object and the form it was filed with. Every change
 * goes through `change`, which shows a new stage or SLA state in Temporal UI (search attributes,
 * current details); `record` projects the state to PostgreSQL for lists, inbox and audit.
 */
import { setCurrentDetails, upsertSearchAttributes } from '@temporalio/workflow';
import type { DepartmentPart } from '../matters/types';
import type { Actor, DepartmentCode, DepartmentStatus, MatterState } from '../schemas/matter';
import { searchAttributes } from '../temporal.config';
import { bookkeep } from './bookkeeping';

export class MatterStateKeeper<Form> {
  /** The form version PostgreSQL already holds, so each version is written once. */
  private recordedFormVersion = 0;
  /** What the search attributes and current details show now. */
  private shownStage = '';

  constructor(
    readonly state: MatterState,
    private currentForm: Form,
  ) {}

  get form(): Form {
    return this.currentForm;
  }

  /** 补正: the corrected form becomes the matter's form, one version later. */
  replaceForm(form: Form, by: Actor | undefined): void {
    this.currentForm = form;
    this.change({ formVersion: this.state.formVersion + 1, problems: [], formBy: by });
  }

  change(patch: Partial<MatterState>): void {
    Object.assign(this.state, patch, { updatedAt: new Date().toISOString(), version: this.state.version + 1 });
    const stage = this.visibleStage();
    const { sla } = this.state;
    const shown = `${stage} · ${sla.state} · ${sla.matter?.due ?? ''}`;
    if (shown === this.shownStage) return;
    // Only a new stage or SLA state is worth a history event; department-by-department progress is in the query.
    this.shownStage = shown;
    upsertSearchAttributes([
      { key: searchAttributes.matterStatus, value: this.state.status },
      { key: searchAttributes.stage, value: this.state.stage },
      { key: searchAttributes.pendingRole, value: this.state.waitingFor?.role ?? null },
      { key: searchAttributes.slaState, value: sla.state },
      { key: searchAttributes.slaDeadline, value: sla.matter ? new Date(sla.matter.due) : null },
    ]);
    setCurrentDetails(sla.step ? `${stage} · 时限 ${sla.step.due}` : stage);
  }

  /** Projects the state to PostgreSQL, with the form whenever a new version of it has not been written yet. */
  async record(): Promise<void> {
    const newForm = this.state.formVersion > this.recordedFormVersion;
    await bookkeep('recordMatter', `登记进度 · ${this.state.status} · ${this.state.stage}`, { ...this.state }, newForm ? this.currentForm : undefined);
    this.recordedFormVersion = this.state.formVersion;
  }

  setDepartment(code: DepartmentCode, patch: { status: DepartmentStatus; reason?: string; receipt?: string; outage?: boolean }): void {
    const departments = this.state.departments.map((d) => (d.code === code ? { ...d, ...patch } : d));
    const waiting = this.state.waitingFor;
    this.change({
      departments,
      ...(waiting?.step === 'departments' ? { waitingFor: { ...waiting, organisations: this.handlingOffices(departments) } } : {}),
    });
  }

  departmentStatus(code: DepartmentCode): DepartmentStatus | undefined {
    return this.state.departments.find((d) => d.code === code)?.status;
  }

  /** Why a department refused its part, as the unit is told in the correction it is asked for. */
  refusalOf(part: DepartmentPart): string {
    return this.state.departments.find((d) => d.code === part.department)?.reason ?? part.task;
  }

  /** The offices still at work, e.g. `pension-640300`; the departments step waits for them. */
  handlingOffices(departments = this.state.departments): string[] {
    const offices = departments.filter((d) => d.status === 'handling').map((d) => `${d.code}-${this.state.region}`);
    return offices.length > 0 ? offices : [`departments-${this.state.region}`];
  }

  /** What Temporal UI shows: status and the step waited for, never a department-by-department tick. */
  private visibleStage(): string {
    const waiting = this.state.waitingFor;
    if (!waiting) return this.state.status;
    const who = waiting.step === 'departments' ? '各部门' : waiting.organisations.join('、');
    return `${this.state.status} · 等待${waiting.title} · ${waiting.role} · ${who}`;
  }
}
