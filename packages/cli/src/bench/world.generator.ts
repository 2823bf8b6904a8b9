/**
 * The synthetic corporate world for benchmarks: a deterministic, seeded stream of FollowTheMoney
 * entities shaped like the surveillance industry's corporate web — companies across about 200
 * jurisdictions with their legal forms and transliterated names, people, private-equity funds
 * with their limited partners, government clients, a scale-free ownership graph with layered
 * holding chains and a few cross-holdings (cycles), directorships and payments.
 *
 * Only compact typed arrays are kept in memory (the plan); entities are produced one at a time,
 * so the `large` world (1M nodes, 2M ownership edges) streams to disk in constant memory.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { model } from '@daylight/core';
import { SeededRandom, WeightedTable, hash32 } from './seeded-random.util.js';
import {
  COUNTRIES,
  DIRECTOR_ROLES,
  FUND_JURISDICTIONS,
  HOLDING_JURISDICTIONS,
  HOLDING_WORDS,
  INVESTOR_JURISDICTIONS,
  INVESTOR_KINDS,
  LEGAL_FORMS,
  LEI_PREFIXES,
  MANAGER_JURISDICTIONS,
  OFFSHORE,
  PAYMENT_PURPOSES,
  PUBLIC_BODIES,
  REGION_WORDS,
  ROMAN,
  SECTORS,
  SECTOR_WORDS,
  ZH_CITIES,
  currencyOf,
  type Country,
  type LegalForm,
} from './world.data.js';
import {
  makeBrand,
  makePersonName,
  renderSyllables,
  splitEntry,
  type Brand,
  type Script,
} from './world.names.js';

/** The sizes a world comes in. */
export const SCALES = ['small', 'medium', 'large'] as const;
/** The sizes a world comes in. */
export type Scale = (typeof SCALES)[number];

/** What a world of one scale contains. */
export interface ScaleSpec {
  /** Node entities: companies, people, funds, limited partners, public bodies. */
  readonly nodes: number;
  readonly ownerships: number;
  readonly directorships: number;
  readonly payments: number;
}

/** Exact entity counts per scale (bench/README.md describes them). */
export const SCALE_SPECS: Readonly<Record<Scale, ScaleSpec>> = {
  small: { nodes: 2_000, ownerships: 4_000, directorships: 800, payments: 200 },
  medium: { nodes: 28_000, ownerships: 56_000, directorships: 11_000, payments: 5_000 },
  large: { nodes: 1_000_000, ownerships: 2_000_000, directorships: 400_000, payments: 100_000 },
};

/**
 * Bumped whenever the output for a given scale and seed changes, so that cached worlds
 * (bench/data) are regenerated.
 */
export const GENERATOR_VERSION = 1;

/** The seed used when none is given. */
export const DEFAULT_SEED = 42;

/** One FtM entity as it is written to a JSON-lines file. */
export interface FtmEntityJson {
  readonly id: string;
  readonly schema: string;
  readonly properties: Record<string, string[]>;
}

/** What to generate. */
export interface WorldOptions {
  readonly scale: Scale;
  readonly seed: number;
}

/** Node counts by kind for a number of nodes. */
export interface NodeCounts {
  readonly companies: number;
  /** The first `managers` companies are private-equity fund managers (general partners). */
  readonly managers: number;
  readonly persons: number;
  readonly funds: number;
  readonly investors: number;
  readonly publicBodies: number;
}

/**
 * Splits the node budget of a scale between the kinds of node.
 * @param nodes - total node entities
 * @returns counts per kind; they add up to `nodes`
 */
export function nodeCounts(nodes: number): NodeCounts {
  const publicBodies = Math.max(10, Math.round(nodes * 0.015));
  const investors = Math.max(10, Math.round(nodes * 0.015));
  const funds = Math.max(12, Math.round(nodes * 0.02));
  const persons = Math.round(nodes * 0.31);
  const companies = nodes - publicBodies - investors - funds - persons;
  const managers = Math.max(4, Math.ceil(funds / 2.5));
  return { companies, managers, persons, funds, investors, publicBodies };
}

/** @returns the total number of entities of a scale */
export function totalEntities(spec: ScaleSpec): number {
  return spec.nodes + spec.ownerships + spec.directorships + spec.payments;
}

const KIND_COMPANY = 0;
const KIND_PERSON = 1;
const KIND_FUND = 2;
const KIND_INVESTOR = 3;
const KIND_PUBLIC = 4;
const KIND_OWNERSHIP = 10;
const KIND_DIRECTORSHIP = 11;
const KIND_PAYMENT = 12;
const ID_PREFIX: Readonly<Record<number, string>> = {
  [KIND_COMPANY]: 'co',
  [KIND_PERSON]: 'p',
  [KIND_FUND]: 'fund',
  [KIND_INVESTOR]: 'lp',
  [KIND_PUBLIC]: 'gov',
  [KIND_OWNERSHIP]: 'own',
  [KIND_DIRECTORSHIP]: 'dir',
  [KIND_PAYMENT]: 'pay',
};

// Independent random streams, so that changing how one part is drawn does not reshuffle the rest.
const STREAM_PLAN = 1;
const STREAM_NODES = 2;
const STREAM_OWNERSHIP = 3;
const STREAM_OTHER_EDGES = 4;
const STREAM_BRAND = 5;

/** The latest year any date in the world may have. */
const LAST_YEAR = 2025;

/** Which jurisdictions write company names in a non-Latin script, and how often. */
const NATIVE_SCRIPT: Readonly<Record<string, readonly [Script, number]>> = {
  ru: ['cyrl', 0.75],
  by: ['cyrl', 0.7],
  kz: ['cyrl', 0.6],
  ua: ['cyrl', 0.7],
  bg: ['cyrl', 0.6],
  gr: ['grek', 0.7],
  il: ['hebr', 0.6],
  cn: ['hani', 0.85],
  tw: ['hani', 0.8],
  hk: ['hani', 0.4],
  mo: ['hani', 0.6],
};

