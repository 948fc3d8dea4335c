/**
 * Where every node and flow of a chart goes, computed by ELK's layered algorithm from left to
 * right: no coordinate is placed by hand, so a definition with another department or step
 * lays out anew. Nodes are sized from their Chinese labels; gateways and events take and
 * give their flows at their tips, as BPMN draws them.
 */
import ELK, { type ElkExtendedEdge, type ElkNode, type ElkPort } from 'elkjs/lib/elk.bundled.js';
import { isContainer, isEvent, isGateway, type FlowEdge, type FlowGraph, type FlowNode } from './graph';
import { detailSize, edgeLabelSize, labelSize, textWidth } from './text';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Point {
  x: number;
  y: number;
}

export interface PlacedNode extends FlowNode {
  box: Box;
  /** Where an event's name goes, under its circle. */
  labelBox?: Box;
}

export interface PlacedEdge extends FlowEdge {
  points: Point[];
  labelBox?: Box;
}

export interface ChartLayout {
  graph: FlowGraph;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  width: number;
  height: number;
}

export const eventSize = 36;
export const gatewaySize = 40;
const taskPadding = { x: 14, y: 10 };
const lineGap = 4;
/** The band a sub-process keeps at the top of its frame for its name. */
export const subprocessHeader = 26;

const rootOptions: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'ORTHOGONAL',
  // The nodes come in the order the flow runs; loops (back to the step that returned the form) break against that order.
  'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  // The nodes keep the order they are listed in, the flow's own (departments as the definition names
  // them), rather than one ELK prefers for fewer crossings; the withdrawal box comes after the main flow.
  'elk.layered.crossingMinimization.semiInteractive': 'true',
  'elk.layered.considerModelOrder.components': 'MODEL_ORDER',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  'elk.spacing.nodeNode': '22',
  'elk.layered.spacing.nodeNodeBetweenLayers': '36',
  'elk.spacing.edgeNode': '14',
  'elk.spacing.edgeEdge': '10',
  'elk.layered.spacing.edgeNodeBetweenLayers': '14',
  'elk.spacing.edgeLabel': '3',
  'elk.spacing.componentComponent': '36',
  'elk.edgeLabels.placement': 'CENTER',
  'elk.json.shapeCoords': 'ROOT',
  'elk.json.edgeCoords': 'ROOT',
};

/**
 * A task's second line gets at least this room, the widest a live chart writes ("红牌超时 · 时限
 * 12-31 17:30"), so a matter's changing state never resizes a node and one layout serves every
 * state of the same chart.
 */
export const detailRoom = textWidth('红牌超时 · 时限 12-31 17:30', detailSize);

/** A task's box fits its name and its second line. */
export function taskSize(node: Pick<FlowNode, 'label' | 'detail'>): { width: number; height: number } {
  const width = Math.max(textWidth(node.label, labelSize), detailRoom, node.detail ? textWidth(node.detail, detailSize) : 0) + 2 * taskPadding.x;
  return { width, height: labelSize + lineGap + detailSize + 2 * taskPadding.y + 4 };
}

interface Geometry {
  shapes: Map<string, { box: Box; labelBox?: Box }>;
  routes: Map<string, { points: Point[]; labelBox?: Box }>;
  width: number;
  height: number;
}

/**
 * Layouts by the chart's shape (its nodes' ids, kinds and sizes, its flows): a definition has a
 * handful of shapes, and a layout takes ELK a good fraction of a second, so each is computed
 * once per process and every matter's picture of that shape reuses it.
 */
const geometries = new Map<string, Promise<Geometry>>();
const keptGeometries = 64;

export async function layoutChart(graph: FlowGraph): Promise<ChartLayout> {
  const elkGraph = toElk(graph);
  const key = JSON.stringify(elkGraph);
  let geometry = geometries.get(key);
  if (!geometry) {
    geometry = new ELK().layout(elkGraph).then((laid) => geometryOf(graph, laid));
    geometries.set(key, geometry);
    geometry.catch(() => geometries.delete(key));
    if (geometries.size > keptGeometries) geometries.delete(geometries.keys().next().value!);
  }
  const { shapes, routes, width, height } = await geometry;
  return {
    graph,
    nodes: graph.nodes.map((node) => ({ ...node, ...shapes.get(node.id)! })),
    edges: graph.edges.map((edge) => ({ ...edge, ...routes.get(edge.id)! })),
    width,
    height,
  };
}

function toElk(graph: FlowGraph): ElkNode {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  // A boundary event is a port of its sub-process, so its flows belong to the level that holds the sub-process.
  const levelOf = (node: FlowNode) => (node.type === 'boundary' ? byId.get(node.attachedTo!)!.parent : node.parent);
  const level = (parent: string | undefined): Pick<ElkNode, 'children' | 'edges'> => ({
    children: graph.nodes
      .filter((node) => node.parent === parent && node.type !== 'boundary')
      .map((node, index) => withOrderHint(elkNode(node, graph.nodes.filter((n) => n.attachedTo === node.id), isContainer(node) ? level(node.id) : undefined), index)),
    edges: graph.edges.filter((edge) => levelOf(byId.get(edge.from)!) === parent).map((edge) => elkEdge(edge, byId)),
  });
  return { id: 'chart', layoutOptions: rootOptions, ...level(undefined) };
}

