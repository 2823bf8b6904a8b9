/**
 * From an extraction to candidate statements: every proposed entity and relationship becomes FtM
 * statements with `status: 'proposed'`, `origin: 'extract'`, the evidence span in the document
 * and the extractor's confidence. Nothing proposed makes an entity until a reviewer accepts it.
 */
import { findProperty, getSchema } from '../model/ftm.model.js';
import { entityId, type DatasetId, type EntityId, type SourceId } from '../ids.js';
import { makeStatementId, type Evidence, type Sha1, type Statement } from '../statement/statement.types.js';
import { sha1Hex } from '../util/sha1.js';
import { countryCode } from '../formats/country.lookup.js';
import type {
  ExtractedEntity,
  ExtractedRelationship,
  ExtractedType,
  Extraction,
  Predicate,
} from './extraction.types.js';
import { nameKey } from './rule.extractor.js';

/** The FtM schema an extracted type is stored as. */
export const SCHEMA_OF_TYPE: Readonly<Record<ExtractedType, string>> = {
  Person: 'Person',
  Company: 'Company',
  Organization: 'Organization',
  PublicBody: 'PublicBody',
  Fund: 'Organization',
  Product: 'Asset',
  Country: 'PublicBody',
};

/** How each predicate is stored: the FtM relationship schema and its two ends. */
export const RELATION_SCHEMA: Readonly<
  Record<Predicate, { schema: string; subject: string; object: string; role?: string }>
> = {
  owns: { schema: 'Ownership', subject: 'owner', object: 'asset' },
  invested_in: { schema: 'Ownership', subject: 'owner', object: 'asset', role: 'investor' },
  acquired: { schema: 'Ownership', subject: 'owner', object: 'asset', role: 'acquirer' },
  subsidiary_of: { schema: 'Ownership', subject: 'asset', object: 'owner', role: 'parent company' },
  director_of: { schema: 'Directorship', subject: 'director', object: 'organization' },
  advisor_to: { schema: 'Directorship', subject: 'director', object: 'organization', role: 'adviser' },
  employee_of: { schema: 'Employment', subject: 'employee', object: 'employer' },
  paid: { schema: 'Payment', subject: 'payer', object: 'beneficiary' },
  founded: { schema: 'UnknownLink', subject: 'subject', object: 'object', role: 'founded' },
  client_of: { schema: 'UnknownLink', subject: 'subject', object: 'object', role: 'client of' },
  sold_to: { schema: 'UnknownLink', subject: 'subject', object: 'object', role: 'sold to' },
  licensed_by: { schema: 'UnknownLink', subject: 'subject', object: 'object', role: 'licensed by' },
  sued: { schema: 'UnknownLink', subject: 'subject', object: 'object', role: 'sued' },
  targeted: { schema: 'UnknownLink', subject: 'subject', object: 'object', role: 'targeted' },
  located_in: { schema: 'UnknownLink', subject: 'subject', object: 'object', role: 'located in' },
};

/** Where the proposals come from. */
export interface ProposalContext {
  readonly dataset: DatasetId;
  readonly sourceId: SourceId;
  /** Recorded as the author of every proposed statement (e.g. `extractor:rules`). */
  readonly author: string;
  /** ISO time stamp. */
  readonly now: string;
  /** The document text the evidence offsets point into. */
  readonly text: string;
  /** Entities already in the store that a proposed entity links to, by proposed entity name. */
  readonly links?: ReadonlyMap<string, EntityId>;
  readonly hash?: Sha1;
}

/** What the mapping produces. */
export interface Proposals {
  readonly statements: Statement[];
  /** Proposed entity id by extracted entity name. */
  readonly entityIds: ReadonlyMap<string, EntityId>;
  /** Relationship entity ids, in the order of the extraction's relationships. */
  readonly relationshipIds: readonly EntityId[];
}

/**
 * The id a proposed entity gets: the same name and schema in the same dataset is the same
 * candidate, whichever document names it, so evidence accumulates on one candidate.
 * @param dataset - the dataset
 * @param schema - its FtM schema
 * @param name - its name
 * @param hash - SHA-1 implementation
 * @returns an entity id prefixed `x-`
 */
export function proposedEntityId(
  dataset: string,
  schema: string,
  name: string,
  hash: Sha1 = sha1Hex,
): EntityId {
  return entityId(`x-${hash(`${dataset}\u001f${schema}\u001f${nameKey(name)}`).slice(0, 24)}`);
}

/**
 * Turns an extraction into proposed statements.
 * @param extraction - what the extractor proposed
 * @param ctx - dataset, source, author, time, text, links to existing entities
 * @returns the statements and the ids given to entities and relationships
 */
