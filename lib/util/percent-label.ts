// A probability as a whole percentage for labels and chips: "<1" and ">99" at the ends, so that a
// model never appears to be 0% or 100% sure.
export function percentLabel(p: number): string {
  if (p > 0 && p < 0.005) return '<1';
  if (p < 1 && p > 0.995) return '>99';
  return String(Math.round(100 * p));
}
