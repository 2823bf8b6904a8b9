/**
 * Review of what extraction proposed. A candidate is an entity (or a relationship entity) whose
 * current statements are `proposed`. Accepting copies them, with the reviewer as author and
 * `accepted` status, onto a new entity or onto an existing one the reviewer names, and retracts
 * the proposals, in one transaction; relationships are accepted once both their ends are.
 * Rejecting records a `rejected` statement with the reviewer and reason, and retracts the
 * proposals. Nothing is accepted in bulk unless a minimum confidence is given.
 */
import {
  DaylightError,
  entityId,
  getSchema,
  makeStatementId,
  type EntityId,
  type EntitySummary,
  type Statement,
} from '@daylight/core';
import type { Store } from '../store.js';
import type { CandidateSummary } from './review.queries.js';

/** No candidate awaits review under this id. */
export class CandidateNotFoundError extends DaylightError {
  /** @param candidateId - the id asked for */
  constructor(readonly candidateId: string) {
    super(
      'candidate_not_found',
      `No proposal awaits review under "${candidateId}"; run "daylight review list" to see them.`,
    );
  }
}

/** A candidate cannot be accepted as asked. */
export class ReviewError extends DaylightError {
  /** @param message - what is wrong and what to do */
  constructor(message: string) {
    super('review_invalid', message);
  }
}

/** A proposed statement with its evidence in context. */
export interface EvidenceInContext {
  readonly statement: Statement;
  /** Up to 120 characters before the quote, the quote, and up to 120 after. */
  readonly before: string;
  readonly quote: string;
  readonly after: string;
  readonly documentTitle: string | null;
}

/** Everything a reviewer needs about one candidate. */
export interface CandidateDetail {
  readonly id: EntityId;
  readonly schema: string;
  readonly statements: readonly EvidenceInContext[];
  /** Stored entities with a similar name (entity candidates only). */
  readonly suggestions: readonly EntitySummary[];
}

/** The outcome of one decision. */
export interface Decision {
  readonly candidate: EntityId;
  readonly decision: 'accepted' | 'rejected';
  /** The entity the candidate was accepted into. */
  readonly entity?: EntityId;
  readonly statements: number;
}

async function proposedStatements(store: Store, id: EntityId): Promise<Statement[]> {
  const all = await store.getStatements(id, { all: true });
  const proposed = all.filter((s) => s.status === 'proposed' && s.retractedAt === null);
  if (proposed.length === 0) throw new CandidateNotFoundError(id);
  return proposed;
}

/**
 * @param store - the store
 * @param options - dataset, minimum confidence, limit
 * @returns candidates, most confident first
 */
export function listCandidates(
  store: Store,
  options: { dataset?: string | undefined; minConfidence?: number | undefined; limit: number },
): Promise<CandidateSummary[]> {
  return store.listCandidates(options);
}

/**
 * @param store - the store
 * @param id - a candidate id
 * @returns its proposed statements with their evidence in context, and suggested matches
 * @throws CandidateNotFoundError when nothing awaits review under `id`
 */
export async function showCandidate(store: Store, id: EntityId): Promise<CandidateDetail> {
  const proposed = await proposedStatements(store, id);
  const texts = new Map<string, { text: string; title: string | null } | undefined>();
  const statements: EvidenceInContext[] = [];
  for (const s of proposed) {
    let doc: { text: string; title: string | null } | undefined;
    if (s.sourceId) {
      if (!texts.has(s.sourceId)) {
        const found = await store.findDocument(s.sourceId);
        texts.set(s.sourceId, found ? { text: found.text.text, title: found.source.title } : undefined);
      }
      doc = texts.get(s.sourceId);
    }
    const ev = s.evidence;
    statements.push({
      statement: s,
      before: doc && ev ? doc.text.slice(Math.max(0, ev.start - 120), ev.start) : '',
      quote: ev?.quote ?? '',
      after: doc && ev ? doc.text.slice(ev.end, ev.end + 120) : '',
      documentTitle: doc?.title ?? null,
    });
  }
  const schema = proposed[0]?.schema ?? 'Thing';
  const name = proposed.find((s) => s.prop === 'name')?.value;
  const suggestions =
    name === undefined
      ? []
      : (await store.search(name, { limit: 5 }))
          .filter((hit) => !hit.id.startsWith('x-'))
          .map((hit) => ({ id: entityId(hit.id), schema: hit.schema, caption: hit.caption }));
  return { id, schema, statements, suggestions };
}

