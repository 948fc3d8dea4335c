/**
 * The chart as an SVG a person reads at a glance: flows left to right, each node coloured by
 * its state and saying it in words too (colour is never the only sign), a legend, and a
 * title and description for screen readers. Colours are presentation attributes, not a style
 * sheet, so the picture looks the same in an <img>, inlined in a page, or converted to PNG;
 * the class names (`node state-waiting`) and `data-node` ids are for the console and tests.
 */
import { isContainer, isEvent, isGateway, nodeStates, type FlowGraph, type NodeState } from './graph';
import { eventSize, subprocessHeader, type ChartLayout, type PlacedEdge, type PlacedNode } from './layout';
import { detailSize, edgeLabelSize, fontFamily, labelSize, textWidth } from './text';
import { escapeXml } from './xml';

interface Palette {
  fill: string;
  stroke: string;
  text: string;
  strokeWidth: number;
}

const palettes: Record<NodeState, Palette> = {
  done: { fill: '#e6f4ea', stroke: '#2e7d32', text: '#1b5e20', strokeWidth: 1.5 },
  waiting: { fill: '#e3f0fd', stroke: '#1565c0', text: '#0d47a1', strokeWidth: 3 },
  yellow: { fill: '#fff5cc', stroke: '#e6a100', text: '#6d4c00', strokeWidth: 3 },
  red: { fill: '#ffe0e0', stroke: '#d32f2f', text: '#b71c1c', strokeWidth: 3 },
  returned: { fill: '#fff0e0', stroke: '#ef6c00', text: '#a04000', strokeWidth: 2 },
  failed: { fill: '#b71c1c', stroke: '#7f0000', text: '#ffffff', strokeWidth: 1.5 },
  revoked: { fill: '#eceff1', stroke: '#546e7a', text: '#37474f', strokeWidth: 1.5 },
  'not-reached': { fill: '#fafafa', stroke: '#b0b0b0', text: '#757575', strokeWidth: 1.2 },
};

const stateLegend: Record<NodeState, string> = {
  done: '已完成',
  waiting: '待办（时限内）',
  yellow: '黄牌预警',
  red: '红牌超时',
  returned: '退回补正',
  failed: '未通过 / 不予通过',
  revoked: '已撤销 / 撤回',
  'not-reached': '未到达',
};

const margin = 20;
const header = 58;
const legendRow = 26;
const edgeColour = '#78909c';
const dashes = '6 4';

export function renderSvg(layout: ChartLayout): string {
  const { graph } = layout;
  const legend = legendItems(graph);
  const contentWidth = Math.max(layout.width, textWidth(graph.title, 18), textWidth(graph.caption, 12));
  const legendRows = rowsOf(legend, contentWidth);
  const width = Math.ceil(contentWidth + 2 * margin);
  const height = Math.ceil(header + layout.height + 12 + legendRows.length * legendRow + margin);
  const at = (content: string) => `<g transform="translate(${margin} ${header})">${content}</g>`;
  const label = `${graph.title} 流程图：${graph.caption}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(label)}" font-family="${escapeXml(fontFamily)}">`,
    `<title>${escapeXml(label)}</title>`,
    `<desc>${escapeXml(describe(graph))}</desc>`,
    `<defs><marker id="flow-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="${edgeColour}"/></marker></defs>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${margin}" y="${margin + 14}" font-size="18" font-weight="bold" fill="#212121">${escapeXml(graph.title)}</text>`,
    `<text x="${margin}" y="${margin + 34}" font-size="12" fill="#546e7a">${escapeXml(graph.caption)}</text>`,
    at(layout.nodes.filter(isContainer).map(container).join('')),
    at(`<g class="edges">${layout.edges.map(edge).join('')}</g>`),
    at(`<g class="nodes">${layout.nodes.filter((n) => !isContainer(n)).map((n) => node(n, onTopBorder(n, layout))).join('')}</g>`),
    legendSvg(legendRows, header + layout.height + 12),
    '</svg>',
  ].join('\n');
}

function node(placed: PlacedNode, onTop: boolean): string {
  const palette = palettes[placed.state];
  const { x, y } = placed.box;
  const dash = placed.optional ? ` stroke-dasharray="${dashes}"` : '';
  const paint = `fill="${palette.fill}" stroke="${palette.stroke}" stroke-width="${palette.strokeWidth}"${dash}`;
  const kind = isEvent(placed) || placed.type === 'boundary' ? 'event' : isGateway(placed) ? 'gateway' : 'task';
  const shape = kind === 'event' ? eventShape(placed, paint, palette, onTop) : kind === 'gateway' ? gatewayShape(placed, paint, palette) : taskShape(placed, paint, palette);
  const tooltip = [placed.label || gatewayNames[placed.type], placed.detail ?? stateLegend[placed.state], placed.note].filter(Boolean).join('：');
  const due = placed.due ? ` data-due="${placed.due}"` : '';
  return `<g class="node ${kind} state-${placed.state}${placed.optional ? ' optional' : ''}" data-node="${placed.id}" data-state="${placed.state}"${due} transform="translate(${x} ${y})"><title>${escapeXml(tooltip)}</title>${shape}</g>`;
}

