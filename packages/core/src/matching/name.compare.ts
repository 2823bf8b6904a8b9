/**
 * Comparison of two names: token alignment (exact, edit distance, phonetic codes, initials,
 * split and joined words), legal forms and numbers, with an explanation a person can read.
 */
import { distance } from 'fastest-levenshtein';
import {
  normalizeForMatching,
  type NameKind,
  type NameToken,
  type NormalizedName,
} from './name.normalize.js';

/** How two tokens were aligned. */
export type AlignmentKind = 'exact' | 'typo' | 'phonetic' | 'initial';

/** Two aligned name parts. */
export interface AlignedPart {
  readonly a: string;
  readonly b: string;
  readonly similarity: number;
  readonly kind: AlignmentKind;
}

/** The outcome of comparing two names. */
export interface NameComparison {
  /** 0..1 */
  readonly score: number;
  readonly aligned: readonly AlignedPart[];
  /** tokens of A (B) that found no partner */
  readonly unmatchedA: readonly string[];
  readonly unmatchedB: readonly string[];
  /** human-readable reasons, most important first */
  readonly notes: readonly string[];
}

/** Damerau (optimal string alignment) distance: a swap of two neighbours costs one edit. */
export function editDistance(a: string, b: string, cap = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  const plain = distance(a, b);
  // A swap saves at most one edit per swapped pair; beyond cap + 1 the exact figure does not matter.
  if (plain <= 1 || Math.abs(a.length - b.length) >= plain || plain > 2 * cap + 1) return plain;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) rows.push([i]);
  for (let j = 1; j <= b.length; j += 1) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = v;
    }
  }
  return rows[a.length]![b.length]!;
}

/** Edits a token of this length may take and still be the same word. */
function allowedEdits(length: number, phoneticAgree: boolean): number {
  const base = length <= 3 ? 0 : length <= 8 ? 1 : length <= 12 ? 2 : 3;
  return phoneticAgree && length > 3 ? base + 1 : base;
}

interface TokenMatch {
  readonly similarity: number;
  readonly kind: AlignmentKind;
}

function compareTokens(a: NameToken, b: NameToken, kind: NameKind): TokenMatch | undefined {
  if (a.text === b.text) return { similarity: 1, kind: 'exact' };
  // A syllable of a Chinese or Korean name is a word of its own: one letter changes the name.
  if (a.role === 'syllable' || b.role === 'syllable') return undefined;
  if (kind === 'person' && (a.role === 'initial' || b.role === 'initial')) {
    return a.text[0] === b.text[0] ? { similarity: 0.9, kind: 'initial' } : undefined;
  }
  if (/\d/.test(a.text) || /\d/.test(b.text)) return undefined;
  const length = Math.max(a.text.length, b.text.length);
  if (Math.min(a.text.length, b.text.length) <= 2) return undefined;
  const phoneticAgree = a.phonetic !== '' && a.phonetic === b.phonetic;
  const allowed = allowedEdits(length, phoneticAgree);
  if (Math.abs(a.text.length - b.text.length) > allowed) return undefined;
  const edits = editDistance(a.text, b.text, allowed);
  if (edits > allowed) return undefined;
  return { similarity: 1 - edits / length, kind: edits > allowedEdits(length, false) ? 'phonetic' : 'typo' };
}

function mergeTokens(parts: readonly NameToken[]): NameToken {
  const text = parts.map((p) => p.text).join('');
  return { text, weight: 1, role: 'word', phonetic: parts[0]!.phonetic === '' ? '' : text };
}

/**
 * Joins neighbouring tokens of `side` when together they spell a token of `other`
 * ("Fridrich Buchenberg" → "fridrichbuchenberg", "Plat Ono Vich" → "platonovich").
 */
