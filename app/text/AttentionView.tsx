'use client';
// Attention of one layer: a query x key matrix, a BertViz-style line view (hover a token to see
// what it attends to), or a grid of every head; head average, hiding [CLS]/[SEP], and an
// exBERT-style threshold. Reads plain arrays.
import { useState } from 'react';
import { averageHeads, headMatrix, type LayerAttention } from '@/lib/explain/text/rollout';
import { fill, type TextMessages } from '@/lib/i18n/text-messages';

type View = 'matrix' | 'lines' | 'grid';

interface Props {
  tokens: string[];
  special: boolean[];
  attentions: LayerAttention[];
  t: TextMessages;
}

/** Left margin (row labels) and top margin (slanted column labels) of a labelled matrix, in px;
 *  the slanted labels of the last columns lean past the grid's right edge, into a margin as well. */
const ROW_LABELS = 72;
const COLUMN_LABELS = 56;
const shortToken = (tok: string) => (tok.length > 9 ? `${tok.slice(0, 8)}…` : tok);

/** Query x key weights as coloured cells. `axes`: token names along both sides, when the cells are
 *  large enough to read them (small multiples and long texts show numbers in the caption instead). */
function Matrix({ m, tokens, keep, threshold, size, label, axes = false, max }: { m: Float32Array; tokens: string[]; keep: number[]; threshold: number; size: number; label: string; axes?: boolean; max: number }) {
  const n = tokens.length;
  const cell = Math.max(4, Math.floor(size / Math.max(1, keep.length)));
  const labelled = axes && cell >= 12;
  const left = labelled ? ROW_LABELS : 0;
  const top = labelled ? COLUMN_LABELS : 0;
  const side = cell * keep.length;
  return (
    <svg role="img" aria-label={label} width={left + side + (labelled ? COLUMN_LABELS * 0.7 : 0)} height={top + side} data-testid="attention-matrix" data-axes={labelled} className="text-slate-700 dark:text-slate-300">
      {labelled ? keep.map((ti, k) => (
        <g key={ti} className="fill-current font-mono" fontSize={Math.min(11, cell - 2)}>
          <text data-testid="attention-row-label" x={left - 4} y={top + k * cell + cell / 2} textAnchor="end" dominantBaseline="central">{shortToken(tokens[ti])}</text>
          <text data-testid="attention-column-label" transform={`translate(${left + k * cell + cell / 2},${top - 4}) rotate(-55)`} dominantBaseline="central">{shortToken(tokens[ti])}</text>
        </g>
      )) : null}
      <rect data-testid="attention-matrix-background" x={left} y={top} width={side} height={side} className="fill-white stroke-slate-300 dark:fill-slate-950 dark:stroke-slate-600" />
      {keep.map((qi, r) => keep.map((ki, c) => {
        const v = m[qi * n + ki];
        return v < threshold ? null : <rect key={`${r}-${c}`} x={left + c * cell} y={top + r * cell} width={cell} height={cell} fill={`rgba(2,132,199,${(v / max).toFixed(3)})`}><title>{`${tokens[qi]} → ${tokens[ki]}: ${v.toFixed(3)}`}</title></rect>;
      }))}
    </svg>
  );
}

/** The largest weight among the shown tokens: the colour scale's top (so that near-uniform heads are still readable). */
function shownMax(m: Float32Array, n: number, keep: number[]): number {
  let max = 1e-6;
  for (const qi of keep) for (const ki of keep) max = Math.max(max, m[qi * n + ki]);
  return max;
}

/** The colour scale of the matrix: 0 to the largest weight shown. */
function MatrixLegend({ max, label }: { max: number; label: string }) {
  return (
    <div data-testid="attention-legend" data-max={max.toFixed(3)} className="w-48 text-xs">
      <div className="h-3 rounded border border-slate-300 dark:border-slate-600" style={{ background: 'linear-gradient(to right, rgba(2,132,199,0), rgba(2,132,199,1))' }} aria-hidden="true" />
      <div className="mt-0.5 flex justify-between text-slate-600 dark:text-slate-400"><span>0</span><span>{label}</span><span>{max.toFixed(2)}</span></div>
    </div>
  );
}