/** Which person-name regions have a native script, by the jurisdictions that write it. */
const NATIVE_PERSON: Readonly<Record<string, number>> = {
  ru: 0.8,
  by: 0.8,
  kz: 0.6,
  ua: 0.7,
  bg: 0.6,
  gr: 0.7,
  cy: 0.3,
  il: 0.6,
  cn: 0.9,
  tw: 0.8,
  hk: 0.4,
  mo: 0.6,
};

/** Legal-form suffix of a fund by domicile. */
const FUND_FORM: Readonly<Record<string, readonly [suffix: string, legalForm: string]>> = {
  lu: [' SCSp', 'Société en commandite spéciale'],
  ky: [', L.P.', 'Exempted limited partnership'],
  us: [', L.P.', 'Limited partnership'],
  gb: [' LP', 'Limited partnership'],
  je: [' LP', 'Limited partnership'],
  gg: [' LP', 'Limited partnership'],
  ie: [' ILP', 'Investment limited partnership'],
  nl: [' C.V.', 'Commanditaire vennootschap'],
  ca: [' LP', 'Limited partnership'],
  sg: [' LP', 'Limited partnership'],
};

const FUND_NAMES = [
  'Capital Partners',
  'Equity Partners',
  'Growth Fund',
  'Buyout Fund',
  'Technology Fund',
  'Opportunities Fund',
];
const MANAGER_NAMES = [
  'Capital',
  'Partners',
  'Capital Partners',
  'Equity',
  'Investment Management',
  'Advisors',
];

const countryIndex = new Map(COUNTRIES.map((c, i) => [c.code, i]));

function countryTable(entries: ReadonlyArray<readonly [string, number]>): WeightedTable<number> {
  return new WeightedTable(
    entries.map(([code, weight]) => {
      const index = countryIndex.get(code);
      if (index === undefined) throw new Error(`world.data: unknown jurisdiction ${code}`);
      return [index, weight] as const;
    }),
  );
}

const ALL_COUNTRIES = new WeightedTable(COUNTRIES.map((c, i) => [i, c.weight] as const));
const HOLDING_COUNTRIES = countryTable(HOLDING_JURISDICTIONS);
const FUND_COUNTRIES = countryTable(FUND_JURISDICTIONS);
const MANAGER_COUNTRIES = countryTable(MANAGER_JURISDICTIONS);
const INVESTOR_COUNTRIES = countryTable(INVESTOR_JURISDICTIONS);
// Governments everywhere buy; big economies a little more often.
const GOVERNMENT_COUNTRIES = new WeightedTable(
  COUNTRIES.map((c, i) => [i, 1 + Math.sqrt(c.weight)] as const),
);
const INVESTOR_KIND_TABLE = new WeightedTable(INVESTOR_KINDS.map((k, i) => [i, k[2]] as const));
const FORM_TABLES = new Map(
  Object.entries(LEGAL_FORMS).map(([key, forms]) => [
    key,
    new WeightedTable(forms.map((f) => [f, f.weight] as const)),
  ]),
);

function countryAt(index: number): Country {
  const country = COUNTRIES[index];
  if (country === undefined) throw new Error(`world: no country at ${index}`);
  return country;
}

function countryLabel(code: string): string {
  return model.types.country?.values.get(code) ?? code.toUpperCase();
}

/**
 * The skeleton of a world, in typed arrays: who is in which group at which level, each node's
 * jurisdiction and founding (or birth) year, fund managers and vintages.
 */
interface WorldPlan {
  readonly seed: number;
  readonly spec: ScaleSpec;
  readonly counts: NodeCounts;
  /** First global node index of each kind. */
  readonly offsets: readonly [
    company: number,
    person: number,
    fund: number,
    investor: number,
    publicBody: number,
  ];
  /** Per company: the company holding the majority above it in its group, or -1. */
  readonly parent: Int32Array;
  readonly level: Uint8Array;
  /** Per company: the top holding of its group. */
  readonly root: Int32Array;
  /** Per company: basis points its parent holds. */
  readonly chainBp: Uint16Array;
  /** Per company: whether it is the last level of its group (an operating company). */
  readonly leaf: Uint8Array;
  /** Companies with no group parent (top holdings and stand-alone companies), managers excluded. */
  readonly roots: Int32Array;
  /** Companies two or more levels below their top holding (candidates for cross-holdings). */
  readonly deep: Int32Array;
  /** Per node: index into COUNTRIES. */
  readonly country: Uint8Array;
  /** Per node: incorporation year (birth year for people). */
  readonly year: Uint16Array;
  /** Per fund: the manager company and the vintage (0 = Fund I). */
  readonly fundManager: Int32Array;
  readonly fundVintage: Uint8Array;
}

