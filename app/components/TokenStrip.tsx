// Tokens as chips shaded by a value per token: signed (diverging) or magnitude (sequential).
// Reads plain arrays; used for attention rollout and token attributions, with an optional colour
// legend (colours saturate at a robust maximum of the values, which the legend shows).
import { ColorLegend } from './ColorLegend';
import { colorize, robustMax } from '@/lib/viz/colormap';

interface Props {
  tokens: string[];
  values: ArrayLike<number>;
  signed: boolean;
  hidden?: boolean[];
  testId?: string;
  label: string;
  /** Words for the colour scale shown under the chips (none: no legend). */
  legend?: { against: string; for: string; low: string; high: string };
}

/** The chip's colour composited over white (chips have a white base in both themes), and a text
 *  colour that keeps WCAG AA contrast on it. */
function chipColours(r: number, g: number, b: number, a: number): { background: string; dark: boolean } {
  const mix = (c: number) => Math.round(a * c + (1 - a) * 255);
  const [R, G, B] = [mix(r), mix(g), mix(b)];
  const lin = (c: number) => { const x = c / 255; return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4; };
  const luminance = 0.2126 * lin(R) + 0.7152 * lin(G) + 0.0722 * lin(B);
  // Black text has contrast ≥ 4.5 on L ≥ 0.175, white text on L ≤ 0.183: split at 0.18.
  return { background: `rgb(${R},${G},${B})`, dark: luminance >= 0.18 };
}

export function TokenStrip({ tokens, values, signed, hidden, testId, label, legend }: Props) {
  const shown = Array.from(values).map((v, i) => (hidden?.[i] ? 0 : v));
  const max = robustMax(shown, 1);
  const colours = colorize(shown, signed, max);
  return (
    <div className="space-y-2">
    <ol aria-label={label} data-testid={testId} className="flex flex-wrap gap-1">
      {tokens.map((tok, i) => {
        if (hidden?.[i]) return null;
        const c = chipColours(colours[i * 4], colours[i * 4 + 1], colours[i * 4 + 2], colours[i * 4 + 3] / 255);
        return (
        <li
          key={i}
          data-token={tok}
          data-value={Number(values[i]).toFixed(4)}
          title={`${tok}: ${Number(values[i]).toFixed(3)}`}
          className={`rounded border border-slate-300 px-1.5 py-0.5 font-mono text-sm dark:border-slate-600 ${c.dark ? 'text-black' : 'text-white'}`}
          style={{ backgroundColor: c.background }}
        >
          <span>{tok}</span>
          <span className="sr-only">: {Number(values[i]).toFixed(3)}</span>
        </li>
        );
      })}
    </ol>
    {legend ? <ColorLegend signed={signed} labels={legend} max={max} testId={`${testId ?? 'token-strip'}-legend`} /> : null}
    </div>
  );
}