export function AttentionView({ tokens, special, attentions, t }: Props) {
  const [layer, setLayer] = useState(0);
  const [head, setHead] = useState<number | 'avg'>('avg');
  const [view, setView] = useState<View>('matrix');
  const [hideSpecial, setHideSpecial] = useState(false);
  const [threshold, setThreshold] = useState(0);
  const [focus, setFocus] = useState<number | null>(null);
  const L = Math.min(layer, attentions.length - 1);
  const current = attentions[L];
  const n = tokens.length;
  const m = head === 'avg' ? averageHeads(current) : headMatrix(current, Math.min(head, current.heads - 1));
  const keep = tokens.map((_, i) => i).filter((i) => !(hideSpecial && special[i]));
  const matrixMax = shownMax(m, n, keep);
  const select = 'rounded-md border border-slate-300 bg-transparent px-1 py-1 text-sm dark:border-slate-600 dark:bg-slate-900';
  const headName = head === 'avg' ? t.headAverage : `${t.head} ${head + 1}`;

  return (
    <div data-testid="attention-view" data-layer={L} data-head={head} data-view={view} className="space-y-3">
      <div className="flex flex-wrap items-end gap-3 text-sm">
        <label className="flex flex-col gap-1">{t.layer}
          <select data-testid="attention-layer" value={L} onChange={(e) => setLayer(Number(e.target.value))} className={select}>
            {attentions.map((_, i) => <option key={i} value={i}>{i + 1}</option>)}
          </select>
        </label>
        <label className="flex flex-col gap-1">{t.head}
          <select data-testid="attention-head" value={head} onChange={(e) => setHead(e.target.value === 'avg' ? 'avg' : Number(e.target.value))} className={select} disabled={view === 'grid'}>
            <option value="avg">{t.headAverage}</option>
            {Array.from({ length: current.heads }, (_, h) => <option key={h} value={h}>{h + 1}</option>)}
          </select>
        </label>
        <fieldset className="flex flex-col gap-1">
          <legend>{t.view}</legend>
          <div className="flex overflow-hidden rounded-md border border-slate-300 dark:border-slate-600">
            {([['matrix', t.viewMatrix], ['lines', t.viewLines], ['grid', t.viewGrid]] as const).map(([v, name]) => (
              <button key={v} type="button" aria-pressed={view === v} data-testid={`attention-view-${v}`} onClick={() => setView(v)}
                className="px-2 py-1 aria-pressed:bg-sky-700 aria-pressed:text-white">{name}</button>
            ))}
          </div>
        </fieldset>
        <label className="flex items-center gap-1"><input type="checkbox" data-testid="attention-hide-special" checked={hideSpecial} onChange={(e) => setHideSpecial(e.target.checked)} />{t.hideSpecial}</label>
        <label className="flex flex-col gap-1">{t.threshold} ({threshold.toFixed(2)})
          <input type="range" min={0} max={0.5} step={0.01} value={threshold} data-testid="attention-threshold" onChange={(e) => setThreshold(Number(e.target.value))} className="w-32 accent-sky-600" />
        </label>
      </div>

      {view === 'matrix' ? (
        <figure className="flex flex-wrap items-start gap-3">
          <div className="overflow-x-auto">
            <Matrix m={m} tokens={tokens} keep={keep} threshold={threshold} size={Math.min(420, 18 * keep.length)} label={`${t.layer} ${L + 1}, ${headName}`} axes max={matrixMax} />
          </div>
          <figcaption className="max-w-xs space-y-2 text-xs text-slate-600 dark:text-slate-400">
            <p>{t.matrixCaption}</p>
            <MatrixLegend max={matrixMax} label={t.attentionWeight} />
            {/* too many tokens to name along the axes: numbered here */}
            {Math.floor(Math.min(420, 18 * keep.length) / Math.max(1, keep.length)) < 12 ? (
              <ol className="flex flex-wrap gap-1 font-mono">{keep.map((i, k) => <li key={i}>{k + 1}:{tokens[i]}</li>)}</ol>
            ) : null}
          </figcaption>
        </figure>
      ) : null}

      {view === 'lines' ? (
        <figure>
          <div className="flex items-stretch gap-0 font-mono text-sm">
            <ol className="space-y-0.5">
              {keep.map((i) => (
                <li key={i}>
                  <button type="button" data-testid="attention-token" onMouseEnter={() => setFocus(i)} onFocus={() => setFocus(i)} onMouseLeave={() => setFocus(null)}
                    className={`w-full rounded px-1 text-right ${focus === i ? 'bg-sky-100 dark:bg-sky-900' : ''}`}>{tokens[i]}</button>
                </li>
              ))}
            </ol>
            <svg width={140} height={keep.length * 22} aria-hidden="true" className="shrink-0">
              {keep.map((qi, r) => keep.map((ki, c) => {
                const v = m[qi * n + ki];
                if (v < Math.max(threshold, 0.01) || (focus !== null && focus !== qi)) return null;
                return <line key={`${r}-${c}`} x1={4} y1={r * 22 + 11} x2={136} y2={c * 22 + 11} stroke="rgb(2,132,199)" strokeOpacity={Math.min(1, v * (focus === null ? 0.8 : 1.5))} strokeWidth={focus === null ? 1.5 : 3} />;
              }))}
            </svg>
            <ol className="space-y-0.5">
              {keep.map((i) => (
                <li key={i} className="px-1" style={{ backgroundColor: focus !== null ? `rgba(2,132,199,${Math.min(1, m[focus * n + i]).toFixed(2)})` : undefined }}>{tokens[i]}</li>
              ))}
            </ol>
          </div>
          <figcaption className="mt-1 text-xs text-slate-600 dark:text-slate-400">{t.linesCaption}</figcaption>
        </figure>
      ) : null}

      {view === 'grid' ? (
        <ul className="flex flex-wrap gap-3" data-testid="attention-grid">
          {Array.from({ length: current.heads }, (_, h) => (
            <li key={h} className="text-center text-xs">
              <button type="button" onClick={() => { setHead(h); setView('matrix'); }} aria-label={`${t.head} ${h + 1}`}>
                <Matrix m={headMatrix(current, h)} tokens={tokens} keep={keep} threshold={threshold} size={120} label={`${t.head} ${h + 1}`} max={shownMax(headMatrix(current, h), n, keep)} />
              </button>
              <div>{t.head} {h + 1}</div>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="text-xs text-slate-600 dark:text-slate-400">{fill('{layer} {l} · {head}', { layer: t.layer, l: L + 1, head: headName })}</p>
    </div>
  );
}