const gatewayNames: Partial<Record<PlacedNode['type'], string>> = {
  'parallel-gateway': '并行',
  'inclusive-gateway': '视情形并行',
  'exclusive-gateway': '判断',
};

/** Whether a boundary event sits on its frame's top border (its name then goes above it). */
function onTopBorder(placed: PlacedNode, layout: ChartLayout): boolean {
  const frame = layout.nodes.find((n) => n.id === placed.attachedTo);
  return frame !== undefined && placed.box.y + placed.box.height / 2 <= frame.box.y + 1;
}

function taskShape(placed: PlacedNode, paint: string, palette: Palette): string {
  const { width, height } = placed.box;
  const centre = width / 2;
  const lines = placed.detail
    ? [
        `<text x="${centre}" y="${height / 2 - 3}" text-anchor="middle" font-size="${labelSize}" font-weight="bold" fill="${palette.text}">${escapeXml(placed.label)}</text>`,
        `<text x="${centre}" y="${height / 2 + detailSize + 1}" text-anchor="middle" font-size="${detailSize}" fill="${palette.text}">${escapeXml(placed.detail)}</text>`,
      ]
    : [`<text x="${centre}" y="${height / 2 + labelSize / 2 - 2}" text-anchor="middle" font-size="${labelSize}" font-weight="bold" fill="${palette.text}">${escapeXml(placed.label)}</text>`];
  return `<rect width="${width}" height="${height}" rx="8" ${paint}/>${lines.join('')}`;
}

function eventShape(placed: PlacedNode, paint: string, palette: Palette, onTop: boolean): string {
  const r = eventSize / 2;
  const ring = placed.type === 'end' ? paint.replace(/stroke-width="[\d.]+"/, 'stroke-width="3.5"') : paint;
  const inner = placed.type === 'boundary' ? `<circle cx="${r}" cy="${r}" r="${r - 4}" fill="none" stroke="${palette.stroke}" stroke-width="1.2"/>` : '';
  const envelope = placed.type === 'message-start' || placed.type === 'boundary' ? `<path d="M${r - 8} ${r - 5} h16 v10 h-16 z M${r - 8} ${r - 5} l8 6 l8 -6" fill="none" stroke="${palette.stroke}" stroke-width="1.2"/>` : '';
  // An event names itself below its circle; a boundary event outside its frame, on the left, clear of its flow that turns right.
  const name = placed.labelBox
    ? `<text x="${placed.labelBox.x - placed.box.x + placed.labelBox.width / 2}" y="${placed.labelBox.y - placed.box.y + labelSize}" text-anchor="middle" font-size="${labelSize}" fill="#212121">${escapeXml(placed.label)}</text>`
    : placed.type === 'boundary'
      ? `<text x="-4" y="${onTop ? r - 4 : r + labelSize + 2}" text-anchor="end" font-size="${labelSize}" fill="#212121">${escapeXml(placed.label)}</text>`
      : '';
  return `<circle cx="${r}" cy="${r}" r="${r}" ${ring}/>${inner}${envelope}${name}`;
}

function gatewayShape(placed: PlacedNode, paint: string, palette: Palette): string {
  const { width: w, height: h } = placed.box;
  const [cx, cy] = [w / 2, h / 2];
  const marks: Partial<Record<PlacedNode['type'], string>> = {
    'parallel-gateway': `<path d="M${cx} ${cy - 9} v18 M${cx - 9} ${cy} h18" stroke="${palette.stroke}" stroke-width="3"/>`,
    'exclusive-gateway': `<path d="M${cx - 6} ${cy - 6} l12 12 M${cx + 6} ${cy - 6} l-12 12" stroke="${palette.stroke}" stroke-width="3"/>`,
    'inclusive-gateway': `<circle cx="${cx}" cy="${cy}" r="8" fill="none" stroke="${palette.stroke}" stroke-width="2.5"/>`,
  };
  return `<path d="M${cx} 0 L${w} ${cy} L${cx} ${h} L0 ${cy} z" ${paint}/>${marks[placed.type] ?? ''}`;
}

