/**
 * The flowchart as pure logic: the graph each definition draws (expectations read from the
 * definitions, so they hold when a definition changes), the state each node shows for a
 * matter's state, and the SVG's structure — one `<g class="node state-…" data-node="…">` per node.
 */
import { describe, expect, it } from 'vitest';
import { blankChart, matterChart } from '../../flow/charts';
import type { FlowGraph, NodeState } from '../../flow/graph';
import { definitionFlowSvg, matterFlowSvg } from '../../flow';
import { matterDefinitions } from '../../matters';
import { departmentNames } from '../../matters/departments';
import { openingState } from '../../matters/opening-state';
import type { MatterDefinition } from '../../matters/types';
import { hireFormFor, postChangeFormFor, transferFormFor } from '../../samples/forms';
import { matterKinds, type DecisionRecord, type MatterKind, type MatterState, type Role } from '../../schemas/matter';

const forms = { hire: hireFormFor, transfer: transferFormFor, 'post-change': postChangeFormFor } as const;
const at = '2026-12-01T01:00:00.000Z';
const stepDue = { due: '2026-12-01T09:30:00.000Z', yellowAt: '2026-12-01T07:30:00.000Z' };

/** A matter of `kind` as it is on submission: waiting for its competent department(s). */
function submitted(kind: MatterKind): MatterState {
  const definition = matterDefinitions[kind];
  return openingState(definition, forms[kind](), `${kind}-matter`, at);
}

const approval = (step: string, organisation: string): DecisionRecord => ({ step, decision: 'approve', actor: { id: `${step}-officer`, organisation }, at });

function waitingAt(matter: MatterState, step: string, title: string, role: Role, organisations: string[]): MatterState {
  return {
    ...matter,
    status: step.startsWith('countersign') ? 'countersigning' : 'reviewing',
    stage: step,
    waitingFor: { step, title, role, organisations },
    sla: { ...matter.sla, step: { ...stepDue, step } },
  };
}

const states = (graph: FlowGraph) => Object.fromEntries(graph.nodes.map((node) => [node.id, node.state]));
const nodeIds = (graph: FlowGraph) => graph.nodes.map((node) => node.id);

/** The SVG's nodes as the console and these tests read them: id → class list. */
function svgNodes(svg: string): Map<string, string[]> {
  return new Map([...svg.matchAll(/<g class="([^"]+)" data-node="([^"]+)"/g)].map(([, classes, id]) => [id!, classes!.split(' ')]));
}