function planWorld(spec: ScaleSpec, seed: number): WorldPlan {
  const rng = new SeededRandom(seed, STREAM_PLAN);
  const counts = nodeCounts(spec.nodes);
  const C = counts.companies;
  const offsets = [
    0,
    C,
    C + counts.persons,
    C + counts.persons + counts.funds,
    C + counts.persons + counts.funds + counts.investors,
  ] as const;
  const parent = new Int32Array(C).fill(-1);
  const level = new Uint8Array(C);
  const root = new Int32Array(C);
  const chainBp = new Uint16Array(C);
  const leaf = new Uint8Array(C);
  const country = new Uint8Array(spec.nodes);
  const year = new Uint16Array(spec.nodes);
  const roots: number[] = [];
  const deep: number[] = [];

  const companyYear = (): number => LAST_YEAR - 1 - Math.floor(62 * Math.pow(rng.next(), 1.7));
  for (let c = 0; c < counts.managers; c++) {
    root[c] = c;
    leaf[c] = 1;
    country[c] = MANAGER_COUNTRIES.draw(rng);
    year[c] = LAST_YEAR - 5 - Math.floor(40 * rng.next());
  }
  let next = counts.managers;
  while (next < C) {
    const r = rng.next();
    // A third of groups are one company; most are holding → sub-holdings → operating companies.
    const depth = r < 0.3 ? 1 : r < 0.4 ? 2 : 3 + rng.int(4);
    const top = next++;
    root[top] = top;
    roots.push(top);
    country[top] = depth > 1 && rng.chance(0.55) ? HOLDING_COUNTRIES.draw(rng) : ALL_COUNTRIES.draw(rng);
    year[top] = companyYear();
    if (depth === 1) leaf[top] = 1;
    let frontier = [top];
    for (let lvl = 1; lvl < depth && next < C; lvl++) {
      const nextFrontier: number[] = [];
      for (const p of frontier) {
        const kids = lvl === 1 ? 1 + (rng.chance(0.3) ? 1 : 0) : 1 + (rng.chance(0.35) ? 1 + rng.int(2) : 0);
        for (let k = 0; k < kids && next < C; k++) {
          const c = next++;
          parent[c] = p;
          level[c] = lvl;
          root[c] = top;
          chainBp[c] = rng.chance(0.45) ? 10_000 : 5_001 + rng.int(4_999);
          const isLeaf = lvl === depth - 1;
          leaf[c] = isLeaf ? 1 : 0;
          country[c] = !isLeaf && rng.chance(0.5) ? HOLDING_COUNTRIES.draw(rng) : ALL_COUNTRIES.draw(rng);
          year[c] = companyYear();
          if (lvl >= 2) deep.push(c);
          nextFrontier.push(c);
        }
      }
      frontier = nextFrontier;
    }
    // A group cut short by the end of the budget: its last level operates.
    for (const c of frontier) leaf[c] = 1;
  }
  for (let i = offsets[1]; i < offsets[2]; i++) {
    country[i] = ALL_COUNTRIES.draw(rng);
    year[i] = 1940 + rng.int(61);
  }
  const fundManager = new Int32Array(counts.funds);
  const fundVintage = new Uint8Array(counts.funds);
  let manager = 0;
  let vintage = 0;
  for (let f = 0; f < counts.funds; f++) {
    // Each manager raises one to four funds in sequence: Fund I, II, III …
    if (vintage > 0 && (rng.chance(0.45) || vintage >= 4) && manager < counts.managers - 1) {
      manager++;
      vintage = 0;
    }
    fundManager[f] = manager;
    fundVintage[f] = Math.min(vintage, ROMAN.length - 1);
    const g = offsets[2] + f;
    country[g] = FUND_COUNTRIES.draw(rng);
    year[g] = Math.min(LAST_YEAR - 1, (year[manager] ?? 1990) + 2 + vintage * 3 + rng.int(2));
    vintage++;
  }
  for (let i = offsets[3]; i < offsets[4]; i++) {
    country[i] = INVESTOR_COUNTRIES.draw(rng);
    year[i] = 1920 + rng.int(90);
  }
  for (let i = offsets[4]; i < spec.nodes; i++) {
    country[i] = GOVERNMENT_COUNTRIES.draw(rng);
    year[i] = 1945 + rng.int(70);
  }
  return {
    seed,
    spec,
    counts,
    offsets,
    parent,
    level,
    root,
    chainBp,
    leaf,
    roots: Int32Array.from(roots),
    deep: Int32Array.from(deep),
    country,
    year,
    fundManager,
    fundVintage,
  };
}

function kindOf(plan: WorldPlan, node: number): number {
  const o = plan.offsets;
  if (node < o[1]) return KIND_COMPANY;
  if (node < o[2]) return KIND_PERSON;
  if (node < o[3]) return KIND_FUND;
  if (node < o[4]) return KIND_INVESTOR;
  return KIND_PUBLIC;
}

function makeId(seed: number, kind: number, local: number): string {
  return `${ID_PREFIX[kind]}-${hash32(seed, kind, local).toString(16).padStart(8, '0')}-${local.toString(36)}`;
}

