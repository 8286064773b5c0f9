// Candidate labels and hypothesis template of zero-shot classification, as the user types them:
// parsing and validation (no model code here, so the page can import it cheaply).

export const MIN_LABELS = 2;
export const MAX_LABELS = 10;
export const MAX_LABEL_CHARS = 40;
export const MAX_TEMPLATE_CHARS = 60;
/** Where the label goes in the hypothesis template (as in Transformers.js' pipeline). */
export const PLACEHOLDER = '{}';

export type LabelsError =
  | { code: 'empty' }
  | { code: 'too-few'; min: number }
  | { code: 'too-many'; max: number; n: number }
  | { code: 'blank'; position: number }
  | { code: 'too-long'; label: string; max: number }
  | { code: 'duplicate'; label: string };

export type TemplateError = { code: 'no-placeholder' } | { code: 'too-long'; max: number };

/**
 * Comma-separated labels (ASCII comma, full-width comma ， or 、), each trimmed: 2–10 labels,
 * none blank, each at most 40 characters, no two the same (ignoring case and inner spacing).
 */
export function parseLabels(input: string): { ok: true; labels: string[] } | { ok: false; error: LabelsError } {
  if (!input.trim()) return { ok: false, error: { code: 'empty' } };
  const labels = input.split(/[,，、]/).map((l) => l.trim().replace(/\s+/g, ' '));
  const blank = labels.findIndex((l) => !l);
  if (blank >= 0) return { ok: false, error: { code: 'blank', position: blank + 1 } };
  if (labels.length < MIN_LABELS) return { ok: false, error: { code: 'too-few', min: MIN_LABELS } };
  if (labels.length > MAX_LABELS) return { ok: false, error: { code: 'too-many', max: MAX_LABELS, n: labels.length } };
  const long = labels.find((l) => Array.from(l).length > MAX_LABEL_CHARS);
  if (long) return { ok: false, error: { code: 'too-long', label: long, max: MAX_LABEL_CHARS } };
  const seen = new Set<string>();
  for (const l of labels) {
    const key = l.toLowerCase();
    if (seen.has(key)) return { ok: false, error: { code: 'duplicate', label: l } };
    seen.add(key);
  }
  return { ok: true, labels };
}

/** The hypothesis template must contain {} and stay short (the hypothesis shares the model window with the text). */
export function checkTemplate(template: string): { ok: true; template: string } | { ok: false; error: TemplateError } {
  const t = template.trim();
  if (!t.includes(PLACEHOLDER)) return { ok: false, error: { code: 'no-placeholder' } };
  if (Array.from(t).length > MAX_TEMPLATE_CHARS) return { ok: false, error: { code: 'too-long', max: MAX_TEMPLATE_CHARS } };
  return { ok: true, template: t };
}

/** The hypothesis for one label: the first {} replaced, as the zero-shot pipeline does. */
export function hypothesisFor(template: string, label: string): string {
  return template.replace(PLACEHOLDER, () => label);
}
