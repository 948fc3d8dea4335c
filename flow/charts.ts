/**
 * The two charts of a matter's definition: the blank one (every path any matter of the kind
 * may take, none reached) and a matter's live one (the paths its state says it takes, each
 * node in the state it is in).
 */
import type { MatterDefinition } from '../matters/types';
import type { MatterState, Role } from '../schemas/matter';
import { isGateway, type FlowEdge, type FlowGraph, type FlowNode, type NodeState } from './graph';
import { detailRoom } from './layout';
import { MatterProgress, type NodeReading } from './progress';
import { chartStructure, type ChartNode, type ChartShape } from './structure';
import { detailSize, fitted } from './text';
import { shanghaiMinute } from './time';

const roleNames: Partial<Record<Role, string>> = {
  'unit-clerk': '用人单位',
  'competent-reviewer': '主管部门',
  'hall-officer': '政务大厅',
  countersigner: '人事综合管理部门',
  'department-officer': '经办部门',
};

const stateWords: Record<NodeState, string> = {
  done: '已完成',
  waiting: '待办',
  yellow: '黄牌预警',
  red: '红牌超时',
  returned: '已退回补正',
  failed: '未通过',
  revoked: '已撤销',
  'not-reached': '未到达',
};

export function blankChart(definition: MatterDefinition<unknown>): FlowGraph {
  const shape: ChartShape = {
    countersign: 'optional',
    deciders: (step) =>
      step.parallelDeciders?.length
        ? step.parallelDeciders.map((decider) => ({ id: decider.id, title: decider.title, optional: decider.optional ?? false }))
        : [{ title: step.title, optional: false }],
  };
  const { nodes, edges } = chartStructure(definition, shape);
  return {
    title: definition.title,
    caption: `流程图 · 承诺时限 ${definition.sla.limitWorkingDays} 个工作日 · 虚线为部分事项才经过的环节`,
    nodes: nodes.map((node) => ({ ...node, state: 'not-reached', detail: blankDetail(node) })),
    edges,
  };
}

export function matterChart(definition: MatterDefinition<unknown>, matter: MatterState): FlowGraph {
  const progress = new MatterProgress(definition, matter);
  const { nodes, edges } = chartStructure(definition, progress.shape());
  const read: FlowNode[] = nodes.map((node) => {
    const reading = progress.of(node);
    return { ...node, ...reading, detail: liveDetail(node, reading) };
  });
  return { title: definition.title, caption: progress.caption, nodes: withGatewayStates(read, edges), edges };
}

function blankDetail(node: ChartNode): string | undefined {
  if (!node.role || (node.type !== 'user-task' && node.type !== 'service-task')) return undefined;
  const who = roleNames[node.role] ?? node.role;
  return node.budgetHours ? `${who} · ${node.budgetHours} 小时` : who;
}

/**
 * The state in words, with the due time of a waiting step or as much of a refusal's reason as
 * the node has room for (the whole reason is the node's tooltip).
 */
function liveDetail(node: ChartNode, { state, due, note }: NodeReading): string | undefined {
  if (node.type !== 'user-task' && node.type !== 'service-task') return undefined;
  if (due) return `${stateWords[state]} · 时限 ${shanghaiMinute(due)}`;
  if (state === 'failed' && note) return fitted(`${stateWords[state]}：${note}`, detailSize, detailRoom);
  return stateWords[state];
}

const finished: readonly NodeState[] = ['done', 'returned', 'failed', 'revoked'];

/** A gateway was passed when a step before it finished and one after it was reached. */
function withGatewayStates(nodes: FlowNode[], edges: FlowEdge[]): FlowNode[] {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const reaches = (from: string, direction: 'before' | 'after', test: (node: FlowNode) => boolean, seen = new Set<string>()): boolean =>
    edges
      .filter((edge) => (direction === 'after' ? edge.from : edge.to) === from)
      .map((edge) => byId.get(direction === 'after' ? edge.to : edge.from)!)
      .some((next) => {
        if (seen.has(next.id)) return false;
        seen.add(next.id);
        return isGateway(next) ? reaches(next.id, direction, test, seen) : test(next);
      });
  return nodes.map((node) =>
    isGateway(node)
      ? { ...node, state: reaches(node.id, 'before', (n) => finished.includes(n.state)) && reaches(node.id, 'after', (n) => n.state !== 'not-reached') ? 'done' : 'not-reached' }
      : node,
  );
}
