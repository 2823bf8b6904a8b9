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
import { denseStakes, type DenseLink as Link } from '../bench/dense-stakes.js';

const KEK = join(import.meta.dirname, '../../../../fixtures/ownership/kek');
const TOLERANCE = 1e-9;

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