/**
 * Accepts a candidate.
 * @param store - the store
 * @param id - the candidate
 * @param options - the reviewer, and optionally the stored entity it is the same as
 * @returns the decision
 * @throws CandidateNotFoundError, ReviewError (unknown target, ends of a relationship not accepted)
 */
export async function acceptCandidate(
  store: Store,
  id: EntityId,
  options: { author: string; as?: EntityId | undefined; now?: string },
): Promise<Decision> {
  const proposed = await proposedStatements(store, id);
  const now = options.now ?? new Date().toISOString();
  if (options.as !== undefined && !(await store.findEntity(options.as))) {
    throw new ReviewError(
      `--as: no entity "${options.as}" is stored; accept without --as to create a new one.`,
    );
  }
  const target = options.as ?? entityId(`e-${id.replace(/^x-/, '')}`);
  const schema = getSchema(proposed[0]?.schema ?? 'Thing');
  // A relationship's ends must be accepted first; their accepted ids replace the proposed ones.
  const ends = new Map<string, EntityId>();
  for (const s of proposed) {
    if (s.propType !== 'entity' || !s.value.startsWith('x-') || ends.has(s.value)) continue;
    const endName = (await store.getStatements(entityId(s.value), { all: true })).find(
      (x) => x.prop === 'name' && x.evidence && x.sourceId,
    );
    const accepted =
      endName?.sourceId && endName.evidence
        ? await store.findAcceptedEntity({
            value: endName.value,
            sourceId: endName.sourceId,
            start: endName.evidence.start,
          })
        : undefined;
    if (!accepted) {
      throw new ReviewError(
        `${id} (${schema.label}) links ${s.value}${endName ? ` ("${endName.value}")` : ''}, which is not accepted yet; accept or link it first.`,
      );
    }
    ends.set(s.value, accepted);
  }
  const copies: Statement[] = proposed.map((s) => {
    const value = s.prop === 'id' ? target : (ends.get(s.value) ?? s.value);
    return {
      ...s,
      id: makeStatementId({
        dataset: s.dataset,
        entityId: target,
        prop: s.prop,
        value,
        sourceId: s.sourceId,
      }),
      entityId: target,
      value,
      status: 'accepted',
      author: options.author,
      firstSeen: now,
      lastSeen: now,
      retractedAt: null,
    };
  });
  const datasets = [...new Set(proposed.map((s) => s.dataset))];
  await store.writeBatch({
    statements: copies,
    replace: datasets.map((dataset) => ({ entityId: id, dataset })),
  });
  return { candidate: id, decision: 'accepted', entity: target, statements: copies.length };
}

/**
 * Rejects a candidate: records who rejected it and why, and retracts the proposals.
 * @param store - the store
 * @param id - the candidate
 * @param options - the reviewer and an optional reason
 * @returns the decision
 * @throws CandidateNotFoundError when nothing awaits review under `id`
 */
export async function rejectCandidate(
  store: Store,
  id: EntityId,
  options: { author: string; reason?: string | undefined; now?: string },
): Promise<Decision> {
  const proposed = await proposedStatements(store, id);
  const now = options.now ?? new Date().toISOString();
  const first = proposed[0] as Statement;
  const value = `rejected by ${options.author}${options.reason ? `: ${options.reason}` : ''}`;
  const decision: Statement = {
    id: makeStatementId({
      dataset: first.dataset,
      entityId: id,
      prop: 'summary',
      value,
      sourceId: first.sourceId,
    }),
    entityId: id,
    schema: first.schema,
    prop: 'summary',
    propType: 'text',
    value,
    dataset: first.dataset,
    sourceId: first.sourceId,
    evidence: first.evidence,
    origin: 'manual',
    status: 'rejected',
    author: options.author,
    confidence: null,
    firstSeen: now,
    lastSeen: now,
    retractedAt: null,
  };
  const datasets = [...new Set(proposed.map((s) => s.dataset))];
  await store.writeBatch({
    statements: [decision],
    replace: datasets.map((dataset) => ({ entityId: id, dataset })),
  });
  return { candidate: id, decision: 'rejected', statements: 1 };
}

