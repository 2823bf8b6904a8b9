/**
 * An independent dense computation of look-through stakes, ((I − A)⁻¹ − I), by Gauss–Jordan
 * inversion of each weakly connected block. It shares no code with Daylight's solver, so the
 * ownership benchmark and the KEK test can check that solver against it.
 */
/** One shareholding for the dense computation. */
export interface DenseLink {
  readonly owner: string;
  readonly asset: string;
  /** Fraction, or null when the source gives no percentage. */
  readonly share: number | null;
}

/** Gauss–Jordan inverse of a dense n × n matrix (partial pivoting); zero multipliers are skipped. */
function invert(m: Float64Array[], n: number): Float64Array[] {
  const inv = Array.from({ length: n }, (_, i) => {
    const row = new Float64Array(n);
    row[i] = 1;
    return row;
  });
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    if (Math.abs(m[p]![c]!) < 1e-14) throw new Error('singular stake matrix');
    [m[c], m[p]] = [m[p]!, m[c]!];
    [inv[c], inv[p]] = [inv[p]!, inv[c]!];
    const pivot = m[c]!;
    const pinv = inv[c]!;
    const d = pivot[c]!;
    for (let k = 0; k < n; k++) {
      pivot[k] = pivot[k]! / d;
      pinv[k] = pinv[k]! / d;
    }
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const row = m[r]!;
      const f = row[c]!;
      if (f === 0) continue;
      const irow = inv[r]!;
      for (let k = 0; k < n; k++) {
        row[k] = row[k]! - f * pivot[k]!;
        irow[k] = irow[k]! - f * pinv[k]!;
      }
    }
  }
  return inv;
}

/**
 * ((I − A)⁻¹ − I)[owner][asset] for every pair, by dense inversion of each weakly connected block,
 * independent of Daylight's solver.
 * @param links - shareholdings
 * @param unknownAs - the share used for links without a percentage (0 or 1 for the two ends of a range)
 * @param maxBlock - blocks larger than this are skipped (their assets are absent from the result)
 * @returns stakes by asset, then by owner
 */
export function denseStakes(
  links: readonly DenseLink[],
  unknownAs: number,
  maxBlock = Infinity,
): Map<string, Map<string, number>> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    let y = x;
    while (parent.get(y) !== r) {
      const next = parent.get(y)!;
      parent.set(y, r);
      y = next;
    }
    return r;
  };
  for (const l of links) {
    if (!parent.has(l.owner)) parent.set(l.owner, l.owner);
    if (!parent.has(l.asset)) parent.set(l.asset, l.asset);
    parent.set(find(l.owner), find(l.asset));
  }
  const blocks = new Map<string, string[]>();
  for (const x of parent.keys()) {
    const r = find(x);
    const list = blocks.get(r);
    if (list) list.push(x);
    else blocks.set(r, [x]);
  }
  const byBlock = new Map<string, DenseLink[]>();
  for (const l of links) {
    const r = find(l.owner);
    const list = byBlock.get(r);
    if (list) list.push(l);
    else byBlock.set(r, [l]);
  }
  const out = new Map<string, Map<string, number>>();
  for (const [root, nodes] of blocks) {
    const n = nodes.length;
    if (n > maxBlock) continue;
    const pos = new Map(nodes.map((x, i) => [x, i]));
    const m = Array.from({ length: n }, (_, i) => {
      const row = new Float64Array(n);
      row[i] = 1;
      return row;
    });
    for (const l of byBlock.get(root) ?? []) {
      const i = pos.get(l.owner)!;
      const j = pos.get(l.asset)!;
      m[i]![j] = m[i]![j]! - (l.share ?? unknownAs);
    }
    const inv = invert(m, n);
    nodes.forEach((owner, i) => {
      const row = inv[i]!;
      nodes.forEach((asset, j) => {
        const v = row[j]! - (i === j ? 1 : 0);
        if (v === 0) return;
        const byOwner = out.get(asset) ?? new Map<string, number>();
        byOwner.set(owner, v);
        out.set(asset, byOwner);
      });
    });
  }
  return out;
}
