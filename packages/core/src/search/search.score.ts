/**
 * Ranking of search candidates, shared by both stores so they order results the same way.
 */
import { nameTokens } from '../text/normalize.js';

/**
 * How well a query matches a name, 0..1. Every query token must match a name token, exactly or
 * as a prefix; exact names rank first, then names with fewer extra tokens.
 * @param query - what the user typed
 * @param name - one name of a candidate entity
 * @returns 0 when some query token is absent from the name, else a score in (0, 1]
 */
export function scoreNameMatch(query: string, name: string): number {
  const q = nameTokens(query);
  const n = nameTokens(name);
  if (q.length === 0 || n.length === 0) return 0;
  if (q.join(' ') === n.join(' ')) return 1;
  const used = new Set<number>();
  let matched = 0;
  for (const token of q) {
    let best = -1;
    let bestWeight = 0;
    n.forEach((candidate, index) => {
      if (used.has(index)) return;
      const weight = candidate === token ? 1 : candidate.startsWith(token) ? 0.8 : 0;
      if (weight > bestWeight) {
        best = index;
        bestWeight = weight;
      }
    });
    if (best < 0) {
      // A token may also match inside a longer token ("group" in "nsogroup").
      const inside = n.some((candidate, index) => !used.has(index) && candidate.includes(token));
      if (!inside) return 0;
      matched += 0.5;
      continue;
    }
    used.add(best);
    matched += bestWeight;
  }
  const coverage = matched / q.length;
  const extra = (n.length - used.size) / n.length;
  const score = 0.95 * coverage - 0.25 * extra;
  return Math.max(0.01, Math.round(score * 1e6) / 1e6);
}