function joinSplitWords(side: readonly NameToken[], other: readonly NameToken[]): NameToken[] {
  if (side.length < 2) return [...side];
  const own = new Set(side.map((t) => t.text));
  const wanted = new Set(other.filter((t) => t.text.length >= 4 && !own.has(t.text)).map((t) => t.text));
  if (wanted.size === 0) return [...side];
  const out: NameToken[] = [];
  for (let i = 0; i < side.length;) {
    let joined = false;
    for (let span = Math.min(4, side.length - i); span >= 2; span -= 1) {
      const parts = side.slice(i, i + span);
      // Initials never join: "N. Nazarbayev" is an initial and a name, not "nnazarbayev".
      if (parts.some((p) => p.text.length < 2)) continue;
      const text = parts.map((p) => p.text).join('');
      const hit =
        wanted.has(text) ||
        (text.length >= 6 &&
          parts.every((p) => p.text.length >= 3) &&
          [...wanted].some((w) => Math.abs(w.length - text.length) <= 1 && editDistance(w, text, 1) <= 1));
      if (hit) {
        out.push(mergeTokens(parts));
        i += span;
        joined = true;
        break;
      }
    }
    if (!joined) {
      out.push(side[i]!);
      i += 1;
    }
  }
  return out.map((t) => (t.phonetic === t.text ? { ...t, phonetic: '' } : t));
}

function weightOf(tokens: readonly NameToken[]): number {
  return tokens.reduce((sum, t) => sum + t.weight, 0);
}

