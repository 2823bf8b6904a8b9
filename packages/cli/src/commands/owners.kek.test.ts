/**
 * The real KEK media-ownership network (fixtures/ownership/kek: 2,904 shareholdings between 2,705
 * companies, 47 without a percentage, one company holding its own shares), loaded through the CSV
 * mapping import, on both stores. Every company's look-through owners, as the store's edge index
 * and core's solver give them, are compared with an independent dense computation of
 * (I − A)⁻¹ − I over the Ownership entities as stored (percentages read with Number(), not with
 * Daylight's parser), to 1e-9. Links without a percentage are checked at both ends: the lower end
 * of each range against A with those links at 0, the upper end against A with them at 1.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetId, entityId, type EntityId } from '@daylight/core';
import { importMappedFiles } from '@daylight/ingest';
import { loadStakes } from '@daylight/store';
import { storeKinds, type TestStore } from '@daylight/store/testing';

const KEK = join(import.meta.dirname, '../../../../fixtures/ownership/kek');
const TOLERANCE = 1e-9;

interface Link {
  readonly owner: string;
  readonly asset: string;
  /** null when the source gives no percentage. */
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

/** ((I − A)⁻¹ − I)[owner][asset] for every pair, unknown shares set to `unknownAs`. */
function denseStakes(links: readonly Link[], unknownAs: number): Map<string, Map<string, number>> {
  // Weakly connected groups are independent blocks of the matrix: invert each block.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
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
    blocks.set(r, [...(blocks.get(r) ?? []), x]);
  }
  const out = new Map<string, Map<string, number>>();
  for (const nodes of blocks.values()) {
    const n = nodes.length;
    const pos = new Map(nodes.map((x, i) => [x, i]));
    const m = Array.from({ length: n }, (_, i) => {
      const row = new Float64Array(n);
      row[i] = 1;
      return row;
    });
    for (const l of links) {
      const i = pos.get(l.owner);
      const j = pos.get(l.asset);
      if (i === undefined || j === undefined) continue;
      m[i]![j] = m[i]![j]! - (l.share ?? unknownAs);
    }
    const inv = invert(m, n);
    nodes.forEach((owner, i) => {
      nodes.forEach((asset, j) => {
        const v = inv[i]![j]! - (i === j ? 1 : 0);
        if (v !== 0) {
          const byOwner = out.get(asset) ?? new Map<string, number>();
          byOwner.set(owner, v);
          out.set(asset, byOwner);
        }
      });
    });
  }
  return out;
}

const kinds = await storeKinds();
for (const kind of kinds) {
  describe.skipIf(!kind.available)(
    `KEK look-through stakes against a dense computation (${kind.name})`,
    () => {
      let t: TestStore;
      const links: Link[] = [];
      beforeAll(async () => {
        t = await kind.open();
        const summary = await importMappedFiles(
          t.store,
          [join(KEK, 'company.csv'), join(KEK, 'shares.csv')],
          {
            dataset: datasetId('kek'),
            author: 'test',
            mapping: join(KEK, 'kek.mapping.yml'),
          },
        );
        expect(summary.errors).toEqual([]);
        for await (const e of t.store.iterateEntities()) {
          if (e.schema !== 'Ownership') continue;
          const pct = e.properties.percentage?.[0];
          links.push({
            owner: e.properties.owner![0]!,
            asset: e.properties.asset![0]!,
            share: pct === undefined ? null : Number(pct) / 100,
          });
        }
      }, 120_000);
      afterAll(async () => {
        await t.dispose();
      });

      it('matches (I − A)⁻¹ − I for every company, ranges included, to 1e-9', async () => {
        expect(links).toHaveLength(2904);
        expect(links.filter((l) => l.share === null)).toHaveLength(47);
        const low = denseStakes(links, 0);
        const high = denseStakes(links, 1 /* an unknown link could be a full stake */);
        const companies = [...new Set(links.flatMap((l) => [l.owner, l.asset]))];
        expect(companies).toHaveLength(2705);
        let compared = 0;
        let ranged = 0;
        for (const company of companies) {
          const { stakes } = await loadStakes(t.store, entityId(company), 'up', { depth: 10_000 });
          const listed = new Set<string>(stakes.map((s) => s.id));
          for (const s of stakes) {
            const lo = low.get(company)?.get(s.id) ?? 0;
            const hi = high.get(company)?.get(s.id) ?? 0;
            if (s.effective !== null) {
              expect(Math.abs(s.effective - lo), `${s.id} in ${company}`).toBeLessThan(TOLERANCE);
              expect(Math.abs(hi - lo)).toBeLessThan(TOLERANCE);
            } else {
              ranged++;
              expect(s.range).not.toBeNull();
              expect(Math.abs(s.range![0] - lo), `min of ${s.id} in ${company}`).toBeLessThan(TOLERANCE);
              expect(Math.abs(s.range![1] - hi), `max of ${s.id} in ${company}`).toBeLessThan(TOLERANCE);
            }
            compared++;
          }
          // Nothing the dense computation finds is missing (the company itself, via a loop, is not an owner).
          for (const [owner, v] of high.get(company) ?? new Map<string, number>()) {
            if (owner !== company && v > 0)
              expect(listed.has(owner as EntityId), `${owner} owns ${company}`).toBe(true);
          }
        }
        expect(compared).toBeGreaterThan(2904);
        expect(ranged).toBeGreaterThan(0);
      }, 300_000);
    },
  );
}