function edge(placed: PlacedEdge): string {
  const path = placed.points.map((p, index) => `${index === 0 ? 'M' : 'L'}${round(p.x)} ${round(p.y)}`).join(' ');
  const dash = placed.optional ? ` stroke-dasharray="${dashes}"` : '';
  const label =
    placed.label && placed.labelBox
      ? `<rect x="${round(placed.labelBox.x)}" y="${round(placed.labelBox.y)}" width="${round(placed.labelBox.width)}" height="${round(placed.labelBox.height)}" rx="3" fill="#ffffff" fill-opacity="0.9"/>` +
        `<text x="${round(placed.labelBox.x + placed.labelBox.width / 2)}" y="${round(placed.labelBox.y + edgeLabelSize + 1)}" text-anchor="middle" font-size="${edgeLabelSize}" fill="#455a64">${escapeXml(placed.label)}</text>`
      : '';
  return `<g class="edge${placed.optional ? ' optional' : ''}" data-edge="${placed.id}" data-from="${placed.from}" data-to="${placed.to}"><path d="${path}" fill="none" stroke="${edgeColour}" stroke-width="1.4"${dash} marker-end="url(#flow-arrow)"/>${label}</g>`;
}

/** A sub-process is a frame around its steps; an event sub-process (withdrawal, at any time) a dotted one. */
function container(placed: PlacedNode): string {
  const { x, y, width, height } = placed.box;
  const dotted = placed.type === 'event-subprocess' ? ' stroke-dasharray="3 3"' : '';
  return (
    `<g class="node ${placed.type} state-${placed.state}" data-node="${placed.id}" data-state="${placed.state}" transform="translate(${x} ${y})"><title>${escapeXml(placed.label)}</title>` +
    `<rect width="${width}" height="${height}" rx="10" fill="#f7f9fb" stroke="#90a4ae" stroke-width="1.2"${dotted}/>` +
    `<text x="12" y="${subprocessHeader - 6}" font-size="${detailSize + 1}" fill="#455a64">${escapeXml(placed.label)}</text></g>`
  );
}

interface LegendItem {
  text: string;
  swatch: string;
  width: number;
}

function legendItems(graph: FlowGraph): LegendItem[] {
  const states = nodeStates.map((state) => {
    const p = palettes[state];
    return { text: stateLegend[state], swatch: `<rect width="22" height="14" rx="3" fill="${p.fill}" stroke="${p.stroke}" stroke-width="${Math.min(p.strokeWidth, 2.5)}"/>` };
  });
  const optional = graph.nodes.some((n) => n.optional) ? [{ text: '部分事项才经过', swatch: `<rect width="22" height="14" rx="3" fill="#ffffff" stroke="#757575" stroke-dasharray="4 3"/>` }] : [];
  return [...states, ...optional].map((item) => ({ ...item, width: 22 + 6 + textWidth(item.text, 12) + 18 }));
}

function rowsOf(items: LegendItem[], width: number): LegendItem[][] {
  const rows: LegendItem[][] = [[]];
  let used = textWidth('图例', 12) + 12;
  for (const item of items) {
    if (used + item.width > width && rows.at(-1)!.length > 0) {
      rows.push([]);
      used = textWidth('图例', 12) + 12;
    }
    rows.at(-1)!.push(item);
    used += item.width;
  }
  return rows;
}

function legendSvg(rows: LegendItem[][], top: number): string {
  const indent = textWidth('图例', 12) + 12;
  const lines = rows.map((row, index) => {
    let x = indent;
    const items = row.map((item) => {
      const g = `<g transform="translate(${x} 0)">${item.swatch}<text x="28" y="12" font-size="12" fill="#37474f">${escapeXml(item.text)}</text></g>`;
      x += item.width;
      return g;
    });
    return `<g transform="translate(0 ${index * legendRow})">${items.join('')}</g>`;
  });
  return `<g class="legend" transform="translate(${margin} ${top})"><text x="0" y="12" font-size="12" font-weight="bold" fill="#37474f">图例</text>${lines.join('')}</g>`;
}

function describe(graph: FlowGraph): string {
  const named = graph.nodes.filter((n) => !isGateway(n) && n.type !== 'event-subprocess');
  const byState = nodeStates
    .map((state) => [state, named.filter((n) => n.state === state).map((n) => n.label)] as const)
    .filter(([, labels]) => labels.length > 0)
    .map(([state, labels]) => `${stateLegend[state]}：${labels.join('、')}`);
  return `${graph.caption}。${byState.join('；')}。`;
}

const round = (value: number) => Math.round(value * 10) / 10;
