/**
 * The blank chart as BPMN 2.0 XML, with its diagram (BPMN DI) laid out by the same ELK
 * layout as the SVG, so a BPMN tool (Camunda Modeler, bpmn.io) opens it drawn. Descriptive,
 * not executable: the workflow runs on Temporal, and this is its picture in the standard form.
 *
 * Review steps are user tasks whose potential owner is the role that decides them; the
 * review is a sub-process that a reviewer's return or rejection (a message, as the API sends
 * decisions) interrupts; each step's budget is a non-interrupting timer (the yellow and red
 * cards); the departments are service tasks between parallel gateways; withdrawal is an event
 * sub-process, possible at any time.
 */
import type { MatterDefinition } from '../matters/types';
import type { Role } from '../schemas/matter';
import { blankChart } from './charts';
import { isGateway, type FlowNode } from './graph';
import { layoutChart, type Box, type ChartLayout, type PlacedEdge, type PlacedNode } from './layout';
import { textWidth } from './text';
import { escapeXml } from './xml';

const elementNames: Record<FlowNode['type'], string> = {
  start: 'startEvent',
  'message-start': 'startEvent',
  end: 'endEvent',
  'user-task': 'userTask',
  'service-task': 'serviceTask',
  'parallel-gateway': 'parallelGateway',
  'inclusive-gateway': 'inclusiveGateway',
  'exclusive-gateway': 'exclusiveGateway',
  boundary: 'boundaryEvent',
  subprocess: 'subProcess',
  'event-subprocess': 'subProcess',
};

/** The messages that reach a matter from outside its flow: a reviewer's return or rejection, the unit's withdrawal. */
const messages: Record<string, { id: string; name: string }> = {
  'review-returned': { id: 'message-return', name: '退回补正' },
  'review-rejected': { id: 'message-reject', name: '不予通过' },
  'withdrawal-start': { id: 'message-withdraw', name: '单位撤回' },
};

const roleNames: Record<Role, string> = {
  'unit-clerk': '用人单位经办人',
  'competent-reviewer': '主管部门审核人',
  'hall-officer': '政务大厅窗口人员',
  countersigner: '人事综合管理部门加签人',
  'department-officer': '经办部门经办人',
  supervisor: '业务监测人员',
  admin: '平台管理员',
  chief: '机构负责人',
};

const timerSize = 36;

export async function definitionBpmn(definition: MatterDefinition<unknown>): Promise<string> {
  const layout = await layoutChart(blankChart(definition));
  const processId = `process-${definition.kind}`;
  const roles = [...new Set(layout.nodes.flatMap((node) => (node.role && node.type === 'user-task' ? [node.role] : [])))];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="definitions-${definition.kind}" targetNamespace="urn:yijianshi:matters:${definition.kind}" exporter="Yijianshi" exporterVersion="1.0">`,
    ...Object.values(messages).map((message) => `  <bpmn:message id="${message.id}" name="${escapeXml(message.name)}"/>`),
    ...roles.map((role) => `  <bpmn:resource id="role-${role}" name="${escapeXml(roleNames[role])}"/>`),
    `  <bpmn:process id="${processId}" name="${escapeXml(definition.title)}" isExecutable="false">`,
    `    <bpmn:documentation>${escapeXml(`${definition.title}：承诺时限 ${definition.sla.limitWorkingDays} 个工作日（自提交后的下一个工作日起算）；各环节时限为办公时间，达 ${Math.round(definition.sla.yellowAt * 100)}% 时黄牌预警，届满时红牌并逐级上报。`)}</bpmn:documentation>`,
    ...level(layout, undefined, '    '),
    '  </bpmn:process>',
    `  <bpmndi:BPMNDiagram id="diagram-${definition.kind}" name="${escapeXml(definition.title)}">`,
    `    <bpmndi:BPMNPlane id="plane-${definition.kind}" bpmnElement="${processId}">`,
    ...layout.nodes.map((node) => shape(node)),
    ...layout.nodes.filter(hasTimer).map((node) => timerShape(node)),
    ...layout.edges.map((edge) => edgeShape(edge)),
    '    </bpmndi:BPMNPlane>',
    '  </bpmndi:BPMNDiagram>',
    '</bpmn:definitions>',
    '',
  ].join('\n');
}

/** The elements one container holds (the process, or a sub-process): its nodes, their timers and the flows between them. */
function level(layout: ChartLayout, parent: string | undefined, indent: string): string[] {
  const byId = new Map(layout.nodes.map((node) => [node.id, node]));
  const container = (node: PlacedNode) => (node.type === 'boundary' ? byId.get(node.attachedTo!)!.parent : node.parent);
  const nodes = layout.nodes.filter((node) => container(node) === parent);
  return [
    ...nodes.flatMap((node) => element(layout, node, indent)),
    ...nodes.filter(hasTimer).map((node) => timer(node, indent)),
    ...layout.edges.filter((edge) => container(byId.get(edge.from)!) === parent).map((edge) => sequenceFlow(edge, indent)),
  ];
}

function element(layout: ChartLayout, node: PlacedNode, indent: string): string[] {
  const name = elementNames[node.type];
  const attributes = [
    `id="${node.id}"`,
    node.label ? `name="${escapeXml(node.label)}"` : '',
    node.type === 'boundary' ? `attachedToRef="${node.attachedTo}"` : '',
    node.type === 'event-subprocess' ? 'triggeredByEvent="true"' : '',
  ].filter(Boolean);
  const body = [
    ...(node.optional ? [`${indent}  <bpmn:documentation>部分事项才经过的环节</bpmn:documentation>`] : []),
    ...(node.role && node.type === 'user-task' ? potentialOwner(node.role, `${indent}  `) : []),
    ...(messages[node.id] ? [`${indent}  <bpmn:messageEventDefinition id="${node.id}-message" messageRef="${messages[node.id]!.id}"/>`] : []),
    ...(node.type === 'subprocess' || node.type === 'event-subprocess' ? level(layout, node.id, `${indent}  `) : []),
  ];
  return body.length === 0 ? [`${indent}<bpmn:${name} ${attributes.join(' ')}/>`] : [`${indent}<bpmn:${name} ${attributes.join(' ')}>`, ...body, `${indent}</bpmn:${name}>`];
}

/** The candidate group: the role whose holders in the awaited organisation decide the step. */
function potentialOwner(role: Role, indent: string): string[] {
  return [
    `${indent}<bpmn:potentialOwner resourceRef="role-${role}">`,
    `${indent}  <bpmn:resourceAssignmentExpression><bpmn:formalExpression>${role}</bpmn:formalExpression></bpmn:resourceAssignmentExpression>`,
    `${indent}</bpmn:potentialOwner>`,
  ];
}

const hasTimer = (node: PlacedNode) => node.budgetHours !== undefined;

/** 环节时限: the step's budget of office hours, watched without interrupting it. */
function timer(node: PlacedNode, indent: string): string {
  return [
    // Unnamed, so a stack of department tasks is not buried under their timers' labels; the documentation says it.
    `${indent}<bpmn:boundaryEvent id="${node.id}-deadline" attachedToRef="${node.id}" cancelActivity="false">`,
    `${indent}  <bpmn:documentation>${escapeXml(`环节时限 ${node.budgetHours} 小时（办公时间），先黄牌预警，届满红牌并逐级上报`)}</bpmn:documentation>`,
    `${indent}  <bpmn:timerEventDefinition id="${node.id}-deadline-timer"><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">PT${node.budgetHours}H</bpmn:timeDuration></bpmn:timerEventDefinition>`,
    `${indent}</bpmn:boundaryEvent>`,
  ].join('\n');
}

