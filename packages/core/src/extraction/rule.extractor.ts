/**
 * The rule extractor: sentences → candidate names → entities (with in-document aliases) →
 * relationships from the wording between names, with amounts, percentages and dates of the
 * sentence attached. Pure and deterministic; no model, no network.
 */
import { normalizeName } from '../text/normalize.js';
import type {
  ExtractedEntity,
  ExtractedRelationship,
  ExtractedType,
  Extraction,
  ExtractionInput,
  Extractor,
  Mention,
  Predicate,
} from './extraction.types.js';
import { COUNTRIES, COUNTRY_SYNONYMS } from './lexicon.data.js';
import { KnownNameIndex, findCandidates, type Candidate } from './mention.rules.js';
import { findDate, findMoney, findPercentages } from './quantity.rules.js';
import { RELATION_CUES, cueText, qualifierOf, typesFit } from './relation.rules.js';
import { splitSentences, type Sentence } from './sentence.split.js';

const COUNTRY_KEYS = new Set(COUNTRIES.map(normalizeName));
const COUNTRY_CANONICAL = new Map(Object.entries(COUNTRY_SYNONYMS).map(([k, v]) => [normalizeName(k), v]));
const CONNECTOR_KEYS = new Set([
  'of',
  'for',
  'and',
  'the',
  'de',
  'der',
  'des',
  'du',
  'la',
  'le',
  'von',
  'van',
  'den',
  'ohne',
  'fur',
  'on',
  'in',
]);
/** The longest text between two names that a cue may span. */
const MAX_GAP = 140;
const ROLE_PREDICATES: ReadonlySet<Predicate> = new Set(['director_of', 'employee_of', 'advisor_to']);

/** A name key: folded, without a leading article. */
export function nameKey(name: string): string {
  return normalizeName(name).replace(/^the /, '');
}

interface Cluster {
  name: string;
  type: ExtractedType | undefined;
  keys: Set<string>;
  aliases: Set<string>;
  mentions: Mention[];
  personCue: boolean;
  knownId: string | undefined;
  confidence: number;
}

interface Located {
  readonly candidate: Candidate;
  readonly sentence: number;
}

function initials(name: string): string {
  return normalizeName(name)
    .split(' ')
    .filter((w) => w !== '' && !CONNECTOR_KEYS.has(w))
    .map((w) => w[0] ?? '')
    .join('');
}

