/**
 * The flowchart's nodes and flows, read from a matter's definition: its review chain, the
 * personnel division's countersign levels, every department it names in parallel, and the
 * branches every matter shares (correction, exception, withdrawal). Nothing here knows a
 * particular matter; a new department in `matters/transfer.ts` is a new node.
 *
 * The review is one sub-process: any reviewer may return the form for correction or reject
 * the matter at any step, which the chart says once, with the sub-process's two boundary
 * events, rather than with a pair of flows from every step. Which step did it shows on the
 * step itself. Nodes are listed in the order the flow runs, which the layout keeps.
 */
import { departmentNames } from '../matters/departments';
import type { MatterDefinition, ReviewStepDefinition } from '../matters/types';
import type { Role } from '../schemas/matter';
import type { FlowEdge, FlowNode } from './graph';

/** One deciding party of a review step; a step with several decides in parallel, one node each. */
export interface Decider {
  /** Set when the step has several: the node is `<step>-<id>`. */
  id?: string;
  title: string;
  optional: boolean;
}

/** What differs between charts of one definition: the blank one draws every path, a live one what its matter takes. */
export interface ChartShape {
  deciders(step: ReviewStepDefinition<unknown>): Decider[];
  countersign: 'absent' | 'optional' | 'applies';
}

export type ChartNode = Omit<FlowNode, 'state'>;

/**
 * The step that resolves a department's exception: the workflow core has the hall decide it
 * (workflows/matter-core.ts), within the hall's budget.
 */
export const exceptionResolverStep = 'hall';

export const reviewNode = 'review';
export const departmentNode = (code: string) => `department-${code}`;
export const deciderNode = (step: string, decider: Decider) => (decider.id ? `${step}-${decider.id}` : step);
export const countersignStep = (level: number) => `countersign-${level}`;

interface ReviewStage {
  step: string;
  role: Role;
  budgetHours: number;
  optional: boolean;
  deciders: Decider[];
}

type AddNode = (node: ChartNode) => void;
type AddFlow = (from: string, to: string, label?: string, optional?: boolean) => void;

export function chartStructure(definition: MatterDefinition<unknown>, shape: ChartShape): { nodes: ChartNode[]; edges: FlowEdge[] } {
  const nodes: ChartNode[] = [];
  const edges: FlowEdge[] = [];
  const node: AddNode = (added) => nodes.push(added);
  const flow: AddFlow = (from, to, label, optional) =>
    edges.push({ id: `flow-${edges.length + 1}`, from, to, ...(label ? { label } : {}), ...(optional ? { optional } : {}) });

  node({ id: 'start', type: 'start', label: '单位提交申请' });
  review(definition, shape, node, flow);
  flow('start', reviewNode);

  // 单位补正: the unit corrects every problem at once, and the matter goes back to the step that returned it.
  node({ id: 'correction', type: 'user-task', role: 'unit-clerk', label: '单位补正' });
  flow('review-returned', 'correction');
  flow('correction', reviewNode, '重新提交 · 回到退回的环节');

  // 并联办理: every department of the definition at once.
  node({ id: 'departments-split', type: 'parallel-gateway', label: '并联办理' });
  flow(reviewNode, 'departments-split');
  for (const part of definition.departments) {
    const id = departmentNode(part.department);
    node({ id, type: 'service-task', role: 'department-officer', budgetHours: definition.sla.stageHours.departments, label: `${departmentNames[part.department]} · ${part.task}` });
    flow('departments-split', id);
    flow(id, 'departments-merge');
  }
  node({ id: 'departments-merge', type: 'parallel-gateway', label: '' });
  node({ id: 'departments-outcome', type: 'exclusive-gateway', label: '部门全部办结？' });
  flow('departments-merge', 'departments-outcome');
  node({ id: 'completed', type: 'end', label: '办结' });
  flow('departments-outcome', 'completed', '全部办结');

  // 部门异常: a department refused its part; the hall has the unit correct it (only the refusing ones run again) or rejects.
  const resolver = definition.reviewChain.find((step) => step.step === exceptionResolverStep) ?? definition.reviewChain.at(-1)!;
  node({ id: 'exception', type: 'user-task', role: resolver.role, budgetHours: definition.sla.stageHours[resolver.step], label: '部门异常 · 大厅处理' });
  node({ id: 'exception-decision', type: 'exclusive-gateway', label: '大厅决定' });
  flow('departments-outcome', 'exception', '部门异常');
  flow('exception', 'exception-decision');
  flow('exception-decision', 'correction', '退回补正 · 异常部门重办');

  node({ id: 'rejected', type: 'end', label: '不予通过' });
  flow('review-rejected', 'rejected');
  flow('exception-decision', 'rejected', '不予通过 · 撤销已登记');

  // 撤回: at any step before the matter ends, the unit may withdraw; what departments registered is revoked.
  node({ id: 'withdrawal', type: 'event-subprocess', label: '撤回（办结前任一环节）' });
  node({ id: 'withdrawal-start', type: 'message-start', label: '单位撤回', parent: 'withdrawal' });
  node({ id: 'withdrawn', type: 'end', label: '撤回', parent: 'withdrawal' });
  flow('withdrawal-start', 'withdrawn', '撤销已登记事项');

  return { nodes, edges };
}