function initials(tokens: readonly NameToken[]): string {
  return tokens.map((t) => t.text[0] ?? '').join('');
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * Compares two normalised names.
 * @param a - the first name, from {@link normalizeForMatching}
 * @param b - the second name, of the same kind
 * @returns a score in 0..1 with the aligned parts, the parts left over and notes on what moved the score
 */
export function compareNormalizedNames(a: NormalizedName, b: NormalizedName): NameComparison {
  const kind = a.kind;
  const notes: string[] = [];
  let tokensA = joinSplitWords(a.tokens, b.tokens);
  const tokensB = joinSplitWords(b.tokens, tokensA);
  tokensA = joinSplitWords(tokensA, tokensB);

  // Best pairs first, each token used once; token order does not matter ("NGOMA, Willy").
  const pairs: Array<{ i: number; j: number; m: TokenMatch }> = [];
  tokensA.forEach((ta, i) =>
    tokensB.forEach((tb, j) => {
      const m = compareTokens(ta, tb, kind);
      if (m) pairs.push({ i, j, m });
    }),
  );
  pairs.sort((x, y) => y.m.similarity - x.m.similarity || x.i - y.i || x.j - y.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const aligned: AlignedPart[] = [];
  let alignedScore = 0;
  let alignedWeight = 0;
  for (const { i, j, m } of pairs) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
    const ta = tokensA[i]!;
    const tb = tokensB[j]!;
    const w = Math.max(ta.weight, tb.weight);
    alignedScore += m.similarity * w;
    alignedWeight += w;
    aligned.push({ a: ta.text, b: tb.text, similarity: round(m.similarity), kind: m.kind });
  }
  // Initials alone ("N.N.") do not identify anyone.
  const anyWord = aligned.some((p) => p.kind !== 'initial');
  const leftA = tokensA.filter((_, i) => !usedA.has(i));
  const leftB = tokensB.filter((_, j) => !usedB.has(j));
  const restA = weightOf(leftA);
  const restB = weightOf(leftB);

  let score = 0;
  if (alignedWeight > 0) {
    // The side with less left over is the "short" side: its leftovers are contradictions, the
    // other side's are extra detail (a middle name, a qualifier) and cost less.
    const [shortRest, longRest] = restA <= restB ? [restA, restB] : [restB, restA];
    const extraCost = kind === 'person' ? 0.25 : 1;
    score = alignedScore / (alignedWeight + shortRest * 1.5 + longRest * extraCost);
    if (shortRest > 0.35) {
      score *= 0.8;
      notes.push(
        `parts on both sides found no partner: ${leftA.map((t) => t.text).join(' ')} / ${leftB.map((t) => t.text).join(' ')}`,
      );
    } else if (longRest > 0) {
      notes.push(`extra parts: ${[...leftA, ...leftB].map((t) => t.text).join(' ')}`);
    }
  }

  if (!anyWord && aligned.length > 0) {
    score *= 0.6;
    notes.push('only initials agree');
  }

  // Written together versus apart, or with a typo across a word boundary.
  const joinedA = tokensA.map((t) => t.text).join('');
  const joinedB = tokensB.map((t) => t.text).join('');
  const syllabic = [...tokensA, ...tokensB].some((t) => t.role === 'syllable');
  if (!syllabic && joinedA.length >= 6 && joinedB.length >= 6) {
    const length = Math.max(joinedA.length, joinedB.length);
    const edits =
      Math.abs(joinedA.length - joinedB.length) > 2
        ? Number.POSITIVE_INFINITY
        : editDistance(joinedA, joinedB, 2);
    const joinedScore = edits <= (length >= 24 ? 2 : 1) ? 1 - edits / length : 0;
    if (joinedScore > score) {
      score = joinedScore;
      notes.push(`the names written without spaces differ by ${edits} letter(s)`);
    }
  }

  // An acronym against the full name ("PLA" / "People's Liberation Army").
  if (kind === 'org') {
    for (const [short, long] of [
      [tokensA, tokensB],
      [tokensB, tokensA],
    ] as const) {
      if (
        short.length === 1 &&
        long.length >= 2 &&
        short[0]!.text.length >= 2 &&
        short[0]!.text === initials(long)
      ) {
        if (0.8 > score) {
          score = 0.8;
          notes.push(`${short[0]!.text} is the acronym of the other name`);
        }
      }
    }
  }

  // "X bin Y" names a person by their father: "Salman bin Muhammad" is not "Muhammad bin Salman".
  if (kind === 'person') {
    const beforeA = tokensA[tokensA.findIndex((t) => t.text === 'bin') - 1];
    const beforeB = tokensB[tokensB.findIndex((t) => t.text === 'bin') - 1];
    const afterB = tokensB[tokensB.findIndex((t) => t.text === 'bin') + 1];
    if (beforeA && beforeB && afterB && beforeA.text !== beforeB.text) {
      const swapped = aligned.some((p) => p.a === beforeA.text && p.b === afterB.text);
      if (swapped) {
        score *= 0.6;
        notes.push(
          `the given name and the father's name are swapped around "bin": ${beforeA.text} / ${beforeB.text}`,
        );
      }
    }
  }

  // Numbers and codes tell fund vintages, trust series and numbered companies apart.
  if (a.numbers.length > 0 || b.numbers.length > 0) {
    const na = [...new Set(a.numbers)].sort().join(' ');
    const nb = [...new Set(b.numbers)].sort().join(' ');
    if (na !== nb) {
      if (na !== '' && nb !== '') {
        score *= 0.5;
        notes.push(`numbers differ: ${na} vs ${nb}`);
      } else {
        score *= 0.65;
        notes.push(`only one name has a number: ${na}${nb}`);
      }
    } else {
      notes.push(`numbers agree: ${na}`);
    }
  }

  // Legal forms are part of identity: a S.A. and a Limited of one name are sister companies.
  const formsA = a.legalForms.filter((f) => f.family !== 'generic');
  const formsB = b.legalForms.filter((f) => f.family !== 'generic');
  if (formsA.length > 0 && formsB.length > 0) {
    const keysA = new Set(formsA.map((f) => f.key));
    const familiesA = new Set(formsA.map((f) => f.family));
    if (formsB.some((f) => keysA.has(f.key))) {
      notes.push(`legal forms agree: ${formsB.map((f) => f.key).join(', ')}`);
    } else if (formsB.some((f) => familiesA.has(f.family))) {
      score *= 0.85;
      notes.push(`legal forms of one family but different: ${formsA[0]!.key} vs ${formsB[0]!.key}`);
    } else {
      score *= 0.6;
      notes.push(
        `legal forms differ: ${formsA[0]!.key} (${formsA[0]!.family}) vs ${formsB[0]!.key} (${formsB[0]!.family})`,
      );
    }
  }

  const weakParts = aligned.filter((p) => p.kind !== 'exact');
  if (weakParts.length > 0) {
    notes.unshift(
      `aligned with differences: ${weakParts.map((p) => `${p.a}~${p.b} (${p.kind} ${p.similarity})`).join(', ')}`,
    );
  }
  return {
    score: round(Math.max(0, Math.min(1, score))),
    aligned,
    unmatchedA: leftA.map((t) => t.text),
    unmatchedB: leftB.map((t) => t.text),
    notes,
  };
}

/**
 * Compares two names as written.
 * @param a - the first name (any script)
 * @param b - the second name
 * @param kind - `person` or `org` (see {@link nameKindOf})
 * @returns the comparison with its explanation
 */
export function compareNames(a: string, b: string, kind: NameKind): NameComparison {
  return compareNormalizedNames(normalizeForMatching(a, kind), normalizeForMatching(b, kind));
}
