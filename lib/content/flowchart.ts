// A small renderer for the subset of mermaid flowcharts the article uses ("graph TD" with
// `A[label] --> B[label]` edges): parse -> layered layout (plain data) -> accessible SVG string.
// Written here instead of bundling mermaid: no client JavaScript, no eval, works offline.

export interface FlowNode { id: string; label: string; layer: number; x: number; y: number; w: number; h: number }
export interface FlowEdge { from: string; to: string }
export interface Flowchart { direction: 'TD' | 'LR'; nodes: FlowNode[]; edges: FlowEdge[]; width: number; height: number }

const NODE = /^([A-Za-z0-9_]+)(?:\[([^\]]*)\])?$/;
const NODE_H = 40;
const GAP_X = 24;
const GAP_Y = 48;
const PAD = 12;

/** Rough text width: CJK glyphs are about one em wide, Latin about 0.55 em. */
export function textWidth(text: string, fontSize = 14): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? fontSize : fontSize * 0.58;
  return w;
}

export function parseFlowchart(source: string): Flowchart {
  const lines = source.split('\n').map((l) => l.trim()).filter(Boolean);
  const header = /^(?:graph|flowchart)\s+(TD|TB|LR)$/.exec(lines[0] ?? '');
  if (!header) throw new Error(`Unsupported mermaid diagram: "${lines[0] ?? ''}"`);
  const labels = new Map<string, string>();
  const edges: FlowEdge[] = [];
  const node = (token: string): string => {
    const m = NODE.exec(token.trim());
    if (!m) throw new Error(`Unsupported mermaid node: "${token}"`);
    if (m[2] !== undefined || !labels.has(m[1])) labels.set(m[1], m[2] ?? labels.get(m[1]) ?? m[1]);
    return m[1];
  };
  for (const line of lines.slice(1)) {
    const parts = line.split('-->');
    if (parts.length < 2) { node(line); continue; }
    for (let i = 0; i + 1 < parts.length; i++) edges.push({ from: node(parts[i]), to: node(parts[i + 1]) });
  }
  return layout(header[1] === 'LR' ? 'LR' : 'TD', labels, edges);
}

/** Longest-path layering, nodes ordered in each layer by their parents' mean position. */
function layout(direction: 'TD' | 'LR', labels: Map<string, string>, edges: FlowEdge[]): Flowchart {
  const ids = [...labels.keys()];
  const layer = new Map(ids.map((id) => [id, 0]));
  for (let pass = 0; pass < ids.length; pass++) {
    for (const e of edges) layer.set(e.to, Math.max(layer.get(e.to)!, layer.get(e.from)! + 1));
  }
  const layers: string[][] = [];
  for (const id of ids) (layers[layer.get(id)!] ??= []).push(id);
  const order = new Map<string, number>();
  layers.forEach((ls, li) => {
    if (li > 0) {
      const key = (id: string) => {
        const ps = edges.filter((e) => e.to === id).map((e) => order.get(e.from) ?? 0);
        return ps.length ? ps.reduce((a, b) => a + b, 0) / ps.length : 0;
      };
      ls.sort((a, b) => key(a) - key(b));
    }
    ls.forEach((id, i) => order.set(id, i));
  });
  const sizes = new Map(ids.map((id) => [id, Math.max(64, textWidth(labels.get(id)!) + 2 * PAD)]));
  const rowWidths = layers.map((ls) => ls.reduce((s, id) => s + sizes.get(id)!, 0) + GAP_X * (ls.length - 1));
  const width = Math.max(...rowWidths) + 2 * PAD;
  const nodes: FlowNode[] = [];
  layers.forEach((ls, li) => {
    let x = (width - rowWidths[li]) / 2;
    for (const id of ls) {
      const w = sizes.get(id)!;
      nodes.push({ id, label: labels.get(id)!, layer: li, x, y: PAD + li * (NODE_H + GAP_Y), w, h: NODE_H });
      x += w + GAP_X;
    }
  });
  const height = PAD * 2 + layers.length * NODE_H + (layers.length - 1) * GAP_Y;
  if (direction === 'LR') {
    for (const n of nodes) [n.x, n.y, n.w, n.h] = [n.y, n.x, n.w, n.h];
    return { direction, nodes, edges, width: height + Math.max(...nodes.map((n) => n.w)), height: width };
  }
  return { direction, nodes, edges, width, height };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** SVG markup styled by CSS classes (`flow-node`, `flow-edge`), with a text description for screen readers. */
export function flowchartToSvg(chart: Flowchart, title: string): string {
  const at = new Map(chart.nodes.map((n) => [n.id, n]));
  const desc = chart.edges.map((e) => `${at.get(e.from)!.label} → ${at.get(e.to)!.label}`).join('; ');
  const edges = chart.edges.map((e) => {
    const a = at.get(e.from)!;
    const b = at.get(e.to)!;
    const [x1, y1, x2, y2] = chart.direction === 'TD'
      ? [a.x + a.w / 2, a.y + a.h, b.x + b.w / 2, b.y]
      : [a.x + a.w, a.y + a.h / 2, b.x, b.y + b.h / 2];
    const my = (y1 + y2) / 2;
    const d = chart.direction === 'TD'
      ? `M${x1},${y1} C${x1},${my} ${x2},${my} ${x2},${y2 - 2}`
      : `M${x1},${y1} C${(x1 + x2) / 2},${y1} ${(x1 + x2) / 2},${y2} ${x2 - 2},${y2}`;
    return `<path class="flow-edge" d="${d}" marker-end="url(#flow-arrow)"/>`;
  });
  const nodes = chart.nodes.map((n) =>
    `<g class="flow-node"><rect x="${n.x}" y="${n.y}" width="${n.w}" height="${n.h}" rx="8"/>` +
    `<text x="${n.x + n.w / 2}" y="${n.y + n.h / 2}" dominant-baseline="central" text-anchor="middle">${esc(n.label)}</text></g>`);
  return `<svg class="flowchart" role="img" aria-label="${esc(title)}" viewBox="0 0 ${chart.width} ${chart.height}" width="${chart.width}" height="${chart.height}" xmlns="http://www.w3.org/2000/svg">` +
    `<title>${esc(title)}</title><desc>${esc(desc)}</desc>` +
    `<defs><marker id="flow-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" class="flow-arrowhead"/></marker></defs>` +
    edges.join('') + nodes.join('') + '</svg>';
}
