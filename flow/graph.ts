/**
 * A matter's flowchart as a graph: the nodes and sequence flows that the SVG draws and the
 * BPMN export declares. One graph for both, so the picture and the BPMN file never disagree.
 */
import type { Role } from '../schemas/matter';

/** What a node shows of the matter's progress; the SVG's class names are `state-<state>`. */
export const nodeStates = ['done', 'waiting', 'yellow', 'red', 'returned', 'failed', 'revoked', 'not-reached'] as const;
export type NodeState = (typeof nodeStates)[number];

export type NodeType =
  | 'start'
  | 'message-start'
  | 'end'
  | 'user-task'
  | 'service-task'
  | 'parallel-gateway'
  | 'inclusive-gateway'
  | 'exclusive-gateway'
  /** A boundary event of a sub-process: a message that interrupts it (a reviewer's return or rejection). */
  | 'boundary'
  | 'subprocess'
  | 'event-subprocess';

export interface FlowNode {
  /** Stable across renders of the same definition: `competent`, `countersign-1`, `department-pension` … */
  id: string;
  type: NodeType;
  /** Chinese, as a person reads it: 主管部门审核, 养老保险 · 参保登记 … */
  label: string;
  /** Who decides a user task (its candidate group). */
  role?: Role;
  /** The office hours the step may take before its red card. */
  budgetHours?: number;
  /** On a path only some matters take. */
  optional?: boolean;
  /** The sub-process that holds the node. */
  parent?: string;
  /** The sub-process a boundary event sits on. */
  attachedTo?: string;
  state: NodeState;
  /** A task's second line: who and how long on the blank chart, the step's state and due time on a live one. */
  detail?: string;
  /** When a waiting step is due (ISO instant). */
  due?: string;
  /** More than the label says, e.g. a department's reason for refusing. */
  note?: string;
}

export interface FlowEdge {
  id: string;
  from: string;
  to: string;
  /** The decision or condition that takes this flow: 通过, 退回补正 … */
  label?: string;
  optional?: boolean;
}

export interface FlowGraph {
  /** The chart's title: the matter's name. */
  title: string;
  /** One line under the title: the blank chart's purpose, or the matter's id, status and deadline. */
  caption: string;
  nodes: FlowNode[];
  edges: FlowEdge[];
}

export const isGateway = (node: Pick<FlowNode, 'type'>): boolean => node.type.endsWith('-gateway');
export const isEvent = (node: Pick<FlowNode, 'type'>): boolean => node.type === 'start' || node.type === 'message-start' || node.type === 'end';
export const isContainer = (node: Pick<FlowNode, 'type'>): boolean => node.type === 'subprocess' || node.type === 'event-subprocess';
