// Inline TeX of the article ("\( w_{ij} \)", "\( \partial L / \partial b_i \)") as readable plain
// text for chat quotes ("wᵢⱼ", "∂L / ∂bᵢ"): the chat renders Markdown without a math engine, so
// the delimiters and commands would otherwise show as "( w_{ij} )". Display math never reaches a
// quote (plain-text.ts drops it).

const SYMBOLS: Record<string, string> = {
  partial: '∂', alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', eta: 'η', theta: 'θ', lambda: 'λ', mu: 'μ', sigma: 'σ', tau: 'τ', phi: 'φ',
  Delta: 'Δ', Sigma: 'Σ', sum: 'Σ', prod: 'Π', cdot: '·', times: '×', leftarrow: '←', rightarrow: '→', to: '→', infty: '∞', leq: '≤', geq: '≥', neq: '≠', approx: '≈',
};

const SUPERSCRIPTS: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻', '+': '⁺', '(': '⁽', ')': '⁾', T: 'ᵀ',
  i: 'ⁱ', j: 'ʲ', k: 'ᵏ', m: 'ᵐ', n: 'ⁿ',
};
const SUBSCRIPTS: Record<string, string> = {
  '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉', '+': '₊', '-': '₋', '=': '₌', '(': '₍', ')': '₎',
  a: 'ₐ', e: 'ₑ', h: 'ₕ', i: 'ᵢ', j: 'ⱼ', k: 'ₖ', l: 'ₗ', m: 'ₘ', n: 'ₙ', o: 'ₒ', p: 'ₚ', r: 'ᵣ', s: 'ₛ', t: 'ₜ', u: 'ᵤ', v: 'ᵥ', x: 'ₓ',
};

/** A subscript in Unicode subscript characters ("ij" -> "ᵢⱼ"); in brackets when one has none
 *  (a Markdown "_" could start emphasis). */
function subscript(s: string): string {
  const chars = [...s.replace(/\s+/g, '')];
  return chars.every((c) => SUBSCRIPTS[c]) ? chars.map((c) => SUBSCRIPTS[c]).join('') : `[${s.trim()}]`;
}

/** A superscript in Unicode superscript characters ("10" -> "¹⁰"); "^(…)" when one has none. */
function superscript(s: string): string {
  const chars = [...s.replace(/\s+/g, '')];
  return chars.every((c) => SUPERSCRIPTS[c]) ? chars.map((c) => SUPERSCRIPTS[c]).join('') : `^(${s.trim()})`;
}

/** One TeX expression as plain text. */
export function texToText(tex: string): string {
  // scripts first, so that a fraction's parts hold no braces: \frac{\partial L}{\partial w_{ij}}
  let t = tex
    .replace(/\^\{([^{}]*)\}|\^([0-9T-])/g, (m, group: string | undefined, one: string | undefined) => superscript(group ?? one ?? ''))
    .replace(/_\{([^{}]*)\}|_(\w)/g, (m, group: string | undefined, one: string | undefined) => subscript(group ?? one ?? ''));
  for (let i = 0; i < 3; i++) t = t.replace(/\\frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}/g, '$1/$2');
  t = t
    .replace(/\\(?:big|Big|bigg|Bigg|left|right)(?=[()[\]|.])/g, '')
    .replace(/\\[,;:! ]/g, ' ')
    .replace(/\\([A-Za-z]+)/g, (m, name: string) => SYMBOLS[name] ?? name)
    .replace(/[{}]/g, '')
    .replace(/∂ (?=\w)/g, '∂')
    .replace(/\s+/g, ' ')
    .trim();
  return t;
}

/** `text` with every inline "\( … \)" span replaced by its plain-text form. */
export function readableMath(text: string): string {
  return text.replace(/\\\((.+?)\\\)/g, (m, tex: string) => texToText(tex));
}
