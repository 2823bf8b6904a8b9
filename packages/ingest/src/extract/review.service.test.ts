/**
 * Reviewing proposals on real stores (SQLite and PostgreSQL): accept, link, reject, bulk.
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { datasetId, entityId, proposedEntityId } from '@daylight/core';
import { storeKinds, type TestStore } from '@daylight/store/testing';
import { ingestDocuments } from './document.ingest.js';
import {
  acceptAbove,
  acceptCandidate,
  editCandidate,
  listCandidates,
  rejectCandidate,
  showCandidate,
  ReviewError,
} from '@daylight/store';

const SALE = join(import.meta.dirname, '../../../../fixtures/documents/quillon-sale.txt');
const kinds = await storeKinds();
const candidateId = (name: string) => proposedEntityId('news', 'Company', name);

for (const kind of kinds) {
  describe.skipIf(!kind.available)(`review on ${kind.name}`, () => {
    let t: TestStore;
    beforeEach(async () => {
      t = await kind.open();
      await ingestDocuments(t.store, [SALE], { dataset: datasetId('news'), nlpHints: false });
    });
    afterEach(async () => {
      await t.dispose();
    });

    it('shows a candidate with its evidence in context, accepts entities, then the relationship between them', async () => {
      const before = await listCandidates(t.store, { limit: 100 });
      expect(before.map((c) => c.names[0])).toContain('Halvard Capital');

      const detail = await showCandidate(t.store, candidateId('Halvard Capital'));
      expect(detail.statements[0]?.quote).toBe('Halvard Capital');
      expect(detail.statements[0]?.after).toContain(' acquired a 60% stake in Quillon Networks');
      expect(detail.statements[0]?.documentTitle).toBe('Halvard Capital buys into Quillon Networks');

      // The acquisition cannot be accepted before both of its ends.
      const deal = before.find((c) => c.schema === 'Ownership');
      if (!deal) throw new Error('no ownership candidate');
      await expect(acceptCandidate(t.store, deal.entityId, { author: 'ana' })).rejects.toBeInstanceOf(
        ReviewError,
      );

      const halvard = await acceptCandidate(t.store, candidateId('Halvard Capital'), { author: 'ana' });
      await acceptCandidate(t.store, candidateId('Quillon Networks'), { author: 'ana' });
      const accepted = await acceptCandidate(t.store, deal.entityId, { author: 'ana' });
      const ownership = await t.store.getEntity(accepted.entity ?? entityId('missing'));
      expect(ownership.schema).toBe('Ownership');
      expect(ownership.properties.owner).toEqual([halvard.entity]);
      expect(ownership.properties.percentage).toEqual(['60%']);
      const statements = await t.store.getStatements(ownership.id);
      expect(
        statements.every((s) => s.author === 'ana' && s.status === 'accepted' && s.evidence !== null),
      ).toBe(true);

      // Decided candidates leave the queue.
      const after = await listCandidates(t.store, { limit: 100 });
      expect(after.map((c) => c.entityId)).not.toContain(deal.entityId);
      expect(after.length).toBe(before.length - 3);
    });

    it('links a candidate to an existing entity, and records a rejection with its author', async () => {
      await acceptCandidate(t.store, candidateId('Halvard Capital'), { author: 'ana' });
      const existing = entityId(`e-${candidateId('Halvard Capital').slice(2)}`);
      await expect(
        acceptCandidate(t.store, candidateId('Quillon Networks'), { author: 'ana', as: entityId('nope') }),
      ).rejects.toThrow(/no entity "nope"/);
      const linked = await acceptCandidate(t.store, candidateId('Quillon Networks'), {
        author: 'ana',
        as: existing,
      });
      expect(linked.entity).toBe(existing);
      expect((await t.store.getEntity(existing)).properties.name).toEqual([
        'Halvard Capital',
        'Quillon Networks',
      ]);

      const ada = (await listCandidates(t.store, { limit: 100 })).find((c) => c.names.includes('Ada Brandt'));
      if (!ada) throw new Error('no candidate for Ada Brandt');
      await rejectCandidate(t.store, ada.entityId, { author: 'ben', reason: 'not relevant' });
      const recorded = await t.store.getStatements(ada.entityId, { all: true });
      expect(recorded.find((s) => s.status === 'rejected')).toMatchObject({
        author: 'ben',
        value: 'rejected by ben: not relevant',
      });
      expect(await t.store.findEntity(ada.entityId)).toBeUndefined();
      await expect(rejectCandidate(t.store, ada.entityId, { author: 'ben' })).rejects.toThrow(
        /No proposal awaits review/,
      );
    });

    it('edits a proposed value with the reviewer as author, and accepts the edited value', async () => {
      const id = candidateId('Quillon Networks');
      await expect(editCandidate(t.store, id, { author: 'ana', prop: 'alias', to: 'X' })).rejects.toThrow(
        /no proposed "alias"/,
      );
      const edit = await editCandidate(t.store, id, {
        author: 'ana',
        prop: 'name',
        to: 'Quillon Networks Ltd',
      });
      expect(edit).toMatchObject({ from: 'Quillon Networks', to: 'Quillon Networks Ltd' });
      const names = (await showCandidate(t.store, id)).statements.filter((e) => e.statement.prop === 'name');
      expect(names.map((e) => [e.statement.value, e.statement.author, e.quote])).toEqual([
        ['Quillon Networks Ltd', 'ana', 'Quillon Networks'],
      ]);
      const accepted = await acceptCandidate(t.store, id, { author: 'ana' });
      expect((await t.store.getEntity(accepted.entity ?? entityId('missing'))).properties.name).toEqual([
        'Quillon Networks Ltd',
      ]);
    });

    it('accepts in bulk only above the confidence asked for', async () => {
      const all = await listCandidates(t.store, { limit: 100 });
      const high = all.filter((c) => (c.confidence ?? 0) >= 0.8);
      const { accepted } = await acceptAbove(t.store, { author: 'bulk', minConfidence: 0.8 });
      expect(accepted.map((d) => d.candidate).sort()).toEqual(high.map((c) => c.entityId).sort());
      expect((await listCandidates(t.store, { limit: 100 })).length).toBe(all.length - high.length);
    });
  });
}