function geometryOf(graph: FlowGraph, laid: ElkNode): Geometry {
  const placedShapes = new Map<string, ElkNode | ElkPort>();
  const placedEdges: ElkExtendedEdge[] = [];
  const collect = (node: ElkNode) => {
    placedShapes.set(node.id, node);
    node.ports?.forEach((port) => placedShapes.set(port.id, port));
    placedEdges.push(...(node.edges ?? []));
    node.children?.forEach(collect);
  };
  collect(laid);

  const shapes = new Map(
    graph.nodes.map((node) => {
      const placed = placedShapes.get(node.id)!;
      // A boundary event is drawn as a circle centred on the sub-process's border, where its port is.
      if (node.type === 'boundary') return [node.id, { box: { x: placed.x! - eventSize / 2, y: placed.y! - eventSize / 2, width: eventSize, height: eventSize } }];
      const label = placed.labels?.[0];
      return [node.id, { box: boxOf(placed), ...(label && isEvent(node) ? { labelBox: boxOf(label) } : {}) }];
    }),
  );
  const routes = new Map(
    graph.edges.map((edge) => {
      const placed = placedEdges.find((candidate) => candidate.id === edge.id)!;
      const points = (placed.sections ?? []).flatMap((section, index) => [...(index === 0 ? [section.startPoint] : []), ...(section.bendPoints ?? []), section.endPoint]);
      const label = placed.labels?.[0];
      return [edge.id, { points, ...(label ? { labelBox: boxOf(label) } : {}) }];
    }),
  );
  return { shapes, routes, width: Math.ceil(laid.width ?? 0), height: Math.ceil(laid.height ?? 0) };
}

/** Nodes that share a layer keep the order they are listed in (departments as the definition names them). */
function withOrderHint(node: ElkNode, index: number): ElkNode {
  return { ...node, layoutOptions: { ...node.layoutOptions, 'elk.position': `(0, ${index * 10})` } };
}

/** Flows enter and leave gateways, events and sub-processes at fixed points: a circle or a diamond at its tips. */
const hasPorts = (node: FlowNode) => isEvent(node) || isGateway(node) || node.type === 'subprocess';

function elkNode(node: FlowNode, boundaries: FlowNode[], inner: Pick<ElkNode, 'children' | 'edges'> | undefined): ElkNode {
  if (isContainer(node)) {
    const sidePorts = node.type === 'subprocess' ? [port(`${node.id}:in`, 'WEST'), port(`${node.id}:out`, 'EAST')] : [];
    return {
      id: node.id,
      ...inner,
      // Boundary events take the top and bottom borders in turn, so their flows part ways above and below the main line.
      ports: [...sidePorts, ...boundaries.map((boundary, index) => port(boundary.id, index % 2 === 0 ? 'NORTH' : 'SOUTH'))],
      layoutOptions: {
        ...rootOptions,
        'elk.portConstraints': 'FIXED_SIDE',
        'elk.spacing.portPort': '120',
        'elk.padding': `[top=${subprocessHeader + 10},left=16,bottom=${boundaries.length ? eventSize : 12},right=16]`,
      },
    };
  }
  if (hasPorts(node)) {
    const size = isEvent(node) ? eventSize : gatewaySize;
    return {
      id: node.id,
      width: size,
      height: size,
      layoutOptions: { 'elk.portConstraints': 'FIXED_POS', 'elk.nodeLabels.placement': 'OUTSIDE V_BOTTOM H_CENTER' },
      ports: [port(`${node.id}:in`, 'WEST', 0, size / 2), port(`${node.id}:out`, 'EAST', size, size / 2)],
      // Gateways go unnamed in the picture (their flows are named); events show their name below.
      labels: isEvent(node) && node.label ? [{ text: node.label, width: textWidth(node.label, labelSize), height: labelSize + 4 }] : [],
    };
  }
  return { id: node.id, ...taskSize(node) };
}

function port(id: string, side: 'WEST' | 'EAST' | 'NORTH' | 'SOUTH', x?: number, y?: number): ElkPort {
  return { id, width: 0, height: 0, ...(x === undefined ? {} : { x, y }), layoutOptions: { 'elk.port.side': side } };
}

function elkEdge(edge: FlowEdge, byId: Map<string, FlowNode>): ElkExtendedEdge {
  const end = (id: string, side: 'in' | 'out') => {
    const node = byId.get(id)!;
    if (node.type === 'boundary') return id;
    return hasPorts(node) ? `${id}:${side}` : id;
  };
  return {
    id: edge.id,
    sources: [end(edge.from, 'out')],
    targets: [end(edge.to, 'in')],
    labels: edge.label ? [{ text: edge.label, width: textWidth(edge.label, edgeLabelSize) + 6, height: edgeLabelSize + 4 }] : [],
  };
}

function boxOf(shape: { x?: number; y?: number; width?: number; height?: number }): Box {
  return { x: shape.x ?? 0, y: shape.y ?? 0, width: shape.width ?? 0, height: shape.height ?? 0 };
}