/** 审核: the chain step by step, then — for a special case, or when the hall asks — the countersign levels. */
function review(definition: MatterDefinition<unknown>, shape: ChartShape, node: AddNode, flow: AddFlow): void {
  const { stageHours } = definition.sla;
  // Its boundary events say that any reviewer may return or reject, so the frame's name can be short.
  node({ id: reviewNode, type: 'subprocess', label: '审核' });
  node({ id: 'review-start', type: 'start', label: '', parent: reviewNode });
  let previous = { id: 'review-start', label: undefined as string | undefined, optional: false };
  const enter = (stage: ReviewStage) => {
    const { entry, exit } = reviewStep(stage, node, flow);
    flow(previous.id, entry, previous.label, previous.optional || stage.optional);
    previous = { id: exit, label: undefined, optional: stage.optional };
  };
  for (const step of definition.reviewChain) {
    enter({ step: step.step, role: step.role, budgetHours: stageHours[step.step], optional: false, deciders: shape.deciders(step) });
  }
  if (shape.countersign !== 'absent') {
    const optional = shape.countersign === 'optional';
    if (optional) {
      node({ id: 'countersign-check', type: 'exclusive-gateway', label: '特殊情形？', parent: reviewNode });
      flow(previous.id, 'countersign-check');
      flow('countersign-check', 'review-approved', '否');
      previous = { id: 'countersign-check', label: '特殊情形或提请加签', optional: true };
    } else {
      previous = { ...previous, label: '特殊情形 · 加签' };
    }
    definition.countersign.levels.forEach((title, index) =>
      enter({
        step: countersignStep(index + 1),
        role: 'countersigner',
        budgetHours: stageHours.countersign,
        optional,
        deciders: [{ title: `加签 · ${title}`, optional: false }],
      }),
    );
  }
  node({ id: 'review-approved', type: 'end', label: '审核通过', parent: reviewNode });
  flow(previous.id, 'review-approved', previous.label, previous.optional);
  node({ id: 'review-returned', type: 'boundary', label: '退回补正', attachedTo: reviewNode });
  node({ id: 'review-rejected', type: 'boundary', label: '不予通过', attachedTo: reviewNode });
}

/** One review step's nodes: the flow enters at `entry` and leaves from `exit`. */
function reviewStep(stage: ReviewStage, node: AddNode, flow: AddFlow): { entry: string; exit: string } {
  const { step, role, budgetHours, deciders } = stage;
  const task = (decider: Decider) =>
    node({ id: deciderNode(step, decider), type: 'user-task', role, budgetHours, label: decider.title, parent: reviewNode, optional: stage.optional || decider.optional });
  if (deciders.length === 1) {
    task(deciders[0]!);
    return { entry: deciderNode(step, deciders[0]!), exit: deciderNode(step, deciders[0]!) };
  }
  // Several decide in parallel; an optional one makes it an inclusive split (only the matters that have it wait for it).
  const gateway = deciders.some((decider) => decider.optional) ? 'inclusive-gateway' : 'parallel-gateway';
  const [split, merge] = [`${step}-split`, `${step}-merge`];
  node({ id: split, type: gateway, label: '', parent: reviewNode, optional: stage.optional });
  for (const decider of deciders) {
    task(decider);
    flow(split, deciderNode(step, decider), decider.optional ? '如有' : undefined, stage.optional || decider.optional);
    flow(deciderNode(step, decider), merge, undefined, stage.optional || decider.optional);
  }
  node({ id: merge, type: gateway, label: '', parent: reviewNode, optional: stage.optional });
  return { entry: split, exit: merge };
}