function nodeId(plan: WorldPlan, node: number): string {
  const kind = kindOf(plan, node);
  // Node kinds are numbered like the offsets: company 0 … public body 4.
  return makeId(plan.seed, kind, node - (plan.offsets[kind] ?? 0));
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function fullDate(rng: SeededRandom, year: number): string {
  return `${year}-${pad2(1 + rng.int(12))}-${pad2(1 + rng.int(28))}`;
}

/** A date as registries give it: mostly to the day, sometimes only the month or the year. */
function looseDate(rng: SeededRandom, year: number): string {
  const r = rng.next();
  if (r < 0.8) return fullDate(rng, year);
  if (r < 0.9) return `${year}-${pad2(1 + rng.int(12))}`;
  return String(year);
}

function percentage(bp: number): string {
  return bp % 100 === 0 ? String(bp / 100) : (bp / 100).toFixed(2).replace(/0$/, '');
}

function digits(rng: SeededRandom, n: number): string {
  let out = '';
  for (let i = 0; i < n; i++) out += String(rng.int(10));
  return out;
}

const ALNUM = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * An LEI (ISO 17442): issuer prefix, "00", twelve characters, two ISO 7064 MOD 97-10 check digits.
 * @param rng - the random source
 * @returns a 20-character LEI whose check digits verify
 */
export function makeLei(rng: SeededRandom): string {
  let body = `${rng.pick(LEI_PREFIXES)}00`;
  for (let i = 0; i < 12; i++) body += ALNUM.charAt(rng.int(36));
  return body + pad2(98 - mod97(`${body}00`));
}

/**
 * @param value - digits and upper-case letters (letters count as 10–35)
 * @returns the value modulo 97, as IBAN and LEI check digits use it
 */
export function mod97(value: string): number {
  let rest = 0;
  for (const ch of value) {
    const n = ALNUM.indexOf(ch);
    rest = n < 10 ? (rest * 10 + n) % 97 : (rest * 100 + n) % 97;
  }
  return rest;
}

function registrationNumber(rng: SeededRandom, code: string): string {
  switch (code) {
    case 'gb':
      return rng.chance(0.1) ? `SC${digits(rng, 6)}` : `${rng.chance(0.5) ? '0' : '1'}${digits(rng, 7)}`;
    case 'de':
      return `HRB ${1 + rng.int(9)}${digits(rng, 4 + rng.int(2))}`;
    case 'fr':
      return `${digits(rng, 3)} ${digits(rng, 3)} ${digits(rng, 3)}`;
    case 'lu':
      return `B${100_000 + rng.int(200_000)}`;
    case 'ch':
      return `CHE-${digits(rng, 3)}.${digits(rng, 3)}.${digits(rng, 3)}`;
    case 'cy':
      return `HE${digits(rng, 6)}`;
    case 'ru':
      return `${rng.chance(0.5) ? '1' : '5'}${digits(rng, 12)}`;
    case 'cn': {
      let code18 = '91';
      for (let i = 0; i < 16; i++) code18 += ALNUM.charAt(rng.int(36));
      return code18;
    }
    case 'il':
      return `51-${digits(rng, 7)}`;
    case 'in':
      return `U${digits(rng, 5)}MH${2000 + rng.int(25)}PTC${digits(rng, 6)}`;
    case 'nl':
      return digits(rng, 8);
    case 'ky':
      return `MC-${digits(rng, 6)}`;
    default:
      return digits(rng, 6 + rng.int(4));
  }
}

/** Grows as it is filled; an Int32Array because the `large` world picks millions of times. */
class Preferential {
  private list: Int32Array;
  private length = 0;

  /**
   * @param capacity - initial room
   * @param uniform - draws a node uniformly from the eligible ones
   * @param pUniform - how often to draw uniformly instead of in proportion to earlier picks
   */
  constructor(
    capacity: number,
    private readonly uniform: (rng: SeededRandom) => number,
    private readonly pUniform: number,
  ) {
    this.list = new Int32Array(Math.max(16, capacity));
  }

  /** Picks a node: uniformly, or (preferential attachment) proportionally to how often it was chosen. */
  pick(rng: SeededRandom): number {
    if (this.length === 0 || rng.chance(this.pUniform)) return this.uniform(rng);
    return this.list[rng.int(this.length)] ?? this.uniform(rng);
  }

  /** Records that a node was chosen (one more edge). */
  add(node: number): void {
    if (this.length === this.list.length) {
      const bigger = new Int32Array(this.list.length * 2);
      bigger.set(this.list);
      this.list = bigger;
    }
    this.list[this.length++] = node;
  }
}

interface CompanyNames {
  readonly name: string;
  readonly aliases: string[];
  readonly form: LegalForm;
}

type CompanyRole = 'top' | 'mid' | 'operating' | 'standalone' | 'manager';

function pickWord(rng: SeededRandom, words: readonly string[]): { native: string; latin: string } {
  return splitEntry(rng.pick(words));
}

function companyNames(rng: SeededRandom, brand: Brand, country: Country, role: CompanyRole): CompanyNames {
  const form = FORM_TABLES.get(country.forms)?.draw(rng);
  if (form === undefined) throw new Error(`world.data: no legal forms for ${country.forms}`);
  const lang = country.lang;
  const wordList =
    role === 'top'
      ? HOLDING_WORDS[lang]
      : role === 'mid'
        ? rng.chance(0.5)
          ? REGION_WORDS
          : HOLDING_WORDS[lang]
        : role === 'manager'
          ? MANAGER_NAMES
          : SECTOR_WORDS[lang];
  const withWord = role === 'top' || role === 'manager' ? rng.chance(0.8) : rng.chance(0.75);
  const word = withWord ? pickWord(rng, wordList) : null;
  const script = NATIVE_SCRIPT[country.code];
  const native =
    script !== undefined && (brand.syllables !== null || script[0] === 'hani') && rng.chance(script[1]);
  if (native && script !== undefined) {
    const nativeForm = form.native ?? form.latin;
    const nativeLang =
      script[0] === 'cyrl' ? 'ru' : script[0] === 'grek' ? 'el' : script[0] === 'hebr' ? 'he' : 'zh';
    // Region words ("Europe") have no native form: native names take a holding or sector word.
    const nativeWords =
      role === 'top' || role === 'mid' ? HOLDING_WORDS[nativeLang] : SECTOR_WORDS[nativeLang];
    const nativeWord =
      word === null
        ? null
        : lang === nativeLang && wordList !== REGION_WORDS
          ? word
          : pickWord(rng, nativeWords);
    if (script[0] === 'hani') {
      const cities = ZH_CITIES[country.code];
      const city = cities && rng.chance(0.5) ? splitEntry(rng.pick(cities)) : null;
      // Chinese names have no spaces, and nearly always say what the company does.
      const zhWord = nativeWord ?? pickWord(rng, nativeWords);
      const name = `${city?.native ?? ''}${brand.zh.native}${zhWord.native}${nativeForm}`;
      const latin = [city?.latin, brand.zh.latin, zhWord.latin, form.latin]
        .filter((p) => p !== undefined)
        .join(' ');
      return { name, aliases: [latin], form };
    }
    const brandNative = renderSyllables(brand.syllables ?? [], script[0]);
    const baseNative = nativeWord ? `${brandNative} ${nativeWord.native}` : brandNative;
    const baseLatin = nativeWord ? `${brand.latin} ${nativeWord.latin}` : brand.latin;
    if (form.prefix) {
      return { name: `${nativeForm} «${baseNative}»`, aliases: [`${form.latin} ${baseLatin}`], form };
    }
    return { name: `${baseNative} ${nativeForm}`, aliases: [`${baseLatin} ${form.latin}`], form };
  }
  const brandLatin = brand.syllables === null && script?.[0] === 'hani' ? brand.zh.latin : brand.latin;
  const base = word ? `${brandLatin} ${word.latin}` : brandLatin;
  return { name: form.prefix ? `${form.latin} ${base}` : `${base} ${form.latin}`, aliases: [], form };
}

/** Builds a node's properties; keeps key order stable so that output is byte-identical. */
type Props = Record<string, string[]>;

function brandOf(seed: number, company: number): Brand {
  return makeBrand(new SeededRandom(hash32(seed, STREAM_BRAND, company)));
}

function* companies(plan: WorldPlan, rng: SeededRandom): Generator<FtmEntityJson> {
  let cachedRoot = -1;
  let cachedBrand: Brand | undefined;
  for (let c = 0; c < plan.counts.companies; c++) {
    const top = plan.root[c] ?? c;
    const isManager = c < plan.counts.managers;
    const leaf = plan.leaf[c] === 1;
    const role: CompanyRole = isManager
      ? 'manager'
      : (plan.parent[c] ?? -1) < 0
        ? leaf
          ? 'standalone'
          : 'top'
        : leaf
          ? 'operating'
          : 'mid';
    if (top !== cachedRoot) {
      cachedRoot = top;
      cachedBrand = brandOf(plan.seed, top);
    }
    // Some operating companies were bought and kept their own name.
    const brand =
      role === 'operating' && rng.chance(0.2) ? brandOf(plan.seed, c + plan.spec.nodes) : cachedBrand;
    if (brand === undefined) throw new Error('world: no brand');
    const country = countryAt(plan.country[c] ?? 0);
    const names = companyNames(rng, brand, country, role);
    const year = plan.year[c] ?? 2000;
    const properties: Props = { name: [names.name] };
    if (names.aliases.length > 0) properties.alias = names.aliases;
    properties.jurisdiction = [country.code];
    // Holding companies are often run from elsewhere than where they are registered.
    const seat =
      (role === 'top' || role === 'mid') && OFFSHORE.has(country.code) && rng.chance(0.5)
        ? countryAt(ALL_COUNTRIES.draw(rng))
        : country;
    properties.country = [seat.code];
    if (rng.chance(0.9)) properties.registrationNumber = [registrationNumber(rng, country.code)];
    if (rng.chance(role === 'top' || role === 'manager' ? 0.6 : 0.15)) properties.leiCode = [makeLei(rng)];
    properties.incorporationDate = [looseDate(rng, year)];
    if (names.form.full !== undefined && rng.chance(0.5)) properties.legalForm = [names.form.full];
    const topics: string[] = [];
    if (OFFSHORE.has(country.code)) topics.push('corp.offshore');
    if (role === 'top' && names.form.latin === 'PLC') topics.push('corp.public');
    if (isManager) topics.push('fin');
    if (topics.length > 0) properties.topics = topics;
    if (role === 'operating' || role === 'standalone') properties.sector = [rng.pick(SECTORS)];
    if (isManager) properties.sector = ['Private equity'];
    if (rng.chance(0.03)) {
      properties.status = ['Dissolved'];
      properties.dissolutionDate = [fullDate(rng, Math.min(LAST_YEAR, year + 1 + rng.int(15)))];
    }
    yield { id: makeId(plan.seed, KIND_COMPANY, c), schema: 'Company', properties };
  }
}

function* persons(plan: WorldPlan, rng: SeededRandom): Generator<FtmEntityJson> {
  for (let p = 0; p < plan.counts.persons; p++) {
    const g = plan.offsets[1] + p;
    const country = countryAt(plan.country[g] ?? 0);
    const native = rng.chance(NATIVE_PERSON[country.code] ?? 0);
    const name = makePersonName(rng, country.region, native);
    const properties: Props = { name: [name.full] };
    if (name.latin !== null) properties.alias = [name.latin];
    properties.firstName = [name.first];
    properties.lastName = [name.last];
    properties.nationality = [country.code];
    properties.birthDate = [
      rng.chance(0.7) ? fullDate(rng, plan.year[g] ?? 1970) : String(plan.year[g] ?? 1970),
    ];
    if (rng.chance(0.4))
      properties.country = [rng.chance(0.8) ? country.code : countryAt(ALL_COUNTRIES.draw(rng)).code];
    const r = rng.next();
    if (r < 0.004) properties.topics = ['role.pep'];
    else if (r < 0.006) properties.topics = ['role.lobby'];
    yield { id: makeId(plan.seed, KIND_PERSON, p), schema: 'Person', properties };
  }
}

function* funds(plan: WorldPlan, rng: SeededRandom): Generator<FtmEntityJson> {
  for (let f = 0; f < plan.counts.funds; f++) {
    const g = plan.offsets[2] + f;
    const manager = plan.fundManager[f] ?? 0;
    const brand = brandOf(plan.seed, manager);
    const country = countryAt(plan.country[g] ?? 0);
    const [suffix, legalForm] = FUND_FORM[country.code] ?? [' LP', 'Limited partnership'];
    // A manager's funds share a name and count up: Fund I, Fund II, Fund III.
    const series = FUND_NAMES[hash32(plan.seed, manager) % FUND_NAMES.length] ?? 'Capital Partners';
    const name = `${brand.latin} ${series} ${ROMAN[plan.fundVintage[f] ?? 0] ?? 'I'}${suffix}`;
    const properties: Props = {
      name: [name],
      jurisdiction: [country.code],
      country: [country.code],
    };
    if (rng.chance(0.7)) properties.registrationNumber = [registrationNumber(rng, country.code)];
    if (rng.chance(0.4)) properties.leiCode = [makeLei(rng)];
    properties.incorporationDate = [fullDate(rng, plan.year[g] ?? 2010)];
    properties.legalForm = [legalForm];
    properties.topics = OFFSHORE.has(country.code) ? ['fin.fund', 'corp.offshore'] : ['fin.fund'];
    properties.sector = ['Private equity'];
    yield { id: makeId(plan.seed, KIND_FUND, f), schema: 'Company', properties };
  }
}

function investorName(rng: SeededRandom, kind: string, brand: string, code: string): string {
  if (kind === 'Pension fund') {
    switch (code) {
      case 'nl':
        return `Stichting Pensioenfonds ${brand}`;
      case 'de':
      case 'at':
        return `${brand} Pensionskasse VVaG`;
      case 'ch':
        return `Pensionskasse ${brand}`;
      case 'fr':
      case 'be':
        return `Caisse de retraite ${brand}`;
      case 'dk':
        return `${brand} Pension`;
      case 'se':
        return `${brand} Pensionsstiftelse`;
      case 'no':
        return `${brand} Pensjonskasse`;
      case 'fi':
        return `${brand} Eläkekassa`;
      case 'us':
        return rng.pick([
          `${brand} State Employees' Retirement System`,
          `${brand} Teachers' Retirement Fund`,
          `${brand} County Employees' Pension Plan`,
        ]);
      case 'gb':
        return `${brand} Pension Scheme`;
      case 'ca':
        return `${brand} Pension Plan`;
      case 'au':
        return `${brand} Super`;
      case 'jp':
        return `${brand} Pension Fund Association`;
      default:
        return `${brand} Pension Fund`;
    }
  }
  if (kind === 'Insurance') {
    if (code === 'de' || code === 'ch' || code === 'at') return `${brand} Versicherung AG`;
    if (code === 'fr' || code === 'be') return `${brand} Assurances SA`;
    if (code === 'nl') return `${brand} Verzekeringen N.V.`;
    return `${brand} Life Assurance Company`;
  }
  if (kind === 'Endowment') return rng.chance(0.5) ? `${brand} University Endowment` : `${brand} Foundation`;
  if (kind === 'Sovereign wealth fund')
    return rng.chance(0.5) ? `${brand} Investment Authority` : `${brand} Sovereign Fund`;
  return `${brand} Private Equity Fund of Funds ${rng.pick(ROMAN.slice(0, 4))}`;
}

function* investors(plan: WorldPlan, rng: SeededRandom): Generator<FtmEntityJson> {
  for (let i = 0; i < plan.counts.investors; i++) {
    const g = plan.offsets[3] + i;
    const country = countryAt(plan.country[g] ?? 0);
    const kind = INVESTOR_KINDS[INVESTOR_KIND_TABLE.draw(rng)] ?? INVESTOR_KINDS[0];
    if (kind === undefined) throw new Error('world.data: no investor kinds');
    const brand = brandOf(plan.seed, g + plan.spec.nodes).latin;
    const properties: Props = {
      name: [investorName(rng, kind[0], brand, country.code)],
      jurisdiction: [country.code],
      country: [country.code],
    };
    if (rng.chance(0.5)) properties.leiCode = [makeLei(rng)];
    properties.incorporationDate = [looseDate(rng, plan.year[g] ?? 1970)];
    properties.topics = [kind[1]];
    properties.sector = [kind[0]];
    yield { id: makeId(plan.seed, KIND_INVESTOR, i), schema: 'Organization', properties };
  }
}

function* publicBodies(plan: WorldPlan, rng: SeededRandom): Generator<FtmEntityJson> {
  for (let i = 0; i < plan.counts.publicBodies; i++) {
    const g = plan.offsets[4] + i;
    const country = countryAt(plan.country[g] ?? 0);
    const [template, topic] = rng.pick(PUBLIC_BODIES);
    const name = rng.chance(0.8)
      ? `${template} of ${countryLabel(country.code)}`
      : `${brandOf(plan.seed, g + plan.spec.nodes).latin} Regional Police Directorate`;
    yield {
      id: makeId(plan.seed, KIND_PUBLIC, i),
      schema: 'PublicBody',
      properties: {
        name: [name],
        jurisdiction: [country.code],
        country: [country.code],
        topics: [topic],
        incorporationDate: [String(plan.year[g] ?? 1960)],
      },
    };
  }
}

/** Streams the ownership edges, keeping each asset's stakes at or below 100 %. */
function* ownerships(plan: WorldPlan): Generator<FtmEntityJson> {
  const rng = new SeededRandom(plan.seed, STREAM_OWNERSHIP);
  const { counts, offsets, spec } = plan;
  const C = counts.companies;
  const target = spec.ownerships;
  // Room left under 100 % per asset, in basis points; majority stakes of the chains come first.
  const room = new Uint16Array(spec.nodes);
  room.fill(10_000, 0, C);
  room.fill(10_000, offsets[2], offsets[3]);
  for (let c = 0; c < C; c++) if ((plan.parent[c] ?? -1) >= 0) room[c] = 10_000 - (plan.chainBp[c] ?? 0);

  const anyOwner = (r: SeededRandom): number => r.int(spec.nodes);
  const anyAsset = (r: SeededRandom): number => {
    const i = r.int(C + counts.funds);
    return i < C ? i : offsets[2] + (i - C);
  };
  const owners = new Preferential(target, anyOwner, 0.3);
  const assets = new Preferential(target, anyAsset, 0.5);
  const people = new Preferential(target / 4, (r) => offsets[1] + r.int(counts.persons), 0.35);
  const lps = new Preferential(counts.funds * 8, (r) => offsets[3] + r.int(counts.investors), 0.3);
  let emitted = 0;

  const take = (asset: number, wantBp: number): number => {
    const left = room[asset] ?? 0;
    const bp = Math.min(left, wantBp);
    room[asset] = left - bp;
    return bp;
  };
  const edge = (owner: number, asset: number, bp: number, role: string | null): FtmEntityJson => {
    owners.add(owner);
    assets.add(asset);
    const properties: Props = { owner: [nodeId(plan, owner)], asset: [nodeId(plan, asset)] };
    if (bp > 0) properties.percentage = [percentage(bp)];
    if (role !== null) properties.role = [role];
    const ownerYear =
      kindOf(plan, owner) === KIND_PERSON ? (plan.year[owner] ?? 1960) + 21 : (plan.year[owner] ?? 1990);
    const startYear = Math.min(LAST_YEAR, Math.max(ownerYear, plan.year[asset] ?? 1990) + rng.int(6));
    properties.startDate = [fullDate(rng, startYear)];
    if (rng.chance(0.12) && startYear < LAST_YEAR) {
      properties.endDate = [fullDate(rng, Math.min(LAST_YEAR, startYear + 1 + rng.int(8)))];
    }
    return { id: makeId(plan.seed, KIND_OWNERSHIP, emitted++), schema: 'Ownership', properties };
  };

  // 1. Holding chains: each company's group parent holds the majority.
  for (let c = 0; c < C && emitted < target; c++) {
    const p = plan.parent[c] ?? -1;
    if (p >= 0) yield edge(p, c, plan.chainBp[c] ?? 10_000, null);
  }
  // 2. General partners: each manager holds a sliver of its funds.
  for (let f = 0; f < counts.funds && emitted < target; f++) {
    const fund = offsets[2] + f;
    yield edge(
      plan.fundManager[f] ?? 0,
      fund,
      rng.chance(0.6) ? take(fund, 10 + rng.int(190)) : 0,
      'general partner',
    );
  }
  // 3. Limited partners: pension funds, insurers and endowments commit to funds; big ones to many.
  for (let f = 0; f < counts.funds && emitted < target; f++) {
    const fund = offsets[2] + f;
    const chosen = new Set<number>();
    const k = 3 + rng.int(10);
    for (let j = 0; j < k && emitted < target; j++) {
      const r = rng.next();
      const lp = r < 0.85 ? lps.pick(rng) : r < 0.95 ? people.pick(rng) : rng.int(C);
      if (chosen.has(lp)) continue;
      chosen.add(lp);
      if (r < 0.85) lps.add(lp);
      yield edge(lp, fund, rng.chance(0.7) ? take(fund, 50 + rng.int(1450)) : 0, 'limited partner');
    }
  }
  // 4. Cross-holdings: a company deep in a group holds a stake in one of its own ancestors (a cycle).
  const crossTarget = Math.max(3, Math.round(target * 0.01));
  for (let j = 0; j < crossTarget && plan.deep.length > 0 && emitted < target; j++) {
    const c = plan.deep[rng.int(plan.deep.length)] ?? 0;
    let ancestor = c;
    const steps = 2 + rng.int(Math.max(1, (plan.level[c] ?? 2) - 1));
    for (let s = 0; s < steps && (plan.parent[ancestor] ?? -1) >= 0; s++)
      ancestor = plan.parent[ancestor] ?? ancestor;
    yield edge(c, ancestor, take(ancestor, 100 + rng.int(1400)), null);
  }
  // 5. Fund portfolios: buy-outs of top holdings and stand-alone companies.
  for (let f = 0; f < counts.funds && emitted < target; f++) {
    const k = 1 + rng.int(6);
    for (let j = 0; j < k && emitted < target; j++) {
      const asset = plan.roots[rng.int(plan.roots.length)] ?? 0;
      if ((room[asset] ?? 0) < 500) continue;
      yield edge(offsets[2] + f, asset, take(asset, 2_000 + rng.int(8_001)), null);
    }
  }
  // 6. Beneficial owners: people at the top of groups, stand-alone companies and fund managers.
  const tops = plan.roots.length + counts.managers;
  for (let j = 0; j < tops && emitted < target; j++) {
    const asset = j < counts.managers ? j : (plan.roots[j - counts.managers] ?? 0);
    if (!rng.chance(0.6)) continue;
    const k = 1 + rng.int(3);
    for (let m = 0; m < k && emitted < target; m++) {
      const left = room[asset] ?? 0;
      if (left < 100) break;
      const person = people.pick(rng);
      people.add(person);
      yield edge(
        person,
        asset,
        take(asset, m === k - 1 ? left : Math.round(left * (0.2 + 0.6 * rng.next()))),
        null,
      );
    }
  }
  // 7. The rest by preferential attachment: owners and assets with many stakes attract more.
  while (emitted < target) {
    const owner = owners.pick(rng);
    let asset = assets.pick(rng);
    // Prefer an asset with room left, so that most stakes can carry a percentage.
    for (let tries = 0; tries < 4 && (room[asset] ?? 0) < 10; tries++) asset = assets.pick(rng);
    if (owner === asset) continue;
    let bp = 0;
    if (!rng.chance(0.08)) {
      const want = 10 + Math.floor(4_990 * Math.pow(rng.next(), 4));
      if ((room[asset] ?? 0) >= 10) bp = take(asset, want);
    }
    yield edge(owner, asset, bp, null);
  }
}

function* directorships(plan: WorldPlan, rng: SeededRandom): Generator<FtmEntityJson> {
  const { counts, offsets } = plan;
  const directors = new Preferential(
    plan.spec.directorships,
    (r) => offsets[1] + r.int(counts.persons),
    0.35,
  );
  for (let d = 0; d < plan.spec.directorships; d++) {
    const r = rng.next();
    const organization =
      r < 0.85
        ? rng.int(counts.companies)
        : r < 0.9
          ? offsets[2] + rng.int(counts.funds)
          : offsets[3] + rng.int(counts.investors);
    let director: number;
    if (rng.chance(0.88)) {
      director = directors.pick(rng);
      directors.add(director);
    } else {
      // Corporate directors (nominee services) sit on boards too.
      director = rng.int(counts.companies);
      if (director === organization) director = (director + 1) % counts.companies;
    }
    const country = countryAt(plan.country[organization] ?? 0);
    const directorYear =
      kindOf(plan, director) === KIND_PERSON
        ? (plan.year[director] ?? 1960) + 23
        : (plan.year[director] ?? 1990);
    const startYear = Math.min(
      LAST_YEAR,
      Math.max(directorYear, plan.year[organization] ?? 1990) + rng.int(10),
    );
    const properties: Props = {
      director: [nodeId(plan, director)],
      organization: [nodeId(plan, organization)],
      role: [rng.pick(DIRECTOR_ROLES[country.lang])],
      startDate: [looseDate(rng, startYear)],
    };
    if (rng.chance(0.25) && startYear < LAST_YEAR)
      properties.endDate = [fullDate(rng, Math.min(LAST_YEAR, startYear + 1 + rng.int(10)))];
    yield { id: makeId(plan.seed, KIND_DIRECTORSHIP, d), schema: 'Directorship', properties };
  }
}

function* payments(plan: WorldPlan, rng: SeededRandom): Generator<FtmEntityJson> {
  const { counts, offsets } = plan;
  for (let i = 0; i < plan.spec.payments; i++) {
    // Governments paying vendors, and money moving inside and between groups.
    const payer = rng.chance(0.65) ? offsets[4] + rng.int(counts.publicBodies) : rng.int(counts.companies);
    let beneficiary = rng.int(counts.companies);
    if (beneficiary === payer) beneficiary = (beneficiary + 1) % counts.companies;
    const cents = Math.round(Math.exp(Math.log(1_000_000) + rng.next() * Math.log(5_000))); // 10k .. 50M
    const year = Math.min(LAST_YEAR, Math.max(2005, plan.year[beneficiary] ?? 2005) + rng.int(8));
    yield {
      id: makeId(plan.seed, KIND_PAYMENT, i),
      schema: 'Payment',
      properties: {
        payer: [nodeId(plan, payer)],
        beneficiary: [nodeId(plan, beneficiary)],
        amount: [(cents / 100).toFixed(2)],
        currency: [currencyOf(countryAt(plan.country[payer] ?? 0).code)],
        date: [fullDate(rng, year)],
        purpose: [rng.pick(PAYMENT_PURPOSES)],
      },
    };
  }
}

/**
 * Generates a world, one entity at a time: nodes first (companies, people, funds, limited
 * partners, public bodies), then ownerships, directorships and payments. The same options always
 * give the same entities in the same order.
 * @param options - scale and seed
 * @returns a generator of FtM entities
 */
export function* generateWorld(options: WorldOptions): Generator<FtmEntityJson, void, undefined> {
  const plan = planWorld(SCALE_SPECS[options.scale], options.seed);
  const rng = new SeededRandom(options.seed, STREAM_NODES);
  yield* companies(plan, rng);
  yield* persons(plan, rng);
  yield* funds(plan, rng);
  yield* investors(plan, rng);
  yield* publicBodies(plan, rng);
  yield* ownerships(plan);
  const edgeRng = new SeededRandom(options.seed, STREAM_OTHER_EDGES);
  yield* directorships(plan, edgeRng);
  yield* payments(plan, edgeRng);
}

/** What a written world contains. */
export interface WorldSummary {
  readonly scale: Scale;
  readonly seed: number;
  readonly generatorVersion: number;
  readonly entities: number;
  readonly bySchema: Record<string, number>;
  readonly bytes: number;
  readonly seconds: number;
}

/** Called now and then while a world is written. */
export type ProgressListener = (written: number, total: number) => void;

const CHUNK_CHARS = 1 << 20;

/**
 * Writes a world as FtM JSON lines to a stream, waiting for the stream to drain whenever its
 * buffer is full (so memory stays flat however large the world). Does not end the stream.
 * @param options - scale and seed
 * @param out - where to write
 * @param onProgress - progress callback
 * @returns counts, bytes and time taken
 */
export async function writeWorld(
  options: WorldOptions,
  out: Writable,
  onProgress?: ProgressListener,
): Promise<WorldSummary> {
  const started = performance.now();
  const total = totalEntities(SCALE_SPECS[options.scale]);
  const bySchema: Record<string, number> = {};
  let chunk = '';
  let bytes = 0;
  let entities = 0;
  for (const entity of generateWorld(options)) {
    chunk += `${JSON.stringify(entity)}\n`;
    entities++;
    bySchema[entity.schema] = (bySchema[entity.schema] ?? 0) + 1;
    if (chunk.length >= CHUNK_CHARS) {
      // A reader that went away (`| head`) destroys the stream: stop instead of generating on.
      if (out.destroyed) throw out.errored ?? new Error('the output stream was closed');
      bytes += Buffer.byteLength(chunk);
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
      onProgress?.(entities, total);
    }
  }
  if (chunk.length > 0) {
    bytes += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
  }
  onProgress?.(entities, total);
  return {
    scale: options.scale,
    seed: options.seed,
    generatorVersion: GENERATOR_VERSION,
    entities,
    bySchema,
    bytes,
    seconds: (performance.now() - started) / 1000,
  };
}

/**
 * Writes a world to a file (created or truncated).
 * @param options - scale and seed
 * @param path - the file
 * @param onProgress - progress callback
 * @returns counts, bytes and time taken
 */
export async function writeWorldFile(
  options: WorldOptions,
  path: string,
  onProgress?: ProgressListener,
): Promise<WorldSummary> {
  const out = createWriteStream(path);
  try {
    const summary = await writeWorld(options, out, onProgress);
    out.end();
    await finished(out);
    return summary;
  } catch (error) {
    out.destroy();
    throw error;
  }
}