function sequenceFlow(edge: PlacedEdge, indent: string): string {
  const name = edge.label ? ` name="${escapeXml(edge.label)}"` : '';
  return `${indent}<bpmn:sequenceFlow id="${edge.id}"${name} sourceRef="${edge.from}" targetRef="${edge.to}"/>`;
}

function shape(node: PlacedNode): string {
  const expanded = node.type === 'subprocess' || node.type === 'event-subprocess' ? ' isExpanded="true"' : '';
  const marker = node.type === 'exclusive-gateway' ? ' isMarkerVisible="true"' : '';
  const labelBox = node.labelBox ?? (isGateway(node) && node.label ? gatewayLabel(node) : undefined);
  const label = labelBox ? `<bpmndi:BPMNLabel>${bounds(labelBox)}</bpmndi:BPMNLabel>` : '';
  return `      <bpmndi:BPMNShape id="${node.id}-shape" bpmnElement="${node.id}"${expanded}${marker}>${bounds(node.box)}${label}</bpmndi:BPMNShape>`;
}

/** A gateway's question goes above its diamond: its flows leave from the tips, and fan out to the right. */
function gatewayLabel(node: PlacedNode): Box {
  const width = textWidth(node.label, gatewayLabelSize);
  return { x: node.box.x + node.box.width / 2 - width / 2, y: node.box.y - gatewayLabelSize - 8, width, height: gatewayLabelSize + 4 };
}

const gatewayLabelSize = 11;

/** A step's timer sits on the bottom right corner of its task, as BPMN tools attach boundary events. */
function timerShape(node: PlacedNode): string {
  const box = { x: node.box.x + node.box.width - timerSize - 4, y: node.box.y + node.box.height - timerSize / 2, width: timerSize, height: timerSize };
  return `      <bpmndi:BPMNShape id="${node.id}-deadline-shape" bpmnElement="${node.id}-deadline">${bounds(box)}</bpmndi:BPMNShape>`;
}

function edgeShape(edge: PlacedEdge): string {
  const waypoints = edge.points.map((point) => `<di:waypoint x="${round(point.x)}" y="${round(point.y)}"/>`).join('');
  const label = edge.labelBox ? `<bpmndi:BPMNLabel>${bounds(edge.labelBox)}</bpmndi:BPMNLabel>` : '';
  return `      <bpmndi:BPMNEdge id="${edge.id}-edge" bpmnElement="${edge.id}">${waypoints}${label}</bpmndi:BPMNEdge>`;
}

function bounds(box: Box): string {
  return `<dc:Bounds x="${round(box.x)}" y="${round(box.y)}" width="${round(box.width)}" height="${round(box.height)}"/>`;
}

const round = (value: number) => Math.round(value * 10) / 10;