describe.each(matterKinds)('the blank flowchart of %s', (kind) => {
  const definition: MatterDefinition<unknown> = matterDefinitions[kind];
  const graph = blankChart(definition);

  it('draws every department of the definition in parallel, named by office and task', () => {
    for (const part of definition.departments) {
      const node = graph.nodes.find((n) => n.id === `department-${part.department}`);
      expect(node).toMatchObject({ type: 'service-task', label: `${departmentNames[part.department]} · ${part.task}` });
      expect(graph.edges).toContainEqual(expect.objectContaining({ from: 'departments-split', to: node!.id }));
      expect(graph.edges).toContainEqual(expect.objectContaining({ from: node!.id, to: 'departments-merge' }));
    }
    expect(graph.nodes.filter((n) => n.type === 'service-task')).toHaveLength(definition.departments.length);
    expect(graph.nodes.find((n) => n.id === 'departments-split')?.type).toBe('parallel-gateway');
  });

  it('draws the review chain, each organisation deciding in parallel its own node, and the countersign levels as an optional branch', () => {
    for (const step of definition.reviewChain) {
      const deciders = step.parallelDeciders ?? [];
      if (deciders.length > 1) {
        for (const decider of deciders) expect(graph.nodes.find((n) => n.id === `${step.step}-${decider.id}`)).toMatchObject({ label: decider.title, optional: decider.optional ?? false });
      } else {
        expect(graph.nodes.find((n) => n.id === step.step)).toMatchObject({ type: 'user-task', label: step.title, role: step.role, parent: 'review' });
      }
    }
    definition.countersign.levels.forEach((level, index) => {
      expect(graph.nodes.find((n) => n.id === `countersign-${index + 1}`)).toMatchObject({ label: `加签 · ${level}`, role: 'countersigner', optional: true });
    });
    expect(graph.nodes.find((n) => n.id === 'countersign-check')?.type).toBe('exclusive-gateway');
  });

  it('has the correction and exception branches and the three ends, every node not reached', () => {
    expect(nodeIds(graph)).toEqual(expect.arrayContaining(['correction', 'exception', 'completed', 'rejected', 'withdrawn', 'review-returned', 'review-rejected']));
    expect(graph.edges).toContainEqual(expect.objectContaining({ from: 'review-returned', to: 'correction' }));
    expect(graph.edges).toContainEqual(expect.objectContaining({ from: 'exception-decision', to: 'correction' }));
    expect(graph.edges).toContainEqual(expect.objectContaining({ from: 'exception-decision', to: 'rejected' }));
    expect(new Set(graph.nodes.map((n) => n.state))).toEqual(new Set<NodeState>(['not-reached']));
    expect(new Set(nodeIds(graph)).size).toBe(graph.nodes.length);
    const ids = new Set(nodeIds(graph));
    for (const edge of graph.edges) expect([ids.has(edge.from), ids.has(edge.to)]).toEqual([true, true]);
  });

  it('renders an accessible SVG with a node group per node, its state as a class, and a legend', async () => {
    const svg = await definitionFlowSvg(definition);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]* role="img" aria-label="[^"]*流程图/);
    expect(svg).toContain(`<title>${definition.title} 流程图`);
    expect(svg).toMatch(/font-family="[^"]*Noto Sans CJK SC[^"]*Microsoft YaHei[^"]*sans-serif"/);
    const nodes = svgNodes(svg);
    for (const part of definition.departments) expect(nodes.get(`department-${part.department}`)).toEqual(expect.arrayContaining(['node', 'task', 'state-not-reached']));
    expect(nodes.get('completed')).toEqual(expect.arrayContaining(['node', 'event', 'state-not-reached']));
    for (const words of ['图例', '已完成', '待办', '黄牌预警', '红牌超时', '未通过', '已撤销', '未到达']) expect(svg).toContain(words);
  });
});

describe('a definition is the only source of the picture', () => {
  it('draws a department added to the transfer and drops one taken away', async () => {
    const { transfer } = matterDefinitions;
    const changed = { ...transfer, departments: [...transfer.departments.filter((part) => part.department !== 'archive'), { department: 'employment' as const, task: '就业登记变更' }] };
    const nodes = svgNodes(await definitionFlowSvg(changed));
    expect(nodes.has('department-employment')).toBe(true);
    expect(nodes.has('department-archive')).toBe(false);
    expect(svgNodes(await definitionFlowSvg(transfer)).has('department-archive')).toBe(true);
  });

  it('names a transfer’s competent departments in the order the matter’s parties list them, the order the live chart relies on', () => {
    const form = transferFormFor();
    const { transfer } = matterDefinitions;
    const organisations = transfer.reviewChain[0]!.organisations(form);
    expect(organisations).toHaveLength(2);
    const parties = transfer.parties(form);
    expect([...organisations].sort((a, b) => parties.indexOf(a) - parties.indexOf(b))).toEqual(organisations);
  });
});

