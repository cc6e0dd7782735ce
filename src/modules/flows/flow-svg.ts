import dagre from '@dagrejs/dagre';
import { curveBasis, line } from 'd3-shape';
import stringWidth from 'string-width';
import { type FlowGraph, type NodeType, timeLimitText } from './graph.js';

// Geometry in px. A column is half a CJK character, so widths come from string-width's columns.
const FONT = 14;
const SMALL = 12;
const COLUMN = FONT / 2;
const MAX_COLUMNS = 24;
const LINE = 18;
const PAD = 12;

const COLOURS: Record<NodeType, { fill: string; stroke: string }> = {
  START: { fill: '#e8f5e9', stroke: '#2e7d32' },
  END: { fill: '#e8f5e9', stroke: '#2e7d32' },
  STEP: { fill: '#e3f2fd', stroke: '#1565c0' },
  DECISION: { fill: '#fff8e1', stroke: '#f9a825' },
};

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function breakLines(text: string, max: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const token of text.match(/[A-Za-z0-9.\-/:%]+|\s+|./gu) ?? []) {
    if (stringWidth(current + token) > max && current.trim()) {
      lines.push(current.trim());
      current = '';
    }
    if (!(current === '' && /^\s+$/.test(token))) current += token;
  }
  if (current.trim()) lines.push(current.trim());
  return lines.length > 0 ? lines : [''];
}

/**
 * Break text into lines of at most `max` display columns, keeping Latin words and codes whole where
 * they fit, and evening out the lines so that none is left with a single character.
 */
export function wrap(text: string, max = MAX_COLUMNS): string[] {
  const greedy = breakLines(text, max);
  if (greedy.length < 2) return greedy;
  const balanced = breakLines(text, Math.ceil(stringWidth(text) / greedy.length) + 1);
  return balanced.length === greedy.length ? balanced : greedy;
}


interface Box {
  lines: string[];
  detail: string | null;
  width: number;
  height: number;
}

function measure(node: FlowGraph['nodes'][number]): Box {
  const lines = wrap(node.label);
  const detail = node.type === 'STEP' ? [node.post, node.timeLimit ? `时限 ${timeLimitText(node.timeLimit)}` : null].filter(Boolean).join(' · ') || null : null;
  const columns = Math.max(...lines.map((l) => stringWidth(l)), detail ? stringWidth(detail) * (SMALL / FONT) : 0);
  let width = columns * COLUMN + 2 * PAD;
  let height = lines.length * LINE + (detail ? LINE : 0) + PAD;
  // a diamond needs about twice the room of the text it holds
  if (node.type === 'DECISION') [width, height] = [width * 1.6, height * 1.8];
  return { lines, detail, width: Math.max(width, 80), height: Math.max(height, 36) };
}

function shape(type: NodeType, x: number, y: number, w: number, h: number): string {
  const { fill, stroke } = COLOURS[type];
  const paint = `fill="${fill}" stroke="${stroke}" stroke-width="1.5"`;
  if (type === 'DECISION') return `<polygon points="${x},${y - h / 2} ${x + w / 2},${y} ${x},${y + h / 2} ${x - w / 2},${y}" ${paint}/>`;
  const radius = type === 'STEP' ? 4 : h / 2;
  return `<rect x="${x - w / 2}" y="${y - h / 2}" width="${w}" height="${h}" rx="${radius}" ${paint}/>`;
}

const round = (n: number) => Math.round(n * 10) / 10;

type Point = { x: number; y: number };

/** dagre ends edges on a node's bounding box; a diamond's edges should meet its nearest corner instead. */
function diamondCorner(centre: Point, w: number, h: number, toward: Point): Point {
  const corners = [
    { x: centre.x, y: centre.y - h / 2 },
    { x: centre.x + w / 2, y: centre.y },
    { x: centre.x, y: centre.y + h / 2 },
    { x: centre.x - w / 2, y: centre.y },
  ];
  const distance = (p: Point) => (p.x - toward.x) ** 2 + (p.y - toward.y) ** 2;
  return corners.reduce((best, c) => (distance(c) < distance(best) ? c : best));
}