/**
 * Edits a candidate before it is decided: one proposed value is replaced by the reviewer's, which
 * is recorded as a proposed statement with the reviewer as author (same source and evidence); the
 * old value is retracted. The candidate stays in the queue.
 * @param store - the store
 * @param id - the candidate
 * @param options - the reviewer, the property, the value to replace (default: its only value), the new value
 * @returns the decision-free count of statements written
 * @throws CandidateNotFoundError; ReviewError when the property has no such value or several
 */
export async function editCandidate(
  store: Store,
  id: EntityId,
  options: { author: string; prop: string; from?: string | undefined; to: string; now?: string },
): Promise<{ candidate: EntityId; prop: string; from: string; to: string }> {
  const proposed = await proposedStatements(store, id);
  const now = options.now ?? new Date().toISOString();
  const values = proposed.filter(
    (s) => s.prop === options.prop && (options.from === undefined || s.value === options.from),
  );
  const old = values[0];
  if (!old || new Set(values.map((s) => s.value)).size > 1) {
    const present = [...new Set(proposed.filter((s) => s.prop === options.prop).map((s) => s.value))];
    throw new ReviewError(
      present.length === 0
        ? `${id} has no proposed "${options.prop}"; props: ${[...new Set(proposed.map((s) => s.prop))].join(', ')}.`
        : `${id} has several "${options.prop}" values (${present.map((v) => `"${v}"`).join(', ')}); say which with --from.`,
    );
  }
  if (options.prop === 'id' || old.propType === 'entity') {
    throw new ReviewError(
      `"${options.prop}" links entities and cannot be edited; reject the candidate instead.`,
    );
  }
  const to = options.to.trim();
  if (to === '') throw new ReviewError('The new value is empty.');
  const replaced = proposed.filter((s) => s.prop === options.prop && s.value === old.value);
  const edited: Statement = {
    ...old,
    id: makeStatementId({
      dataset: old.dataset,
      entityId: id,
      prop: old.prop,
      value: to,
      sourceId: old.sourceId,
    }),
    value: to,
    origin: 'manual',
    author: options.author,
    firstSeen: now,
    lastSeen: now,
  };
  const kept = proposed.filter((s) => !replaced.includes(s));
  const datasets = [...new Set(proposed.map((s) => s.dataset))];
  await store.writeBatch({
    statements: [...kept, edited],
    replace: datasets.map((dataset) => ({ entityId: id, dataset })),
  });
  return { candidate: id, prop: options.prop, from: old.value, to };
}

/**
 * Accepts every candidate at or above a confidence: entities first, then relationships whose
 * ends are accepted. Only when asked; never the default.
 * @param store - the store
 * @param options - the reviewer, the minimum confidence, optional dataset
 * @returns the decisions made, and the candidates left (with why)
 */
export async function acceptAbove(
  store: Store,
  options: { author: string; minConfidence: number; dataset?: string | undefined },
): Promise<{ accepted: Decision[]; skipped: Array<{ candidate: EntityId; reason: string }> }> {
  const candidates = await store.listCandidates({ ...options, limit: 100_000 });
  const isEntity = (c: CandidateSummary): boolean => c.names.length > 0;
  const ordered = [...candidates.filter(isEntity), ...candidates.filter((c) => !isEntity(c))];
  const accepted: Decision[] = [];
  const skipped: Array<{ candidate: EntityId; reason: string }> = [];
  for (const c of ordered) {
    try {
      accepted.push(await acceptCandidate(store, c.entityId, { author: options.author }));
    } catch (error) {
      if (!(error instanceof DaylightError)) throw error;
      skipped.push({ candidate: c.entityId, reason: error.message });
    }
  }
  return { accepted, skipped };
}
