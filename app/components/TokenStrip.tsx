// Tokens as chips shaded by a value per token: signed (diverging) or magnitude (sequential).
// Reads plain arrays; used for attention rollout and token attributions.
import { colorize, robustMax } from '@/lib/viz/colormap';

interface Props {
  tokens: string[];
  values: ArrayLike<number>;
  signed: boolean;
  hidden?: boolean[];
  testId?: string;
  label: string;
}

export function TokenStrip({ tokens, values, signed, hidden, testId, label }: Props) {
  const shown = Array.from(values).map((v, i) => (hidden?.[i] ? 0 : v));
  const colours = colorize(shown, signed, robustMax(shown, 1));
  return (
    <ol aria-label={label} data-testid={testId} className="flex flex-wrap gap-1">
      {tokens.map((tok, i) => hidden?.[i] ? null : (
        <li
          key={i}
          data-token={tok}
          data-value={Number(values[i]).toFixed(4)}
          title={`${tok}: ${Number(values[i]).toFixed(3)}`}
          className="rounded border border-slate-300 px-1.5 py-0.5 font-mono text-sm text-slate-900 dark:border-slate-600"
          style={{ backgroundColor: `rgba(${colours[i * 4]},${colours[i * 4 + 1]},${colours[i * 4 + 2]},${(colours[i * 4 + 3] / 255).toFixed(2)})` }}
        >
          <span className="dark:text-slate-100">{tok}</span>
          <span className="sr-only">: {Number(values[i]).toFixed(3)}</span>
        </li>
      ))}
    </ol>
  );
}