/**
 * The flow chart as a standalone SVG image in the handbook's notation (rounded start and end,
 * rectangle steps, diamond decisions), laid out top to bottom by dagre. Each step shows its post and
 * time limit; its handling requirement is the node's tooltip.
 */
export function flowSvg(graph: FlowGraph, heading: string): string {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 40, ranksep: 48, edgesep: 20, marginx: 20, marginy: 20 });
  g.setDefaultEdgeLabel(() => ({}));
  const boxes = new Map(graph.nodes.map((n) => [n.key, measure(n)]));
  const nodeType = new Map(graph.nodes.map((n) => [n.key, n.type]));
  for (const n of graph.nodes) g.setNode(n.key, { width: boxes.get(n.key)!.width, height: boxes.get(n.key)!.height });
  const known = new Set(graph.nodes.map((n) => n.key));
  graph.edges.forEach((e, i) => {
    if (!known.has(e.from) || !known.has(e.to)) return; // a draft may hold dangling edges; they are not drawn
    const label = e.label ? { width: stringWidth(e.label) * (SMALL / 2) + 8, height: LINE, labelpos: 'c' as const } : {};
    g.setEdge(e.from, e.to, label, String(i));
  });
  dagre.layout(g);

  const top = LINE * 2;
  const width = Math.ceil(g.graph().width ?? 0);
  const height = Math.ceil((g.graph().height ?? 0) + top);
  const path = line<Point>()
    .x((p) => p.x)
    .y((p) => p.y)
    .curve(curveBasis);

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${Math.max(width, 320)}" height="${height}" viewBox="0 ${-top} ${Math.max(width, 320)} ${height}" font-family="'Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif" font-size="${FONT}">`,
    `<title>${escape(heading)}</title>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#555"/></marker></defs>`,
    `<text x="20" y="${-top / 2}" font-size="${FONT + 2}" font-weight="bold" fill="#222">${escape(heading)}</text>`,
  ];
  for (const id of g.edges()) {
    const edge = g.edge(id);
    const points = [...(edge.points ?? [])];
    for (const [end, neighbour, key] of [[0, 1, id.v], [points.length - 1, points.length - 2, id.w]] as const) {
      const node = nodeType.get(key);
      if (node === 'DECISION' && points[neighbour]) points[end] = diamondCorner(g.node(key), boxes.get(key)!.width, boxes.get(key)!.height, points[neighbour]);
    }
    out.push(`<path d="${path(points)}" fill="none" stroke="#555" stroke-width="1.2" marker-end="url(#arrow)"/>`);
    const label = graph.edges[Number(id.name)]?.label;
    if (label && edge.x !== undefined && edge.y !== undefined) {
      const w = stringWidth(label) * (SMALL / 2) + 8;
      out.push(
        `<rect x="${round(edge.x - w / 2)}" y="${round(edge.y - LINE / 2)}" width="${round(w)}" height="${LINE}" fill="#fff" opacity="0.9"/>`,
        `<text x="${round(edge.x)}" y="${round(edge.y)}" font-size="${SMALL}" text-anchor="middle" dominant-baseline="central" fill="#444">${escape(label)}</text>`,
      );
    }
  }
  for (const n of graph.nodes) {
    const { x, y } = g.node(n.key);
    const box = boxes.get(n.key)!;
    const rows = box.lines.length + (box.detail ? 1 : 0);
    const first = y - ((rows - 1) * LINE) / 2;
    out.push(`<g class="node ${n.type.toLowerCase()}">`);
    if (n.requirement) out.push(`<title>${escape(n.requirement)}</title>`);
    out.push(shape(n.type, round(x), round(y), round(box.width), round(box.height)));
    box.lines.forEach((l, i) => out.push(`<text x="${round(x)}" y="${round(first + i * LINE)}" text-anchor="middle" dominant-baseline="central" fill="#111">${escape(l)}</text>`));
    if (box.detail) {
      out.push(`<text x="${round(x)}" y="${round(first + box.lines.length * LINE)}" font-size="${SMALL}" text-anchor="middle" dominant-baseline="central" fill="#555">${escape(box.detail)}</text>`);
    }
    out.push('</g>');
  }
  out.push('</svg>');
  return out.join('\n') + '\n';
}
