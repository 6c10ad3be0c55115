/**
 * Krippendorff's alpha, computed from the coincidence matrix (Krippendorff, "Computing Krippendorff's
 * Alpha-Reliability", 2011). Each unit is the list of values its coders gave; a unit with fewer than two values
 * is not pairable and drops out.
 *
 *   o_ck = Σ_u (number of ordered c–k pairs of values in u, from different coders) / (m_u − 1)
 *   n_c  = Σ_k o_ck,  n = Σ_c n_c
 *   α    = 1 − (n − 1) · Σ_ck o_ck δ²_ck / Σ_ck n_c n_k δ²_ck
 *
 * Nominal: δ²_ck = 0 when c = k, else 1. Ordinal: with the observed values in order,
 * δ²_ck = (Σ_{g from c to k} n_g − (n_c + n_k) / 2)², so the distance between two grades grows with how many
 * values were observed between them, not with their numeric gap.
 *
 * α is null (undefined) when there is nothing to compare (no pairable unit) or when the expected disagreement is
 * 0: every value the same, where agreement cannot be told from chance. No convention turns that into 1.
 */
export type Metric = "nominal" | "ordinal";

export type Alpha = {
  alpha: number | null;
  /** The units (claims) with two or more values: the ones α is computed over. */
  units: number;
  /** The pairable values: n of the coincidence matrix. */
  values: number;
};

export function krippendorffAlpha<V extends string | number>(units: readonly (readonly V[])[], metric: Metric): Alpha {
  const pairable = units.filter((values) => values.length >= 2);
  const categories = [...new Set(pairable.flat())].sort(metric === "ordinal" ? (a, b) => Number(a) - Number(b) : undefined);
  const index = new Map(categories.map((value, i) => [value, i]));
  const size = categories.length;
  const o = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (const values of pairable) {
    const weight = 1 / (values.length - 1);
    values.forEach((c, i) =>
      values.forEach((k, j) => {
        if (i !== j) o[index.get(c)!]![index.get(k)!]! += weight;
      }),
    );
  }
  const nc = o.map((row) => row.reduce((sum, x) => sum + x, 0));
  const n = nc.reduce((sum, x) => sum + x, 0);
  const delta = metric === "nominal" ? nominalDelta : ordinalDelta(nc);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < size; c++) {
    for (let k = 0; k < size; k++) {
      const d = delta(c, k);
      observed += o[c]![k]! * d;
      expected += nc[c]! * nc[k]! * d;
    }
  }
  const result = { units: pairable.length, values: Math.round(n) };
  if (pairable.length === 0 || expected === 0) return { alpha: null, ...result };
  return { alpha: 1 - ((n - 1) * observed) / expected, ...result };
}

const nominalDelta = (c: number, k: number) => (c === k ? 0 : 1);

function ordinalDelta(nc: number[]) {
  return (c: number, k: number) => {
    if (c === k) return 0;
    const [low, high] = c < k ? [c, k] : [k, c];
    let between = 0;
    for (let g = low; g <= high; g++) between += nc[g]!;
    return (between - (nc[low]! + nc[high]!) / 2) ** 2;
  };
}
