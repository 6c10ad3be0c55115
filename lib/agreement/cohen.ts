/**
 * Cohen's kappa for two raters over the items both rated: κ = (p_o − p_e) / (1 − p_e), where p_o is the share
 * of items they agree on and p_e the agreement expected by chance from each rater's own mix of answers,
 * Σ_c (a_c / n)(b_c / n). Null (undefined) when they share fewer than two items, or when 1 − p_e is 0 (both gave
 * one and the same answer throughout): no number then says anything about agreement.
 */
export type Kappa = { kappa: number | null; n: number };

export function cohenKappa<V extends string | number>(pairs: readonly (readonly [V, V])[]): Kappa {
  const n = pairs.length;
  if (n < 2) return { kappa: null, n };
  const a = new Map<V, number>();
  const b = new Map<V, number>();
  let agree = 0;
  for (const [x, y] of pairs) {
    if (x === y) agree++;
    a.set(x, (a.get(x) ?? 0) + 1);
    b.set(y, (b.get(y) ?? 0) + 1);
  }
  const po = agree / n;
  let pe = 0;
  for (const [value, count] of a) pe += (count / n) * ((b.get(value) ?? 0) / n);
  if (1 - pe <= Number.EPSILON) return { kappa: null, n };
  return { kappa: (po - pe) / (1 - pe), n };
}