function defaultType(c: Cluster): ExtractedType {
  if (c.type) return c.type;
  if (c.personCue) return 'Person';
  const words = c.name.split(/\s+/);
  if (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((w) => /^\p{Lu}[\p{Ll}’'-]+\.?$|^\p{Lu}\.$/u.test(w))
  )
    return 'Person';
  return 'Company';
}

/** The rule extractor (see the module comment). */
export class RuleExtractor implements Extractor {
  readonly name = 'rules';

  /**
   * @param input - the document text, known names and person hints
   * @returns entities and relationships
   */
  extract(input: ExtractionInput): Promise<Extraction> {
    return Promise.resolve(extractWithRules(input));
  }
}

/**
 * Runs the rules synchronously.
 * @param input - the document text, known names and person hints
 * @returns entities and relationships
 */
export function extractWithRules(input: ExtractionInput): Extraction {
  const text = input.text;
  const sentences = splitSentences(text).map(stripDateline(text));
  const known = new KnownNameIndex(input.knownNames ?? []);
  const personHints = new Set((input.personHints ?? []).map(nameKey));
  const capitalisedWords = new Set(
    [...text.matchAll(/(?<=[\p{L},;] )\p{Lu}[\p{L}-]*/gu)].map((m) => m[0].toLowerCase()),
  );
  const lowercaseWords = new Set([...text.matchAll(/(?<![\p{L}.])\p{Ll}[\p{Ll}-]+/gu)].map((m) => m[0]));
  const located: Located[] = [];
  sentences.forEach((sentence, index) => {
    if (sentence.heading) return;
    for (const candidate of findCandidates(sentence, {
      text,
      known,
      personHints,
      lowercaseWords,
      capitalisedWords,
    }))
      located.push({ candidate, sentence: index });
  });
  const { clusters, clusterOf } = cluster(located);
  const entities: ExtractedEntity[] = clusters.map((c) => ({
    name: c.name,
    type: defaultType(c),
    aliases: [...c.aliases].filter((a) => nameKey(a) !== nameKey(c.name)),
    mentions: c.mentions,
    confidence: c.confidence,
    ...(c.knownId === undefined ? {} : { knownId: c.knownId }),
  }));
  const relationships = findRelationships(text, sentences, located, clusterOf, entities);
  return { entities, relationships };
}

/** Datelines ("CITY, St. (AP) — ") are not part of the sentence's names. */
function stripDateline(text: string) {
  return (s: Sentence): Sentence => {
    const m = /^\p{Lu}[\p{Lu} .]{2,}(?:,\s*[\p{L}. ]{2,20})?\s*(?:\([^)]{1,20}\))?\s*[—–-]\s*/u.exec(s.text);
    if (!m) return s;
    const start = s.start + m[0].length;
    return { ...s, start, text: text.slice(start, s.end) };
  };
}

function cluster(located: readonly Located[]): { clusters: Cluster[]; clusterOf: Map<Located, number> } {
  const clusters: Cluster[] = [];
  const byKey = new Map<string, number>();
  const clusterOf = new Map<Located, number>();
  const nonInitialKeys = new Set(
    located
      .filter((l) => !l.candidate.sentenceInitial || l.candidate.knownId)
      .map((l) => nameKey(l.candidate.text)),
  );
  const partsOfLongerNames = new Set(
    located.flatMap((l) => {
      const words = nameKey(l.candidate.text).split(' ');
      return words.length > 1 ? words : [];
    }),
  );
  const isWorthy = (c: Candidate): boolean => {
    if (c.knownId || c.type || c.personCue) return true;
    const key = nameKey(c.text);
    if (key.includes(' ')) return true;
    if (!c.sentenceInitial) return true;
    return nonInitialKeys.has(key) || partsOfLongerNames.has(key) || /^\p{Lu}[\p{Lu}\d]+$/u.test(c.text);
  };
  const add = (c: Candidate): number => {
    // Countries are clustered under one name ("UK" and "Britain" → "United Kingdom").
    const canonical = c.type === 'Country' ? COUNTRY_CANONICAL.get(normalizeName(c.text)) : undefined;
    if (canonical !== undefined) {
      const index = add({ ...c, text: canonical });
      const target = clusters[index] as Cluster;
      target.aliases.add(c.text);
      byKey.set(nameKey(c.text), index);
      return index;
    }
    const key = nameKey(c.text);
    const existing = byKey.get(key);
    if (existing !== undefined) return existing;
    clusters.push({
      name: c.text.replace(/^the\s+/i, (m) => (m.startsWith('T') ? m : '')),
      type: c.type,
      keys: new Set([key]),
      aliases: new Set(),
      mentions: [],
      personCue: c.personCue,
      knownId: c.knownId,
      confidence: c.knownId ? 0.95 : c.type ? 0.85 : key.includes(' ') ? 0.75 : 0.6,
    });
    byKey.set(key, clusters.length - 1);
    return clusters.length - 1;
  };
  // Pass 1: full names (not parentheticals, not short forms) make clusters, longest first.
  const ordered = [...located].sort(
    (a, b) => nameKey(b.candidate.text).split(' ').length - nameKey(a.candidate.text).split(' ').length,
  );
  const pending: Located[] = [];
  for (const l of ordered) {
    const c = l.candidate;
    if (!isWorthy(c)) continue;
    if (c.parentheticalOf !== undefined || !nameKey(c.text).includes(' ')) {
      pending.push(l);
      continue;
    }
    clusterOf.set(l, add(c));
  }
  // Pass 2: parentheticals become aliases of the name before them (unless that is a person and
  // the bracket names something else, "Jane Roe (Party)").
  const candidateOwner = (l: Located): Located | undefined => {
    const owner = l.candidate.parentheticalOf;
    if (owner === undefined) return undefined;
    const inSentence = located.filter((x) => x.sentence === l.sentence);
    return inSentence[owner];
  };
  const rest: Located[] = [];
  for (const l of pending) {
    const ownerLocated = candidateOwner(l);
    const ownerCluster = ownerLocated ? clusterOf.get(ownerLocated) : undefined;
    const ownerIsPerson =
      ownerCluster !== undefined && defaultType(clusters[ownerCluster] as Cluster) === 'Person';
    const key = nameKey(l.candidate.text);
    if (ownerCluster !== undefined && !ownerIsPerson && !COUNTRY_KEYS.has(key) && !byKey.has(key)) {
      const target = clusters[ownerCluster] as Cluster;
      target.aliases.add(l.candidate.text);
      target.keys.add(key);
      byKey.set(key, ownerCluster);
      clusterOf.set(l, ownerCluster);
      continue;
    }
    rest.push(l);
  }
  // Pass 3: short forms: a person's surname or first name, a name's first words, an acronym.
  for (const l of rest) {
    const c = l.candidate;
    const key = nameKey(c.text);
    if (byKey.has(key)) {
      clusterOf.set(l, byKey.get(key) as number);
      continue;
    }
    if (!COUNTRY_KEYS.has(key) && !c.type) {
      const match = findLonger(clusters, key, c.text);
      if (match !== undefined) {
        const target = clusters[match] as Cluster;
        target.aliases.add(c.text.replace(/^the\s+/i, ''));
        target.keys.add(key);
        byKey.set(key, match);
        clusterOf.set(l, match);
        continue;
      }
    }
    clusterOf.set(l, add(c));
  }
  for (const [l, index] of clusterOf) {
    const target = clusters[index] as Cluster;
    target.mentions.push({ start: l.candidate.start, end: l.candidate.end, text: l.candidate.text });
    if (l.candidate.personCue) target.personCue = true;
    if (!target.type && l.candidate.type && nameKey(l.candidate.text) === nameKey(target.name))
      target.type = l.candidate.type;
  }
  for (const c of clusters) c.mentions.sort((a, b) => a.start - b.start);
  return { clusters, clusterOf };
}

function findLonger(clusters: readonly Cluster[], key: string, text: string): number | undefined {
  const tokens = key.split(' ');
  let best: number | undefined;
  let bestScore = 0;
  clusters.forEach((c, index) => {
    const full = nameKey(c.name).split(' ');
    if (full.length <= tokens.length) return;
    const person = defaultType(c) === 'Person';
    let score = 0;
    if (person && tokens.length === 1 && full[full.length - 1] === key) score = 4;
    else if (full.slice(0, tokens.length).join(' ') === key) score = person ? 2 : 3;
    else if (!person && /^\p{Lu}[\p{Lu}\d]{1,7}$/u.test(text) && initials(c.name) === key) score = 3;
    // Ties go to the shortest longer name ("Acme" → "Acme Group" rather than "Acme Labs GmbH").
    const bestLength = best === undefined ? Infinity : nameKey(clusters[best]?.name ?? '').split(' ').length;
    if (score > bestScore || (score === bestScore && score > 0 && full.length < bestLength)) {
      best = index;
      bestScore = score;
    }
  });
  return bestScore > 0 ? best : undefined;
}

interface Group {
  readonly members: number[];
  readonly start: number;
  readonly end: number;
}

/** A name in a sentence, or a pronoun / definite description standing for one. */
interface Slot {
  readonly entity: number;
  readonly start: number;
  readonly end: number;
  readonly resolved: boolean;
}

/** "it", "the company" …: stand for the organisation the text is about at that point. */
const ANAPHORA =
  /\b(?:it|the (?:company|firm|group|conglomerate|corporation|business|vendor|spyware maker))\b(?!['’]s)/gi;
const COORDINATION = /^\s*(?:,|,?\s*and|,?\s*or|&|\/|,?\s*as well as)\s*(?:the\s+)?$/i;

function findRelationships(
  text: string,
  sentences: readonly Sentence[],
  located: readonly Located[],
  clusterOf: ReadonlyMap<Located, number>,
  entities: readonly ExtractedEntity[],
): ExtractedRelationship[] {
  const out = new Map<string, ExtractedRelationship>();
  const isOrg = (e: number): boolean => {
    const t = entities[e]?.type;
    return t === 'Company' || t === 'Organization' || t === 'PublicBody' || t === 'Fund';
  };
  let previousTopic: number | undefined;
  sentences.forEach((sentence, index) => {
    if (sentence.heading) return;
    const named = located
      .filter((l) => l.sentence === index && clusterOf.has(l) && l.candidate.parentheticalOf === undefined)
      .sort((a, b) => a.candidate.start - b.candidate.start);
    const insideBrackets = (start: number): boolean => {
      const head = text.slice(sentence.start, start);
      return head.lastIndexOf('(') > head.lastIndexOf(')');
    };
    const slots: Slot[] = named
      .filter((l) => !insideBrackets(l.candidate.start))
      .map((l) => ({
        entity: clusterOf.get(l) as number,
        start: l.candidate.start,
        end: l.candidate.end,
        resolved: true,
      }));
    // The organisation the sentence is about: its first organisation, else the previous topic.
    const firstOrg = slots.find((x) => isOrg(x.entity));
    for (const m of sentence.text.matchAll(ANAPHORA)) {
      const start = sentence.start + m.index;
      if (slots.some((x) => start >= x.start && start < x.end)) continue;
      const before = slots.filter((x) => x.end <= start && isOrg(x.entity));
      const antecedent = before.length > 0 ? before[0]?.entity : previousTopic;
      if (antecedent === undefined) continue;
      slots.push({ entity: antecedent, start, end: start + m[0].length, resolved: false });
    }
    slots.sort((a, b) => a.start - b.start);
    if (firstOrg) previousTopic = firstOrg.entity;

    // "<Country>'s <Organisation>": the organisation is located there; the country is only a modifier.
    const kept: Slot[] = [];
    slots.forEach((slot, k) => {
      const next = slots[k + 1];
      const possessive = /^['’]s?\s/.test(text.slice(slot.end, slot.end + 3));
      if (possessive && entities[slot.entity]?.type === 'Country') {
        if (next && isOrg(next.entity) && /^['’]s?\s+$/.test(text.slice(slot.end, next.start))) {
          addRelationship(
            out,
            entities,
            next.entity,
            'located_in',
            slot.entity,
            sentence,
            'stated',
            undefined,
            {},
          );
        }
        return;
      }
      kept.push(slot);
    });
    // Coordinated names ("A, B and C") act together, unless a possessive follows ("A, B's owner").
    const groups: Group[] = [];
    for (const slot of kept) {
      const prev = groups[groups.length - 1];
      const gap = prev ? text.slice(prev.end, slot.start).replace(/\([^)]*\)/g, '') : '';
      const prevPossessive = prev ? /^['’]s?\s/.test(text.slice(prev.end, prev.end + 3)) : false;
      const thisPossessive = /^['’]s?\s/.test(text.slice(slot.end, slot.end + 3));
      if (
        prev &&
        COORDINATION.test(gap) &&
        !prevPossessive &&
        !(thisPossessive && /^\s*[,–—-]\s*$/.test(gap))
      ) {
        groups[groups.length - 1] = {
          members: [...prev.members, slot.entity],
          start: prev.start,
          end: slot.end,
        };
      } else {
        groups.push({ members: [slot.entity], start: slot.start, end: slot.end });
      }
    }
    const money = findMoney(sentence.text);
    const percentages = findPercentages(sentence.text);
    const date = findDate(sentence.text);
    const pairs: Array<[Group, Group]> = [];
    for (let g = 0; g + 1 < groups.length; g++) {
      pairs.push([groups[g] as Group, groups[g + 1] as Group]);
      // "sold the Lyra spyware to X": a product between two parties does not separate them.
      const middle = groups[g + 1] as Group;
      if (g + 2 < groups.length && middle.members.every((m) => entities[m]?.type === 'Product')) {
        pairs.push([groups[g] as Group, groups[g + 2] as Group]);
      }
    }
    for (const [first, second] of pairs) {
      const between = cueText(text.slice(first.end, second.start).replace(/\s*\([^)]*\)\s*/g, ' '));
      if (between.length > MAX_GAP) continue;
      const before = cueText(text.slice(Math.max(sentence.start, first.start - 60), first.start));
      const after = cueText(text.slice(second.end, sentence.end));
      const clause = /^[^,;.]{0,40}/.exec(after)?.[0] ?? '';
      for (const cue of matchingCues(between, before, after)) {
        // Negation and hedging are read near the cue, not anywhere in a long sentence.
        const near = between.slice(Math.max(0, cue.index - 30));
        const qualifier = qualifierOf(`${before.slice(-40)} ${near} ${clause}`);
        if (qualifier === null) continue;
        const [subjects, objects] =
          cue.direction === 'forward' ? [first.members, second.members] : [second.members, first.members];
        for (const s of subjects) {
          for (const o of objects) {
            addRelationship(
              out,
              entities,
              s,
              cue.predicate,
              o,
              sentence,
              qualifier,
              cue.role,
              qualifiersFor(cue.predicate, money, percentages, date),
            );
          }
        }
      }
    }
  });
  return [...out.values()];
}

function addRelationship(
  out: Map<string, ExtractedRelationship>,
  entities: readonly ExtractedEntity[],
  s: number,
  predicateIn: Predicate,
  o: number,
  sentence: Sentence,
  qualifier: ExtractedRelationship['qualifier'],
  role: string | undefined,
  quantities: ReturnType<typeof qualifiersFor>,
): void {
  if (s === o) return;
  let subject = entities[s];
  let object = entities[o];
  let predicate = predicateIn;
  if (!subject || !object) return;
  // "Jane Roe's company, Acme" names what she owns, not a parent company.
  if (predicate === 'subsidiary_of' && object.type === 'Person') {
    [subject, object] = [object, subject];
    predicate = 'owns';
  }
  if (!typesFit(predicate, subject.type, object.type)) return;
  const rel: ExtractedRelationship = {
    subject: subject.name,
    predicate,
    object: object.name,
    evidence: sentence.text,
    span: { start: sentence.start, end: sentence.end },
    qualifier,
    confidence: qualifier === 'stated' ? 0.7 : 0.5,
    ...quantities,
    ...(role === undefined ? {} : { role }),
  };
  const key = `${rel.subject}\u0000${rel.predicate}\u0000${rel.object}`;
  if (!out.has(key)) out.set(key, rel);
}

function matchingCues(
  between: string,
  before: string,
  after: string,
): Array<{
  predicate: Predicate;
  direction: 'forward' | 'reverse';
  role: string | undefined;
  index: number;
}> {
  const found: Array<{
    predicate: Predicate;
    direction: 'forward' | 'reverse';
    role: string | undefined;
    index: number;
  }> = [];
  for (const cue of RELATION_CUES) {
    if (found.some((f) => f.predicate === cue.predicate)) continue;
    // One role per pair: a board role is not also a staff role.
    if (ROLE_PREDICATES.has(cue.predicate) && found.some((f) => ROLE_PREDICATES.has(f.predicate))) continue;
    const m = cue.between.exec(between);
    if (!m) continue;
    if (cue.before && !cue.before.test(before)) continue;
    if (cue.after && !cue.after.test(after)) continue;
    const role = cue.roleGroup === undefined ? undefined : m[cue.roleGroup]?.trim();
    found.push({
      predicate: cue.predicate,
      direction: cue.direction,
      role: role === '' ? undefined : role,
      index: m.index,
    });
  }
  return found;
}

function qualifiersFor(
  predicate: Predicate,
  money: ReturnType<typeof findMoney>,
  percentages: readonly string[],
  date: string | undefined,
): { amount?: number; currency?: string; percentage?: string; date?: string } {
  const result: { amount?: number; currency?: string; percentage?: string; date?: string } = {};
  const first = money[0];
  if (first && (predicate === 'paid' || predicate === 'invested_in' || predicate === 'acquired')) {
    result.amount = first.amount;
    result.currency = first.currency;
  }
  const pct = percentages[0];
  if (pct && (predicate === 'owns' || predicate === 'acquired' || predicate === 'invested_in'))
    result.percentage = pct;
  if (date && predicate !== 'located_in' && predicate !== 'director_of' && predicate !== 'employee_of')
    result.date = date;
  return result;
}
