/**
 * What an extractor proposes from a document: entities with their mentions, relationships with
 * the sentence that states them. `toGoldShape` turns it into the dry-run shape of `daylight
 * extract` (the same shape as the hand annotations in ../shared/eval/gold).
 */
import { z } from 'zod';

/** Entity types an extractor proposes. */
export const EXTRACTED_TYPES = [
  'Person',
  'Company',
  'Organization',
  'PublicBody',
  'Fund',
  'Product',
  'Country',
] as const;
/** Entity types an extractor proposes. */
export type ExtractedType = (typeof EXTRACTED_TYPES)[number];

/** The relationship vocabulary. */
export const PREDICATES = [
  'owns',
  'invested_in',
  'subsidiary_of',
  'director_of',
  'advisor_to',
  'employee_of',
  'paid',
  'client_of',
  'sold_to',
  'licensed_by',
  'sued',
  'targeted',
  'located_in',
  'acquired',
  'founded',
] as const;
/** The relationship vocabulary. */
export type Predicate = (typeof PREDICATES)[number];

/** How a relationship is asserted (the default, `stated`, is left out of the gold shape). */
export const QUALIFIERS = [
  'stated',
  'reported',
  'alleged',
  'likely',
  'implied',
  'pending',
  'former',
  'estimated',
] as const;
/** How a relationship is asserted. */
export type Qualifier = (typeof QUALIFIERS)[number];

/** A character span of the document text (UTF-16 offsets, end exclusive). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** One place the document names an entity. */
export interface Mention extends Span {
  /** The text as written. */
  readonly text: string;
}

/** An entity the document names. */
export interface ExtractedEntity {
  /** The fullest name the document uses. */
  readonly name: string;
  readonly type: ExtractedType;
  /** Other names the document uses for it (short forms, acronyms, surnames). */
  readonly aliases: readonly string[];
  readonly mentions: readonly Mention[];
  /** 0..1: how sure the rules are that this is a named entity. */
  readonly confidence: number;
  /** Set when the name was found among the store's known names. */
  readonly knownId?: string;
}

/** A relationship the document states, with its evidence sentence. */
export interface ExtractedRelationship {
  readonly subject: string;
  readonly predicate: Predicate;
  readonly object: string;
  /** The sentence, exactly as in the document. */
  readonly evidence: string;
  /** Offsets of `evidence` in the document text. */
  readonly span: Span;
  readonly qualifier: Qualifier;
  readonly confidence: number;
  readonly amount?: number;
  readonly currency?: string;
  readonly date?: string;
  readonly percentage?: string;
  readonly role?: string;
}

/** What an extractor returns for one document. */
export interface Extraction {
  readonly entities: readonly ExtractedEntity[];
  readonly relationships: readonly ExtractedRelationship[];
}

/** A name already in the store, so that mentions of it are recognised and linked. */
export interface KnownName {
  readonly id: string;
  readonly name: string;
  readonly type: ExtractedType;
}

/** What an extractor gets. */
export interface ExtractionInput {
  /** The document's text (body only, no header). */
  readonly text: string;
  /** Names from the store to recognise (optional). */
  readonly knownNames?: readonly KnownName[];
  /**
   * Person names another tool found (for example an NLP library in the ingest package): a second
   * opinion that types an otherwise ambiguous capitalised name as a Person.
   */
  readonly personHints?: readonly string[];
}

/**
 * Anything that turns a document's text into proposed entities and relationships: the rule
 * extractor in this folder, or later an external model behind an HTTP endpoint.
 */
export interface Extractor {
  /** A short stable name, recorded as the author of what it proposes (`extractor:rules`). */
  readonly name: string;
  /**
   * @param input - the text and optional hints
   * @returns the proposed entities and relationships
   */
  extract(input: ExtractionInput): Promise<Extraction>;
}

/** zod schema of the dry-run / gold shape of an entity. */
export const goldEntitySchema = z.object({
  name: z.string().min(1),
  type: z.string(),
  aliases: z.array(z.string()).default([]),
});

/** zod schema of the dry-run / gold shape of a relationship. */
export const goldRelationshipSchema = z.object({
  subject: z.string(),
  predicate: z.string(),
  object: z.string(),
  evidence: z.string().optional(),
  qualifier: z.string().optional(),
  amount: z.union([z.number(), z.string()]).optional(),
  currency: z.string().optional(),
  date: z.string().optional(),
  percentage: z.string().optional(),
  role: z.string().optional(),
});

/** zod schema of a gold annotation file (and of `daylight extract --json` output). */
export const goldDocumentSchema = z.object({
  entities: z.array(goldEntitySchema),
  relationships: z.array(goldRelationshipSchema),
  extra_relationships: z.array(goldRelationshipSchema.partial()).optional(),
  must_not_extract: z.array(goldRelationshipSchema).optional(),
});
/** A gold annotation file (or a dry run's output). */
export type GoldDocument = z.infer<typeof goldDocumentSchema>;

/**
 * Projects an extraction onto the dry-run shape of `daylight extract --json`.
 * @param extraction - what an extractor returned
 * @returns `{entities, relationships}` with only the fields of the gold annotations
 */
export function toGoldShape(extraction: Extraction): GoldDocument {
  return {
    entities: extraction.entities.map((e) => ({ name: e.name, type: e.type, aliases: [...e.aliases] })),
    relationships: extraction.relationships.map((r) => ({
      subject: r.subject,
      predicate: r.predicate,
      object: r.object,
      evidence: r.evidence,
      ...(r.qualifier === 'stated' ? {} : { qualifier: r.qualifier }),
      ...(r.amount === undefined ? {} : { amount: r.amount }),
      ...(r.currency === undefined ? {} : { currency: r.currency }),
      ...(r.date === undefined ? {} : { date: r.date }),
      ...(r.percentage === undefined ? {} : { percentage: r.percentage }),
      ...(r.role === undefined ? {} : { role: r.role }),
    })),
  };
}