describe('a matter’s live flowchart', () => {
  const { hire, transfer } = matterDefinitions;
  const [competentOf, hallOf] = [submitted('hire').waitingFor!.organisations[0]!, 'hall-640300'];

  it('shows a submitted matter waiting at its competent department, with its due time in Asia/Shanghai', async () => {
    const matter = { ...submitted('hire'), sla: { ...submitted('hire').sla, step: { ...stepDue, step: 'competent' } } };
    const graph = matterChart(hire, matter);
    expect(states(graph)).toMatchObject({ start: 'done', competent: 'waiting', hall: 'not-reached', 'department-pension': 'not-reached', completed: 'not-reached' });
    expect(graph.nodes.find((n) => n.id === 'competent')).toMatchObject({ due: stepDue.due, detail: '待办 · 时限 12-01 17:30' });
    const svg = await matterFlowSvg(hire, matter);
    expect(svgNodes(svg).get('competent')).toEqual(expect.arrayContaining(['node', 'task', 'state-waiting']));
    expect(svg).toContain(`data-due="${stepDue.due}"`);
  });

  it('shows a matter at the hall with its competent department done, one department failed and one revoked', async () => {
    const atHall = waitingAt(submitted('hire'), 'hall', '政务大厅审核', 'hall-officer', [hallOf]);
    const matter: MatterState = {
      ...atHall,
      decisions: [approval('competent', competentOf)],
      departments: atHall.departments.map((d) => (d.code === 'pension' ? { ...d, status: 'failed', reason: '已有参保登记' } : d.code === 'wage' ? { ...d, status: 'revoked' } : d)),
    };
    const nodes = svgNodes(await matterFlowSvg(hire, matter));
    expect(nodes.get('competent')).toContain('state-done');
    expect(nodes.get('hall')).toContain('state-waiting');
    expect(nodes.get('department-pension')).toContain('state-failed');
    expect(nodes.get('department-wage')).toContain('state-revoked');
    expect(nodes.get('department-personnel')).toContain('state-not-reached');
  });

  it('colours the step waited for yellow once its yellow card is shown, red once overdue', () => {
    const atCompetent = waitingAt(submitted('hire'), 'competent', '主管部门审核', 'competent-reviewer', [competentOf]);
    const card = (colour: 'yellow' | 'red') => ({ card: colour, scope: 'step' as const, step: 'competent', due: stepDue.due, at, notified: [] });
    const yellow = { ...atCompetent, sla: { ...atCompetent.sla, state: 'warned' as const, cards: [card('yellow')] } };
    expect(states(matterChart(hire, yellow)).competent).toBe('yellow');
    const red = { ...yellow, sla: { ...yellow.sla, state: 'overdue' as const, cards: [card('yellow'), card('red')] } };
    expect(states(matterChart(hire, red)).competent).toBe('red');
    expect(matterChart(hire, red).caption).toContain('已超时');
  });

  it('draws countersign levels only when a special case applies, level by level', () => {
    const atHall = waitingAt(submitted('hire'), 'hall', '政务大厅审核', 'hall-officer', [hallOf]);
    expect(nodeIds(matterChart(hire, atHall)).filter((id) => id.startsWith('countersign'))).toEqual([]);

    const atLevel2: MatterState = {
      ...waitingAt(submitted('hire'), 'countersign-2', '科长审核', 'countersigner', ['personnel-division-640300']),
      specialCase: { reason: '直接考核招聘高层次人才', source: 'rule', rule: 'direct-assessment' },
      decisions: [approval('competent', competentOf), approval('hall', hallOf), approval('countersign-1', 'personnel-division-640300')],
    };
    const graph = matterChart(hire, atLevel2);
    const levels = hire.countersign.levels.map((_, index) => `countersign-${index + 1}`);
    expect(nodeIds(graph).filter((id) => /^countersign-\d$/.test(id))).toEqual(levels);
    expect(states(graph)).toMatchObject({ hall: 'done', 'countersign-1': 'done', 'countersign-2': 'waiting', 'countersign-3': 'not-reached' });
    expect(nodeIds(graph)).not.toContain('countersign-check');
  });

  it('shows a return for correction on the step that returned it, and the unit’s correction waiting', () => {
    const returned: MatterState = {
      ...submitted('hire'),
      status: 'correcting',
      stage: 'correction',
      waitingFor: { step: 'correction', title: '单位补正', role: 'unit-clerk', organisations: [submitted('hire').unitCode] },
      decisions: [approval('competent', competentOf), { step: 'hall', decision: 'return', problems: [{ field: 'wage.salaryGrade', message: '薪级有误' }], actor: { id: 'h', organisation: hallOf }, at }],
      problems: [{ field: 'wage.salaryGrade', message: '薪级有误' }],
      sla: { ...submitted('hire').sla, state: 'paused' },
    };
    expect(states(matterChart(hire, returned))).toMatchObject({ competent: 'done', hall: 'returned', correction: 'waiting', 'review-returned': 'returned', 'department-personnel': 'not-reached' });
  });

  it('shows an exception: the departments’ results, and the hall deciding it; after rejection what was registered is revoked', () => {
    const handled: MatterState = {
      ...submitted('hire'),
      status: 'exception',
      stage: 'hall',
      waitingFor: { step: 'hall', title: '政务大厅审核', role: 'hall-officer', organisations: [hallOf] },
      decisions: [approval('competent', competentOf), approval('hall', hallOf)],
      departments: submitted('hire').departments.map((d) => ({ ...d, status: d.code === 'pension' ? 'failed' : 'done' })),
      sla: { ...submitted('hire').sla, step: { ...stepDue, step: 'hall' } },
    };
    expect(states(matterChart(hire, handled))).toMatchObject({ hall: 'done', review: 'done', 'department-pension': 'failed', 'department-wage': 'done', exception: 'waiting', 'departments-split': 'done' });

    const rejected: MatterState = {
      ...handled,
      status: 'rejected',
      stage: 'rejected',
      waitingFor: null,
      decisions: [...handled.decisions, { step: 'hall', decision: 'reject', reason: '重复参保', actor: { id: 'h', organisation: hallOf }, at }],
      departments: handled.departments.map((d) => (d.status === 'done' ? { ...d, status: 'revoked' } : d)),
    };
    expect(states(matterChart(hire, rejected))).toMatchObject({ hall: 'done', exception: 'failed', 'department-wage': 'revoked', 'department-pension': 'failed', rejected: 'failed', 'review-rejected': 'not-reached' });
  });

  it('ends at 办结, 不予通过 or 撤回 as the matter did', () => {
    const closed = (status: 'completed' | 'withdrawn'): MatterState => ({ ...submitted('hire'), status, stage: status, waitingFor: null });
    expect(states(matterChart(hire, closed('completed')))).toMatchObject({ completed: 'done', rejected: 'not-reached', withdrawn: 'not-reached' });
    expect(states(matterChart(hire, closed('withdrawn')))).toMatchObject({ completed: 'not-reached', withdrawn: 'revoked', 'withdrawal-start': 'done' });
    const refused: MatterState = { ...closed('completed'), status: 'rejected', stage: 'rejected', decisions: [{ step: 'competent', decision: 'reject', reason: '不符合条件', actor: { id: 'c', organisation: competentOf }, at }] };
    expect(states(matterChart(hire, refused))).toMatchObject({ competent: 'failed', hall: 'not-reached', 'review-rejected': 'failed', rejected: 'failed' });
  });

  it('draws a transfer’s two competent departments as parallel nodes, each in its own state', () => {
    const matter = submitted('transfer');
    const [receiving, releasing] = matter.waitingFor!.organisations;
    const oneApproved: MatterState = { ...matter, waitingFor: { ...matter.waitingFor!, organisations: [releasing!] }, decisions: [approval('competent', receiving!)] };
    const graph = matterChart(transfer, oneApproved);
    expect(states(graph)).toMatchObject({ 'competent-receiving': 'done', 'competent-releasing': 'waiting', hall: 'not-reached' });
    expect(graph.nodes.find((n) => n.id === 'competent-split')?.type).toBe('parallel-gateway');

    const sameDepartment = { ...matter, waitingFor: { ...matter.waitingFor!, organisations: [receiving!] } };
    expect(states(matterChart(transfer, sameDepartment))).toMatchObject({ competent: 'waiting' });
    expect(nodeIds(matterChart(transfer, sameDepartment))).not.toContain('competent-releasing');
  });
});
