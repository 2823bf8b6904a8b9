import { Writable } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkValue, findProperty, getSchema, model } from '@daylight/core';
import {
  SCALE_SPECS,
  generateWorld,
  makeLei,
  mod97,
  nodeCounts,
  totalEntities,
  writeWorld,
  type FtmEntityJson,
} from './world.generator.js';
import { SeededRandom } from './seeded-random.util.js';
import { COUNTRIES, LEGAL_FORMS } from './world.data.js';

/** Collects what a world writes, to compare bytes. */
async function worldBytes(seed: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await writeWorld({ scale: 'small', seed }, sink);
  return Buffer.concat(chunks);
}

function percentOf(entity: FtmEntityJson): number | undefined {
  const value = entity.properties.percentage?.[0];
  return value === undefined ? undefined : Number(value);
}

describe('world generator (small)', () => {
  let entities: FtmEntityJson[] = [];
  let byId = new Map<string, FtmEntityJson>();
  let ownerships: FtmEntityJson[] = [];

  beforeAll(() => {
    entities = [...generateWorld({ scale: 'small', seed: 7 })];
    byId = new Map(entities.map((e) => [e.id, e]));
    ownerships = entities.filter((e) => e.schema === 'Ownership');
  });

  it('has exactly the entities the scale promises', () => {
    const spec = SCALE_SPECS.small;
    expect(entities).toHaveLength(totalEntities(spec));
    expect(byId.size).toBe(entities.length);
    const count = (schema: string) => entities.filter((e) => e.schema === schema).length;
    const counts = nodeCounts(spec.nodes);
    expect(count('Ownership')).toBe(spec.ownerships);
    expect(count('Directorship')).toBe(spec.directorships);
    expect(count('Payment')).toBe(spec.payments);
    expect(count('Person')).toBe(counts.persons);
    expect(count('Company')).toBe(counts.companies + counts.funds);
    expect(count('Organization')).toBe(counts.investors);
    expect(count('PublicBody')).toBe(counts.publicBodies);
  });

  it('emits only schemata, properties and values the FtM model accepts', () => {
    const problems: string[] = [];
    for (const entity of entities) {
      const schema = getSchema(entity.schema);
      if (schema.abstract) problems.push(`${entity.id}: abstract schema ${entity.schema}`);
      for (const [name, values] of Object.entries(entity.properties)) {
        const prop = findProperty(schema, name);
        if (!prop) {
          problems.push(`${entity.id}: ${entity.schema} has no property ${name}`);
          continue;
        }
        if (values.length === 0) problems.push(`${entity.id}.${name}: no values`);
        if (new Set(values).size !== values.length) problems.push(`${entity.id}.${name}: repeated value`);
        for (const value of values) {
          const problem = checkValue(prop, value);
          if (problem) problems.push(`${entity.id}.${name}: ${problem}`);
          const type = prop.type;
          // Enumerated types (country, topic) must use values FtM knows.
          if ((type.name === 'country' || type.name === 'topic') && !type.values.has(value)) {
            problems.push(`${entity.id}.${name}: "${value}" is not a known ${type.name}`);
          }
          if (type.name === 'date' && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value))
            problems.push(`${entity.id}.${name}: ${value}`);
          if (type.isEntity) {
            const target = byId.get(value);
            if (!target) problems.push(`${entity.id}.${name}: dangling reference ${value}`);
            else if (prop.hasRange && !getSchema(target.schema).isA(prop.getRange())) {
              problems.push(`${entity.id}.${name}: ${target.schema} is not a ${prop.getRange().name}`);
            }
          }
        }
      }
      for (const required of schema.required) {
        if (!entity.properties[required]) problems.push(`${entity.id}: missing required ${required}`);
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('gives byte-identical output for the same seed and different output for another', async () => {
    const [a, b, c] = await Promise.all([worldBytes(11), worldBytes(11), worldBytes(12)]);
    expect(a.length).toBeGreaterThan(100_000);
    expect(a.equals(b)).toBe(true);
    expect(a.equals(c)).toBe(false);
  });

  it('has ownership edges between existing legal entities and assets, with at most 100 % per asset', () => {
    const held = new Map<string, number>();
    const problems: string[] = [];
    for (const own of ownerships) {
      const owner = own.properties.owner?.[0] ?? '';
      const asset = own.properties.asset?.[0] ?? '';
      if (!/^(Company|Person|Organization|PublicBody)$/.test(byId.get(owner)?.schema ?? ''))
        problems.push(`${own.id}: owner`);
      if (byId.get(asset)?.schema !== 'Company') problems.push(`${own.id}: asset`);
      if (owner === asset) problems.push(`${own.id}: owns itself`);
      held.set(asset, (held.get(asset) ?? 0) + (percentOf(own) ?? 0));
    }
    expect(problems.slice(0, 10)).toEqual([]);
    expect(Math.max(...held.values())).toBeLessThanOrEqual(100 + 1e-9);
    expect(ownerships.filter((o) => percentOf(o) === undefined).length).toBeGreaterThan(0);
    expect(ownerships.some((o) => o.properties.endDate)).toBe(true);
  });

  it('has cross-holdings that close ownership cycles', () => {
    const out = new Map<string, string[]>();
    for (const own of ownerships) {
      const owner = own.properties.owner?.[0] ?? '';
      out.set(owner, [...(out.get(owner) ?? []), own.properties.asset?.[0] ?? '']);
    }
    // Iterative depth-first search; a grey node reached again closes a cycle.
    const state = new Map<string, 1 | 2>();
    let cycles = 0;
    for (const start of out.keys()) {
      if (state.has(start)) continue;
      const stack: Array<[string, number]> = [[start, 0]];
      state.set(start, 1);
      while (stack.length > 0) {
        const top = stack[stack.length - 1];
        if (!top) break;
        const [node, i] = top;
        const next = out.get(node)?.[i];
        if (next === undefined) {
          state.set(node, 2);
          stack.pop();
          continue;
        }
        top[1] = i + 1;
        const seen = state.get(next);
        if (seen === 1) cycles++;
        else if (seen === undefined) {
          state.set(next, 1);
          stack.push([next, 0]);
        }
      }
    }
    expect(cycles).toBeGreaterThan(0);
  });

  it('has layered holding chains of majority stakes, three to six companies deep', () => {
    const majorityOwner = new Map<string, string>();
    for (const own of ownerships) {
      const owner = own.properties.owner?.[0] ?? '';
      const asset = own.properties.asset?.[0] ?? '';
      if ((percentOf(own) ?? 0) > 50 && byId.get(owner)?.schema === 'Company') {
        expect(majorityOwner.has(asset)).toBe(false);
        majorityOwner.set(asset, owner);
      }
    }
    const depths = new Map<number, number>();
    for (const asset of majorityOwner.keys()) {
      let depth = 0;
      for (let at: string | undefined = asset; at !== undefined && depth < 20; at = majorityOwner.get(at))
        depth++;
      depths.set(depth, (depths.get(depth) ?? 0) + 1);
    }
    expect(Math.max(...depths.keys())).toBeGreaterThanOrEqual(5);
    expect(depths.get(3) ?? 0).toBeGreaterThan(10);
  });

  it('is scale-free: a few owners hold very many stakes', () => {
    const degree = new Map<string, number>();
    for (const own of ownerships) {
      const owner = own.properties.owner?.[0] ?? '';
      degree.set(owner, (degree.get(owner) ?? 0) + 1);
    }
    const mean = ownerships.length / degree.size;
    expect(Math.max(...degree.values())).toBeGreaterThan(10 * mean);
  });

  it('spreads companies over many jurisdictions with local legal forms and transliterated names', () => {
    const companies = entities.filter((e) => e.schema === 'Company');
    const jurisdictions = new Set(companies.map((c) => c.properties.jurisdiction?.[0]));
    expect(jurisdictions.size).toBeGreaterThan(90);
    const names = companies.map((c) => c.properties.name?.[0] ?? '');
    for (const form of [
      / GmbH$/,
      / (Ltd|Limited)$/,
      / B\.V\.$/,
      / S\.à r\.l\.$/,
      / LLC$/,
      /^ООО «/,
      /有限公司$/,
    ]) {
      expect(names.some((n) => form.test(n))).toBe(true);
    }
    const latinAlias = (e: FtmEntityJson) =>
      (e.properties.alias ?? []).some((a) => /^[\p{Script=Latin}\d\s.,'()&-]+$/u.test(a));
    for (const script of [
      /\p{Script=Cyrillic}/u,
      /\p{Script=Greek}/u,
      /\p{Script=Hebrew}/u,
      /\p{Script=Han}/u,
    ]) {
      const native = entities.filter((e) => script.test(e.properties.name?.[0] ?? ''));
      expect(native.length).toBeGreaterThan(0);
      expect(native.every(latinAlias)).toBe(true);
    }
  });

  it('has funds with vintages, limited partners, general partners, and government clients', () => {
    const fundNames = entities.filter(
      (e) => e.properties.topics?.includes('fin.fund') && e.schema === 'Company',
    );
    expect(fundNames.some((f) => / II(,| )/.test(f.properties.name?.[0] ?? ''))).toBe(true);
    const roles = new Set(ownerships.map((o) => o.properties.role?.[0]));
    expect(roles).toContain('limited partner');
    expect(roles).toContain('general partner');
    const lp = ownerships.find((o) => o.properties.role?.[0] === 'limited partner');
    expect(byId.get(lp?.properties.owner?.[0] ?? '')).toBeDefined();
    expect(
      entities.some((e) => e.schema === 'Organization' && /Pension/.test(e.properties.name?.[0] ?? '')),
    ).toBe(true);
    const payers = entities
      .filter((e) => e.schema === 'Payment')
      .map((p) => byId.get(p.properties.payer?.[0] ?? '')?.schema);
    expect(payers).toContain('PublicBody');
  });

  it('writes LEIs whose ISO 7064 check digits verify', () => {
    const leis = entities.flatMap((e) => e.properties.leiCode ?? []);
    expect(leis.length).toBeGreaterThan(50);
    for (const lei of leis) {
      expect(lei).toMatch(/^[0-9A-Z]{18}\d{2}$/);
      expect(mod97(lei)).toBe(1);
    }
    expect(mod97(makeLei(new SeededRandom(1)))).toBe(1);
  });

  it('uses country codes FtM knows for every table entry', () => {
    const known = model.types.country?.values;
    expect(COUNTRIES.length).toBeGreaterThanOrEqual(200);
    for (const country of COUNTRIES) {
      expect(known?.has(country.code), country.code).toBe(true);
      expect(LEGAL_FORMS[country.forms], country.code).toBeDefined();
    }
    const used = new Set(
      entities.flatMap((e) => [...(e.properties.jurisdiction ?? []), ...(e.properties.country ?? [])]),
    );
    for (const code of used) expect(known?.has(code)).toBe(true);
  });
});