export function proposalsFrom(extraction: Extraction, ctx: ProposalContext): Proposals {
  const hash = ctx.hash ?? sha1Hex;
  const statements: Statement[] = [];
  const entityIds = new Map<string, EntityId>();
  const byName = new Map(extraction.entities.map((e) => [e.name, e]));
  const push = (
    id: EntityId,
    schemaName: string,
    prop: string,
    value: string,
    evidence: Evidence,
    confidence: number,
  ): void => {
    const schema = getSchema(schemaName);
    const propType = prop === 'id' ? 'id' : (findProperty(schema, prop)?.type.name ?? 'string');
    statements.push({
      id: makeStatementId({ dataset: ctx.dataset, entityId: id, prop, value, sourceId: ctx.sourceId }, hash),
      entityId: id,
      schema: schemaName,
      prop,
      propType,
      value,
      dataset: ctx.dataset,
      sourceId: ctx.sourceId,
      evidence,
      origin: 'extract',
      status: 'proposed',
      author: ctx.author,
      confidence,
      firstSeen: ctx.now,
      lastSeen: ctx.now,
      retractedAt: null,
    });
  };
  const span = (start: number, end: number): Evidence => ({ start, end, quote: ctx.text.slice(start, end) });

  for (const entity of extraction.entities) {
    const schema = SCHEMA_OF_TYPE[entity.type];
    const id = ctx.links?.get(entity.name) ?? proposedEntityId(ctx.dataset, schema, entity.name, hash);
    entityIds.set(entity.name, id);
    const first = entity.mentions[0];
    const evidence = first ? span(first.start, first.end) : span(0, 0);
    push(id, schema, 'id', id, evidence, entity.confidence);
    push(id, schema, 'name', entity.name, evidence, entity.confidence);
    for (const alias of entity.aliases) {
      const mention = entity.mentions.find((m) => m.text === alias) ?? first;
      push(
        id,
        schema,
        'alias',
        alias,
        mention ? span(mention.start, mention.end) : evidence,
        entity.confidence,
      );
    }
    if (entity.type === 'Country') {
      const code = countryCode(entity.name);
      if (code) push(id, schema, 'country', code, evidence, entity.confidence);
    }
  }

  const relationshipIds: EntityId[] = [];
  for (const rel of extraction.relationships) {
    const subject = entityIds.get(rel.subject);
    const object = entityIds.get(rel.object);
    if (!subject || !object) continue;
    relationshipIds.push(...relationshipStatements(rel, subject, object, byName, push, span, ctx, hash));
  }
  return { statements, entityIds, relationshipIds };
}

function relationshipStatements(
  rel: ExtractedRelationship,
  subject: EntityId,
  object: EntityId,
  byName: ReadonlyMap<string, ExtractedEntity>,
  push: (
    id: EntityId,
    schema: string,
    prop: string,
    value: string,
    evidence: Evidence,
    confidence: number,
  ) => void,
  span: (start: number, end: number) => Evidence,
  ctx: ProposalContext,
  hash: Sha1,
): EntityId[] {
  const evidence = span(rel.span.start, rel.span.end);
  // "located in a country" is the subject's country property, not a link.
  if (rel.predicate === 'located_in') {
    const code = countryCode(rel.object);
    const schema = SCHEMA_OF_TYPE[byName.get(rel.subject)?.type ?? 'Company'];
    if (code && findProperty(getSchema(schema), 'country') !== undefined) {
      push(subject, schema, 'country', code, evidence, rel.confidence);
      return [];
    }
  }
  const shape = RELATION_SCHEMA[rel.predicate];
  const id = entityId(
    `x-${hash(`${ctx.dataset}\u001f${rel.predicate}\u001f${subject}\u001f${object}`).slice(0, 24)}`,
  );
  push(id, shape.schema, 'id', id, evidence, rel.confidence);
  push(id, shape.schema, shape.subject, subject, evidence, rel.confidence);
  push(id, shape.schema, shape.object, object, evidence, rel.confidence);
  const role = rel.role ?? shape.role;
  if (role) push(id, shape.schema, 'role', role, evidence, rel.confidence);
  if (rel.qualifier !== 'stated') push(id, shape.schema, 'summary', rel.qualifier, evidence, rel.confidence);
  const schema = getSchema(shape.schema);
  const has = (prop: string): boolean => findProperty(schema, prop) !== undefined;
  if (rel.percentage && has('percentage'))
    push(id, shape.schema, 'percentage', rel.percentage, evidence, rel.confidence);
  if (rel.amount !== undefined && has('amount')) {
    push(id, shape.schema, 'amount', String(rel.amount), evidence, rel.confidence);
    if (rel.currency && has('currency'))
      push(id, shape.schema, 'currency', rel.currency, evidence, rel.confidence);
  }
  if (rel.date && has('date')) push(id, shape.schema, 'date', rel.date, evidence, rel.confidence);
  return [id];
}
